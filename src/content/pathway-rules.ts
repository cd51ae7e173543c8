/**
 * The pathway rules of content-spec §3: one entry per table row, with a stable rule id, the
 * condition that shows it, the words for why it appeared, and its cited text. The core's
 * evaluator (src/core/pathway.ts) runs these; no clinical rule lives anywhere else.
 */
import type { SourceId } from './sources.js';
import {
  LABELS,
  type Antibody,
  type DrugId,
  type Phase,
  type RedFlag,
  type Severity,
  type StatinExposure,
} from './inputs.js';

export const PRIORITIES = ['immediate', 'first-line', 'add-on', 'consider', 'ongoing'] as const;
export const INDICATORS = ['critical', 'warning', 'info'] as const;
export const STEP_IDS = [
  'urgent-assessment',
  'stop-statin',
  'avoid-statin-rechallenge',
  'withdraw-checkpoint-inhibitor',
  'ici-grade-1',
  'cardiac-assessment',
  'myasthenia-overlap',
  'ici-rescue',
  'glucocorticoid',
  'methylprednisolone-pulse',
  'steroid-sparing-agent',
  'review-treatment',
  'ivig',
  'rituximab',
  'expert-referral',
  'plasma-exchange-note',
  'cancer-screening',
  'pre-treatment-checks',
  'supportive-care',
  'monitoring',
  'taper-caution',
  'physical-therapy',
  'multidisciplinary-team',
] as const;

export type Priority = (typeof PRIORITIES)[number];
export type Indicator = (typeof INDICATORS)[number];
export type StepId = (typeof STEP_IDS)[number];

/** The validated pathway input with every default filled in (content-spec §2). */
export interface PathwayInput {
  antibody: Antibody;
  statin: StatinExposure;
  checkpointInhibitor: boolean;
  /** The severity as given; rules use the effective severity (see PathwayFacts). */
  severity: Severity;
  redFlags: RedFlag[];
  phase: Phase;
  /** Age in whole years (18–110), when given. */
  age?: number;
  /** The latest CK as a multiple of the upper limit of normal, when given. */
  ckTimesUln?: number;
}

/** Facts derived once from the input, in the words of content-spec §2–§3. */
export interface PathwayFacts {
  input: PathwayInput;
  /** checkpointInhibitor is true. */
  ici: boolean;
  anyFlag: boolean;
  /** The given severity, raised to severe by any red flag (life-threatening is never lowered). */
  effectiveSeverity: Severity;
  /** True when a red flag raised the given severity. */
  raised: boolean;
  /** Effective severity severe or life-threatening ("life-threatening counts as severe"). */
  severe: boolean;
  /** Effective severity moderate / mild. */
  moderate: boolean;
  mild: boolean;
  /** The *given* severity is life-threatening (ici-rescue, permanent discontinuation). */
  lifeThreatening: boolean;
  /**
   * The phase as the rules read it: with a checkpoint inhibitor a relapse or an inadequate
   * response is a new episode at its grade (content-spec §2), so it reads as `new`.
   */
  newEpisode: boolean;
  /** Phase inadequate-response or relapse, without a checkpoint inhibitor (the IMNM refractory rows). */
  refractory: boolean;
  /** A `glucocorticoid` step that recommends one (not the ICI grade-2 "CK below 3 × ULN" row). */
  glucocorticoidRecommended: boolean;
  has(flag: RedFlag): boolean;
}

export function effectiveSeverityOf(severity: Severity, flags: readonly RedFlag[]): Severity {
  return flags.length > 0 && (severity === 'mild' || severity === 'moderate') ? 'severe' : severity;
}

export function derivePathwayFacts(input: PathwayInput): PathwayFacts {
  const flags = new Set(input.redFlags);
  const effectiveSeverity = effectiveSeverityOf(input.severity, input.redFlags);
  const ici = input.checkpointInhibitor;
  const severe = effectiveSeverity === 'severe' || effectiveSeverity === 'life-threatening';
  const mild = effectiveSeverity === 'mild';
  const moderate = effectiveSeverity === 'moderate';
  const newEpisode = input.phase === 'new' || ici;
  const refractory = !ici && input.phase !== 'new';
  const ckBelow3 = input.ckTimesUln !== undefined && input.ckTimesUln < ICI_GRADE_2_CK_TIMES_ULN;
  return {
    input,
    ici,
    anyFlag: flags.size > 0,
    effectiveSeverity,
    raised: effectiveSeverity !== input.severity,
    severe,
    moderate,
    mild,
    lifeThreatening: input.severity === 'life-threatening',
    newEpisode,
    refractory,
    glucocorticoidRecommended: ici ? severe || (moderate && !ckBelow3) : true,
    has: (flag) => flags.has(flag),
  };
}

/** ASCO grade 2: a glucocorticoid when CK is 3 × ULN or more (asco-2021). */
export const ICI_GRADE_2_CK_TIMES_ULN = 3;

/** A sentence added to a row's text when its condition holds, with the sources behind it. */
export interface TextAddition {
  /** The condition in words, for the generated clinical content document. */
  condition: string;
  when(f: PathwayFacts): boolean;
  text: string;
  citations?: readonly SourceId[];
  /** Shown as a notice of this level on the step instead of in its text. */
  level?: 'critical' | 'warning';
  /** The notice's code (with `level`). */
  code?: string;
}

