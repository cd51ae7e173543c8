/**
 * Institution configuration (design.md): validated with zod, merged over the published
 * defaults. An invalid configuration is ignored as a whole, reported, and the defaults are used.
 */
import * as z from 'zod/mini';
import { DRUG_RULES } from '../content/drug-rules.js';
import { DOSE_DEFAULTS, IVIG_DOSING_WEIGHTS, LIMITS, type IvigDosingWeight } from '../content/inputs.js';
import { isCalendarDate, todayIso } from './dates.js';
import { CONTENT_VERSION } from '../content/version.js';
import { isPlainObject } from './fields.js';
import type { Notice } from './types.js';

export interface Governance {
  reviewedBy?: string;
  reviewedOn?: string;
  reviewDue?: string;
  contentVersion?: string;
}

/** The configuration in force: published defaults with any valid local settings applied. */
export interface ResolvedConfig {
  prednisone: { maxDailyMg: number; roundingMg: number };
  methotrexate: { roundingMg: number };
  azathioprine: { roundingMg: number };
  ivig: { vialStepG?: number; defaultDays: number; defaultDosingWeight: IvigDosingWeight };
  protocolUrl?: string;
  protocolLabel?: string;
  governance: Governance;
  /** Dotted paths of settings that differ from the published defaults ("local policy"). */
  local: string[];
}

export const DEFAULT_CONFIG: ResolvedConfig = Object.freeze({
  prednisone: { maxDailyMg: DRUG_RULES.prednisone.defaultCapMgPerDay, roundingMg: DRUG_RULES.prednisone.roundingMg },
  methotrexate: { roundingMg: DRUG_RULES.methotrexate.roundingMg },
  azathioprine: { roundingMg: DRUG_RULES.azathioprine.roundingMg },
  ivig: { defaultDays: DOSE_DEFAULTS.ivigDays, defaultDosingWeight: DOSE_DEFAULTS.ivigDosingWeight },
  governance: {},
  local: [],
}) as ResolvedConfig;

// Limits on settings are sanity checks, not clinical advice.
const mg = (max: number) => z.number().check(z.gt(0), z.lte(max));
const date = z.string().check(z.refine(isCalendarDate));
const text = z.string().check(z.minLength(1), z.maxLength(200));
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

const ConfigSchema = z.strictObject({
  prednisone: z.optional(z.strictObject({ maxDailyMg: z.optional(mg(LIMITS.weightKg.max)), roundingMg: z.optional(mg(50)) })),
  methotrexate: z.optional(z.strictObject({ roundingMg: z.optional(mg(25)) })),
  azathioprine: z.optional(z.strictObject({ roundingMg: z.optional(mg(100)) })),
  ivig: z.optional(
    z.strictObject({
      vialStepG: z.optional(mg(100)),
      defaultDays: z.optional(z.number().check(z.int(), z.gte(LIMITS.ivigDays.min), z.lte(LIMITS.ivigDays.max))),
      defaultDosingWeight: z.optional(z.enum(IVIG_DOSING_WEIGHTS)),
    }),
  ),
  protocolUrl: z.optional(url),
  protocolLabel: z.optional(text),
  governance: z.optional(z.strictObject(governanceShape)),
  ...governanceShape,
});

/** What each setting accepts, for the error message. */
const ACCEPTS: Record<string, string> = {
  'prednisone.maxDailyMg': `a number of mg greater than 0 and at most ${LIMITS.weightKg.max}`,
  'prednisone.roundingMg': 'a number of mg greater than 0 and at most 50',
  'methotrexate.roundingMg': 'a number of mg greater than 0 and at most 25',
  'azathioprine.roundingMg': 'a number of mg greater than 0 and at most 100',
  'ivig.vialStepG': 'a number of g greater than 0 and at most 100',
  'ivig.defaultDays': `a whole number from ${LIMITS.ivigDays.min} to ${LIMITS.ivigDays.max}`,
  'ivig.defaultDosingWeight': IVIG_DOSING_WEIGHTS.join(' or '),
  protocolUrl: 'an https:// (or http://) address, or a path on this site starting with a single /',
  protocolLabel: 'text of 1 to 200 characters',
  reviewedBy: 'text of 1 to 200 characters',
  reviewedOn: 'a calendar date YYYY-MM-DD',
  reviewDue: 'a calendar date YYYY-MM-DD, after reviewedOn',
  contentVersion: 'a content version such as 1.0.0',
};

export interface ConfigResolution {
  config: ResolvedConfig;
  /** Plain-English problems; non-empty means the configuration was ignored. */
  errors: string[];
}

/** Validates and merges an institution configuration (an object or a JSON string). Never throws. */
export function resolveConfig(raw: unknown): ConfigResolution {
  try {
    return resolve(raw);
  } catch {
    // An object whose getters or proxy traps throw: reported like any other unreadable value.
    return { config: DEFAULT_CONFIG, errors: ['the configuration could not be read'] };
  }
}

