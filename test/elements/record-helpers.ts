/**
 * The patient record for the element tests (not a test file itself): FHIR R4 resources written
 * from the specification's examples (the fixtures in test/fixtures/fhir, and small builders), the
 * day the tests are run on, and how a test reads a control's provenance.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Bundle, Resource } from 'fhir/r4';
import { clock } from '../../src/elements/shared/review-controller.js';
import { ATC, bundle, fixture, observation, UCUM } from '../core/fhir-helpers.js';

export { bundle, fixture, observation, ATC, UCUM };

/** The day every record test runs on (ages and the weight's age are counted to it): Mon 7 Dec 2026, noon local time. */
export const TODAY = '2026-12-07';

let original: typeof clock.now | undefined;
/** Sets the elements' clock to TODAY (call in `before`), and puts it back (`after`). */
export function onTestDay(): void {
  before(() => {
    original = clock.now;
    clock.now = () => new Date(2026, 11, 7, 12, 0, 0);
  });
  after(() => {
    if (original) clock.now = original;
  });
}

/** A body weight Observation (LOINC 29463-7) in kg or [lb_av]. */
export const weightObs = (value: number, date: string, id: string, unit: 'kg' | '[lb_av]' = 'kg') =>
  observation('29463-7', date, { valueQuantity: { value, unit: unit === 'kg' ? 'kg' : 'lb', system: UCUM, code: unit } }, id);

/** A CK Observation (LOINC 2157-6) in U/L, with the laboratory's upper limit as referenceRange.high. */
export const ckObs = (value: number, uln: number | undefined, date: string, id: string) =>
  observation(
    '2157-6',
    date,
    {
      valueQuantity: { value, unit: 'U/L', system: UCUM, code: 'U/L' },
      ...(uln !== undefined && { referenceRange: [{ high: { value: uln, unit: 'U/L', system: UCUM, code: 'U/L' } }] }),
    },
    id,
  );

/** A MedicationRequest coded with ATC (or another system), as the FHIR R4 example medicationrequest0302 is shaped. */
export const medicationRequest = (id: string, status: string, coding: { system: string; code: string; display?: string }, authoredOn = '2025-02-10'): Resource =>
  ({
    resourceType: 'MedicationRequest',
    id,
    status,
    intent: 'order',
    subject: { reference: 'Patient/nam-1' },
    authoredOn,
    medicationCodeableConcept: { coding: [coding] },
  }) as Resource;

/** A record of the given fixtures and resources, as one searchset Bundle. */
export async function record(fixtures: string[], ...more: Resource[]): Promise<Bundle> {
  const loaded = await Promise.all(fixtures.map((f) => fixture(f)));
  return bundle(...(loaded as Resource[]), ...more);
}

export const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The provenance line named in a control's aria-describedby ('' when none). */
export function provenanceOf(root: ShadowRoot, control: Element | null): string {
  if (!control) return '';
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const line = ids.map((id) => root.getElementById(id)).find((n) => n?.matches('[part~="provenance"]'));
  return norm(line?.textContent);
}

/** Replaces a text box's value as a user does: focus, select all, type, then Tab out. */
export async function typeInto(control: HTMLInputElement, text: string): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

/** Hostile values for the `fhir` property: none may break the element. */
export function hostileRecords(): [string, unknown][] {
  const throwing = { resourceType: 'Bundle', type: 'searchset' } as Record<string, unknown>;
  Object.defineProperty(throwing, 'entry', {
    enumerable: true,
    get() {
      throw new Error('entry getter');
    },
  });
  const throwingResource = { resourceType: 'Observation', id: 'w-throw', status: 'final' } as Record<string, unknown>;
  Object.defineProperty(throwingResource, 'code', {
    enumerable: true,
    get() {
      throw new Error('code getter');
    },
  });
  const huge = bundle(...Array.from({ length: 10_050 }, (_, i) => weightObs(70 + (i % 5), '2026-12-01', `w${i}`)));
  const proxy = new Proxy(
    {},
    {
      get() {
        throw new Error('proxy');
      },
      ownKeys() {
        throw new Error('proxy');
      },
      getPrototypeOf() {
        throw new Error('proxy');
      },
    },
  );
  return [
    ['a string', 'not a record'],
    ['a number', 42],
    ['true', true],
    ['a function', () => 1],
    ['a Bundle whose entry getter throws', throwing],
    ['a resource whose code getter throws', [throwingResource]],
    ['entries that are not resources', { resourceType: 'Bundle', type: 'searchset', entry: [1, 'x', null, { resource: 7 }, { resource: { id: 'no-type' } }, {}] }],
    ['a Bundle with 10,050 entries', huge],
    ['a Proxy that throws on every read', proxy],
  ];
}

/**
 * Print shows what came from the record (the note's lines) in place of the form: the block is
 * hidden on screen and shown in print, the record's notices print once, inside it, every WARNING
 * line of the note is in it; after the record changes to the weight alone, the block follows.
 * `el` holds a record with a conflicting second weight.
 */
export async function expectRecordPrintBlock(
  el: HTMLElement & { readonly note: string; fhir?: unknown },
  shadow: ShadowRoot,
  settle: (el: never) => Promise<unknown>,
): Promise<void> {
  const block = shadow.querySelector<HTMLElement>('[part~="record-print"]')!;
  expect(getComputedStyle(block).display, 'not on screen').to.equal('none');
  await emulateMedia({ media: 'print' });
  try {
    expect(getComputedStyle(block).display).to.not.equal('none');
    expect(getComputedStyle(shadow.querySelector('[part~="record"]')!).display, 'the notices print once, in the block').to.equal('none');
    const text = norm(block.textContent);
    expect(text).to.match(/^From the patient record:/);
    const warnings = el.note.split('\n').filter((l) => /^- WARNING: /.test(l));
    expect(warnings.length, 'the conflict is in the note').to.be.greaterThan(0);
    for (const line of warnings) expect(text).to.include(line.slice(2));
  } finally {
    await emulateMedia({ media: 'screen' });
  }
  el.fhir = await record(['observation-weight-kg.json']);
  await settle(el as never);
  expect(norm(shadow.querySelector('[part~="record-print"]')!.textContent)).to.include('weight: 72 kg (Observation/weight-kg, 3 Dec 2026)');
}
