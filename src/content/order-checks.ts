/**
 * The order checks of content-spec §6.2: the critical cards a draft order gets. Their words
 * come from the pathway's and the dose rules' own text, so a card never says something the
 * pathway or the calculator does not.
 */
import { DRUG_RULES } from './drug-rules.js';
import { STEP_RULES } from './pathway-rules.js';
import type { SourceId } from './sources.js';

export interface OrderCheck {
  /** Stable id (the card's uuid is derived from it). */
  id: string;
  /** The card's summary (content-spec §6.2 gives the first two word for word). */
  summary: string;
  /** What to do, in the product's words. */
  text: string;
  citations: readonly SourceId[];
}

// Pure calls, so bundles that never check orders leave this table out.
const avoidRule = /*#__PURE__*/ STEP_RULES.find((r) => r.rule === 'avoid-statin-rechallenge')!;
const weeklyNotice = /*#__PURE__*/ DRUG_RULES.methotrexate.notices.find((n) => n.code === 'methotrexate-weekly')!;

export const ORDER_CHECKS = {
  /** A statin ordered for a patient with anti-HMGCR antibodies or a statin-associated myopathy. */
  avoidStatins: {
    id: 'order/avoid-statins',
    summary: 'Avoid statins',
    text: avoidRule.text,
    citations: avoidRule.citations,
  },
  /** Methotrexate ordered with a timing other than once a week. */
  methotrexateWeekly: {
    id: 'order/methotrexate-weekly',
    summary: 'Methotrexate is once weekly',
    text: weeklyNotice.message,
    citations: ['src'],
  },
  /** Azathioprine ordered before the TPMT and NUDT15 results are known. */
  azathioprineUnknown: {
    id: 'order/azathioprine-tpmt-unknown',
    summary: 'Azathioprine: TPMT and NUDT15 results are not known',
    text: DRUG_RULES.azathioprine.tpmtNotices.unknown.message,
    citations: ['cpic-2018'],
  },
  /** Azathioprine ordered for a poor TPMT or NUDT15 metaboliser. */
  azathioprinePoor: {
    id: 'order/azathioprine-tpmt-poor',
    summary: 'Azathioprine: poor TPMT or NUDT15 metaboliser',
    text: DRUG_RULES.azathioprine.tpmtNotices.poor.message,
    citations: ['cpic-2018'],
  },
} as const satisfies Record<string, OrderCheck>;

/**
 * A once-weekly timing (content-spec §6.2): frequency 1 per period 1 wk, or 1 per 7 d, with no
 * range (frequencyMax, periodMax) and at most one day of the week and one time of day.
 */
export const WEEKLY_TIMINGS = [
  { frequency: 1, period: 1, periodUnit: 'wk' },
  { frequency: 1, period: 7, periodUnit: 'd' },
] as const;
