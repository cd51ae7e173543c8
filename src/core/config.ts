/**
 * Institution configuration (design.md): validated with zod, merged over the published
 * defaults. An invalid configuration is ignored as a whole, reported, and the defaults are used.
 * Only own properties are read (a polluted Object.prototype never sets a value).
 */
import { DRUG_RULES } from '../content/drug-rules.js';
import { BLOOD_THRESHOLDS, TAPER_DEFAULTS, type BloodThreshold } from '../content/follow-up-rules.js';
import { CONFIG_LIMITS, DOSE_DEFAULTS, IVIG_DOSING_WEIGHTS, LIMITS, type IvigDosingWeight } from '../content/inputs.js';
import { CONTENT_VERSION } from '../content/version.js';
import { isCalendarDate, todayIso } from './dates.js';
import { isPlainObject } from './fields.js';
import { formatNumber } from './format.js';
import { deepDetached, detached, ownValue } from './own.js';
import { safeParse, schemas, z } from './zod.js';
import type { Notice } from './types.js';

export interface Governance {
  reviewedBy?: string;
  reviewedOn?: string;
  reviewDue?: string;
  contentVersion?: string;
}

/** A coded concept an institution adds to the default FHIR code tables (content-spec §6.1). */
export interface Coding {
  system: string;
  code: string;
}

export const FHIR_CODE_KEYS = ['weight', 'height', 'ck', 'hmgcr', 'srp', 'tpmt', 'nudt15'] as const;
export type FhirCodeKey = (typeof FHIR_CODE_KEYS)[number];
export const FHIR_MEDICATION_KEYS = ['statin', 'checkpointInhibitor'] as const;
export type FhirMedicationKey = (typeof FHIR_MEDICATION_KEYS)[number];

/** The configuration in force: published defaults with any valid local settings applied. */
export interface ResolvedConfig {
  prednisone: { maxDailyMg: number; roundingMg: number };
  methotrexate: { roundingMg: number };
  azathioprine: { roundingMg: number; maxDailyMg?: number };
  ivig: { vialStepG?: number; defaultDays: number; defaultDosingWeight: IvigDosingWeight };
  units: { allowPounds: boolean };
  /** The laboratory's CK upper limit of normal (U/L) used when a visit gives none. */
  ckUlnUL?: number;
  taper: { initialWeeks: number; stepMg: number; intervalWeeks: number; floorMg: number };
  bloods: Record<BloodThreshold, number>;
  fhir: {
    weightMaxAgeDays: number;
    checkpointInhibitorWindowDays: number;
    /** The institution's extra codes, added to the default tables. */
    codes: Record<FhirCodeKey, Coding[]>;
    /** The institution's extra ATC codes or prefixes. */
    medications: Record<FhirMedicationKey, string[]>;
  };
  protocolUrl?: string;
  protocolLabel?: string;
  governance: Governance;
  /** Dotted paths of settings that differ from the published defaults ("local policy"). */
  local: string[];
}

const emptyCodes = () =>
  Object.fromEntries(FHIR_CODE_KEYS.map((k) => [k, [] as Coding[]])) as Record<FhirCodeKey, Coding[]>;
const emptyMedications = () =>
  Object.fromEntries(FHIR_MEDICATION_KEYS.map((k) => [k, [] as string[]])) as Record<FhirMedicationKey, string[]>;

const { initialWeeks, stepMg, intervalWeeks, floorMg } = TAPER_DEFAULTS;

export const DEFAULT_CONFIG: ResolvedConfig = Object.freeze(deepDetached({
  prednisone: { maxDailyMg: DRUG_RULES.prednisone.defaultCapMgPerDay, roundingMg: DRUG_RULES.prednisone.roundingMg },
  methotrexate: { roundingMg: DRUG_RULES.methotrexate.roundingMg },
  azathioprine: { roundingMg: DRUG_RULES.azathioprine.roundingMg },
  ivig: { defaultDays: DOSE_DEFAULTS.ivigDays, defaultDosingWeight: DOSE_DEFAULTS.ivigDosingWeight },
  units: { allowPounds: true },
  taper: { initialWeeks, stepMg, intervalWeeks, floorMg },
  bloods: { ...BLOOD_THRESHOLDS },
  fhir: {
    weightMaxAgeDays: CONFIG_LIMITS.fhirWeightMaxAgeDays.default,
    checkpointInhibitorWindowDays: CONFIG_LIMITS.fhirCheckpointInhibitorWindowDays.default,
    codes: emptyCodes(),
    medications: emptyMedications(),
  },
  governance: {},
  local: [],
} as ResolvedConfig));

