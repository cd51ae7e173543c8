/**
 * The edit cycle every element shares: the user's edits against the page's settings.
 *
 * - An input the user sets is the user's until the page sets it to something else. A box being
 *   typed in keeps exactly what was typed (the element never writes to it meanwhile), and a page
 *   that sets the attribute again to the value it already had (a framework re-rendering) does not
 *   overwrite what the user gave. A different value from the page wins, ends the edit, and the
 *   status sentence says so.
 * - While a text or date box is typed in, the element is busy (aria-busy on its result), its
 *   error shows beside the box only, and the announced summary and status wait until the edit is
 *   committed (change, Enter, leaving the box). A scripted `input` event sets a whole value and
 *   commits at once; a date box commits when it is left (its year is typed digit by digit).
 * - One status sentence per committed change by the user (none on the first render or for the
 *   page's own settings, which the live result region already carries).
 * - The change event fires for the user's edits only, once per edit, after the update completes.
 *
 * Inputs are named by `key` (the host property, e.g. `weight` or `visits`) and controls by their
 * `name` (e.g. `weight-unit`, or `visits[2].ck` in a table of rows); `owns` maps one to the other.
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;
type Key = PropertyKey;

/** A form control an edit comes from. */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface EditOptions {
  /** The change event fired after each user edit (bubbles, composed). */
  event: string;
  /** Its detail, read once the update has completed (the element's current result). */
  detail(): unknown;
  /** The status sentence for the state just rendered. */
  status(): string;
  /** Whether the control `name` edits the input `key`. Default: the name is the key. */
  owns?(key: Key, name: string): boolean;
  /** Whether two values of `key` are the same (a page writing back the user's value). Default: Object.is. */
  same?(key: Key, a: unknown, b: unknown): boolean;
  /** The sentence saying that the page replaced the user's value of `key` with `value`. */
  replaced?(key: Key, value: unknown): string;
}

const TEXT_TYPES = new Set(['text', 'search', 'number', 'tel', 'url', 'email', 'date', 'time', 'datetime-local', 'month', 'week']);

/** True for a box the user types into (its value changes one key at a time). */
export function isTypingBox(control: Element): control is HTMLInputElement | HTMLTextAreaElement {
  return control instanceof HTMLTextAreaElement || (control instanceof HTMLInputElement && TEXT_TYPES.has(control.type));
}

function controlOf(event: Event): FormControl | undefined {
  const target = event.currentTarget instanceof Element ? event.currentTarget : event.composedPath()[0];
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement
    ? target
    : undefined;
}

export class EditController implements ReactiveController {
  /** The `name` of the box being typed in, or undefined. */
  editing: string | undefined = undefined;
  /** The status sentence of the last committed change (empty until the user's first change). */
  status = '';
  /** The `name` of the control of the user's last edit (where a pointer to its consequences belongs). */
  lastControl: string | undefined = undefined;

  private readonly host: Host;
  private readonly options: EditOptions;
  private readonly typed = new Map<string, string>();
  private readonly given = new Map<Key, unknown>();
  private readonly userKeys = new Set<Key>();
  private replacements: string[] = [];
  private statusDue = false;
  private rendering = false;

