/**
 * checkOrders (content-spec §6.2): the draft orders of an `order-select` or `order-sign` hook
 * against the patient's record. Three checks, each a critical card:
 *
 * - a statin for a patient with anti-HMGCR antibodies or a statin-associated myopathy →
 *   "Avoid statins". The service is for patients with IMNM, so a statin-associated myopathy is
 *   recognised as statin exposure in the record (a statin current or in the past, as
 *   prefillFromFhir reads it): the condition of the pathway's own "avoid statins from now on"
 *   step (content-spec §3). The draft orders themselves are never counted as that exposure.
 * - methotrexate whose timing is anything but once a week → "Methotrexate is once weekly";
 * - azathioprine while TPMT/NUDT15 is unknown or poor → the dose rules' critical notice.
 *
 * Total: anything unreadable gives no card for that order (and never a throw).
 */
import { MEDICATION_ATC } from '../content/fhir-codes.js';
import { LABELS } from '../content/inputs.js';
import { ORDER_CHECKS, WEEKLY_TIMINGS, type OrderCheck } from '../content/order-checks.js';
import { resolveConfig } from './config.js';
import { cardSource, markdownText, sourcesMarkdown, cardSummary, type CdsCard } from './cds-hooks.js';
import { formatShortDate, isCalendarDate } from './dates.js';
import { prefillFromFhir } from './fhir.js';
import { medicationConcept } from './fhir-medications.js';
import { collectResources, conceptTexts, hasAtc, label, printable, type RecordItem } from './fhir-read.js';
import { S, readResource, type MedicationUseRead } from './fhir-schemas.js';
import type { Provenance } from './fhir-types.js';
import { isPlainObject } from './fields.js';
import { formatNumber } from './format.js';
import { ownValue } from './own.js';
import { uuidV5 } from './uuid.js';

export interface OrderContext {
  /** The patient's record: a FHIR R4 Bundle or array (the hook's prefetch values). */
  record?: unknown;
  /** order-select's `selections` ("MedicationRequest/103"): only these orders are checked. */
  selections?: unknown;
  /** YYYY-MM-DD, default the local date. */
  today?: string;
  config?: unknown;
  /** The hook instance, mixed into each card's uuid. */
  instance?: string;
}

/** The part of a FHIR Dosage the weekly check reads (written out so the declarations stay free of the schema types). */
export interface DosageTiming {
  timing?: {
    repeat?: {
      frequency?: number;
      frequencyMax?: number;
      period?: number;
      periodMax?: number;
      periodUnit?: string;
      dayOfWeek?: readonly string[];
      timeOfDay?: readonly string[];
      when?: readonly string[];
    };
  };
}

/** Why a methotrexate order's timing is not once weekly, or undefined when it is. */
export function notWeekly(dosages: readonly DosageTiming[] | undefined): string | undefined {
  if (!dosages?.length) return 'it has no dosage instruction';
  for (const dosage of dosages) {
    const r = dosage.timing?.repeat;
    if (!r) return 'a dosage instruction has no timing.repeat';
    const weekly = WEEKLY_TIMINGS.some((w) => r.frequency === w.frequency && r.period === w.period && r.periodUnit === w.periodUnit);
    const describe = `${r.frequency === undefined ? 'no frequency' : `${formatNumber(r.frequency)} time${r.frequency === 1 ? '' : 's'}`} per ${r.period === undefined ? 'no period' : `${formatNumber(r.period)} ${printable(r.periodUnit ?? '(no unit)', 10)}`}`;
    if (!weekly) return `a dosage instruction gives ${describe}`;
    if (r.frequencyMax !== undefined && r.frequencyMax !== r.frequency) return `a dosage instruction allows up to ${formatNumber(r.frequencyMax)} times per period`;
    if (r.periodMax !== undefined && r.periodMax !== r.period) return 'a dosage instruction gives a range of periods';
    if ((r.dayOfWeek?.length ?? 0) > 1) return `a dosage instruction names ${r.dayOfWeek!.length} days of the week`;
    if ((r.timeOfDay?.length ?? 0) > 1 || (r.when?.length ?? 0) > 1) return 'a dosage instruction gives more than one time of day';
  }
  return undefined;
}

const why = (p: Provenance | undefined) => {
  if (!p) return '';
  const ref = p.id ? `${p.resourceType}/${p.id}` : p.resourceType;
  return `${ref}${p.effective && isCalendarDate(p.effective) ? `, ${formatShortDate(p.effective)}` : ''}`;
};

/** The orders to check: the draft MedicationRequests (order-select: the selected ones). */
function draftRequests(items: RecordItem[], selections: unknown): RecordItem[] {
  const selected = Array.isArray(selections) ? selections.filter((s): s is string => typeof s === 'string') : undefined;
  return items.filter(
    (i) =>
      i.resourceType === 'MedicationRequest' &&
      (!selected || selected.some((s) => s === `MedicationRequest/${i.id}` || (i.fullUrl !== undefined && s === i.fullUrl))),
  );
}

