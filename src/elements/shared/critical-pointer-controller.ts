/**
 * A critical notice that appears because of the user's input, somewhere the user cannot see it
 * (the bedside layout): it is announced in a polite live region, and a visible, focusable pointer
 * ("Critical: … ↓") sticks to the bottom of the form while the form is on screen. Activating the
 * pointer scrolls the critical notices into view and moves focus there. Nothing else moves: the
 * pointer's slot comes after every control, focus is never taken and the page never scrolls by
 * itself. The pointer goes once the notices are in view, once used, or once its notices are gone.
 *
 * The host renders an empty element (the slot) after its form; the controller draws into it with
 * Lit's render(), so showing the pointer needs no second update of the host.
 */
import { css, html, nothing, render, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface CriticalItem {
  /** Identifies the notice: one item per code. */
  code: string;
  /** What the pointer and the announcement say about it. */
  text: string;
}

export interface CriticalPointerWords {
  /** The pointer's words after its "Critical:" label, for the first new item and how many more. */
  pointer(first: string, more: number): string;
  /** The sentence announced when the pointer appears. */
  announce(first: string, more: number): string;
  /** The pointer's label word. */
  label: string;
}

export interface CriticalPointerOptions {
  /** The critical items the result shows now (deduplicated by code), in their order on screen. */
  items(): readonly CriticalItem[];
  /** The block that shows them (scrolled to and focused by the pointer; give it tabindex="-1"). */
  target(): HTMLElement | null;
  /** The empty element of the host's template that the pointer is drawn into. */
  slot(): HTMLElement | null;
  words: CriticalPointerWords;
}

/** Where a block is for the reader: its first lines in view, or off screen above or below. */
export function placeOf(target: Element, viewportHeight = globalThis.innerHeight ?? 0): 'in-view' | 'above' | 'below' {
  const box = target.getBoundingClientRect();
  // The critical lines come first in the block: its top (and a few lines of it) must be on screen.
  const firstLines = Math.min(box.height, 96);
  // A pixel of slack: a block scrolled to the top edge may sit a fraction above it.
  if (box.top < -1) return 'above';
  if (box.top + firstLines > viewportHeight) return 'below';
  return 'in-view';
}

export class CriticalPointerController implements ReactiveController {
  /** The items the pointer now points to (empty: no pointer). */
  shown: CriticalItem[] = [];
  /** The last sentence announced. */
  announcement = '';

  private readonly host: Host;
  private readonly options: CriticalPointerOptions;
  private known?: Set<string>;
  private edited = false;
  private direction: 'above' | 'below' = 'below';
  private observer?: IntersectionObserver;
  private observed?: Element;

  constructor(host: Host, options: CriticalPointerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The update now pending follows a user's edit: its new critical items may need the pointer. */
  userEdited(): void {
    this.edited = true;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    try {
      this.update();
    } catch {
      // A pointer is a help, never a reason for the widget to fail.
    }
  }

  private update(): void {
    const items = this.options.items();
    const codes = new Set(items.map((i) => i.code));
    // The first result (the page's settings) sets what is known; only the user's edits add to it.
    const fresh = this.known ? items.filter((i) => !this.known!.has(i.code)) : [];
    this.known = codes;
    const edited = this.edited;
    this.edited = false;
    this.shown = this.shown.filter((i) => codes.has(i.code));
    const target = this.options.target();
    this.observe(target);
    if (!target) this.shown = [];
    else if (edited && fresh.length) {
      const place = placeOf(target);
      if (place !== 'in-view') {
        this.direction = place;
        this.shown = [...fresh, ...this.shown.filter((i) => !fresh.some((f) => f.code === i.code))];
        const more = this.shown.length - 1;
        this.announcement = this.options.words.announce(this.shown[0].text, more);
      }
    }
    this.draw();
  }

  /** Scrolls the critical notices into view and moves focus to them (the user asked for it). */
  readonly go = (): void => {
    const target = this.options.target();
    this.shown = [];
    this.draw();
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  private observe(target: HTMLElement | null): void {
    if (target === this.observed) return;
    this.observer?.disconnect();
    this.observed = target ?? undefined;
    if (!target || typeof IntersectionObserver !== 'function') return;
    this.observer ??= new IntersectionObserver(
      () => {
        // Scrolled into view by the user: the pointer has done its job.
        if (this.shown.length && this.observed && placeOf(this.observed) === 'in-view') {
          this.shown = [];
          this.draw();
        }
      },
      // Called at each tenth of the block coming into view, so its first lines are seen arriving.
      { threshold: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] },
    );
    this.observer.observe(target);
  }

  private draw(): void {
    const slot = this.options.slot();
    if (!slot) return;
    const w = this.options.words;
    const first = this.shown[0];
    render(
      html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
        ${first
          ? html`<div class="critical-pointer" part="critical-pointer">
              <button type="button" class="critical-pointer-button" @click=${this.go}>
                <span class="critical-pointer-label">${w.label}:</span> ${w.pointer(first.text, this.shown.length - 1)}
                <span aria-hidden="true">${this.direction === 'below' ? '↓' : '↑'}</span>
              </button>
            </div>`
          : nothing}`,
      slot,
      { host: this.host },
    );
  }
}

/**
 * The pointer's look; the host puts `.pointer-slot` (sticky at the bottom of the viewport while
 * the form is on screen) after its form.
 */
export const criticalPointerStyles = css`
  .pointer-slot {
    position: sticky;
    bottom: 8px;
    z-index: 1;
  }
  .critical-pointer {
    margin: 8px 0 0;
  }
  .critical-pointer-button {
    display: block;
    width: 100%;
    text-align: start;
    font-weight: 600;
    color: var(--_fg);
    background: var(--_critical-bg);
    border: 2px solid var(--_critical);
    border-left-width: 8px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .critical-pointer-label {
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.85em;
  }
  @media print {
    .pointer-slot {
      display: none !important;
    }
  }
`;
