// Helpers for the end-to-end tests: pages load in an iframe (so each keeps its own CSP header,
// custom-element registry and storage view) and are observed from outside with the probe plugin.
import { executeServerCommand } from '@web/test-runner-commands';

export const TAGS = ['nam-pathway', 'nam-dose-calculator'] as const;

export interface ProbeRecord {
  requests: { url: string; type: string; method: string; frame: string }[];
  console: { type: string; text: string; url: string }[];
  errors: string[];
}

export interface PageProbe {
  violations: { directive: string; blocked: string; sample: string }[];
  errors: string[];
}

export type FrameWindow = Window & typeof globalThis & { __probe?: PageProbe };

/**
 * The test runner's own traffic and logs (its test page, its injected dev-server web-socket
 * script, Lit's development build it serves to the test page): not the page under test.
 */
export const RUNNER = /wtr-session-id|\/__web-dev-server|\/node_modules\//;

export const probeStart = () => executeServerCommand('probe-start');
/** Stops the probe and returns what the pages under test did (runner noise removed). */
export async function probeStop(): Promise<ProbeRecord> {
  const record = (await executeServerCommand('probe-stop')) as ProbeRecord;
  return {
    requests: record.requests.filter((r) => !RUNNER.test(r.url)),
    console: record.console.filter((m) => !RUNNER.test(m.url)),
    errors: record.errors,
  };
}

// Not requestAnimationFrame: a test page in a background tab gets no animation frames.
const nextTask = () => new Promise((r) => setTimeout(r, 0));

/** Loads `url` in a new iframe and resolves when it has loaded. */
export async function loadFrame(url: string, { width = 1100, height = 1600 } = {}) {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${url} did not load`)), { once: true });
  });
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, doc: frame.contentDocument as Document };
}

/** Waits until every nam-cds element in `doc` is defined and has rendered. */
export async function elementsReady(win: FrameWindow, timeoutMs = 30000) {
  const doc = win.document;
  const defined = Promise.all(
    TAGS.filter((t) => doc.querySelector(t)).map((t) => win.customElements.whenDefined(t)),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`elements not defined within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([defined, timeout]);
  } finally {
    clearTimeout(timer);
  }
  for (const el of doc.querySelectorAll(TAGS.join(','))) {
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  }
  await nextTask();
  await nextTask();
}

export function removeFrames() {
  for (const f of document.querySelectorAll('iframe')) f.remove();
}

/** Every element of a shadow tree (and nested open shadow trees). */
export function shadowElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...shadowElements(el.shadowRoot));
  }
  return out;
}

/** Sets a form control's value as a user would and fires input + change. */
export function userSets(control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Resolves with the next `type` event on `target`, or rejects after `ms`. */
export function nextEvent(target: EventTarget, type: string, ms = 3000) {
  return new Promise<CustomEvent>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent);
      },
      { once: true },
    );
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