  constructor(host: Host, options: EditOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** True while a box is being typed in: the result is marked busy. */
  get busy(): boolean {
    return this.editing !== undefined;
  }

  /** What the user typed into the box `name`, kept until the page sets its input again. */
  get typedText(): ReadonlyMap<string, string> {
    return this.typed;
  }

  /** True when the current value of `key` is the one the user gave (typed or chosen in the form). */
  fromUser(key: Key): boolean {
    return this.given.has(key) && this.same(key, (this.host as unknown as Record<Key, unknown>)[key], this.given.get(key));
  }

  /** True when the error of control `name` waits beside its box (it is being typed in) instead of in the summary. */
  deferred(name: string | undefined): boolean {
    return name !== undefined && name === this.editing;
  }

  /**
   * One `input` or `change` event of a control: updates the typing state, then `apply` (the
   * element's) reads the control and sets its input, returning the key it changed (nothing when
   * the value is what the input already holds: the second event of one edit). Each user edit
   * thus gives exactly one change event, whichever of input and change fired, bubbling or not.
   */
  handle(event: Event, apply: (control: FormControl) => Key | undefined): void {
    // Events the element's own render causes are not edits: a focused cell whose row the page
    // removed fires change and blur as it is taken out of the document.
    if (this.rendering) return;
    const control = controlOf(event);
    if (!control || !control.name || !control.isConnected) return;
    if (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked) return;
    if (isTypingBox(control)) {
      this.typed.set(control.name, control.value);
      if (event.type === 'input' && event.isTrusted) this.setEditing(control.name);
      else if (!(control instanceof HTMLInputElement && control.type === 'date')) this.setEditing(undefined);
    } else {
      this.setEditing(undefined);
    }
    const key = apply(control);
    if (key !== undefined) {
      this.lastControl = control.name;
      this.userChanged(key);
    }
  }

  /** Leaving the box being typed in ends the edit, even when no change event follows. */
  readonly focusOut = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof Element && (target as FormControl).name === this.editing) this.setEditing(undefined);
  };

  /** Records that the user set `key` (already assigned on the host) and fires the change event after the update. */
  userChanged(key: Key): void {
    this.userKeys.add(key);
    this.given.set(key, (this.host as unknown as Record<Key, unknown>)[key]);
    this.statusDue = true;
    void this.announce();
  }

  /**
   * An attribute set again to the value it already had, while the input holds what the user
   * gave: true means ignore it (call from attributeChangedCallback before super).
   */
  keepsUserValue(attribute: string, old: string | null, value: string | null): boolean {
    if (old !== value) return false;
    const key = this.keyOfAttribute(attribute);
    return key !== undefined && this.fromUser(key);
  }

  /**
   * Call first in the host's willUpdate. Each input the page changed (not the user) writes to
   * its controls again; when it replaced what the user gave, the edit of that input ends and the
   * next status says so.
   */
  willUpdate(changed: PropertyValues): void {
    for (const key of changed.keys()) {
      if (this.userKeys.has(key)) continue;
      const value = (this.host as unknown as Record<Key, unknown>)[key];
      if (this.given.has(key) && this.same(key, value, this.given.get(key))) continue;
      for (const name of [...this.typed.keys()]) if (this.owns(key, name)) this.typed.delete(name);
      if (this.editing !== undefined && this.owns(key, this.editing)) this.editing = undefined;
      if (this.given.delete(key)) {
        const sentence = this.options.replaced?.(key, value);
        if (sentence) this.replacements.push(sentence);
        this.statusDue = true;
      }
    }
    this.userKeys.clear();
  }

  /** After the host's willUpdate: a committed change gets its status sentence. */
  hostUpdate(): void {
    // The render is committed synchronously from here on; cleared once it is done (even if it threw).
    this.rendering = true;
    queueMicrotask(() => {
      this.rendering = false;
    });
    if (this.editing !== undefined || !this.statusDue) return;
    this.status = [...this.replacements, this.options.status()].filter(Boolean).join(' ');
    this.replacements = [];
    this.statusDue = false;
  }

  private setEditing(name: string | undefined): void {
    if (name === this.editing) return;
    // Ending an edit commits it: the status speaks once, now.
    if (this.editing !== undefined) this.statusDue = true;
    this.editing = name;
    this.host.requestUpdate();
  }

  private owns(key: Key, name: string): boolean {
    return this.options.owns ? this.options.owns(key, name) : key === name;
  }

  private same(key: Key, a: unknown, b: unknown): boolean {
    return this.options.same ? this.options.same(key, a, b) : Object.is(a, b);
  }

  private keyOfAttribute(attribute: string): Key | undefined {
    const ctor = this.host.constructor as unknown as { elementProperties?: Map<Key, { attribute?: unknown }> };
    for (const [key, options] of ctor.elementProperties ?? []) {
      const name = typeof options.attribute === 'string' ? options.attribute : typeof key === 'string' ? key.toLowerCase() : '';
      if (options.attribute !== false && name === attribute) return key;
    }
    return undefined;
  }

  private async announce(): Promise<void> {
    try {
      await this.host.updateComplete;
    } catch {
      // The result is still the last one computed.
    }
    this.host.dispatchEvent(new CustomEvent(this.options.event, { detail: this.options.detail(), bubbles: true, composed: true }));
  }
}

/** Moves focus to the control `name` (a radio group's checked radio, else its first control). */
export function focusControl(root: ParentNode, name: string): void {
  const n = CSS.escape(name);
  const control = root.querySelector<HTMLElement>(`input[type="radio"][name="${n}"]:checked`) ?? root.querySelector<HTMLElement>(`[name="${n}"]`);
  control?.focus();
}
