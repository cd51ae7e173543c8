/**
 * prefillFromFhir (content-spec §6.1): inputs from a patient's FHIR R4 record, each with where
 * it came from, and every problem with the record reported instead of guessed. Nothing here
 * fetches: the host (a portal, a SMART app, the CDS Hooks service) hands the resources over.
 * Total: any input gives a result.
 */
import { MEDICATION_ATC, OBSERVATION_CODES, type CodeRef, type ObservationKind } from '../content/fhir-codes.js';
import { CONTENT_VERSION } from '../content/version.js';
import { configNotices, resolveConfig } from './config.js';
import { isCalendarDate, todayIso } from './dates.js';
import { isPlainObject } from './fields.js';
import { readCheckpointInhibitor, readStatin, medicationConcept, MEDICATION_USE_TYPES, type MedicationUse } from './fhir-medications.js';
import { readAntibody, readCkVisits, readHeight, readTpmt, readWeight } from './fhir-observations.js';
import { readPatient } from './fhir-patient.js';
import { collectResources, hasAtc, hasCoding, label, printable, type RecordItem, type RecordNotice } from './fhir-read.js';
import { S, readResource, type ObservationRead } from './fhir-schemas.js';
import type { PrefillContext } from './fhir-context.js';
import type { Prefill } from './fhir-types.js';
import { deepDetached, ownValue } from './own.js';
import type { DoseInput, FieldError, PathwayInput } from './types.js';

export type { Prefill, PrefillVisit, Provenance, RecordNotice } from './fhir-types.js';

/** The input each observation kind fills (where an unreadable one is reported). */
const KIND_FIELD: Record<ObservationKind, string> = {
  weight: 'doses.weight',
  height: 'doses.heightCm',
  ck: 'visits',
  hmgcr: 'pathway.antibody',
  srp: 'pathway.antibody',
  tpmt: 'doses.tpmt',
  nudt15: 'doses.tpmt',
};

const unreadable = (item: RecordItem, path: string, field?: string): RecordNotice => ({
  level: 'warning',
  code: 'fhir-unreadable',
  message: `${label(item)} cannot be read as a FHIR R4 ${printable(item.resourceType, 40)} (${path || 'its structure'}): not used.`,
  ...(field && { field }),
  resource: label(item),
});

/**
 * Reads the Observations and medication resources once. One that is not valid FHIR is reported
 * when it concerns an input (or when what it is about cannot be read at all).
 */
function readRecord(ctx: PrefillContext): void {
  for (const item of ctx.items) {
    if (item.resourceType === 'Observation') {
      const read = readResource(S.observation, item);
      if (read.ok) {
        ctx.observations.push({ item, read: read.value as ObservationRead });
        continue;
      }
      const code = readResource(S.observationCode, item);
      if (!code.ok) ctx.notices.push(unreadable(item, read.path));
      else {
        const kind = (Object.keys(ctx.codes) as ObservationKind[]).find((k) => hasCoding(code.value.code, ctx.codes[k]));
        if (kind) ctx.notices.push(unreadable(item, read.path, KIND_FIELD[kind]));
      }
    } else if ((MEDICATION_USE_TYPES as readonly string[]).includes(item.resourceType)) {
      const read = readResource(S.medicationUse, item);
      const codeRead = read.ok ? read : readResource(S.medicationCode, item);
      if (!codeRead.ok) {
        ctx.notices.push(unreadable(item, read.ok ? '' : read.path));
        continue;
      }
      const concept = medicationConcept(ctx.items, codeRead.value);
      if (!read.ok) {
        const field = hasAtc(concept === 'unresolved' ? undefined : concept, ctx.atc.statin)
          ? 'pathway.statin'
          : hasAtc(concept === 'unresolved' ? undefined : concept, ctx.atc.checkpointInhibitor)
            ? 'pathway.checkpointInhibitor'
            : undefined;
        if (field) ctx.notices.push(unreadable(item, read.path, field));
        continue;
      }
      if (concept === 'unresolved') {
        ctx.notices.push({
          level: 'info',
          code: 'fhir-medication-unresolved',
          message: `${label(item)} names its medication by a reference that is not in the record: not read.`,
          resource: label(item),
        });
      }
      const use: MedicationUse = { item, read: read.value, ...(concept && concept !== 'unresolved' && { concept }) };
      ctx.medicationUses.push(use);
    } else if (item.resourceType === 'OperationOutcome') {
      ctx.notices.push({
        level: 'warning',
        code: 'fhir-operation-outcome',
        message: `The record includes an OperationOutcome (${label(item)}): a query for it failed, so some of the record may be missing.`,
        resource: label(item),
      });
    }
  }
}

