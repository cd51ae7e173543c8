/**
 * "At a glance" for the calculator (the bedside layout): every critical notice of the result
 * once, whichever lines carry it (deduplicated by code, naming those lines' drugs), then one
 * short dose per drug shown, from the core's `shortDose`. A plain function of the core's result:
 * no DOM, no clinical words of its own.
 */
import { LABELS, type DrugId } from '../../content/inputs.js';
import { shortDose } from '../../core/glance.js';
import type { DoseResult, Notice } from '../../core/types.js';

export type OkDoseResult = Extract<DoseResult, { ok: true }>;

/** The notice that asks the clinician to choose the IVIG dosing weight (both doses side by side). */
export const CHOICE_CODES: readonly string[] = ['ivig-dosing-weight-choice'];

export interface GlanceCritical {
  code: string;
  message: string;
  /** The drugs whose lines carry it, in the result's order (none for a notice on the whole result). */
  drugs: DrugId[];
}

export interface GlanceDose {
  drug: DrugId;
  /** The dose in a few words (the core's shortDose: the drug and its amount), or why there is none. */
  text: string;
  withheld: boolean;
  /** The line asks for a choice before its dose is settled (the IVIG dosing weight). */
  choice: boolean;
}

export interface DoseGlance {
  critical: GlanceCritical[];
  doses: GlanceDose[];
}

/** The glance of a dose result (its lines already limited to the drugs shown). */
export function doseGlance(result: OkDoseResult): DoseGlance {
  const byCode = new Map<string, GlanceCritical>();
  const add = (n: Notice, drug?: DrugId) => {
    if (n.level !== 'critical') return;
    const item = byCode.get(n.code) ?? { code: n.code, message: n.message, drugs: [] };
    if (drug && !item.drugs.includes(drug)) item.drugs.push(drug);
    byCode.set(n.code, item);
  };
  for (const w of result.warnings) add(w);
  for (const line of result.lines) for (const n of line.notices) add(n, line.drug);
  return {
    critical: [...byCode.values()],
    doses: result.lines.map((line) => ({
      drug: line.drug,
      text: shortDose(line),
      withheld: line.withheld === true,
      choice: line.notices.some((n) => CHOICE_CODES.includes(n.code)),
    })),
  };
}

/** "Methotrexate", "Prednisone, Azathioprine": the drugs a critical notice is about. */
export function drugNames(drugs: readonly DrugId[]): string {
  return drugs.map((d) => LABELS.drug[d]).join(', ');
}