/**
 * Critical cards for the draft orders (content-spec §6.2), in the order of the orders. Each
 * card's detail names the order and what in the record led to it.
 */
export function checkOrders(draftOrders: unknown, context?: OrderContext): CdsCard[] {
  try {
    const ctx: OrderContext = isPlainObject(context) ? context : {};
    const drafts = collectResources(draftOrders);
    if (!drafts.ok) return [];
    const orders = draftRequests(drafts.items, ownValue(ctx, 'selections'));
    if (!orders.length) return [];
    const today = typeof ctx.today === 'string' && isCalendarDate(ctx.today) ? ctx.today : undefined;
    const config = resolveConfig(ctx.config, today).config;

    // The record, without the draft orders themselves (an order is not its own evidence).
    const record = ctx.record === undefined || ctx.record === null ? { ok: true as const, items: [] } : collectResources(ctx.record);
    const draftKeys = new Set(drafts.items.filter((i) => i.id).map((i) => `${i.resourceType}/${i.id}`));
    const recordItems = record.ok ? record.items.filter((i) => !draftKeys.has(`${i.resourceType}/${i.id}`)) : [];
    const prefill = prefillFromFhir(
      recordItems.map((i) => i.resource),
      { ...(today && { today }), config: ctx.config },
    );
    const pathway = prefill.ok ? prefill.pathway : {};
    const tpmt = (prefill.ok ? prefill.doses.tpmt : undefined) ?? 'unknown';
    const provenance = prefill.ok ? prefill.provenance : {};

    const statinAtc = [...MEDICATION_ATC.statin, ...config.fhir.medications.statin];
    const source = cardSource(ctx.config);
    const instance = typeof ctx.instance === 'string' ? ctx.instance : '';
    const cards: CdsCard[] = [];
    const card = (check: OrderCheck, order: RecordItem, name: string, reason: string) => {
      const detail = [
        `**${markdownText(label(order))}** (${markdownText(name)}): ${markdownText(reason)}`,
        markdownText(check.text),
        sourcesMarkdown(check.citations),
      ].join('\n\n');
      cards.push({
        uuid: uuidV5([instance, source.label, check.id, label(order)].join('\u0000')),
        summary: cardSummary(check.summary),
        detail,
        indicator: 'critical',
        source,
      });
    };

    for (const order of orders) {
      const read = readResource(S.medicationUse, order);
      if (!read.ok) continue;
      const use: MedicationUseRead = read.value;
      if (use.status === 'entered-in-error' || use.status === 'cancelled') continue;
      const concept = medicationConcept([...drafts.items, ...recordItems], use);
      if (concept === undefined || concept === 'unresolved') continue;
      const name = printable(conceptTexts(concept)[0] ?? 'medication', 60);

      if (hasAtc(concept, statinAtc)) {
        const reasons: string[] = [];
        if (pathway.antibody === 'anti-hmgcr') reasons.push(`anti-HMGCR antibodies (${why(provenance['pathway.antibody'])})`);
        if (pathway.statin === 'current' || pathway.statin === 'past') {
          reasons.push(`a statin-associated myopathy (statin exposure in the record: ${LABELS.statin[pathway.statin]}, ${why(provenance['pathway.statin'])})`);
        }
        if (reasons.length) card(ORDER_CHECKS.avoidStatins, order, name, `a statin is ordered for a patient with ${reasons.join(' and with ')}.`);
      }
      if (hasAtc(concept, MEDICATION_ATC.methotrexate)) {
        const problem = notWeekly(use.dosageInstruction);
        if (problem) card(ORDER_CHECKS.methotrexateWeekly, order, name, `the order is not once weekly (${problem}).`);
      }
      if (hasAtc(concept, MEDICATION_ATC.azathioprine) && (tpmt === 'unknown' || tpmt === 'poor')) {
        const check = tpmt === 'poor' ? ORDER_CHECKS.azathioprinePoor : ORDER_CHECKS.azathioprineUnknown;
        const basis =
          tpmt === 'poor'
            ? `the record gives a poor metaboliser status (${why(provenance['doses.tpmt'])})`
            : provenance['doses.tpmt']
              ? `the record has only one of the TPMT and NUDT15 results (${why(provenance['doses.tpmt'])}); both are needed`
              : 'the record gives no TPMT or NUDT15 result that is read here (an institution configures its laboratory codes)';
        card(check, order, name, `azathioprine is ordered while ${basis}.`);
      }
    }
    return cards;
  } catch {
    return [];
  }
}
