/** Helpers for the hazard tests (docs/safety.md). Not a test file. */
import {
  ANTIBODIES,
  PHASES,
  RED_FLAGS,
  SEVERITIES,
  STATIN_EXPOSURES,
  calculateDoses,
  evaluatePathway,
  type DoseLine,
  type DoseResult,
  type PathwayResult,
  type RedFlag,
  type Step,
} from '../../src/core/index.js';

export type OkDoses = Extract<DoseResult, { ok: true }>;
export type OkPathway = Extract<PathwayResult, { ok: true }>;

export function doses(input: unknown, config?: unknown): OkDoses {
  const r = calculateDoses(input, config);
  if (!r.ok) throw new Error(`expected doses for ${JSON.stringify(input)}, got ${JSON.stringify(r.errors)}`);
  return r;
}

/** A dose line typed as having its amounts (a withheld line has none: reading them fails the test). */
export type DosedLine = DoseLine & { amount: NonNullable<DoseLine['amount']>; exact: NonNullable<DoseLine['exact']> };

/**
 * One drug's line. Unless the input says otherwise the weight counts as confirmed, so sweeps over
 * every accepted weight test the arithmetic; the confirmation tier has its own tests.
 */
export function doseLine(input: Record<string, unknown>, drug: DoseLine['drug'], config?: unknown): DosedLine {
  const l = doses({ weightConfirmed: true, ...input }, config).lines.find((x) => x.drug === drug);
  if (!l) throw new Error(`no ${drug} line`);
  return l as DosedLine;
}

export function pathway(input: unknown, config?: unknown): OkPathway {
  const r = evaluatePathway(input, config);
  if (!r.ok) throw new Error(`expected a pathway for ${JSON.stringify(input)}, got ${JSON.stringify(r.errors)}`);
  return r;
}

export function stepOf(result: OkPathway, id: Step['id']): Step | undefined {
  return result.steps.find((s) => s.id === id);
}

/** Everything a clinician reads on a dose line. */
export const lineWords = (l: DoseLine) => [l.text, ...l.basis, ...l.notices.map((n) => n.message)].join('\n');

/** Accepted weights from 20 to 350 kg in `step` kg. */
export function weights(step = 0.1): number[] {
  const out: number[] = [];
  for (let i = 0; 20 + i * step <= 350 + 1e-9; i++) out.push(Math.round((20 + i * step) * 100) / 100);
  return out;
}

/** Every subset of the red flags. */
export function flagSets(): RedFlag[][] {
  const sets: RedFlag[][] = [];
  for (let mask = 0; mask < 1 << RED_FLAGS.length; mask++) sets.push(RED_FLAGS.filter((_, i) => mask & (1 << i)));
  return sets;
}

/** Every pathway input of content-spec §2 (4 × 4 × 2 × 4 × 32 × 3 = 12,288). */
export function* everyPathwayInput() {
  for (const antibody of ANTIBODIES)
    for (const statin of STATIN_EXPOSURES)
      for (const checkpointInhibitor of [false, true])
        for (const severity of SEVERITIES)
          for (const redFlags of flagSets())
            for (const phase of PHASES) yield { antibody, statin, checkpointInhibitor, severity, redFlags, phase };
}
