/**
 * No layout shift above the user (the bedside layout): when a user's edit brings a new critical
 * notice into the glance while the glance is out of view, it is announced in a polite live region
 * and a visible, focusable pointer below the form says "Critical: … ↓". Activating the pointer
 * brings the glance into view and moves focus to it. Focus and scrolling otherwise stay with the
 * user: nothing here moves them on its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GlanceLine } from './glance-lines.js';
import { MON } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** A critical notice in a few words: up to its first colon, or its start. */
export function shortly(text: string): string {
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 60) return text.slice(0, colon);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Smooth scrolling, unless the user asked for reduced motion. */
export const scrollBehavior = (): ScrollBehavior =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

export class CriticalPointer implements ReactiveController {
  /** The pointer's words, while there is one. */
  pointer?: string;
  /** What the live region says. */
  announcement = '';
  /** Set by the host for the update that follows a user's edit. */
  edited = false;

  private readonly host: Host;
  private seen = new Set<string>();

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    // Connected again, the glance's critical notices are new to this user.
    this.seen = new Set();
  }

  /** Call from the host's `updated` with the glance just rendered and the selector of its region. */
  check(lines: readonly GlanceLine[], glanceSelector: string): void {
    const criticals = lines.filter((g) => g.kind === 'critical');
    const keys = criticals.map((g) => `${g.code}|${g.target}`);
    const fresh = criticals.filter((_, i) => !this.seen.has(keys[i]));
    this.seen = new Set(keys);
    const edited = this.edited;
    this.edited = false;
    if (!criticals.length) {
      if (this.pointer !== undefined) this.set(undefined, '');
      return;
    }
    if (!fresh.length || !edited) return;
    const box = this.host.renderRoot.querySelector(glanceSelector)?.getBoundingClientRect();
    const height = globalThis.innerHeight ?? 0;
    if (!box || (box.top < height && box.bottom > 0)) return;
    const text = fresh[0].parts.map((p) => p.text).join('');
    this.set(shortly(text), MON.criticalAnnounce(text));
  }

  /** The pointer was followed: the glance's heading comes into view and takes the focus. */
  async follow(headingSelector: string): Promise<void> {
    this.pointer = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const heading = this.host.renderRoot.querySelector<HTMLElement>(headingSelector);
    heading?.scrollIntoView?.({ block: 'start', behavior: scrollBehavior() });
    heading?.focus({ preventScroll: true });
  }

  /** Changed once the current update has finished (a change inside `updated` would schedule another from it). */
  private set(pointer: string | undefined, announcement: string): void {
    queueMicrotask(() => {
      this.pointer = pointer;
      this.announcement = announcement;
      this.host.requestUpdate();
    });
  }
}