export interface StepRule {
  /** Stable rule id: the step id, with "/variant" when content-spec gives the step several rows. */
  rule: string;
  step: StepId;
  priority: Priority;
  indicator: Indicator;
  mandatory?: boolean;
  title: string;
  text: string;
  /** The text used instead of `text` when another row of the step comes first (no repeated dose). */
  mergeText?: string;
  /** Sentences added when their condition holds (content-spec: "with …, add …"). */
  additions?: readonly TextAddition[];
  citations: readonly SourceId[];
  /** When the row fires, in words (for the generated clinical content document). */
  condition: string;
  when(f: PathwayFacts): boolean;
  why(f: PathwayFacts): string[];
}

/**
 * Text every row of a step carries once (content-spec: "every row's text", "checks in every
 * phase"), after the rows' own texts.
 */
export const STEP_TAILS: Partial<Record<StepId, { text: string; citations: readonly SourceId[] }>> = {
  ivig: {
    text: 'Before each course: check renal function and hydration, and weigh the thrombosis risk.',
    citations: ['octagam-label'],
  },
  rituximab: {
    text:
      'Screen for hepatitis B (HBsAg and anti-HBc) before each new course, unless screened negative with no new exposure since; a patient positive for anti-HBc needs antiviral prophylaxis or monitoring agreed with hepatology.',
    citations: ['rituximab-label', 'eular-infection-2022'],
  },
};

const severityWords = (s: Severity) => LABELS.severity[s];

// "Why" phrases: the inputs that made a step appear, in words.
const because = {
  antibody: (f: PathwayFacts) => `Antibody: ${LABELS.antibody[f.input.antibody]}`,
  statin: (f: PathwayFacts) => `Statin: ${LABELS.statin[f.input.statin]}`,
  ici: () => 'Receiving or recently received an immune checkpoint inhibitor',
  /** The severity the rules used; when a red flag raised it, says so and names the given one. */
  severity: (f: PathwayFacts) =>
    f.raised
      ? `Severity: treated as ${severityWords(f.effectiveSeverity)} because of the red flag (${f.input.redFlags
          .map((flag) => LABELS.redFlag[flag])
          .join(', ')}); given as ${severityWords(f.input.severity)}`
      : `Severity: ${severityWords(f.input.severity)}`,
  givenSeverity: (f: PathwayFacts) => `Severity given: ${severityWords(f.input.severity)}`,
  phase: (f: PathwayFacts) => `Phase: ${LABELS.phase[f.input.phase]}`,
  /** The phase, saying when a checkpoint inhibitor makes it a new episode. */
  episode: (f: PathwayFacts) =>
    f.ici && f.input.phase !== 'new'
      ? `Phase: ${LABELS.phase[f.input.phase]}, treated as a new episode at its grade (checkpoint inhibitor)`
      : `Phase: ${LABELS.phase[f.input.phase]}`,
  ck: (f: PathwayFacts) =>
    f.input.ckTimesUln === undefined ? 'CK not given' : `CK ${formatMultiple(f.input.ckTimesUln)} × the upper limit of normal`,
  flags: (f: PathwayFacts, only?: readonly RedFlag[]) =>
    f.input.redFlags
      .filter((flag) => !only || only.includes(flag))
      .map((flag) => `Red flag: ${LABELS.redFlag[flag]}`),
  always: () => 'Applies to every patient with IMNM',
};

/** "3", "2.5": a CK multiple in words (content data stays free of the core's formatter). */
const formatMultiple = (n: number) => String(Math.round(n * 100) / 100);

const antibodyIs = (f: PathwayFacts, ...values: Antibody[]) => values.includes(f.input.antibody);

/** The bulbar and myasthenic sentences every glucocorticoid row carries (content-spec §3, §3.1). */
const GLUCOCORTICOID_FLAG_ADDITIONS: readonly TextAddition[] = [
  {
    condition: 'with the bulbar red flag',
    when: (f) => f.has('bulbar'),
    text:
      'Bulbar symptoms: nothing by mouth until the swallow has been assessed; meanwhile the glucocorticoid can be given intravenously (methylprednisolone at the equivalent dose).',
    citations: ['asco-2021'],
  },
  {
    condition: 'with the myasthenic red flag',
    when: (f) => f.has('myasthenic'),
    text:
      'Myasthenic features: high-dose glucocorticoids can briefly worsen myasthenia (ASCO gives prednisone 0.5 mg/kg/day in grade 2 myasthenia); start them in hospital with respiratory monitoring.',
    citations: ['asco-2021'],
  },
];

