/** Helpers shared by the follow-up core tests (not a test file itself). */
import { expect } from '@open-wc/testing';
import type { FollowUpResult, TaperResult, Visit, VisitAssessment } from '../../src/core/index.js';

export type OkFollowUp = Extract<FollowUpResult, { ok: true }>;
export type OkTaper = Extract<TaperResult, { ok: true }>;

export function okFollowUp(result: FollowUpResult): OkFollowUp {
  if (!result.ok) throw new Error(`expected an ok follow-up result, got errors ${JSON.stringify(result.errors)}`);
  return result;
}

export function okTaper(result: TaperResult): OkTaper {
  if (!result.ok) throw new Error(`expected an ok taper result, got errors ${JSON.stringify(result.errors)}`);
  return result;
}

/** The assessment of the visit on `date`. */
export function visitOn(result: FollowUpResult, date: string): VisitAssessment {
  const found = okFollowUp(result).visits.find((v) => v.date === date);
  if (!found) throw new Error(`no visit on ${date}`);
  return found;
}

/** Expects ok: false with an error for exactly `field` whose message contains every one of `words`. */
export function expectError(result: FollowUpResult | TaperResult, field: string, words: readonly (string | number)[] = []): void {
  expect(result.ok, `expected ok: false for ${field}`).to.equal(false);
  if (result.ok) return;
  expect(result).to.not.have.property('visits');
  expect(result).to.not.have.property('steps');
  const error = result.errors.find((e) => e.field === field);
  expect(error, `an error for ${field} in ${JSON.stringify(result.errors)}`).to.exist;
  for (const word of words) expect(error!.message).to.include(String(word));
}

/**
 * A baseline with all six core set measures: physician and patient global 6 cm, MMT-8 40 of 80,
 * HAQ 1.5, CK 2,000 U/L with a ULN of 200 (CK range 15 × 200 = 3,000 U/L), extramuscular 5 cm.
 */
export const BASELINE: Visit = {
  date: '2026-01-05',
  physicianGlobal: 6,
  patientGlobal: 6,
  mmt8: 40,
  haq: 1.5,
  ck: 2000,
  ckUln: 200,
  extramuscular: 5,
};

/** The baseline's measures on another date, with `changes` applied. */
export const followUp = (changes: Partial<Visit>, date = '2026-03-05'): Visit => ({ ...BASELINE, date, ...changes });

/** Every value in a result, walked: collects paths of undefined, NaN, ±Infinity, null or functions. */
export function badValues(value: unknown, path = 'result', out: string[] = [], depth = 0): string[] {
  if (depth > 20) return out;
  if (value === undefined || value === null || typeof value === 'function') out.push(`${path}: ${String(value)}`);
  else if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path}: ${value}`);
  else if (typeof value === 'string' && /\b(undefined|NaN|null|Infinity)\b|\[object Object\]/.test(value)) out.push(`${path}: "${value}"`);
  else if (Array.isArray(value)) value.forEach((v, i) => badValues(v, `${path}[${i}]`, out, depth + 1));
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value as object)) badValues(v, `${path}.${k}`, out, depth + 1);
  return out;
}
