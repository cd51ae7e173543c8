/** Small helpers shared by the core tests (not a test file itself). */
import { expect } from '@open-wc/testing';
import type { DoseLine, DoseResult, PathwayResult, Step } from '../../src/core/index.js';

export type OkDose = Extract<DoseResult, { ok: true }>;
export type OkPathway = Extract<PathwayResult, { ok: true }>;

/** Asserts the dose result is ok and returns it narrowed. */
export function okDoses(result: DoseResult): OkDose {
  if (!result.ok) throw new Error(`expected ok doses, got errors ${JSON.stringify(result.errors)}`);
  return result;
}

/** Asserts the pathway result is ok and returns it narrowed. */
export function okPathway(result: PathwayResult): OkPathway {
  if (!result.ok) throw new Error(`expected ok pathway, got errors ${JSON.stringify(result.errors)}`);
  return result;
}

/** A dose line typed as having its amounts (a withheld line has none: reading them fails the test). */
export type DosedLine = DoseLine & { amount: NonNullable<DoseLine['amount']>; exact: NonNullable<DoseLine['exact']> };

export function line(result: DoseResult, drug: DoseLine['drug']): DosedLine {
  const found = okDoses(result).lines.find((l) => l.drug === drug);
  if (!found) throw new Error(`no ${drug} line`);
  return found as DosedLine;
}

export function step(result: PathwayResult, id: Step['id']): Step {
  const found = okPathway(result).steps.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} step in ${okPathway(result).steps.map((s) => s.id).join(', ')}`);
  return found;
}

/** Every text a clinician can read on a dose line: the line, its basis and its notices. */
export function lineWords(l: DoseLine): string {
  const extra = (l as DoseLine & { basis?: string[] }).basis ?? [];
  return [l.text, ...extra, ...l.notices.map((n) => n.message)].join('\n');
}

/** Expects an ok: false result with an error for `field` whose message contains every `names`. */
export function expectFieldError(
  result: DoseResult | PathwayResult,
  field: string,
  names: readonly (string | number)[] = [],
): void {
  expect(result.ok, `expected ok: false for ${field}`).to.equal(false);
  if (result.ok) return;
  expect(result).to.not.have.property('lines');
  expect(result).to.not.have.property('steps');
  const error = result.errors.find((e) => e.field === field);
  expect(error, `an error for ${field} in ${JSON.stringify(result.errors)}`).to.exist;
  for (const name of names) expect(error!.message).to.include(String(name));
}

/** The number of decimal places of a finite number as written by JS. */
export function decimals(value: number): number {
  const s = String(value);
  if (s.includes('e')) return 99;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export const sorted = <T>(items: readonly T[]) => [...items].sort();
