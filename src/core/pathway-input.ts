/** Validation of the pathway input (content-spec §2). */
import {
  ANTIBODIES,
  LIMITS,
  PATHWAY_DEFAULTS,
  PHASES,
  RED_FLAGS,
  SEVERITIES,
  STATIN_EXPOSURES,
  type RedFlag,
} from '../content/inputs.js';
import type { PathwayInput } from '../content/pathway-rules.js';
import { ageSpec, oneOf, parseFields, type FieldSpecs } from './fields.js';
import { schemas, z } from './zod.js';
import type { FieldError } from './types.js';
import { bare } from './own.js';

const { ckTimesUln: CK } = LIMITS;

const SPECS: FieldSpecs = schemas(() => ({
  antibody: { schema: z.enum(ANTIBODIES), message: oneOf('antibody', ANTIBODIES) },
  statin: { schema: z.enum(STATIN_EXPOSURES), message: oneOf('statin', STATIN_EXPOSURES) },
  checkpointInhibitor: { schema: z.boolean(), message: 'checkpointInhibitor must be true or false.' },
  severity: { schema: z.enum(SEVERITIES), message: oneOf('severity', SEVERITIES) },
  redFlags: {
    // A list (a set: duplicates are merged). A string is not accepted: "bulbar" or
    // "bulbar,dyspnoea" must be split by the caller, so no value is ever half-read.
    schema: z.array(z.enum(RED_FLAGS)),
    message: `redFlags must be a list of: ${RED_FLAGS.join(', ')} (or empty).`,
  },
  phase: { schema: z.enum(PHASES), message: oneOf('phase', PHASES) },
  age: ageSpec(),
  ckTimesUln: {
    schema: z.number().check(z.gte(CK.min), z.lte(CK.max)),
    message: `ckTimesUln must be a number from ${CK.min} to ${CK.max} (the latest CK as a multiple of the upper limit of normal).`,
  },
}));

export function parsePathwayInput(
  raw: unknown,
): { ok: true; input: PathwayInput } | { ok: false; errors: FieldError[] } {
  const { values, errors } = parseFields(raw, SPECS, 'pathway');
  if (errors.length) return { ok: false, errors };
  const flags = new Set((values.redFlags as RedFlag[] | undefined) ?? []);
  return {
    ok: true,
    // On a null prototype: an optional field left out (age) never reads an inherited value.
    input: bare({
      antibody: (values.antibody as PathwayInput['antibody']) ?? PATHWAY_DEFAULTS.antibody,
      statin: (values.statin as PathwayInput['statin']) ?? PATHWAY_DEFAULTS.statin,
      checkpointInhibitor: (values.checkpointInhibitor as boolean) ?? PATHWAY_DEFAULTS.checkpointInhibitor,
      severity: (values.severity as PathwayInput['severity']) ?? PATHWAY_DEFAULTS.severity,
      // Canonical order, no duplicates.
      redFlags: RED_FLAGS.filter((f) => flags.has(f)),
      phase: (values.phase as PathwayInput['phase']) ?? PATHWAY_DEFAULTS.phase,
      ...(values.age !== undefined && { age: values.age as number }),
      ...(values.ckTimesUln !== undefined && { ckTimesUln: values.ckTimesUln as number }),
    }),
  };
}