function resolve(raw: unknown): ConfigResolution {
  if (raw === undefined || raw === null || raw === '') return { config: DEFAULT_CONFIG, errors: [] };
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return { config: DEFAULT_CONFIG, errors: ['the configuration is not valid JSON'] };
    }
  }
  if (!isPlainObject(raw)) return { config: DEFAULT_CONFIG, errors: ['the configuration must be a JSON object'] };
  const parsed = z.safeParse(ConfigSchema, raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const where = issue.path.length ? `${issue.path.join('.')}.` : '';
        return `unknown setting ${issue.keys.map((k) => `"${where}${k}"`).join(', ')}`;
      }
      const path = issue.path.join('.');
      const key = path.replace(/^governance\./, '');
      return `${path} must be ${ACCEPTS[key] ?? 'a valid value'}`;
    });
    return { config: DEFAULT_CONFIG, errors };
  }
  const c = parsed.data;
  const d = DEFAULT_CONFIG;
  const config: ResolvedConfig = {
    prednisone: {
      maxDailyMg: c.prednisone?.maxDailyMg ?? d.prednisone.maxDailyMg,
      roundingMg: c.prednisone?.roundingMg ?? d.prednisone.roundingMg,
    },
    methotrexate: { roundingMg: c.methotrexate?.roundingMg ?? d.methotrexate.roundingMg },
    azathioprine: { roundingMg: c.azathioprine?.roundingMg ?? d.azathioprine.roundingMg },
    ivig: {
      ...(c.ivig?.vialStepG !== undefined && { vialStepG: c.ivig.vialStepG }),
      defaultDays: c.ivig?.defaultDays ?? d.ivig.defaultDays,
      defaultDosingWeight: c.ivig?.defaultDosingWeight ?? d.ivig.defaultDosingWeight,
    },
    ...(c.protocolUrl !== undefined && { protocolUrl: c.protocolUrl }),
    ...(c.protocolLabel !== undefined && { protocolLabel: c.protocolLabel }),
    governance: {
      ...c.governance,
      ...(c.reviewedBy !== undefined && { reviewedBy: c.reviewedBy }),
      ...(c.reviewedOn !== undefined && { reviewedOn: c.reviewedOn }),
      ...(c.reviewDue !== undefined && { reviewDue: c.reviewDue }),
      ...(c.contentVersion !== undefined && { contentVersion: c.contentVersion }),
    },
    local: [],
  };
  const g = config.governance;
  if (g.reviewedOn && g.reviewDue && g.reviewDue <= g.reviewedOn) {
    return { config: DEFAULT_CONFIG, errors: [`reviewDue must be ${ACCEPTS.reviewDue}`] };
  }
  const pairs: [string, unknown, unknown][] = [
    ['prednisone.maxDailyMg', config.prednisone.maxDailyMg, d.prednisone.maxDailyMg],
    ['prednisone.roundingMg', config.prednisone.roundingMg, d.prednisone.roundingMg],
    ['methotrexate.roundingMg', config.methotrexate.roundingMg, d.methotrexate.roundingMg],
    ['azathioprine.roundingMg', config.azathioprine.roundingMg, d.azathioprine.roundingMg],
    ['ivig.vialStepG', config.ivig.vialStepG, undefined],
    ['ivig.defaultDays', config.ivig.defaultDays, d.ivig.defaultDays],
    ['ivig.defaultDosingWeight', config.ivig.defaultDosingWeight, d.ivig.defaultDosingWeight],
  ];
  config.local = pairs.filter(([, v, def]) => v !== def).map(([k]) => k);
  return { config, errors: [] };
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

const nonEmpty = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * The institution's review status of this content version on `today` (YYYY-MM-DD; the local
 * date when it is missing or not a calendar date). Total: anything other than a resolved
 * config (see `resolveConfig`) counts as not reviewed.
 */
export function reviewState(config: ResolvedConfig, today?: string): ReviewState {
  const on = typeof today === 'string' && isCalendarDate(today) ? today : todayIso();
  const raw: Record<string, unknown> = isPlainObject(config) && isPlainObject(config.governance) ? config.governance : {};
  // Only the governance fields, and only as non-empty strings.
  const g: Governance = {};
  for (const key of ['reviewedBy', 'reviewedOn', 'reviewDue', 'contentVersion'] as const) {
    const value = nonEmpty(raw[key]);
    if (value !== undefined) g[key] = value;
  }
  if (!g.reviewedBy && !g.reviewedOn) return { state: 'unreviewed' };
  if (g.reviewDue && g.reviewDue < on) return { state: 'overdue', ...g, reviewDue: g.reviewDue };
  if (g.contentVersion !== undefined && g.contentVersion !== CONTENT_VERSION) return { state: 'outdated', ...g };
  return { state: 'reviewed', ...g };
}
