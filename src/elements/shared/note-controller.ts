/**
 * "Copy as note" and "Print", the same in every element. Copying writes the note to the
 * clipboard; where the Clipboard API is missing or refused (no permission, an insecure context,
 * an iframe policy) the note is shown in a read-only text box, focused and selected, for the user
 * to copy. Nothing is copied without the user pressing the button.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isolateForPrint } from './print-isolation.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export type CopyState = 'idle' | 'copied' | 'fallback';

export interface NoteOptions {
  /** The note for the current result (read when the button is pressed, after the pending update). */
  text(): string;
  /** Keep the text box open (showing the current note) once it has been opened. */
  keepOpen?: boolean;
}

/** How long after window.print() returns the page is put back when no afterprint event came. */
const PRINT_RESTORE_MS = 1000;

export class NoteController implements ReactiveController {
  /** What the last press of "Copy as note" did. */
  state: CopyState = 'idle';
  /** True while the note's text box is shown. */
  open = false;
  /** The note as it was copied (the text box shows it). */
  text = '';
  /**
   * True while the widget prints (its Print button, or the browser's own print command): the
   * element renders everything expanded — every step, every source — as print needs it.
   */
  printing = false;

  private readonly host: Host;
  private readonly options: NoteOptions;

  constructor(host: Host, options: NoteOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  private readonly beforePrint = () => this.setPrinting(true);
  private readonly afterPrint = () => this.setPrinting(false);

  hostConnected(): void {
    // Rendered on a server (Lit SSR): no window to print.
    if (isServer) return;
    globalThis.addEventListener?.('beforeprint', this.beforePrint);
    globalThis.addEventListener?.('afterprint', this.afterPrint);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('beforeprint', this.beforePrint);
    globalThis.removeEventListener?.('afterprint', this.afterPrint);
    this.reset();
  }

  private setPrinting(on: boolean): void {
    if (this.printing === on) return;
    this.printing = on;
    this.host.requestUpdate();
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

  /**
   * Prints the widget alone: expanded, with the rest of the host page hidden for print media
   * only, and everything put back afterwards.
   */
  async print(): Promise<void> {
    this.setPrinting(true);
    try {
      await this.host.updateComplete;
    } catch {
      // Print what is rendered.
    }
    const restore = isolateForPrint(this.host);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      globalThis.removeEventListener?.('afterprint', finish);
      restore();
      this.setPrinting(false);
    };
    globalThis.addEventListener?.('afterprint', finish);
    try {
      globalThis.print?.();
    } catch {
      // Printing is not available (for example in a sandboxed frame).
    }
    // window.print() blocks until the dialog closes in most browsers; where it does not, the
    // afterprint event ends the print state, else this timer does.
    setTimeout(finish, PRINT_RESTORE_MS);
  }
}