export const STEP_RULES: readonly StepRule[] = [
  {
    rule: 'urgent-assessment',
    step: 'urgent-assessment',
    priority: 'immediate',
    indicator: 'critical',
    title: 'Urgent specialist assessment; consider admission',
    text:
      'Consider admission for respiratory involvement, dysphagia, severe weakness limiting mobility, myocarditis, myasthenic features or rhabdomyolysis. Breathing: spirometry upright and supine. Bulbar: nothing by mouth until the swallow is assessed; dysphagia is a reason to admit. Rhabdomyolysis: check renal function; IVIG adds renal risk when volume-depleted.',
    citations: ['asco-2021', 'octagam-label'],
    condition: 'any red flag, or severity severe or life-threatening',
    when: (f) => f.anyFlag || f.severe,
    why: (f) => [...because.flags(f), ...(f.severe ? [because.severity(f)] : [])],
  },
  {
    rule: 'stop-statin',
    step: 'stop-statin',
    priority: 'immediate',
    indicator: 'warning',
    title: 'Stop the statin now',
    text: 'Stop the statin straight away.',
    additions: [
      {
        condition: 'when the antibody is anti-HMGCR or pending',
        when: (f) => antibodyIs(f, 'anti-hmgcr', 'pending'),
        text: 'Stopping it does not on its own control anti-HMGCR myopathy: immunotherapy is still needed.',
        citations: ['wu-2014', 'mammen-2016'],
      },
    ],
    citations: ['src'],
    condition: 'statin: current',
    when: (f) => f.input.statin === 'current',
    why: (f) => [because.statin(f)],
  },
  {
    rule: 'stop-statin/unknown',
    step: 'stop-statin',
    priority: 'immediate',
    indicator: 'warning',
    title: 'Ask about statins now and stop any statin',
    text:
      'Statin exposure is unknown: ask now, and stop any statin. Anti-HMGCR myopathy is often statin-associated, and stopping the statin does not on its own control it.',
    citations: ['src', 'mammen-2016'],
    condition: 'statin: unknown, and antibody anti-HMGCR or pending',
    when: (f) => f.input.statin === 'unknown' && antibodyIs(f, 'anti-hmgcr', 'pending'),
    why: (f) => [because.statin(f), because.antibody(f)],
  },
  {
    rule: 'avoid-statin-rechallenge',
    step: 'avoid-statin-rechallenge',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Avoid statins from now on',
    text: 'Avoid statins from now on. If lipid lowering is needed, a PCSK9 inhibitor may be used instead.',
    additions: [
      {
        condition: 'when statin is current or past',
        when: (f) => f.input.statin === 'current' || f.input.statin === 'past',
        text: 'Do not re-expose the patient to any statin.',
      },
    ],
    citations: ['mammen-2016'],
    condition: 'statin current or past, or antibody anti-HMGCR',
    when: (f) => f.input.statin === 'current' || f.input.statin === 'past' || f.input.antibody === 'anti-hmgcr',
    why: (f) => [
      ...(f.input.statin === 'current' || f.input.statin === 'past' ? [because.statin(f)] : []),
      ...(f.input.antibody === 'anti-hmgcr' ? [because.antibody(f)] : []),
    ],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    step: 'withdraw-checkpoint-inhibitor',
    priority: 'immediate',
    indicator: 'critical',
    mandatory: true,
    title: 'Withdraw the checkpoint inhibitor: withdrawal is mandatory',
    text: 'Stop it now and tell the oncology team: mandatory in severe or life-threatening myositis (every red flag counts as severe).',
    additions: [
      {
        condition: 'with myocarditis, or severity given as life-threatening',
        when: (f) => f.has('myocarditis') || f.lifeThreatening,
        text: 'Discontinue it permanently.',
        citations: ['asco-2021'],
      },
      {
        condition: 'with the myasthenic red flag',
        when: (f) => f.has('myasthenic'),
        text:
          'Myasthenic features: discontinue permanently in grade 3–4 myasthenia; in grade 2 it may resume only once symptoms have resolved and the steroid taper is complete.',
        citations: ['asco-2021'],
      },
    ],
    citations: ['src', 'eular-irae-2021', 'asco-2021'],
    condition: 'checkpoint inhibitor, and effective severity severe or life-threatening (every red flag included)',
    when: (f) => f.ici && f.severe,
    why: (f) => [because.ici(), ...because.flags(f), because.severity(f)],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/hold',
    step: 'withdraw-checkpoint-inhibitor',
    priority: 'first-line',
    indicator: 'warning',
    mandatory: false,
    title: 'Hold the checkpoint inhibitor and agree the plan with oncology',
    text:
      'Hold the immune checkpoint inhibitor. It may resume once symptoms are controlled, CK is normal and prednisone is below 10 mg/day. In reported series it was interrupted or stopped in more than 85% of patients.',
    citations: ['src', 'asco-2021'],
    condition: 'checkpoint inhibitor, effective severity moderate',
    when: (f) => f.ici && f.moderate,
    why: (f) => [because.ici(), because.severity(f)],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/continue',
    step: 'withdraw-checkpoint-inhibitor',
    priority: 'consider',
    indicator: 'info',
    mandatory: false,
    title: 'The checkpoint inhibitor may continue under close monitoring',
    text: 'In grade 1 myositis the checkpoint inhibitor may continue under close monitoring; withhold it if in doubt, and agree it with oncology.',
    citations: ['esmo-open-2021', 'bsmo-irae'],
    condition: 'checkpoint inhibitor, effective severity mild (so no red flag)',
    when: (f) => f.ici && f.mild,
    why: (f) => [because.ici(), because.severity(f), 'No red flags'],
  },
  {
    rule: 'ici-grade-1',
    step: 'ici-grade-1',
    priority: 'first-line',
    indicator: 'info',
    title: 'Grade 1: no glucocorticoid; recheck in one week',
    text:
      'Relieve pain with paracetamol or an NSAID and recheck CK and strength in one week; if weakness appears or CK rises, manage as grade 2. No glucocorticoid is started for grade 1.',
    citations: ['bsmo-irae'],
    condition: 'checkpoint inhibitor and effective severity mild (so no red flag), any phase',
    when: (f) => f.ici && f.mild,
    why: (f) => [because.ici(), because.severity(f)],
  },
  {
    rule: 'cardiac-assessment/myocarditis',
    step: 'cardiac-assessment',
    priority: 'immediate',
    indicator: 'critical',
    title: 'Cardiac assessment now: suspected myocarditis',
    text: 'Troponin (troponin I is more specific while skeletal muscle is inflamed), ECG, and echocardiogram or cardiac MRI.',
    additions: [
      {
        condition: 'with a checkpoint inhibitor',
        when: (f) => f.ici,
        text: 'Look for myasthenic overlap ("triple M"): high in-hospital mortality.',
        citations: ['pathak-2021'],
      },
      {
        condition: 'with a checkpoint inhibitor',
        when: (f) => f.ici,
        text:
          'Admit with cardiac monitoring (coronary care if troponin is raised or conduction is abnormal); prednisone 1–2 mg/kg/day within 24 hours; methylprednisolone 1 g/day without an immediate response; stop the checkpoint inhibitor for good.',
        citations: ['asco-2021'],
      },
    ],
    citations: ['asco-2021'],
    condition: 'red flag myocarditis',
    when: (f) => f.has('myocarditis'),
    why: (f) => [...because.flags(f, ['myocarditis']), ...(f.ici ? [because.ici()] : [])],
  },
  {
    rule: 'cardiac-assessment/screen',
    step: 'cardiac-assessment',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Cardiac assessment: look for myocarditis',
    text:
      'Check troponin (troponin I is the more specific test while skeletal muscle is inflamed), an ECG, and an echocardiogram or cardiac MRI. Look for myocarditis with myasthenic overlap ("triple M"), which carries a high in-hospital mortality.',
    citations: ['asco-2021', 'pathak-2021'],
    condition: 'checkpoint inhibitor, without the myocarditis red flag',
    when: (f) => f.ici && !f.has('myocarditis'),
    why: () => [because.ici()],
  },
  {
    rule: 'myasthenia-overlap',
    step: 'myasthenia-overlap',
    priority: 'immediate',
    indicator: 'critical',
    title: 'Myasthenic features: neurology now and admit',
    text:
      'Test acetylcholine-receptor and anti-striational antibodies; involve neurology now and admit, since patients can deteriorate quickly and may need intensive-care monitoring; measure respiratory function often (vital capacity, negative inspiratory force). Pyridostigmine 30 mg three times daily, increased as tolerated to at most 120 mg four times daily, with the neurologist. Grade 3–4: IVIG 2 g/kg over 5 days or plasma exchange for 5 days; in checkpoint-inhibitor myasthenia, first-line IVIG or plasma exchange did better than glucocorticoids alone. High-dose glucocorticoids can briefly worsen myasthenia (ASCO gives prednisone 0.5 mg/kg/day for grade 2 myasthenia): start them in hospital with respiratory monitoring. Avoid drugs known to worsen myasthenia.',
    citations: ['asco-2021', 'safa-2019'],
    condition: 'red flag myasthenic',
    when: (f) => f.has('myasthenic'),
    why: (f) => because.flags(f, ['myasthenic']),
  },
  {
    rule: 'ici-rescue',
    step: 'ici-rescue',
    priority: 'immediate',
    indicator: 'critical',
    title: 'Rescue treatment for life-threatening checkpoint-inhibitor myositis',
    text:
      'High-dose glucocorticoids with IVIG and/or plasma exchange. Do not run plasma exchange straight after IVIG: it removes the immunoglobulin.',
    citations: ['src', 'asco-2021'],
    condition: 'checkpoint inhibitor, and severity given as life-threatening',
    when: (f) => f.ici && f.lifeThreatening,
    why: (f) => [because.ici(), because.givenSeverity(f)],
  },
  {
    rule: 'glucocorticoid',
    step: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    title: 'Start a glucocorticoid: prednisone 1 mg/kg/day',
    text:
      'Prednisone (or the dose-equivalent prednisolone) 1 mg/kg/day by mouth, up to the daily cap shown with the dose. Start without delay: weakness, muscle atrophy and fatty replacement set in early, and late treatment can leave permanent damage.',
    additions: GLUCOCORTICOID_FLAG_ADDITIONS,
    citations: ['src', 'etg', 'bsr-2022', 'pinal-2018'],
    condition: 'phase new, no checkpoint inhibitor, effective severity mild or moderate',
    when: (f) => !f.ici && f.input.phase === 'new' && !f.severe,
    why: (f) => [because.phase(f)],
  },
  {
    rule: 'glucocorticoid/severe',
    step: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Start a glucocorticoid: prednisone 1 mg/kg/day after the IV pulse',
    text:
      'Prednisone (or the dose-equivalent prednisolone) 1 mg/kg/day by mouth, up to the daily cap shown with the dose, after the intravenous methylprednisolone pulse. Start without delay: weakness, muscle atrophy and fatty replacement set in early, and late treatment can leave permanent damage.',
    additions: GLUCOCORTICOID_FLAG_ADDITIONS,
    citations: ['src', 'etg', 'bsr-2022', 'pinal-2018'],
    condition: 'phase new, no checkpoint inhibitor, effective severity severe or life-threatening',
    when: (f) => !f.ici && f.input.phase === 'new' && f.severe,
    why: (f) => [because.phase(f), because.severity(f)],
  },
  {
    rule: 'glucocorticoid/ici-moderate',
    step: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    title: 'Grade 2: prednisone 0.5–1 mg/kg/day when CK is 3 × ULN or more',
    text: 'Prednisone 0.5–1 mg/kg/day when CK is 3 times the upper limit of normal or more.',
    additions: [
      {
        condition: 'when CK is not given',
        when: (f) => f.input.ckTimesUln === undefined,
        text: 'CK was not given: start it only when CK is 3 × ULN or more.',
      },
      ...GLUCOCORTICOID_FLAG_ADDITIONS,
    ],
    citations: ['asco-2021'],
    condition: 'checkpoint inhibitor, effective severity moderate, CK 3 × ULN or more or not given',
    when: (f) => f.ici && f.moderate && !(f.input.ckTimesUln !== undefined && f.input.ckTimesUln < ICI_GRADE_2_CK_TIMES_ULN),
    why: (f) => [because.ici(), because.severity(f), because.ck(f), because.episode(f)],
  },
  {
    rule: 'glucocorticoid/ici-ck-below-3',
    step: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    title: 'Grade 2 with CK below 3 × ULN: no glucocorticoid yet; recheck CK',
    text: 'No glucocorticoid is indicated yet at CK below 3 times the upper limit of normal in grade 2: recheck CK.',
    additions: GLUCOCORTICOID_FLAG_ADDITIONS,
    citations: ['asco-2021'],
    condition: 'checkpoint inhibitor, effective severity moderate, CK below 3 × ULN',
    when: (f) => f.ici && f.moderate && f.input.ckTimesUln !== undefined && f.input.ckTimesUln < ICI_GRADE_2_CK_TIMES_ULN,
    why: (f) => [because.ici(), because.severity(f), because.ck(f)],
  },
  {
    rule: 'glucocorticoid/ici-severe',
    step: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Glucocorticoid: prednisone 1 mg/kg/day',
    text:
      'Prednisone 1 mg/kg/day, up to the daily cap shown with the dose; for severe compromise, intravenous methylprednisolone 1–2 mg/kg/day or a higher bolus.',
    additions: [
      ...GLUCOCORTICOID_FLAG_ADDITIONS,
      {
        condition: 'with the myocarditis red flag',
        when: (f) => f.has('myocarditis'),
        text:
          'Myocarditis: ASCO gives prednisone 1–2 mg/kg/day within 24 hours, and methylprednisolone 1 g/day when there is no immediate response; the dose line shows 1 mg/kg/day.',
      },
    ],
    citations: ['asco-2021'],
    condition: 'checkpoint inhibitor, effective severity severe or life-threatening',
    when: (f) => f.ici && f.severe,
    why: (f) => [because.ici(), because.severity(f), because.episode(f)],
  },
  {
    rule: 'glucocorticoid/refractory',
    step: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Increase the glucocorticoid again',
    text:
      'Increase the glucocorticoid again: how far is a specialist decision, and no guideline dose is given here. The starting dose of 1 mg/kg/day, capped, is shown for reference, not as the recommendation. Relapse on tapering is frequent, and combination treatment is usually needed.',
    additions: GLUCOCORTICOID_FLAG_ADDITIONS,
    citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016'],
    condition: 'phase relapse or inadequate response, no checkpoint inhibitor',
    when: (f) => f.refractory,
    why: (f) => [because.phase(f), 'No checkpoint inhibitor involved'],
  },
  {
    rule: 'methylprednisolone-pulse',
    step: 'methylprednisolone-pulse',
    priority: 'immediate',
    indicator: 'warning',
    title: 'Intravenous methylprednisolone pulse',
    text:
      'Methylprednisolone 500–1,000 mg IV once daily for 3 days, then the oral glucocorticoid. In severe IMNM, IVIG may be given before the pulse.',
    additions: [
      {
        condition: 'with a checkpoint inhibitor',
        when: (f) => f.ici,
        text: 'With a checkpoint inhibitor, ASCO gives IV methylprednisolone 1–2 mg/kg/day, or a higher bolus for severe compromise.',
        citations: ['asco-2021'],
      },
      {
        condition: 'with the myasthenic red flag',
        when: (f) => f.has('myasthenic'),
        text:
          'Myasthenic features: high-dose glucocorticoids can briefly worsen myasthenia — give them in hospital with respiratory monitoring, alongside IVIG or plasma exchange in grade 3–4.',
        citations: ['asco-2021'],
        level: 'critical',
        code: 'methylprednisolone-myasthenia',
      },
    ],
    citations: ['etg'],
    condition: 'effective severity severe or life-threatening (every red flag included), any phase',
    when: (f) => f.severe,
    why: (f) => [because.severity(f)],
  },
  {
    rule: 'steroid-sparing-agent/combination',
    step: 'steroid-sparing-agent',
    priority: 'first-line',
    indicator: 'info',
    title: 'Add a steroid-sparing agent from the start',
    text:
      'Start one alongside the glucocorticoid: methotrexate 15–25 mg once weekly, or azathioprine 2–3 mg/kg/day, or mycophenolate mofetil 1,000–1,500 mg twice daily. A glucocorticoid alone usually fails in IMNM, and early combination treatment improves the outcome.',
    citations: ['src', 'bsr-2022', 'kassardjian-2015'],
    condition: 'phase new, no checkpoint inhibitor',
    when: (f) => !f.ici && f.input.phase === 'new',
    why: (f) => [because.phase(f), 'No checkpoint inhibitor involved'],
  },
  {
    rule: 'steroid-sparing-agent/refractory',
    step: 'steroid-sparing-agent',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Check or start the steroid-sparing agent',
    text:
      'Check that the steroid-sparing agent has reached its target dose (methotrexate up to 25 mg once weekly, azathioprine 2–3 mg/kg/day, mycophenolate mofetil 1,000–1,500 mg twice daily); start one if none is given; switch when it failed at its target dose.',
    citations: ['src', 'bsr-2022', 'kassardjian-2015'],
    condition: 'phase relapse or inadequate response, no checkpoint inhibitor',
    when: (f) => f.refractory,
    why: (f) => [because.phase(f), 'No checkpoint inhibitor involved'],
  },
  {
    rule: 'steroid-sparing-agent/ici',
    step: 'steroid-sparing-agent',
    priority: 'consider',
    indicator: 'info',
    title: 'Consider a steroid-sparing agent',
    text:
      'Methotrexate (once weekly), azathioprine or mycophenolate mofetil for maintenance, or when symptoms and CK have not resolved after about 4 weeks. When symptoms worsen or do not improve after 2 weeks in grade 3–4: rituximab, or a TNF-α or IL-6 antagonist, with the specialist.',
    citations: ['asco-2021'],
    condition: 'checkpoint inhibitor, effective severity not mild',
    when: (f) => f.ici && !f.mild,
    why: (f) => [because.ici(), because.severity(f)],
  },
  {
    rule: 'review-treatment',
    step: 'review-treatment',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Review the treatment before escalating',
    text:
      'Check adherence; check that each drug has reached its target dose and had time to act (azathioprine needs 2 weeks at each dose to reach steady state); reconsider the diagnosis: muscular dystrophies and steroid myopathy mimic refractory IMNM, and anti-HMGCR disease without statin exposure can look like a limb-girdle dystrophy.',
    citations: ['cpic-2018', 'mohassel-2018'],
    condition: 'phase inadequate response, no checkpoint inhibitor',
    when: (f) => f.refractory && f.input.phase === 'inadequate-response',
    why: (f) => [because.phase(f), 'No checkpoint inhibitor involved'],
  },
  {
    rule: 'ivig/anti-hmgcr',
    step: 'ivig',
    priority: 'consider',
    indicator: 'info',
    title: 'Consider intravenous immunoglobulin (IVIG)',
    text:
      'IVIG 2 g/kg per course over 2–5 days, every 4 weeks. Anti-HMGCR myopathy tends to respond well to IVIG, and IVIG alone may be enough for some patients, for example when glucocorticoids are best avoided.',
    mergeText:
      'Anti-HMGCR myopathy tends to respond well to IVIG, and IVIG alone may be enough for some patients, for example when glucocorticoids are best avoided.',
    citations: ['src', 'mammen-2015', 'pinal-2018', 'mcgrath-2018'],
    condition: 'antibody anti-HMGCR and phase new, no checkpoint inhibitor',
    when: (f) => !f.ici && f.input.antibody === 'anti-hmgcr' && f.input.phase === 'new',
    why: (f) => [because.antibody(f), because.phase(f)],
  },  {
    rule: 'ivig/escalation',
    step: 'ivig',
    priority: 'add-on',
    indicator: 'warning',
    title: 'Add intravenous immunoglobulin (IVIG)',
    text: 'Add IVIG 2 g/kg per course, given over 2–5 days and repeated monthly.',
    citations: ['src', 'etg'],
    condition: 'effective severity severe or life-threatening (every red flag), or phase relapse or inadequate response without a checkpoint inhibitor; not with the myasthenic red flag',
    when: (f) => !f.has('myasthenic') && (f.severe || f.refractory),
    why: (f) => [...(f.severe ? [because.severity(f)] : []), ...(f.refractory ? [because.phase(f)] : [])],
  },
  {
    rule: 'ivig/myasthenic',
    step: 'ivig',
    priority: 'immediate',
    indicator: 'critical',
    title: 'Intravenous immunoglobulin (IVIG) over 5 days',
    text:
      'Give IVIG 2 g/kg per course over 5 days (the dose shown uses 5 days whatever the number of days chosen), repeated monthly.',
    citations: ['src', 'etg', 'asco-2021'],
    condition: 'red flag myasthenic (so effective severity severe)',
    when: (f) => f.has('myasthenic'),
    why: (f) => [...because.flags(f, ['myasthenic']), because.severity(f), ...(f.refractory ? [because.phase(f)] : [])],
  },

  {
    rule: 'rituximab/anti-srp',
    step: 'rituximab',
    priority: 'consider',
    indicator: 'info',
    title: 'Consider early rituximab',
    text: 'Early rituximab is commonly favoured in anti-SRP myopathy.',
    citations: ['src', 'pinal-2017', 'valiyil-2010'],
    condition: 'antibody anti-SRP and phase new, no checkpoint inhibitor',
    when: (f) => !f.ici && f.input.antibody === 'anti-srp' && f.input.phase === 'new',
    why: (f) => [because.antibody(f), because.phase(f)],
  },  {
    rule: 'rituximab/refractory',
    step: 'rituximab',
    priority: 'add-on',
    indicator: 'warning',
    title: 'Add rituximab',
    text: 'Rituximab 1,000 mg IV, two doses two weeks apart.',
    citations: ['src', 'valiyil-2010'],
    condition: 'antibody anti-SRP or anti-HMGCR, and phase relapse or inadequate response, no checkpoint inhibitor',
    when: (f) => f.refractory && antibodyIs(f, 'anti-srp', 'anti-hmgcr'),
    why: (f) => [because.antibody(f), because.phase(f)],
  },
  {
    rule: 'rituximab/ici',
    step: 'rituximab',
    priority: 'add-on',
    indicator: 'warning',
    title: 'Add rituximab',
    text: 'Rituximab 1,000 mg IV, two doses two weeks apart, when grade 3–4 myositis is worse or not better after 2 weeks.',
    citations: ['asco-2021'],
    condition: 'checkpoint inhibitor, effective severity severe or life-threatening, phase inadequate response',
    when: (f) => f.ici && f.severe && f.input.phase === 'inadequate-response',
    why: (f) => [because.ici(), because.severity(f), because.phase(f)],
  },

  {
    rule: 'expert-referral',
    step: 'expert-referral',
    priority: 'add-on',
    indicator: 'warning',
    title: 'Seek advice from a neuromuscular or myositis centre',
    text:
      'Refractory disease without anti-SRP or anti-HMGCR antibodies: ask a neuromuscular or myositis centre for advice. IVIG can be added as above.',
    citations: ['src'],
    condition: 'antibody seronegative or pending, and phase relapse or inadequate response, no checkpoint inhibitor',
    when: (f) => f.refractory && antibodyIs(f, 'seronegative', 'pending'),
    why: (f) => [because.antibody(f), because.phase(f)],
  },
  {
    rule: 'plasma-exchange-note',
    step: 'plasma-exchange-note',
    priority: 'consider',
    indicator: 'info',
    title: 'Plasma exchange is not routine',
    text:
      'A controlled trial in polymyositis and dermatomyositis found no benefit from plasma exchange; keep it for specialist rescue treatment.',
    citations: ['miller-1992'],
    condition: 'phase relapse or inadequate response and effective severity severe, no checkpoint inhibitor, no myasthenic red flag',
    when: (f) => f.refractory && f.severe && !f.has('myasthenic'),
    why: (f) => [because.phase(f), because.severity(f), 'No checkpoint inhibitor involved'],
  },
  {
    rule: 'cancer-screening/enhanced',
    step: 'cancer-screening',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Screen for cancer',
    text:
      'Cancer was more frequent in seronegative and anti-HMGCR IMNM in one cohort. Use the IMACS panels. Basic: history and examination, full blood count, liver tests, ESR/CRP, serum protein electrophoresis, urinalysis and chest X-ray. Enhanced: CT of the neck, chest, abdomen and pelvis, with age- and sex-appropriate tests.',
    citations: ['allenbach-2016', 'imacs-2023', 'src'],
    condition: 'antibody seronegative or anti-HMGCR, no checkpoint inhibitor',
    when: (f) => !f.ici && antibodyIs(f, 'seronegative', 'anti-hmgcr'),
    why: (f) => [because.antibody(f)],
  },
  {
    rule: 'cancer-screening/pending',
    step: 'cancer-screening',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Screen for cancer: basic panel now',
    text:
      'The antibody result decides the cancer risk. Do the IMACS basic panel now (history and examination, full blood count, liver tests, ESR/CRP, serum protein electrophoresis, urinalysis and chest X-ray); add the enhanced panel (CT of the neck, chest, abdomen and pelvis, with age- and sex-appropriate tests) when clinical features suggest a higher risk; look at this step again when the result is back.',
    citations: ['imacs-2023', 'allenbach-2016'],
    condition: 'antibody pending, no checkpoint inhibitor',
    when: (f) => !f.ici && f.input.antibody === 'pending',
    why: (f) => [because.antibody(f)],
  },
  {
    rule: 'cancer-screening/age-appropriate',
    step: 'cancer-screening',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Age-appropriate cancer screening',
    text: 'Follow age-appropriate cancer screening: in a cohort of 115 IMNM patients, cancer risk was not raised in anti-SRP disease.',
    citations: ['allenbach-2016', 'imacs-2023'],
    condition: 'antibody anti-SRP, no checkpoint inhibitor',
    when: (f) => !f.ici && f.input.antibody === 'anti-srp',
    why: (f) => [because.antibody(f)],
  },
];

