/**
 * The CDS Hooks discovery document (GET /cds-services): one entry per hook, as CDS Hooks asks
 * (the orders service is listed twice, once for order-select and once for order-sign, with the
 * same id), each with the prefetch templates it reads. The observation codes are the default
 * tables with the institution's codes added, so a client fetches what the service will read.
 */
import { OBSERVATION_CODES, type CodeRef, type ObservationKind } from '../core/index.js';
import type { ResolvedConfig } from '../core/index.js';

export const PATHWAY_SERVICE = 'nam-cds-pathway';
export const ORDERS_SERVICE = 'nam-cds-orders';

/** The hooks each service answers. */
export const SERVICE_HOOKS: Readonly<Record<string, readonly string[]>> = {
  [PATHWAY_SERVICE]: ['patient-view'],
  [ORDERS_SERVICE]: ['order-select', 'order-sign'],
};

export interface DiscoveryEntry {
  hook: string;
  title: string;
  description: string;
  id: string;
  prefetch: Record<string, string>;
  usageRequirements: string;
}

const PATIENT = '{{context.patientId}}';

/** A search value: FHIR's escapes for its separators, then URL escapes for what would end the parameter. */
const escapeValue = (v: string) => v.replace(/[\\,$|]/g, (c) => `\\${c}`).replace(/[&#%+\s]/g, (c) => encodeURIComponent(c));
/** A FHIR token search on any of the codes ("system|code,system|code"). */
const tokens = (codes: readonly CodeRef[]) => codes.map((c) => `${escapeValue(c.system)}|${escapeValue(c.code)}`).join(',');

function codesOf(config: ResolvedConfig, kind: ObservationKind): CodeRef[] {
  return [...OBSERVATION_CODES[kind], ...config.fhir.codes[kind]];
}

/** The prefetch templates of each service. */
export function prefetchTemplates(config: ResolvedConfig): Record<string, Record<string, string>> {
  const observations = (kinds: ObservationKind[], extra = '') => {
    const codes = kinds.flatMap((k) => codesOf(config, k));
    return codes.length ? `Observation?patient=${PATIENT}&code=${tokens(codes)}${extra}` : undefined;
  };
  const entries = (pairs: [string, string | undefined][]) =>
    Object.fromEntries(pairs.filter((p): p is [string, string] => p[1] !== undefined));
  const medications: [string, string][] = [
    ['medicationRequests', `MedicationRequest?patient=${PATIENT}`],
    ['medicationStatements', `MedicationStatement?patient=${PATIENT}`],
  ];
  return {
    [PATHWAY_SERVICE]: entries([
      ['patient', `Patient/${PATIENT}`],
      ['weight', observations(['weight'], '&_sort=-date&_count=10')],
      ['height', observations(['height'], '&_sort=-date&_count=10')],
      ['ck', observations(['ck'], '&_sort=-date&_count=100')],
      ['antibodies', observations(['hmgcr', 'srp'])],
      ...medications,
      ['medicationAdministrations', `MedicationAdministration?patient=${PATIENT}`],
    ]),
    // Only what the order checks read: antibodies and statins (a statin order), TPMT/NUDT15 (azathioprine).
    [ORDERS_SERVICE]: entries([
      ['patient', `Patient/${PATIENT}`],
      ['antibodies', observations(['hmgcr', 'srp'])],
      ...medications,
      ['thiopurineMetabolism', observations(['tpmt', 'nudt15'])],
    ]),
  };
}

const USAGE =
  'For adults with a diagnosis of immune-mediated necrotizing myopathy (IMNM/NAM): decision support, not diagnosis. The service reads only the prefetched data (it never queries the FHIR server) and answers 412 without it.';

export function discovery(config: ResolvedConfig): { services: DiscoveryEntry[] } {
  const prefetch = prefetchTemplates(config);
  return {
    services: [
      {
        hook: 'patient-view',
        title: 'NAM/IMNM treatment pathway',
        description:
          'The treatment pathway for immune-mediated necrotizing myopathy from the patient record (antibodies, statin and checkpoint-inhibitor exposure, age): one card per critical or warning step, with its sources. Inputs the record does not give take their defaults (severity moderate, phase new, no red flags), and each card says which.',
        id: PATHWAY_SERVICE,
        prefetch: prefetch[PATHWAY_SERVICE],
        usageRequirements: USAGE,
      },
      ...(['order-select', 'order-sign'] as const).map((hook) => ({
        hook,
        title: 'NAM/IMNM order checks',
        description:
          'Checks draft medication orders for a patient with IMNM: a statin with anti-HMGCR antibodies or a statin-associated myopathy, methotrexate not once weekly, azathioprine before TPMT/NUDT15 results or for a poor metaboliser. Each gives a critical card.',
        id: ORDERS_SERVICE,
        prefetch: prefetch[ORDERS_SERVICE],
        usageRequirements: USAGE,
      })),
    ],
  };
}
