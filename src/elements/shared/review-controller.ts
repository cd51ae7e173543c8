/**
 * "Today" for an element, from one place: each update takes the local date once, and the
 * screen (review alert, footer) and the note ("Copy as note", the `note` property) both use that
 * value, so they never disagree about an overdue review. At local midnight the element updates
 * itself, so a review that falls due overnight shows as overdue without any input changing.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { todayIso } from '../../core/dates.js';

/** The clock the elements read (tests replace `now` to cross midnight). */
export const clock = { now: (): Date => new Date() };

/** Milliseconds from `now` to the next local midnight (at least one second, at most a day). */
export function untilMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const ms = next.getTime() - now.getTime();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 1000), 86_400_000) : 60_000;
}

export class ReviewController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private current = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The date of the current (or last) update, YYYY-MM-DD. */
  get today(): string {
    return this.current || this.refresh();
  }

  /** True when the local date is no longer the one of the last update. */
  get dayChanged(): boolean {
    return this.current !== '' && todayIso(clock.now()) !== this.current;
  }

  /** Takes the local date for the update about to run (call at the start of willUpdate). */
  refresh(): string {
    this.current = todayIso(clock.now());
    return this.current;
  }

  hostConnected(): void {
    this.schedule();
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One timer to the next midnight (a throttled background tab may fire it late: the update then catches up). */
  private schedule(): void {
    // Rendered on a server (Lit SSR): one render, no timer to keep the process alive.
    if (isServer) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.dayChanged) this.host.requestUpdate();
      else this.schedule();
    }, untilMidnight(clock.now()));
  }
}