/** Characters that show nothing: spaces, zero-width and direction marks, the byte-order mark. */
const INVISIBLE = /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/gu;
/** True when the text has at least one character that shows. */
export const hasVisibleText = (v: string) => v.replace(INVISIBLE, '') !== '';

const range = (min: number, max: number) => ({ min, max });
const C = CONFIG_LIMITS;
/** Each numeric setting's accepted range (sanity checks, not clinical advice). */
const RANGES: Record<string, { min: number; max: number; int?: boolean; minExclusive?: boolean }> = {
  'prednisone.maxDailyMg': C.prednisoneMaxDailyMg,
  'prednisone.roundingMg': { min: 0, max: 50, minExclusive: true },
  'azathioprine.roundingMg': { min: 0, max: 100, minExclusive: true },
  'azathioprine.maxDailyMg': C.azathioprineMaxDailyMg,
  'ivig.vialStepG': { min: 0, max: 100, minExclusive: true },
  'ivig.defaultDays': { ...LIMITS.ivigDays, int: true },
  ckUlnUL: C.ckUlnUL,
  'taper.initialWeeks': { ...C.taperInitialWeeks, int: true },
  'taper.stepMg': C.taperStepMg,
  'taper.intervalWeeks': { ...C.taperIntervalWeeks, int: true },
  'taper.floorMg': C.taperFloorMg,
  'fhir.weightMaxAgeDays': { ...range(C.fhirWeightMaxAgeDays.min, C.fhirWeightMaxAgeDays.max), int: true },
  'fhir.checkpointInhibitorWindowDays': {
    ...range(C.fhirCheckpointInhibitorWindowDays.min, C.fhirCheckpointInhibitorWindowDays.max),
    int: true,
  },
};
// Each blood threshold within ±50 % of its published default.
for (const [key, value] of Object.entries(BLOOD_THRESHOLDS)) {
  RANGES[`bloods.${key}`] = range(value * (1 - C.bloodsTolerance), value * (1 + C.bloodsTolerance));
}

const num = (path: string) => {
  const r = RANGES[path];
  return z.number().check(
    r.minExclusive ? z.gt(r.min) : z.gte(r.min),
    z.lte(r.max),
    ...(r.int ? [z.int()] : []),
  );
};

const S = schemas(() => {
  const date = z.string().check(z.refine(isCalendarDate));
  const text = z.string().check(z.minLength(1), z.maxLength(200), z.refine(hasVisibleText));
  // An https/http address, or a path on this site: "/…" but never "//host" or "/\\host", which
  // browsers read as another site.
  const url = z.string().check(z.maxLength(2000), z.refine((v) => /^(https?:\/\/[^\s/\\][^\s\\]*|\/(?![/\\])[^\s\\]*)$/i.test(v)));
  const governanceShape = {
    reviewedBy: z.optional(text),
    reviewedOn: z.optional(date),
    reviewDue: z.optional(date),
    /** The content version the review covered; another version counts as not reviewed for this one. */
    contentVersion: z.optional(z.string().check(z.regex(/^\d+\.\d+\.\d+$/))),
  };
  const coding = z.strictObject({
    system: z.string().check(z.minLength(1), z.maxLength(500)),
    code: z.string().check(z.minLength(1), z.maxLength(100)),
  });
  const codes = z.array(coding).check(z.maxLength(50));
  const atc = z.array(z.string().check(z.regex(/^[A-Z][0-9A-Z]{0,6}$/))).check(z.maxLength(50));
  const opt = z.optional;
  return {
    config: z.strictObject({
      prednisone: opt(z.strictObject({ maxDailyMg: opt(num('prednisone.maxDailyMg')), roundingMg: opt(num('prednisone.roundingMg')) })),
      methotrexate: opt(z.strictObject({ roundingMg: opt(z.union([z.literal(2.5), z.literal(5)])) })),
      azathioprine: opt(
        z.strictObject({ roundingMg: opt(num('azathioprine.roundingMg')), maxDailyMg: opt(num('azathioprine.maxDailyMg')) }),
      ),
      ivig: opt(
        z.strictObject({
          vialStepG: opt(num('ivig.vialStepG')),
          defaultDays: opt(num('ivig.defaultDays')),
          defaultDosingWeight: opt(z.enum(IVIG_DOSING_WEIGHTS)),
        }),
      ),
      units: opt(z.strictObject({ allowPounds: opt(z.boolean()) })),
      ckUlnUL: opt(num('ckUlnUL')),
      taper: opt(
        z.strictObject({
          initialWeeks: opt(num('taper.initialWeeks')),
          stepMg: opt(num('taper.stepMg')),
          intervalWeeks: opt(num('taper.intervalWeeks')),
          floorMg: opt(num('taper.floorMg')),
        }),
      ),
      bloods: opt(
        z.strictObject(Object.fromEntries(Object.keys(BLOOD_THRESHOLDS).map((k) => [k, opt(num(`bloods.${k}`))]))),
      ),
      fhir: opt(
        z.strictObject({
          weightMaxAgeDays: opt(num('fhir.weightMaxAgeDays')),
          checkpointInhibitorWindowDays: opt(num('fhir.checkpointInhibitorWindowDays')),
          codes: opt(z.strictObject(Object.fromEntries(FHIR_CODE_KEYS.map((k) => [k, opt(codes)])))),
          medications: opt(z.strictObject(Object.fromEntries(FHIR_MEDICATION_KEYS.map((k) => [k, opt(atc)])))),
        }),
      ),
      protocolUrl: opt(url),
      protocolLabel: opt(text),
      governance: opt(z.strictObject(governanceShape)),
      ...governanceShape,
    }),
  };
});

