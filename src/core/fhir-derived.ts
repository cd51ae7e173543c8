/**
 * Inputs worked out from what the record prefill read (content-spec §2, §6.1), kept apart from
 * prefillFromFhir so its result stays the record's own values. Total: any input gives a result.
 */
import { LIMITS } from '../content/inputs.js';
import type { Prefill, Provenance } from './fhir-types.js';
import { clean } from './numbers.js';

/**
 * The pathway's `ckTimesUln` (content-spec §2: the latest CK as a multiple of the upper limit of
 * normal) from the record: the latest CK result of the prefill, with its laboratory's ULN and the
 * CK result's provenance (a latest CK without a ULN gives nothing: an earlier one is not the latest). Truncated to two decimals, never rounded up, so a comparison with a
 * threshold of two decimals (3 × ULN) gives the same answer as the unrounded quotient. Undefined
 * without such a visit, or when the quotient is outside the input's accepted range.
 */
export function recordCkTimesUln(prefill: Prefill | undefined): { value: number; provenance: Provenance } | undefined {
  try {
    if (!prefill || prefill.ok !== true || !Array.isArray(prefill.visits)) return undefined;
    for (let i = prefill.visits.length - 1; i >= 0; i--) {
      const v = prefill.visits[i];
      const provenance = prefill.provenance[`visits[${i}].ck`];
      if (typeof v?.ck !== 'number') continue;
      if (typeof v.ckUln !== 'number' || !provenance || !(v.ckUln > 0) || !(v.ck >= 0)) return undefined;
      const value = Math.floor(clean((v.ck * 100) / v.ckUln)) / 100;
      const { min, max } = LIMITS.ckTimesUln;
      return Number.isFinite(value) && value >= min && value <= max ? { value, provenance } : undefined;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
