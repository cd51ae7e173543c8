/**
 * "Copy as note" and "Print", the same in every element. Copying writes the note to the
 * clipboard; where the Clipboard API is missing or refused (no permission, an insecure context,
 * an iframe policy) the note is shown in a read-only text box, focused and selected, for the user
 * to copy. Nothing is copied without the user pressing the button.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export type CopyState = 'idle' | 'copied' | 'fallback';

export interface NoteOptions {
  /** The note for the current result (read when the button is pressed, after the pending update). */
  text(): string;
  /** Keep the text box open (showing the current note) once it has been opened. */
  keepOpen?: boolean;
}

export class NoteController implements ReactiveController {
  /** What the last press of "Copy as note" did. */
  state: CopyState = 'idle';
  /** True while the note's text box is shown. */
  open = false;
  /** The note as it was copied (the text box shows it). */
  text = '';

  private readonly host: Host;
  private readonly options: NoteOptions;

  constructor(host: Host, options: NoteOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** The inputs changed: the copy status no longer applies (an open fallback box closes). */
  reset(): void {
    this.state = 'idle';
    if (!this.options.keepOpen) this.open = false;
  }

  async copy(): Promise<void> {
    try {
      await this.host.updateComplete;
    } catch {
      // Copy what the last update computed.
    }
    const text = this.options.text();
    this.text = text;
    if (this.options.keepOpen) {
      this.open = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    let copied = false;
    try {
      if (typeof globalThis.navigator?.clipboard?.writeText === 'function') {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      // Refused: fall back to selecting the text.
    }
    this.state = copied ? 'copied' : 'fallback';
    if (!copied) this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!copied) {
      const box = this.host.renderRoot.querySelector<HTMLTextAreaElement>('textarea.note-text');
      if (box) {
        box.value = text;
        box.focus();
        box.select();
      }
    }
  }

  print(): void {
    try {
      globalThis.print?.();
    } catch {
      // Printing is not available (for example in a sandboxed frame).
    }
  }
}