const numberWords = (path: string) => {
  const r = RANGES[path];
  const unit = /Mg$/.test(path) ? ' mg' : /G$/.test(path) ? ' g' : /Weeks$/.test(path) ? ' weeks' : /Days$/.test(path) ? ' days' : /UL$/.test(path) ? ' U/L' : '';
  const kind = r.int ? 'a whole number' : 'a number';
  return r.minExclusive
    ? `${kind}${unit ? ` of${unit}` : ''} greater than ${formatNumber(r.min)} and at most ${formatNumber(r.max)}`
    : `${kind} from ${formatNumber(r.min)} to ${formatNumber(r.max)}${unit}`;
};

/** What each setting accepts, for the error message. */
function accepts(path: string): string {
  if (RANGES[path]) return numberWords(path);
  if (/^fhir\.codes\./.test(path)) return 'a list of up to 50 codings { "system": "…", "code": "…" }';
  if (/^fhir\.medications\./.test(path)) return 'a list of up to 50 ATC codes or prefixes (e.g. "C10AA")';
  const words: Record<string, string> = {
    'methotrexate.roundingMg': '2.5 or 5 (mg)',
    'ivig.defaultDosingWeight': IVIG_DOSING_WEIGHTS.join(' or '),
    'units.allowPounds': 'true or false',
    protocolUrl: 'an https:// (or http://) address, or a path on this site starting with a single /',
    protocolLabel: 'text of 1 to 200 characters, not only spaces or invisible characters',
    reviewedBy: 'text of 1 to 200 characters, not only spaces or invisible characters',
    reviewedOn: 'a calendar date YYYY-MM-DD, not after today',
    reviewDue: 'a calendar date YYYY-MM-DD, after reviewedOn',
    contentVersion: 'a content version such as 2.0.0',
  };
  return words[path] ?? 'a valid value';
}

export interface ConfigResolution {
  config: ResolvedConfig;
  /** Plain-English problems; non-empty means the configuration was ignored. */
  errors: string[];
}

/**
 * Validates and merges an institution configuration (an object or a JSON string). `today`
 * (YYYY-MM-DD, default the local date) is the date a review date may not be after. Never throws.
 */
export function resolveConfig(raw: unknown, today?: string): ConfigResolution {
  try {
    return resolve(raw, typeof today === 'string' && isCalendarDate(today) ? today : todayIso());
  } catch {
    // An object whose getters or proxy traps throw: reported like any other unreadable value.
    return { config: DEFAULT_CONFIG, errors: ['the configuration could not be read'] };
  }
}