/**
 * Rows that follow from other steps (content-spec §3: "when a glucocorticoid is recommended or
 * any of … is shown"): evaluated after STEP_RULES, given the step ids those returned.
 */
export interface DerivedStepRule extends Omit<StepRule, 'when'> {
  when(f: PathwayFacts, shown: ReadonlySet<StepId>): boolean;
}

export const DERIVED_STEP_RULES: readonly DerivedStepRule[] = [
  {
    rule: 'pre-treatment-checks',
    step: 'pre-treatment-checks',
    priority: 'first-line',
    indicator: 'info',
    title: 'Checks before each new immunosuppressant',
    text:
      'Screen for hepatitis B (HBsAg and anti-HBc), hepatitis C and tuberculosis. Test TPMT and NUDT15 before azathioprine. Do a pregnancy test and arrange contraception before methotrexate or mycophenolate. Screen for hepatitis B before rituximab. Check renal function before IVIG.',
    citations: ['eular-infection-2022', 'cpic-2018', 'mmf-label', 'rituximab-label', 'octagam-label'],
    condition: 'any phase, when a glucocorticoid is recommended or a steroid-sparing agent, IVIG or rituximab step is shown',
    when: (f, shown) =>
      (shown.has('glucocorticoid') && f.glucocorticoidRecommended) ||
      shown.has('steroid-sparing-agent') ||
      shown.has('ivig') ||
      shown.has('rituximab'),
    why: (f) => [because.episode(f), 'A glucocorticoid or another immunosuppressant is part of the plan'],
  },
  {
    rule: 'supportive-care',
    step: 'supportive-care',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Supportive care: infection prophylaxis, bone, vaccines',
    text:
      'Consider Pneumocystis prophylaxis on more than 15–30 mg/day of prednisolone for more than 2–4 weeks. With methotrexate, co-trimoxazole adds to bone-marrow toxicity: monitor the blood count closely. Bone: assess fracture risk as soon as possible after starting when glucocorticoids (2.5 mg/day or more) are expected to continue for more than 3 months; calcium and vitamin D for everyone on glucocorticoids. Vaccines: no live vaccines while immunosuppressed; influenza vaccine regardless, holding methotrexate for 2 weeks after it when the disease allows; non-influenza vaccines at least 6 months after rituximab.',
    citations: ['eular-infection-2022', 'medsafe-2022', 'acr-giop-2022', 'acr-vaccine-2022'],
    condition: 'whenever a glucocorticoid is recommended',
    when: (f, shown) => shown.has('glucocorticoid') && f.glucocorticoidRecommended,
    why: () => ['A glucocorticoid is recommended'],
  },
  {
    rule: 'monitoring',
    step: 'monitoring',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Monitor response and drug safety',
    text:
      'Follow muscle strength (for example MMT-8), creatine kinase and side effects regularly. With methotrexate, azathioprine or mycophenolate, check the blood count and renal and liver tests every 2 weeks until the dose has been stable for 6 weeks, then monthly for 3 months, then at least every 12 weeks. The follow-up element computes the dates and checks the results.',
    citations: ['src', 'bsr-dmard-2017'],
    condition: 'always',
    when: () => true,
    why: () => [because.always()],
  },
  {
    rule: 'taper-caution/relapse',
    step: 'taper-caution',
    priority: 'add-on',
    indicator: 'warning',
    title: 'Relapse on tapering: taper more slowly this time',
    text:
      'Relapse on tapering is frequent (65% of patients who tried to taper in one statin-associated series). Once control is regained, taper more slowly than before.',
    citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016'],
    condition: 'phase relapse (with or without a checkpoint inhibitor)',
    when: (f) => f.input.phase === 'relapse',
    why: (f) => [because.phase(f)],
  },
  {
    rule: 'taper-caution',
    step: 'taper-caution',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Taper slowly, guided by response',
    text: 'Taper the glucocorticoid slowly from about 6 weeks, guided by the response; the follow-up element gives a taper plan with dates.',
    citations: ['bsr-2022', 'etg'],
    condition: 'phase new or inadequate response',
    when: (f) => f.input.phase !== 'relapse',
    why: () => [because.always()],
  },
  {
    rule: 'physical-therapy',
    step: 'physical-therapy',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Physiotherapy',
    text: 'Physiotherapy to keep function and prevent contractures, with a supervised exercise programme.',
    citations: ['src', 'bsr-2022'],
    condition: 'always',
    when: () => true,
    why: () => [because.always()],
  },
  {
    rule: 'multidisciplinary-team',
    step: 'multidisciplinary-team',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Multidisciplinary care',
    text:
      'Involve rheumatology, neurology, dermatology, pulmonology, physiotherapy, speech and occupational therapy, and orthopaedics as needed.',
    additions: [
      {
        condition: 'with a checkpoint inhibitor',
        when: (f) => f.ici,
        text: 'With a checkpoint inhibitor: oncology and cardiology.',
      },
      {
        condition: 'with the myocarditis red flag and no checkpoint inhibitor',
        when: (f) => !f.ici && f.has('myocarditis'),
        text: 'With myocarditis: cardiology.',
      },
    ],
    citations: ['src'],
    condition: 'always',
    when: () => true,
    why: () => [because.always()],
  },
];

