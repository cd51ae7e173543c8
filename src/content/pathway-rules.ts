/**
 * The pathway rules of content-spec §3: one entry per table row, with a stable rule id, the
 * condition that shows it, the words for why it appeared, and its cited text. The core's
 * evaluator (src/core/pathway.ts) runs these; no clinical rule lives anywhere else.
 */
import type { SourceId } from './sources.js';
import {
  LABELS,
  MANDATORY_RED_FLAGS,
  type Antibody,
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
  'cardiac-assessment',
  'ici-rescue',
  'glucocorticoid',
  'methylprednisolone-pulse',
  'steroid-sparing-agent',
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

/** The validated pathway input with every default filled in. */
export interface PathwayInput {
  antibody: Antibody;
  statin: StatinExposure;
  checkpointInhibitor: boolean;
  severity: Severity;
  redFlags: RedFlag[];
  phase: Phase;
}

/** Facts derived once from the input, in the words of content-spec §3. */
export interface PathwayFacts {
  input: PathwayInput;
  /** checkpointInhibitor is true. */
  ici: boolean;
  anyFlag: boolean;
  mandatoryFlags: RedFlag[];
  /** severe or life-threatening ("life-threatening counts as severe"). */
  severe: boolean;
  lifeThreatening: boolean;
  /** phase inadequate-response or relapse. */
  refractory: boolean;
  has(flag: RedFlag): boolean;
}

export function derivePathwayFacts(input: PathwayInput): PathwayFacts {
  const flags = new Set(input.redFlags);
  return {
    input,
    ici: input.checkpointInhibitor,
    anyFlag: flags.size > 0,
    mandatoryFlags: MANDATORY_RED_FLAGS.filter((f) => flags.has(f)),
    severe: input.severity === 'severe' || input.severity === 'life-threatening',
    lifeThreatening: input.severity === 'life-threatening',
    refractory: input.phase === 'inadequate-response' || input.phase === 'relapse',
    has: (flag) => flags.has(flag),
  };
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
  /** Added to another row's text when both rows of one step fire. */
  mergeText?: string;
  citations: readonly SourceId[];
  when(f: PathwayFacts): boolean;
  why(f: PathwayFacts): string[];
}

// "Why" phrases: the inputs that made a step appear, in words.
const because = {
  antibody: (f: PathwayFacts) => `Antibody: ${LABELS.antibody[f.input.antibody]}`,
  statin: (f: PathwayFacts) => `Statin: ${LABELS.statin[f.input.statin]}`,
  ici: () => 'Receiving or recently received an immune checkpoint inhibitor',
  severity: (f: PathwayFacts) => `Severity: ${LABELS.severity[f.input.severity]}`,
  phase: (f: PathwayFacts) => `Phase: ${LABELS.phase[f.input.phase]}`,
  flags: (f: PathwayFacts, only?: readonly RedFlag[]) =>
    f.input.redFlags
      .filter((flag) => !only || only.includes(flag))
      .map((flag) => `Red flag: ${LABELS.redFlag[flag]}`),
  always: () => 'Applies to every patient with IMNM',
};

const notMandatoryWithdrawal = (f: PathwayFacts) => f.mandatoryFlags.length === 0 && !f.severe;

export const STEP_RULES: readonly StepRule[] = [
  {
    rule: 'urgent-assessment',
    step: 'urgent-assessment',
    priority: 'immediate',
    indicator: 'critical',
    title: 'Urgent specialist assessment',
    text:
      'Arrange urgent assessment by the specialist team and consider admission when there is respiratory involvement, dysphagia, severe weakness limiting mobility or rhabdomyolysis. For breathing symptoms, measure spirometry both upright and supine; for bulbar symptoms, arrange a swallow assessment.',
    citations: ['asco-2021'],
    when: (f) => f.anyFlag || f.lifeThreatening,
    why: (f) => [...because.flags(f), ...(f.lifeThreatening ? [because.severity(f)] : [])],
  },
  {
    rule: 'stop-statin',
    step: 'stop-statin',
    priority: 'immediate',
    indicator: 'warning',
    title: 'Stop the statin now',
    text:
      'Stop the statin straight away. Stopping it does not on its own control anti-HMGCR myopathy: immunotherapy is still needed.',
    citations: ['src', 'wu-2014', 'mammen-2016'],
    when: (f) => f.input.statin === 'current',
    why: (f) => [because.statin(f)],
  },
  {
    rule: 'avoid-statin-rechallenge',
    step: 'avoid-statin-rechallenge',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Do not give a statin again',
    text: 'Avoid any re-exposure to statins. If lipid lowering is needed, a PCSK9 inhibitor may be used instead.',
    citations: ['mammen-2016'],
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
    text:
      'Stop the immune checkpoint inhibitor now and tell the oncology team. Withdrawal is mandatory when there is dyspnoea, bulbar involvement, severe weakness or myocarditis, and in severe or life-threatening myositis.',
    citations: ['src', 'eular-irae-2021', 'asco-2021'],
    when: (f) => f.ici && !notMandatoryWithdrawal(f),
    why: (f) => [
      because.ici(),
      ...because.flags(f, MANDATORY_RED_FLAGS),
      ...(f.severe ? [because.severity(f)] : []),
    ],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/hold',
    step: 'withdraw-checkpoint-inhibitor',
    priority: 'first-line',
    indicator: 'warning',
    mandatory: false,
    title: 'Hold the checkpoint inhibitor and discuss with oncology',
    text:
      'Hold the immune checkpoint inhibitor and agree the plan with the oncology team. In reported series it was interrupted or stopped in more than 85% of patients.',
    citations: ['src', 'asco-2021'],
    // Moderate without a mandatory flag; also mild with a non-mandatory flag (rhabdomyolysis),
    // which the spec's rows leave uncovered: the more cautious row is used.
    when: (f) => f.ici && notMandatoryWithdrawal(f) && (f.input.severity === 'moderate' || f.anyFlag),
    why: (f) => [because.ici(), because.severity(f), ...because.flags(f)],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/discuss',
    step: 'withdraw-checkpoint-inhibitor',
    priority: 'consider',
    indicator: 'info',
    mandatory: false,
    title: 'Discuss interrupting the checkpoint inhibitor with oncology',
    text:
      'Discuss an interruption with the oncology team. In mild myositis the checkpoint inhibitor may be continued under close monitoring.',
    citations: ['src', 'esmo-open-2021'],
    when: (f) => f.ici && f.input.severity === 'mild' && !f.anyFlag,
    why: (f) => [because.ici(), because.severity(f), 'No red flags'],
  },
  {
    rule: 'cardiac-assessment/myocarditis',
    step: 'cardiac-assessment',
    priority: 'immediate',
    indicator: 'critical',
    title: 'Cardiac assessment now: suspected myocarditis',
    text:
      'Check troponin (troponin I is the more specific test while skeletal muscle is inflamed), an ECG, and an echocardiogram or cardiac MRI. Look for myocarditis with myasthenic overlap ("triple M"), which carries a high in-hospital mortality.',
    citations: ['asco-2021', 'pathak-2021'],
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
    when: (f) => f.ici && !f.has('myocarditis'),
    why: () => [because.ici()],
  },
  {
    rule: 'ici-rescue',
    step: 'ici-rescue',
    priority: 'immediate',
    indicator: 'critical',
    title: 'Rescue treatment for life-threatening checkpoint-inhibitor myositis',
    text:
      'Give high-dose glucocorticoids together with IVIG and/or plasma exchange. Do not run plasma exchange straight after IVIG: the exchange removes the immunoglobulin just given.',
    citations: ['src', 'asco-2021'],
    when: (f) => f.ici && f.lifeThreatening,
    why: (f) => [because.ici(), because.severity(f)],
  },
  {
    rule: 'glucocorticoid',
    step: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    title: 'Start a glucocorticoid: prednisone 1 mg/kg/day',
    text:
      'Prednisone (or the dose-equivalent prednisolone) 1 mg/kg/day by mouth, up to the daily cap shown with the doses. Start without delay: weakness, muscle atrophy and fatty replacement set in early, and late treatment can leave permanent damage.',
    citations: ['src', 'etg', 'bsr-2022', 'pinal-2018'],
    when: (f) => f.input.phase === 'new',
    why: (f) => [because.phase(f)],
  },
  {
    rule: 'methylprednisolone-pulse',
    step: 'methylprednisolone-pulse',
    priority: 'first-line',
    indicator: 'warning',
    title: 'Intravenous methylprednisolone pulse',
    text: 'Methylprednisolone 500–1,000 mg IV once daily for 3 days, then continue with an oral glucocorticoid.',
    citations: ['etg'],
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
    when: (f) => f.input.phase === 'new' && !f.ici,
    why: (f) => [because.phase(f), 'No checkpoint inhibitor involved'],
  },
  {
    rule: 'steroid-sparing-agent/ici',
    step: 'steroid-sparing-agent',
    priority: 'consider',
    indicator: 'info',
    title: 'Consider a steroid-sparing agent',
    text:
      'The same agents (methotrexate once weekly, azathioprine or mycophenolate mofetil) can be used for maintenance, or when symptoms and creatine kinase have not settled after about 4 weeks.',
    citations: ['asco-2021'],
    when: (f) => f.input.phase === 'new' && f.ici,
    why: (f) => [because.phase(f), because.ici()],
  },
  {
    rule: 'ivig/escalation',
    step: 'ivig',
    priority: 'add-on',
    indicator: 'warning',
    title: 'Add intravenous immunoglobulin (IVIG)',
    text: 'Add IVIG 2 g/kg per course, given over 2–5 days and repeated monthly.',
    citations: ['src', 'etg'],
    when: (f) => f.severe || f.has('bulbar') || f.refractory,
    why: (f) => [
      ...(f.severe ? [because.severity(f)] : []),
      ...because.flags(f, ['bulbar']),
      ...(f.refractory ? [because.phase(f)] : []),
    ],
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
      'Anti-HMGCR myopathy tends to respond well to IVIG; IVIG alone may be enough for some patients, for example when glucocorticoids are best avoided.',
    citations: ['src', 'mammen-2015', 'pinal-2018', 'mcgrath-2018'],
    when: (f) => f.input.antibody === 'anti-hmgcr' && f.input.phase === 'new',
    why: (f) => [because.antibody(f), because.phase(f)],
  },
  {
    rule: 'rituximab/refractory',
    step: 'rituximab',
    priority: 'add-on',
    indicator: 'warning',
    title: 'Add rituximab',
    text: 'Rituximab 1,000 mg IV, two doses two weeks apart.',
    citations: ['src', 'valiyil-2010'],
    when: (f) => (f.input.antibody === 'anti-srp' || f.input.antibody === 'anti-hmgcr') && f.refractory,
    why: (f) => [because.antibody(f), because.phase(f)],
  },
  {
    rule: 'rituximab/anti-srp',
    step: 'rituximab',
    priority: 'consider',
    indicator: 'info',
    title: 'Consider early rituximab',
    text: 'Early rituximab is commonly favoured in anti-SRP myopathy.',
    mergeText: 'Early rituximab is commonly favoured in anti-SRP myopathy.',
    citations: ['src', 'pinal-2017', 'valiyil-2010'],
    when: (f) => f.input.antibody === 'anti-srp' && f.input.phase === 'new',
    why: (f) => [because.antibody(f), because.phase(f)],
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
    when: (f) => (f.input.antibody === 'seronegative' || f.input.antibody === 'pending') && f.refractory,
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
    when: (f) => !f.ici && f.refractory && f.severe,
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
    when: (f) => f.input.antibody === 'seronegative' || f.input.antibody === 'anti-hmgcr',
    why: (f) => [because.antibody(f)],
  },
  {
    rule: 'cancer-screening/age-appropriate',
    step: 'cancer-screening',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Age-appropriate cancer screening',
    text:
      'Follow age-appropriate cancer screening. In the same cohort, cancer risk was not raised in anti-SRP disease.',
    citations: ['allenbach-2016', 'imacs-2023'],
    when: (f) => f.input.antibody === 'anti-srp' || f.input.antibody === 'pending',
    why: (f) => [because.antibody(f)],
  },
  {
    rule: 'pre-treatment-checks',
    step: 'pre-treatment-checks',
    priority: 'first-line',
    indicator: 'info',
    title: 'Checks before immunosuppression',
    text:
      'Screen for hepatitis B, hepatitis C and tuberculosis. Test TPMT and NUDT15 before azathioprine. Do a pregnancy test and arrange contraception before methotrexate or mycophenolate. Screen for hepatitis B before rituximab. Check renal function before IVIG.',
    citations: ['eular-infection-2022', 'cpic-2018', 'mmf-label', 'rituximab-label', 'octagam-label'],
    when: (f) => f.input.phase === 'new',
    why: (f) => [because.phase(f)],
  },
  {
    rule: 'supportive-care',
    step: 'supportive-care',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Supportive care: infection prophylaxis, bone protection, vaccination',
    text:
      'Consider Pneumocystis prophylaxis when prednisolone is above 15–30 mg/day for more than 2–4 weeks. Protect bone (calcium, vitamin D, fracture-risk assessment) when glucocorticoids continue beyond 3 months. Vaccinate following ACR 2022; give non-influenza vaccines at least 6 months after rituximab.',
    citations: ['eular-infection-2022', 'acr-giop-2022', 'acr-vaccine-2022'],
    when: (f) => f.input.phase === 'new',
    why: (f) => [because.phase(f)],
  },
  {
    rule: 'monitoring',
    step: 'monitoring',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Monitor response and drug safety',
    text:
      'Follow muscle strength (for example MMT-8), creatine kinase and side effects regularly. With methotrexate, azathioprine or mycophenolate, check blood count, renal and liver tests every 2 weeks until the dose has been stable for 6 weeks, then monthly for 3 months, then every 3 months.',
    citations: ['src', 'bsr-dmard-2017'],
    when: () => true,
    why: () => [because.always()],
  },
  {
    rule: 'taper-caution/relapse',
    step: 'taper-caution',
    priority: 'add-on',
    indicator: 'warning',
    title: 'Relapse on tapering: taper slowly',
    text:
      'Relapse while tapering is frequent (65% of taper attempts in one statin-associated series), and combination therapy is often needed. Start tapering from about 6 weeks, slowly, guided by the response.',
    citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016', 'bsr-2022', 'etg'],
    when: (f) => f.input.phase === 'relapse',
    why: (f) => [because.phase(f)],
  },
  {
    rule: 'taper-caution',
    step: 'taper-caution',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Taper slowly: relapse is common',
    text:
      'Relapse while tapering is frequent (65% of taper attempts in one statin-associated series), and combination therapy is often needed. Start tapering from about 6 weeks, slowly, guided by the response.',
    citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016', 'bsr-2022', 'etg'],
    when: (f) => f.input.phase !== 'relapse',
    why: () => [because.always()],
  },
  {
    rule: 'physical-therapy',
    step: 'physical-therapy',
    priority: 'ongoing',
    indicator: 'info',
    title: 'Physiotherapy',
    text: 'Physiotherapy maintains function and prevents contractures.',
    citations: ['src', 'bsr-2022'],
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
    citations: ['src'],
    when: () => true,
    why: () => [because.always()],
  },
];

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
export const PATHWAY_RULE_IDS: readonly string[] = STEP_RULES.map((r) => r.rule);