function parseOptions(options: unknown): { ok: true; today: string; config: unknown } | { ok: false; errors: FieldError[] } {
  if (options === undefined) return { ok: true, today: todayIso(), config: undefined };
  if (!isPlainObject(options)) {
    return { ok: false, errors: [{ field: 'options', message: 'options must be an object { today?: "YYYY-MM-DD", config?: {…} }.' }] };
  }
  const today = ownValue(options, 'today');
  if (today !== undefined && (typeof today !== 'string' || !isCalendarDate(today))) {
    return { ok: false, errors: [{ field: 'today', message: 'today must be a real calendar date written YYYY-MM-DD (e.g. 2026-12-07).' }] };
  }
  return { ok: true, today: (today as string | undefined) ?? todayIso(), config: ownValue(options, 'config') };
}

/**
 * Inputs from a FHIR R4 Bundle or array of resources (content-spec §6.1). `options.today`
 * (YYYY-MM-DD, default the local date) is the date ages and the weight's age are computed on;
 * `options.config` is the institution configuration (its `fhir.*` codes are added to the
 * default tables). Every value filled in has its provenance; the clinician can override each.
 */
export function prefillFromFhir(resources: unknown, options?: { today?: string; config?: unknown }): Prefill {
  try {
    const opts = parseOptions(options);
    if (!opts.ok) return opts;
    const collected = collectResources(resources);
    if (!collected.ok) return collected;
    const resolution = resolveConfig(opts.config, opts.today);
    const config = resolution.config;
    const codes = Object.fromEntries(
      (Object.keys(OBSERVATION_CODES) as ObservationKind[]).map((k) => [k, [...OBSERVATION_CODES[k], ...config.fhir.codes[k]] as CodeRef[]]),
    ) as Record<ObservationKind, CodeRef[]>;
    const ctx: PrefillContext = {
      today: opts.today,
      config,
      items: collected.items,
      observations: [],
      medicationUses: [],
      notices: [...collected.notices, ...configNotices(resolution)],
      provenance: {},
      codes,
      atc: {
        statin: [...MEDICATION_ATC.statin, ...config.fhir.medications.statin],
        checkpointInhibitor: [...MEDICATION_ATC.checkpointInhibitor, ...config.fhir.medications.checkpointInhibitor],
      },
    };
    readRecord(ctx);
    const pathway: Partial<PathwayInput> = {};
    const doses: Partial<DoseInput> = {};
    readPatient(ctx, pathway, doses);
    readWeight(ctx, doses);
    readHeight(ctx, doses);
    const visits = readCkVisits(ctx);
    readAntibody(ctx, pathway);
    readStatin(ctx, pathway);
    readCheckpointInhibitor(ctx, pathway);
    readTpmt(ctx, doses);
    // On null prototypes: a field the record did not fill is undefined for whoever reads the
    // prefill, never a member of a polluted Object.prototype.
    return deepDetached<Prefill>({
      ok: true,
      pathway,
      doses,
      visits,
      provenance: ctx.provenance,
      warnings: ctx.notices,
      today: opts.today,
      contentVersion: CONTENT_VERSION,
    });
  } catch {
    return { ok: false, errors: [{ field: 'resources', message: 'The record could not be read.' }] };
  }
}