/**
 * The dose lines (calculateDoses) shown inside a step when a weight is given: the same core
 * function as <nam-dose-calculator>, so both show the same numbers.
 */
export const STEP_DOSE_DRUGS: Partial<Record<StepId, readonly DrugId[]>> = {
  glucocorticoid: ['prednisone'],
  'methylprednisolone-pulse': ['methylprednisolone'],
  'steroid-sparing-agent': ['methotrexate', 'azathioprine', 'mycophenolate'],
  ivig: ['ivig'],
  rituximab: ['rituximab'],
};

/**
 * Drug notices (DRUG_RULES[drug].notices, by code) a step carries whether or not a weight is
 * given: the step names the drug, so its critical safety notice belongs beside it. With a weight,
 * the dose line inside the step does not repeat a notice already on the step. (The IVIG and
 * rituximab checks are in those steps' text: STEP_TAILS.)
 */
export const STEP_DRUG_NOTICES: Partial<Record<StepId, readonly { drug: DrugId; code: string }[]>> = {
  'steroid-sparing-agent': [{ drug: 'methotrexate', code: 'methotrexate-weekly' }],
};

/**
 * Rows whose dose line is shown for reference only, not as the recommendation (content-spec §3:
 * in relapse or inadequate response "the starting dose of 1 mg/kg/day, capped, is shown for
 * reference"), with the words said beside the dose.
 */
