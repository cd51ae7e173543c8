/**
 * The `fhir` property every element shares: a FHIR R4 Bundle or an array of resources, read
 * through the core's `prefillFromFhir` (nothing is fetched). The element fills an input from the
 * record only when neither the page nor the clinician gave it; each value filled carries its
 * provenance ("from the record, 3 Dec 2026"), a stale weight a warning, and a value the clinician
 * or the page gave instead says that it replaced the record's (with the record's value).
 *
 * The record's values are never written to the element's properties: they are laid over the
 * inputs nothing else gave, so setting `fhir` to null takes back everything the record filled,
 * and what the clinician typed stays.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { recordCkTimesUln } from '../../core/fhir-derived.js';
import { prefillFromFhir } from '../../core/fhir.js';
import type { Prefill, Provenance } from '../../core/fhir-types.js';
import { recordNoteLines } from '../../core/note.js';
import { ownValue } from '../../core/own.js';
import type { Notice } from '../../core/types.js';
import { UI } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;
type OkPrefill = Extract<Prefill, { ok: true }>;

export interface FhirOptions {
  /** The record (the element's `fhir` property). */
  resources(): unknown;
  /** The element's "today", for ages and the weight's age. */
  today(): string;
  /** The element's raw configuration (extra codes, the weight's maximum age). */
  config(): unknown;
}

/** An input the record may fill: the host property and the prefill path it is read from. */
export interface RecordInput {
  key: string;
  /** 'doses.weight', 'pathway.antibody', or 'pathway.ckTimesUln' (worked out from the latest CK). */
  path: string;
  /**
   * The host property holding this input's unit: the record's value (always kg) is used only while
   * that unit is not given or is kg. A weight in kg is never read as pounds.
   */
  unitKey?: string;
}

/** How one input relates to the record. */
export interface RecordUse {
  path: string;
  /** The host property. */
  key: string;
  provenance: Provenance;
  /** The record's value. */
  value: unknown;
  /** The input takes the record's value (nothing else gave it, or what was given is the same). */
  used: boolean;
  /** When not used: the clinician changed or cleared it, the page gave another value, or the unit given is not kg. */
  overriddenBy?: 'user' | 'page' | 'unit';
}

/** The inputs with the record laid over them. */
export interface RecordFill {
  /** By host property: the value given, else the record's. */
  values: Record<string, unknown>;
  /** One per input the record gave a value for, in the order of the inputs. */
  uses: RecordUse[];
}

const absent = (v: unknown) => v === undefined || v === null;

/** A given value that is the record's value written another way ("72" for 72, "true" for true). */
function sameAsRecord(given: unknown, record: unknown): boolean {
  if (Object.is(given, record)) return true;
  if (typeof given !== 'string') return false;
  const text = given.trim();
  if (typeof record === 'number') return text !== '' && /^\d+(\.\d+)?$/.test(text) && Number(text) === record;
  return text === String(record);
}

export class FhirController implements ReactiveController {
  private readonly options: FhirOptions;
  private key: unknown[] = [];
  private cached?: Prefill;
  /** Inputs the clinician cleared after the record filled them: not filled again until the record changes. */
  private readonly dismissed = new Set<string>();
  private lastResources: unknown;

  constructor(host: Host, options: FhirOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The prefill for the current record, today and configuration (undefined without a record). Never throws. */
  get prefill(): Prefill | undefined {
    let resources: unknown;
    let key: unknown[];
    try {
      resources = this.options.resources();
      if (!Object.is(resources, this.lastResources)) {
        this.lastResources = resources;
        this.dismissed.clear();
      }
      if (absent(resources)) return undefined;
      key = [resources, this.options.today(), this.options.config()];
    } catch {
      return { ok: false, errors: [{ field: 'resources', message: 'The record could not be read.' }] };
    }
    if (!this.cached || key.some((k, i) => !Object.is(k, this.key[i]))) {
      this.key = key;
      this.cached = prefillFromFhir(resources, { today: key[1] as string, config: key[2] });
    }
    return this.cached;
  }

  private get ok(): OkPrefill | undefined {
    const p = this.prefill;
    return p && p.ok ? p : undefined;
  }

  /** The record's value for an input path ('doses.weight', 'pathway.antibody', 'pathway.ckTimesUln'), or undefined. */
  value(path: string): unknown {
    const p = this.ok;
    if (!p) return undefined;
    if (path === 'pathway.ckTimesUln') return recordCkTimesUln(p)?.value;
    const [group, field] = path.split('.');
    return ownValue(ownValue(p, group), field);
  }

  /** Where the record's value for `path` came from, when it gave one. */
  provenance(path: string): Provenance | undefined {
    const p = this.ok;
    if (!p) return undefined;
    if (path === 'pathway.ckTimesUln') return recordCkTimesUln(p)?.provenance;
    return ownValue(p.provenance, path) as Provenance | undefined;
  }

  /** The clinician cleared `key` after the record filled it: the record does not fill it again until it changes. */
  dismiss(key: string): void {
    this.dismissed.add(key);
  }

  /** True when the clinician cleared `key` after the record filled it. */
  isDismissed(key: string): boolean {
    return this.dismissed.has(key);
  }

  /**
   * The inputs with the record's values laid over those nothing else gave. `given(key)` is the
   * host property's value; `fromUser(key)` says the clinician gave it (else the page did).
   */
  fill(inputs: readonly RecordInput[], given: (key: string) => unknown, fromUser: (key: string) => boolean): RecordFill {
    const values: Record<string, unknown> = {};
    const uses: RecordUse[] = [];
    const prefill = this.ok;
    for (const input of inputs) {
      const mine = given(input.key);
      values[input.key] = mine;
      if (!prefill) continue;
      const value = this.value(input.path);
      const provenance = this.provenance(input.path);
      if (value === undefined || !provenance) continue;
      const use: RecordUse = { path: input.path, key: input.key, provenance, value, used: false };
      const unit = input.unitKey === undefined ? undefined : given(input.unitKey);
      if (this.dismissed.has(input.key) && absent(mine)) use.overriddenBy = 'user';
      else if (!absent(mine)) {
        if (sameAsRecord(mine, value)) use.used = true;
        else use.overriddenBy = fromUser(input.key) ? 'user' : 'page';
      } else if (!absent(unit) && !sameAsRecord(unit, 'kg')) use.overriddenBy = 'unit';
      else {
        use.used = true;
        values[input.key] = value;
      }
      uses.push(use);
    }
    return { values, uses };
  }

  /**
   * What the record reported (conflicts, unreadable or future-dated resources, a stale weight, a
   * record that could not be read), limited to the notices about `fields` (input paths or their
   * group: 'doses', 'pathway.antibody') and those about the record as a whole.
   */
  notices(fields: readonly string[]): Notice[] {
    const p = this.prefill;
    if (!p) return [];
    if (!p.ok) return p.errors.map((e) => ({ level: 'warning' as const, code: 'record-unreadable', message: `${UI.record.unreadable} ${e.message}` }));
    const about = (field: string | undefined) => field === undefined || fields.some((f) => field === f || field.startsWith(`${f}.`));
    return p.warnings.filter((w) => about(w.field)).map((w) => ({ level: w.level, code: w.code, message: w.message }));
  }

  /** The note's lines for the record (the core's recordNoteLines): each value with its source, then the notices. */
  noteLines(uses: readonly RecordUse[], notices: readonly Notice[]): string[] {
    return recordNoteLines(uses, notices);
  }
}