function resolve(raw: unknown, today: string): ConfigResolution {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { config: DEFAULT_CONFIG, errors: [] };
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return { config: DEFAULT_CONFIG, errors: ['the configuration is not valid JSON'] };
    }
  }
  if (!isPlainObject(raw)) return { config: DEFAULT_CONFIG, errors: ['the configuration must be a JSON object'] };
  const parsed = safeParse(S.config, raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const where = issue.path.length ? `${issue.path.join('.')}.` : '';
        return `unknown setting ${issue.keys.map((k) => `"${printable(where + k)}"`).join(', ')}`;
      }
      const path = issue.path.join('.');
      const key = path.replace(/^governance\./, '').replace(/^(fhir\.(?:codes|medications)\.[^.]+)\..*$/, '$1');
      return `${printable(path)} must be ${accepts(key)}`;
    });
    return { config: DEFAULT_CONFIG, errors: [...new Set(errors)] };
  }
  // zod builds its output on Object.prototype: detach it before reading optional settings.
  const c = deepDetached(parsed.data) as Record<string, unknown> & z.infer<typeof S.config>;
  const d = DEFAULT_CONFIG;
  const bloods = c.bloods as Partial<Record<BloodThreshold, number>> | undefined;
  const codes = c.fhir?.codes as Partial<Record<FhirCodeKey, Coding[]>> | undefined;
  const meds = c.fhir?.medications as Partial<Record<FhirMedicationKey, string[]>> | undefined;
  // Built on null prototypes before anything reads it back (the local-policy list below reads
  // optional settings such as ivig.vialStepG, which a polluted Object.prototype would supply).
  const config: ResolvedConfig = deepDetached({
    prednisone: {
      maxDailyMg: c.prednisone?.maxDailyMg ?? d.prednisone.maxDailyMg,
      roundingMg: c.prednisone?.roundingMg ?? d.prednisone.roundingMg,
    },
    methotrexate: { roundingMg: c.methotrexate?.roundingMg ?? d.methotrexate.roundingMg },
    azathioprine: {
      roundingMg: c.azathioprine?.roundingMg ?? d.azathioprine.roundingMg,
      ...(c.azathioprine?.maxDailyMg !== undefined && { maxDailyMg: c.azathioprine.maxDailyMg }),
    },
    ivig: {
      ...(c.ivig?.vialStepG !== undefined && { vialStepG: c.ivig.vialStepG }),
      defaultDays: c.ivig?.defaultDays ?? d.ivig.defaultDays,
      defaultDosingWeight: c.ivig?.defaultDosingWeight ?? d.ivig.defaultDosingWeight,
    },
    units: { allowPounds: c.units?.allowPounds ?? d.units.allowPounds },
    ...(c.ckUlnUL !== undefined && { ckUlnUL: c.ckUlnUL }),
    taper: {
      initialWeeks: c.taper?.initialWeeks ?? d.taper.initialWeeks,
      stepMg: c.taper?.stepMg ?? d.taper.stepMg,
      intervalWeeks: c.taper?.intervalWeeks ?? d.taper.intervalWeeks,
      floorMg: c.taper?.floorMg ?? d.taper.floorMg,
    },
    bloods: Object.fromEntries(
      (Object.keys(BLOOD_THRESHOLDS) as BloodThreshold[]).map((k) => [k, bloods?.[k] ?? d.bloods[k]]),
    ) as Record<BloodThreshold, number>,
    fhir: {
      weightMaxAgeDays: c.fhir?.weightMaxAgeDays ?? d.fhir.weightMaxAgeDays,
      checkpointInhibitorWindowDays: c.fhir?.checkpointInhibitorWindowDays ?? d.fhir.checkpointInhibitorWindowDays,
      codes: Object.fromEntries(FHIR_CODE_KEYS.map((k) => [k, (codes?.[k] ?? []).map((x) => ({ system: x.system, code: x.code }))])) as Record<
        FhirCodeKey,
        Coding[]
      >,
      medications: Object.fromEntries(FHIR_MEDICATION_KEYS.map((k) => [k, [...(meds?.[k] ?? [])]])) as Record<FhirMedicationKey, string[]>,
    },
    ...(c.protocolUrl !== undefined && { protocolUrl: c.protocolUrl }),
    ...(c.protocolLabel !== undefined && { protocolLabel: c.protocolLabel }),
    governance: {
      ...(c.governance && { ...c.governance }),
      ...(c.reviewedBy !== undefined && { reviewedBy: c.reviewedBy }),
      ...(c.reviewedOn !== undefined && { reviewedOn: c.reviewedOn }),
      ...(c.reviewDue !== undefined && { reviewDue: c.reviewDue }),
      ...(c.contentVersion !== undefined && { contentVersion: c.contentVersion }),
    },
    local: [],
  } as ResolvedConfig);
  const g = config.governance;
  if (g.reviewedOn && g.reviewedOn > today) {
    return { config: DEFAULT_CONFIG, errors: [`reviewedOn must be ${accepts('reviewedOn')} (${today})`] };
  }
  if (g.reviewedOn && g.reviewDue && g.reviewDue <= g.reviewedOn) {
    return { config: DEFAULT_CONFIG, errors: [`reviewDue must be ${accepts('reviewDue')}`] };
  }
  const pairs: [string, unknown, unknown][] = [
    ['prednisone.maxDailyMg', config.prednisone.maxDailyMg, d.prednisone.maxDailyMg],
    ['prednisone.roundingMg', config.prednisone.roundingMg, d.prednisone.roundingMg],
    ['methotrexate.roundingMg', config.methotrexate.roundingMg, d.methotrexate.roundingMg],
    ['azathioprine.roundingMg', config.azathioprine.roundingMg, d.azathioprine.roundingMg],
    ['azathioprine.maxDailyMg', config.azathioprine.maxDailyMg, undefined],
    ['ivig.vialStepG', config.ivig.vialStepG, undefined],
    ['ivig.defaultDays', config.ivig.defaultDays, d.ivig.defaultDays],
    ['ivig.defaultDosingWeight', config.ivig.defaultDosingWeight, d.ivig.defaultDosingWeight],
    ['units.allowPounds', config.units.allowPounds, d.units.allowPounds],
    ['ckUlnUL', config.ckUlnUL, undefined],
    ...(Object.keys(d.taper) as (keyof ResolvedConfig['taper'])[]).map(
      (k): [string, unknown, unknown] => [`taper.${k}`, config.taper[k], d.taper[k]],
    ),
    ...(Object.keys(d.bloods) as BloodThreshold[]).map((k): [string, unknown, unknown] => [`bloods.${k}`, config.bloods[k], d.bloods[k]]),
    ['fhir.weightMaxAgeDays', config.fhir.weightMaxAgeDays, d.fhir.weightMaxAgeDays],
    ['fhir.checkpointInhibitorWindowDays', config.fhir.checkpointInhibitorWindowDays, d.fhir.checkpointInhibitorWindowDays],
  ];
  config.local = pairs.filter(([, v, def]) => v !== def).map(([k]) => k);
  // On null prototypes: an optional setting left out (protocolUrl, a review date) is never read
  // from a polluted Object.prototype by whoever uses the configuration.
  return { config: deepDetached(config), errors: [] };
}