export const REFERENCE_DOSE_RULES: Readonly<Record<string, string>> = {
  'glucocorticoid/refractory': 'the starting dose, for reference only: how far to increase is a specialist decision',
};

/** Background notes (content-spec §3), shown collapsed under "Clinical notes", never as steps. */
export interface ClinicalNote {
  id: string;
  title: string;
  text: string;
  citations: readonly SourceId[];
}

export const CLINICAL_NOTES: readonly ClinicalNote[] = [
  {
    id: 'mechanism',
    title: 'Mechanism',
    text: 'Autoantibodies against muscle components activate complement, causing muscle fibre necrosis with little inflammation.',
    citations: ['src', 'pinal-2018'],
  },
  {
    id: 'associations',
    title: 'Associations',
    text:
      'Associated with statins, connective tissue disease, cancer and anti-SRP or anti-HMGCR antibodies. Severe forms can present as rhabdomyolysis; creatine kinase is raised and the EMG is myopathic.',
    citations: ['src', 'enmc-2018'],
  },
  {
    id: 'clues',
    title: 'Clinical clues',
    text: 'Facial weakness is more common with anti-SRP antibodies; myotonic discharges are more common in statin-associated disease.',
    citations: ['src', 'kassardjian-2015'],
  },
  {
    id: 'prognosis',
    title: 'Prognosis (the evidence conflicts)',
    text:
      'In one cohort, male sex and two or more immunotherapies within 3 months of onset predicted a favourable outcome. Another cohort found female sex associated with better creatine kinase improvement, and early IVIG with better strength gains. Onset of anti-SRP disease at a younger age went with worse weakness.',
    citations: ['src', 'kassardjian-2015', 'wang-2022', 'pinal-2017'],
  },
];

/** Every pathway rule id (content-spec §3 rows), for traceability. */
export const PATHWAY_RULE_IDS: readonly string[] = [...STEP_RULES, ...DERIVED_STEP_RULES].map((r) => r.rule);
