/**
 * Drug-safety blood-test flags (content-spec §5.5; bsr-dmard-2017): one notice per result beyond
 * its threshold, its code naming the test. Thresholds are strict inequalities (WBC 3.5 does not
 * flag "< 3.5"); an institution's own threshold (config `bloods.*`) is labelled "local policy".
 * Creatinine flags a rise of more than the threshold % over the lowest creatinine of the previous
 * 12 months (from the same day 12 calendar months before), compared after rounding to 2 decimals.
 */
import {
  BLOOD_THRESHOLDS,
  DRUG_LABELS,
  LAB_RULES,
  LAB_RULES_TEXT,
  type LabRule,
} from '../content/follow-up-rules.js';
import type { ResolvedConfig } from './config.js';
import { addMonths, formatShortDate } from './dates.js';
import { formatNumber } from './format.js';
import { roundTo } from './numbers.js';
import type { FollowUpDrug, Visit } from './follow-up-types.js';
import type { Notice } from './types.js';

/** A lab value as entered (up to 6 decimals, never rounded into the threshold). */
const shown = (value: number) => formatNumber(value, 6);

/** "methotrexate", "methotrexate and azathioprine", or every monitored drug when none is listed. */
function drugWords(drugs: readonly FollowUpDrug[]): string {
  const names = drugs.map((d) => DRUG_LABELS[d.drug]);
  if (!names.length) return LAB_RULES_TEXT.anyDrug;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "(BSR 2017 threshold)" or "(local policy; published threshold 3.5 ×10⁹/L)". */
function source(rule: LabRule, config: ResolvedConfig, published: string): string {
  return config.local.includes(`bloods.${rule.threshold}`)
    ? `(${LAB_RULES_TEXT.local}; published threshold ${published})`
    : `(${LAB_RULES_TEXT.published})`;
}

function action(rule: LabRule, drugs: readonly FollowUpDrug[]): string {
  const base = `${LAB_RULES_TEXT.action} ${drugWords(drugs)} ${LAB_RULES_TEXT.discuss}`;
  return `${base}${rule.extraAction ? `; ${rule.extraAction}` : ''}.`;
}

/** The lowest creatinine of the visits in the 12 months before `visits[index]` (same day 12 months back included). */
function lowestCreatinine(visits: readonly Visit[], index: number): { value: number; date: string } | undefined {
  const date = visits[index].date;
  const from = addMonths(date, -LAB_RULES_TEXT.creatinineWindowMonths);
  let lowest: { value: number; date: string } | undefined;
  for (let j = 0; j < index; j++) {
    const v = visits[j];
    if (v.creatinine === undefined || v.date >= date || v.date < from) continue;
    if (!lowest || v.creatinine < lowest.value) lowest = { value: v.creatinine, date: v.date };
  }
  return lowest;
}

/** The blood-test flags of one visit (visits in date order). */
export function labFlags(
  visits: readonly Visit[],
  index: number,
  config: ResolvedConfig,
  drugs: readonly FollowUpDrug[],
): Notice[] {
  const visit = visits[index];
  const flags: Notice[] = [];
  for (const rule of LAB_RULES) {
    const value = visit[rule.field];
    if (value === undefined) continue;
    const threshold = config.bloods[rule.threshold];
    const unit = rule.unit;
    if (rule.direction === 'rise') {
      const lowest = lowestCreatinine(visits, index);
      if (!lowest || !(lowest.value > 0)) continue;
      const risePct = roundTo(((value - lowest.value) * 100) / lowest.value, 2);
      if (!(risePct > threshold) || !Number.isFinite(risePct)) continue;
      const published = `${shown(BLOOD_THRESHOLDS[rule.threshold])}%`;
      flags.push({
        level: 'warning',
        code: rule.code,
        message: `${rule.label} ${shown(value)} ${unit}: ${formatNumber(risePct)}% above ${LAB_RULES_TEXT.creatinineBasis(shown(lowest.value), formatShortDate(lowest.date))}; a rise of more than ${shown(threshold)}% ${source(rule, config, published)}. ${action(rule, drugs)}`,
      });
      continue;
    }
    const beyond = rule.direction === 'low' ? value < threshold : value > threshold;
    if (!beyond) continue;
    const published = `${shown(BLOOD_THRESHOLDS[rule.threshold])} ${unit}`;
    flags.push({
      level: 'warning',
      code: rule.code,
      message: `${rule.label} ${shown(value)} ${unit}: ${rule.direction === 'low' ? 'below' : 'above'} ${shown(threshold)} ${unit} ${source(rule, config, published)}. ${action(rule, drugs)}`,
    });
  }
  return flags;
}
