/**
 * The `fhir` property every element shares: a FHIR R4 Bundle or an array of resources, read
 * through the core's `prefillFromFhir` (nothing is fetched). The element fills an input from the
 * record only when neither the page nor the clinician gave it; each value filled carries its
 * provenance ("from the record, 3 Dec 2026"), a stale weight a warning, and a value the clinician
 * or the page changed says it overrode the record's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html, nothing } from 'lit';
import { formatShortDate } from '../../core/dates.js';
import { prefillFromFhir } from '../../core/fhir.js';
import type { Prefill, Provenance } from '../../core/fhir-types.js';
import { ownValue } from '../../core/own.js';
import { UI } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;
type OkPrefill = Extract<Prefill, { ok: true }>;

export interface FhirOptions {
  /** The record (the element's `fhir` property). */
  resources(): unknown;
  /** The element's "today" (the review controller's), for ages and the weight's age. */
  today(): string;
  /** The element's raw configuration (extra codes, the weight's maximum age). */
  config(): unknown;
}

/** How one input relates to the record. */
export interface RecordUse {
  path: string;
  provenance: Provenance;
  /** The record's value. */
  value: unknown;
  /** The input took the record's value (nothing else gave it). */
  used: boolean;
}

export class FhirController implements ReactiveController {
  private readonly options: FhirOptions;
  private key: unknown[] = [];
  private cached?: Prefill;

  constructor(host: Host, options: FhirOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The prefill for the current record, today and configuration (undefined without a record). */
  get prefill(): Prefill | undefined {
    const resources = this.options.resources();
    if (resources === undefined || resources === null) return undefined;
    const key = [resources, this.options.today(), this.options.config()];
    if (!this.cached || key.some((k, i) => k !== this.key[i])) {
      this.key = key;
      this.cached = prefillFromFhir(resources, { today: key[1] as string, config: key[2] });
    }
    return this.cached;
  }

  private get ok(): OkPrefill | undefined {
    const p = this.prefill;
    return p && p.ok ? p : undefined;
  }

  /** The record's value for an input path ('doses.weight', 'pathway.antibody'), or undefined. */
  value(path: string): unknown {
    const p = this.ok;
    if (!p) return undefined;
    const [group, field] = path.split('.');
    return ownValue(ownValue(p, group), field);
  }

  /** Where the record's value for `path` came from, when it gave one. */
  provenance(path: string): Provenance | undefined {
    const p = this.ok;
    return p ? (ownValue(p.provenance, path) as Provenance | undefined) : undefined;
  }

  /** The given value, else the record's (`given` undefined means nothing else gave the input). */
  pick(path: string, given: unknown): unknown {
    return given === undefined || given === null ? this.value(path) ?? given : given;
  }

  /** Each input the record gave, with whether it is in use. */
  uses(given: Readonly<Record<string, unknown>>): RecordUse[] {
    const p = this.ok;
    if (!p) return [];
    return Object.keys(p.provenance)
      .filter((path) => Object.prototype.hasOwnProperty.call(given, path))
      .map((path) => ({
        path,
        provenance: p.provenance[path],
        value: this.value(path),
        used: given[path] === undefined || given[path] === null,
      }));
  }

  /** What the record reported: conflicts, unreadable or future-dated resources, a stale weight, a record that could not be read. */
  get notices() {
    const p = this.prefill;
    if (!p) return [];
    if (!p.ok) return p.errors.map((e) => ({ level: 'warning' as const, code: 'record-unreadable', message: `${UI.record.unreadable} ${e.message}` }));
    return p.warnings;
  }
}

/** "from the record, 3 Dec 2026" beside a control, with the stale warning or the override. */
export function renderProvenance(use: RecordUse | undefined, overriddenBy?: 'user' | 'page') {
  if (!use) return nothing;
  const when = use.provenance.effective ? `, ${formatShortDate(use.provenance.effective)}` : '';
  return html`<p class="provenance" part="provenance" data-provenance=${use.path}>
    ${UI.record.from}${when}${use.provenance.stale ? html` — <strong class="stale">${UI.record.stale}</strong>` : nothing}${
      !use.used ? html` — ${overriddenBy === 'page' ? UI.record.overriddenPage : UI.record.overriddenUser}` : nothing
    }
  </p>`;
}
