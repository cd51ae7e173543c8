/** Validation of the dose input (content-spec §4), with the weight converted once to kg. */
import {
  IVIG_DOSING_WEIGHTS,
  LIMITS,
  RED_FLAGS,
  SEVERITIES,
  SEXES,
  TPMT_STATUSES,
  WEEKDAYS,
  type IvigDosingWeight,
  type RedFlag,
} from '../content/inputs.js';
import { isCalendarDate } from './dates.js';
import { ageSpec, oneOf, parseFields, type FieldSpecs } from './fields.js';
import { readWeight, weightSpecs, WEIGHT_RANGE_MESSAGE } from './weight-input.js';
import { detached } from './own.js';
import { schemas, z } from './zod.js';
import type { DoseInput, FieldError } from './types.js';

const { ivigDays: D, ckTimesUln: CK } = LIMITS;
const LATEST_START_DATE = '9999-12-17';

const SPECS: FieldSpecs = schemas(() => ({
  ...weightSpecs(`weight is required: ${WEIGHT_RANGE_MESSAGE}`),
  sex: { schema: z.enum(SEXES), message: oneOf('sex', SEXES) },
  age: ageSpec(),
  ivigDays: {
    schema: z.number().check(z.int(), z.gte(D.min), z.lte(D.max)),
    message: `ivigDays must be a whole number of days from ${D.min} to ${D.max}.`,
  },
  ivigDosingWeight: { schema: z.enum(IVIG_DOSING_WEIGHTS), message: oneOf('ivigDosingWeight', IVIG_DOSING_WEIGHTS) },
  tpmt: { schema: z.enum(TPMT_STATUSES), message: oneOf('tpmt', TPMT_STATUSES) },
  startDate: {
    // Day 15 must still be a four-digit year, so the latest start is 14 days before 10000-01-01.
    schema: z.string().check(z.refine((v) => isCalendarDate(v) && v <= LATEST_START_DATE)),
    message: `startDate must be a real calendar date written YYYY-MM-DD (e.g. 2026-12-01), from 1900-01-01 to ${LATEST_START_DATE}.`,
  },
  methotrexateDay: { schema: z.enum(WEEKDAYS), message: oneOf('methotrexateDay', WEEKDAYS) },
  checkpointInhibitor: { schema: z.boolean(), message: 'checkpointInhibitor must be true or false.' },
  severity: { schema: z.enum(SEVERITIES), message: oneOf('severity', SEVERITIES) },
  ckTimesUln: {
    schema: z.number().check(z.gte(CK.min), z.lte(CK.max)),
    message: `ckTimesUln must be a number from ${CK.min} to ${CK.max} (the latest CK as a multiple of the upper limit of normal).`,
  },
  redFlags: {
    schema: z.array(z.enum(RED_FLAGS)),
    message: `redFlags must be a list of: ${RED_FLAGS.join(', ')} (or empty).`,
  },
}));

export interface DoseDefaults {
  ivigDays: number;
  ivigDosingWeight: IvigDosingWeight;
  allowPounds: boolean;
}

export interface ParsedDoseInput {
  ok: true;
  input: DoseInput;
  /** The canonical kg (pounds converted once, to two decimals). */
  weightKg: number;
  /** The weight in kg before any rounding (for the tier checks, compared unrounded). */
  exactKg: number;
  /** The fields the caller gave (the others took a default). */
  given: ReadonlySet<string>;
}

export function parseDoseInput(raw: unknown, defaults: DoseDefaults): ParsedDoseInput | { ok: false; errors: FieldError[] } {
  const { values, errors } = parseFields(raw, SPECS, 'dose');
  const { unit, weightKg, exactKg } = readWeight(values, errors, defaults.allowPounds);
  if (errors.length) return { ok: false, errors };
  const given = new Set(Object.keys(values));
  const flags = new Set((values.redFlags as RedFlag[] | undefined) ?? []);
  return {
    ok: true,
    weightKg,
    exactKg,
    given,
    input: detached({
      weight: values.weight as number,
      weightUnit: unit,
      weightConfirmed: (values.weightConfirmed as boolean | undefined) ?? false,
      ...(values.heightCm !== undefined && { heightCm: values.heightCm as number }),
      ...(values.sex !== undefined && { sex: values.sex as DoseInput['sex'] }),
      ...(values.age !== undefined && { age: values.age as number }),
      ivigDays: (values.ivigDays as number | undefined) ?? defaults.ivigDays,
      ivigDosingWeight: (values.ivigDosingWeight as IvigDosingWeight | undefined) ?? defaults.ivigDosingWeight,
      tpmt: (values.tpmt as DoseInput['tpmt'] | undefined) ?? 'unknown',
      ...(values.startDate !== undefined && { startDate: values.startDate as string }),
      ...(values.methotrexateDay !== undefined && { methotrexateDay: values.methotrexateDay as DoseInput['methotrexateDay'] }),
      ...(values.checkpointInhibitor !== undefined && { checkpointInhibitor: values.checkpointInhibitor as boolean }),
      ...(values.severity !== undefined && { severity: values.severity as DoseInput['severity'] }),
      ...(values.ckTimesUln !== undefined && { ckTimesUln: values.ckTimesUln as number }),
      ...(values.redFlags !== undefined && { redFlags: RED_FLAGS.filter((f) => flags.has(f)) }),
    }),

  };
}