/** A setting name safe to echo in a message: printable ASCII, at most 60 characters. */
function printable(text: string): string {
  const cleaned = text.replace(/[^\x20-\x7E]/g, '?');
  return cleaned.length > 60 ? `${cleaned.slice(0, 60)}…` : cleaned;
}

/** The notice for an ignored configuration, or none. */
export function configNotices(resolution: ConfigResolution): Notice[] {
  if (!resolution.errors.length) return [];
  return [
    {
      level: 'warning',
      code: 'config-invalid',
      message: `Institution configuration ignored, published defaults in use: ${resolution.errors.join('; ')}.`,
    },
  ];
}

export type ReviewState =
  | { state: 'unreviewed' }
  | { state: 'reviewed'; reviewedBy?: string; reviewedOn?: string; reviewDue?: string }
  | { state: 'overdue'; reviewedBy?: string; reviewedOn?: string; reviewDue: string }
  /** The review covered another content version (governance.contentVersion), not this one. */
  | { state: 'outdated'; reviewedBy?: string; reviewedOn?: string; reviewDue?: string; contentVersion?: string };

const nonEmpty = (v: unknown) => (typeof v === 'string' && hasVisibleText(v) ? v : undefined);

/**
 * The institution's review status of this content version on `today` (YYYY-MM-DD; the local
 * date when it is missing or not a calendar date). Total: anything other than a resolved
 * config (see `resolveConfig`) counts as not reviewed.
 */
export function reviewState(config: ResolvedConfig, today?: string): ReviewState {
  const on = typeof today === 'string' && isCalendarDate(today) ? today : todayIso();
  const governance = ownValue(config, 'governance');
  const raw = isPlainObject(governance) ? governance : {};
  // Only the governance fields, and only as own, non-empty strings.
  // On a null prototype, as is the state returned: a field left out is never read from a polluted
  // Object.prototype (a page's Object.prototype.reviewedBy showed as the reviewer).
  const g: Governance = Object.create(null);
  for (const key of ['reviewedBy', 'reviewedOn', 'reviewDue', 'contentVersion'] as const) {
    const value = nonEmpty(ownValue(raw, key));
    if (value !== undefined) g[key] = value;
  }
  if (!g.reviewedBy && !g.reviewedOn) return detached({ state: 'unreviewed' });
  if (g.reviewDue && g.reviewDue < on) return detached({ state: 'overdue', ...g, reviewDue: g.reviewDue });
  if (g.contentVersion !== undefined && g.contentVersion !== CONTENT_VERSION) return detached({ state: 'outdated', ...g });
  return detached({ state: 'reviewed', ...g });
}
