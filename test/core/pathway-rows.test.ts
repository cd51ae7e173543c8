/**
 * Every row of content-spec 2.0 §3, as a table written from the spec text: the input that
 * triggers the row, the step id, priority, indicator, `mandatory`, the citations of the row
 * and the words the "why" must contain (the triggering inputs).
 */
import { expect } from '@open-wc/testing';
import { SOURCES, evaluatePathway } from '../../src/core/index.js';
import { okPathway, sorted, step } from './helpers.js';

type Row = {
  rule: string;
  input: Record<string, unknown>;
  id: string;
  priority: string;
  indicator: string;
  mandatory?: boolean;
  /** Exactly the sources of the content-spec row, in its order. */
  citations: string[];
  /** Each must match one of the "why" lines. */
  why: RegExp[];
  /** Words the step's text must carry (from the spec's content column). */
  says?: RegExp[];
  /** Words the step's text must not carry for this input (a conditional sentence left out). */
  saysNot?: RegExp[];
};

const ICI = { checkpointInhibitor: true };
/** No statin step in the way: antibody results other than pending, statin never. */
const QUIET = { statin: 'never' };

const ROWS: Row[] = [
  // urgent-assessment (2.0): any flag, or severe.
  ...(['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'myasthenic', 'rhabdomyolysis'] as const).map(
    (flag): Row => ({
      rule: 'urgent-assessment',
      input: { redFlags: [flag] },
      id: 'urgent-assessment',
      priority: 'immediate',
      indicator: 'critical',
      citations: ['asco-2021', 'octagam-label'],
      why: [new RegExp(flag.replace('-', '.'), 'i'), /treated as severe/i],
      says: [/spirometry/i, /lying flat|supine/i, /nothing by mouth/i, /admi/i, /renal function/i],
    }),
  ),
  {
    rule: 'urgent-assessment',
    input: { severity: 'severe' },
    id: 'urgent-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021', 'octagam-label'],
    why: [/severe/i],
  },
  {
    rule: 'urgent-assessment',
    input: { severity: 'life-threatening' },
    id: 'urgent-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021', 'octagam-label'],
    why: [/life-threatening/i],
  },
  // stop-statin (2.0): current, and the statin-unknown row.
  {
    rule: 'stop-statin',
    input: { statin: 'current', antibody: 'anti-hmgcr' },
    id: 'stop-statin',
    priority: 'immediate',
    indicator: 'warning',
    citations: ['src', 'wu-2014', 'mammen-2016'],
    why: [/statin/i],
    says: [/stop/i, /immunotherapy/i],
  },
  {
    rule: 'stop-statin',
    input: { statin: 'current', antibody: 'anti-srp' },
    id: 'stop-statin',
    priority: 'immediate',
    indicator: 'warning',
    citations: ['src'],
    why: [/statin/i],
    says: [/stop/i],
    saysNot: [/immunotherapy/i],
  },
  {
    rule: 'stop-statin/unknown',
    input: { statin: 'unknown', antibody: 'anti-hmgcr' },
    id: 'stop-statin',
    priority: 'immediate',
    indicator: 'warning',
    citations: ['src', 'mammen-2016'],
    why: [/unknown/i],
    says: [/ask/i, /stop any statin/i],
  },
  {
    rule: 'stop-statin/unknown',
    input: {},
    id: 'stop-statin',
    priority: 'immediate',
    indicator: 'warning',
    citations: ['src', 'mammen-2016'],
    why: [/unknown/i, /pending/i],
  },
  {
    rule: 'avoid-statin-rechallenge',
    input: { statin: 'past' },
    id: 'avoid-statin-rechallenge',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['mammen-2016'],
    why: [/statin/i],
    says: [/PCSK9/, /re-expos/i],
  },
  {
    rule: 'avoid-statin-rechallenge',
    input: { statin: 'never', antibody: 'anti-hmgcr' },
    id: 'avoid-statin-rechallenge',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['mammen-2016'],
    why: [/HMGCR/i],
    says: [/from now on/i],
    saysNot: [/re-expos/i],
  },
  // withdraw-checkpoint-inhibitor (2.0)
  ...(['dyspnoea', 'bulbar', 'severe-weakness', 'rhabdomyolysis'] as const).map(
    (flag): Row => ({
      rule: 'withdraw-checkpoint-inhibitor/mandatory',
      input: { ...ICI, severity: 'mild', redFlags: [flag] },
      id: 'withdraw-checkpoint-inhibitor',
      priority: 'immediate',
      indicator: 'critical',
      mandatory: true,
      citations: ['src', 'eular-irae-2021', 'asco-2021'],
      why: [/checkpoint/i, new RegExp(flag.replace('-', '.'), 'i')],
      says: [/mandatory/i],
      saysNot: [/permanently/i],
    }),
  ),
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    input: { ...ICI, severity: 'severe' },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'immediate',
    indicator: 'critical',
    mandatory: true,
    citations: ['src', 'eular-irae-2021', 'asco-2021'],
    why: [/checkpoint/i, /severe/i],
    saysNot: [/permanently/i],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    input: { ...ICI, severity: 'life-threatening' },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'immediate',
    indicator: 'critical',
    mandatory: true,
    citations: ['src', 'eular-irae-2021', 'asco-2021'],
    why: [/checkpoint/i, /life-threatening/i],
    says: [/permanently/i],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    input: { ...ICI, redFlags: ['myocarditis'] },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'immediate',
    indicator: 'critical',
    mandatory: true,
    citations: ['src', 'eular-irae-2021', 'asco-2021'],
    why: [/myocarditis/i],
    says: [/permanently/i],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    input: { ...ICI, redFlags: ['myasthenic'] },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'immediate',
    indicator: 'critical',
    mandatory: true,
    citations: ['src', 'eular-irae-2021', 'asco-2021'],
    why: [/myasthenic/i],
    says: [/grade 3–4/, /grade 2/, /taper/i],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/hold',
    input: { ...ICI, severity: 'moderate' },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['src', 'asco-2021'],
    why: [/checkpoint/i, /moderate/i],
    says: [/hold/i, /10 mg\/day/, /CK is normal/i, /85%/],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/continue',
    input: { ...ICI, severity: 'mild' },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'consider',
    indicator: 'info',
    citations: ['esmo-open-2021', 'bsmo-irae'],
    why: [/checkpoint/i, /mild/i],
    says: [/continue/i, /monitoring/i, /in doubt/i],
  },
  // ici-grade-1 (2.0): any phase.
  ...(['new', 'inadequate-response', 'relapse'] as const).map(
    (phase): Row => ({
      rule: 'ici-grade-1',
      input: { ...ICI, severity: 'mild', phase },
      id: 'ici-grade-1',
      priority: 'first-line',
      indicator: 'info',
      citations: ['bsmo-irae'],
      why: [/checkpoint/i, /mild/i],
      says: [/paracetamol/i, /NSAID/, /one week/i, /grade 2/i, /No glucocorticoid/i],
    }),
  ),
  // cardiac-assessment (2.0)
  {
    rule: 'cardiac-assessment/myocarditis',
    input: { redFlags: ['myocarditis'] },
    id: 'cardiac-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021'],
    why: [/myocarditis/i],
    says: [/troponin/i, /ECG/, /echocardiogram|cardiac MRI/i],
    saysNot: [/triple M/i],
  },
  {
    rule: 'cardiac-assessment/myocarditis',
    input: { ...ICI, redFlags: ['myocarditis'] },
    id: 'cardiac-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021', 'pathak-2021'],
    why: [/myocarditis/i, /checkpoint/i],
    says: [/triple M/i, /admit/i, /coronary care/i, /1–2 mg\/kg\/day/, /24 hours/, /1 g\/day/, /for good/i],
  },
  {
    rule: 'cardiac-assessment/screen',
    input: { ...ICI },
    id: 'cardiac-assessment',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['asco-2021', 'pathak-2021'],
    why: [/checkpoint/i],
    says: [/troponin/i, /triple M/i],
  },
  // myasthenia-overlap (2.0)
  {
    rule: 'myasthenia-overlap',
    input: { redFlags: ['myasthenic'] },
    id: 'myasthenia-overlap',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021', 'safa-2019'],
    why: [/myasthenic/i],
    says: [/acetylcholine/i, /striational/i, /neurology/i, /vital capacity/i, /Pyridostigmine 30 mg/, /120 mg/, /IVIG 2 g\/kg over 5 days/, /plasma exchange/i, /0.5 mg\/kg\/day/, /worsen/i],
  },
  {
    rule: 'ici-rescue',
    input: { ...ICI, severity: 'life-threatening' },
    id: 'ici-rescue',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['src', 'asco-2021'],
    why: [/checkpoint/i, /life-threatening/i],
    says: [/IVIG/, /plasma exchange/i, /straight after IVIG/i],
  },
  // glucocorticoid (2.0) and §3.1
  {
    rule: 'glucocorticoid',
    input: { phase: 'new', ...QUIET },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    citations: ['src', 'etg', 'bsr-2022', 'pinal-2018'],
    why: [/new/i],
    says: [/1 mg\/kg\/day/, /promptly|without delay/i],
  },
  {
    rule: 'glucocorticoid/severe',
    input: { phase: 'new', severity: 'severe', ...QUIET },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['src', 'etg', 'bsr-2022', 'pinal-2018'],
    why: [/severe/i],
    says: [/1 mg\/kg\/day/],
  },
  {
    rule: 'glucocorticoid/severe',
    input: { redFlags: ['bulbar'], ...QUIET },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['src', 'etg', 'bsr-2022', 'pinal-2018', 'asco-2021'],
    why: [/treated as severe/i],
    says: [/nothing by mouth/i, /intravenously/i, /methylprednisolone/i],
  },
  {
    rule: 'glucocorticoid/severe',
    input: { redFlags: ['myasthenic'], ...QUIET },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['src', 'etg', 'bsr-2022', 'pinal-2018', 'asco-2021'],
    why: [/treated as severe/i],
    says: [/worsen myasthenia/i, /0.5 mg\/kg\/day/, /hospital/i],
  },
  {
    rule: 'glucocorticoid/ici-moderate',
    input: { ...ICI, severity: 'moderate', ckTimesUln: 3 },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    citations: ['asco-2021'],
    why: [/checkpoint/i, /moderate/i, /CK 3/],
    says: [/0.5–1 mg\/kg\/day/, /3 times the upper limit/i],
  },
  {
    rule: 'glucocorticoid/ici-moderate',
    input: { ...ICI, severity: 'moderate' },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    citations: ['asco-2021'],
    why: [/checkpoint/i, /CK not given/i],
    says: [/0.5–1 mg\/kg\/day/, /only when CK is 3 × ULN or more/],
  },
  {
    rule: 'glucocorticoid/ici-ck-below-3',
    input: { ...ICI, severity: 'moderate', ckTimesUln: 2.5 },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    citations: ['asco-2021'],
    why: [/CK 2.5/],
    says: [/No glucocorticoid/i, /recheck CK/i],
  },
  {
    rule: 'glucocorticoid/ici-severe',
    input: { ...ICI, severity: 'severe' },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['asco-2021'],
    why: [/checkpoint/i, /severe/i],
    says: [/1 mg\/kg\/day/, /1–2 mg\/kg\/day/, /bolus/i],
  },
  {
    rule: 'glucocorticoid/ici-severe',
    input: { ...ICI, redFlags: ['myocarditis'] },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['asco-2021'],
    why: [/treated as severe/i],
    says: [/1–2 mg\/kg\/day within 24 hours/, /1 g\/day/, /shows 1 mg\/kg\/day/],
  },
  {
    rule: 'glucocorticoid/ici-severe',
    input: { ...ICI, severity: 'moderate', phase: 'relapse', redFlags: ['dyspnoea'] },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['asco-2021'],
    why: [/new episode/i],
  },
  ...(['relapse', 'inadequate-response'] as const).map(
    (phase): Row => ({
      rule: 'glucocorticoid/refractory',
      input: { phase, ...QUIET },
      id: 'glucocorticoid',
      priority: 'first-line',
      indicator: 'warning',
      citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016'],
      why: [new RegExp(phase === 'relapse' ? 'relapse' : 'inadequate', 'i')],
      says: [/Increase/i, /specialist decision/i, /for reference/i, /combination/i],
    }),
  ),
  {
    rule: 'glucocorticoid/refractory',
    input: { phase: 'relapse', redFlags: ['bulbar'], ...QUIET },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016', 'asco-2021'],
    why: [/relapse/i],
    says: [/nothing by mouth/i],
  },
  // methylprednisolone-pulse (2.0): immediate / warning, any phase.
  ...([{ severity: 'severe', phase: 'relapse' }, { severity: 'life-threatening' }, { redFlags: ['dyspnoea'] }] as const).map(
    (input): Row => ({
      rule: 'methylprednisolone-pulse',
      input: { ...input },
      id: 'methylprednisolone-pulse',
      priority: 'immediate',
      indicator: 'warning',
      citations: ['etg'],
      why: [/severe|life-threatening/i],
      says: [/500–1,000 mg/, /3 days/, /IVIG may be given before the pulse/i],
    }),
  ),
  {
    rule: 'methylprednisolone-pulse',
    input: { ...ICI, severity: 'severe' },
    id: 'methylprednisolone-pulse',
    priority: 'immediate',
    indicator: 'warning',
    citations: ['etg', 'asco-2021'],
    why: [/severe/i],
    says: [/1–2 mg\/kg\/day/],
  },
  // steroid-sparing-agent
  {
    rule: 'steroid-sparing-agent/combination',
    input: { phase: 'new' },
    id: 'steroid-sparing-agent',
    priority: 'first-line',
    indicator: 'info',
    citations: ['src', 'bsr-2022', 'kassardjian-2015'],
    why: [/new/i],
    says: [/methotrexate 15–25 mg once weekly/i, /azathioprine 2–3 mg\/kg\/day/i, /mycophenolate mofetil 1,000–1,500 mg twice daily/i],
  },
  ...(['relapse', 'inadequate-response'] as const).map(
    (phase): Row => ({
      rule: 'steroid-sparing-agent/refractory',
      input: { phase },
      id: 'steroid-sparing-agent',
      priority: 'first-line',
      indicator: 'warning',
      citations: ['src', 'bsr-2022', 'kassardjian-2015'],
      why: [/relapse|inadequate/i],
      says: [/target dose/i, /start one/i, /switch/i],
    }),
  ),
  ...(['moderate', 'severe'] as const).map(
    (severity): Row => ({
      rule: 'steroid-sparing-agent/ici',
      input: { ...ICI, severity, phase: 'relapse' },
      id: 'steroid-sparing-agent',
      priority: 'consider',
      indicator: 'info',
      citations: ['asco-2021'],
      why: [/checkpoint/i],
      says: [/maintenance/i, /4 weeks/, /rituximab/i, /TNF/, /IL-6/],
    }),
  ),
  {
    rule: 'review-treatment',
    input: { phase: 'inadequate-response' },
    id: 'review-treatment',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['cpic-2018', 'mohassel-2018'],
    why: [/inadequate/i],
    says: [/adherence/i, /target dose/i, /2 weeks/, /dystroph/i, /steroid myopathy/i, /limb-girdle/i],
  },
  // ivig (2.0)
  {
    rule: 'ivig/anti-hmgcr',
    input: { antibody: 'anti-hmgcr', phase: 'new' },
    id: 'ivig',
    priority: 'consider',
    indicator: 'info',
    citations: ['src', 'mammen-2015', 'pinal-2018', 'mcgrath-2018', 'octagam-label'],
    why: [/HMGCR/i, /new/i],
    says: [/2 g\/kg/, /respond well/i, /renal function/i, /hydration/i, /thrombosis/i],
  },
  ...([{ severity: 'severe' }, { redFlags: ['rhabdomyolysis'] }, { phase: 'inadequate-response' }, { phase: 'relapse' }] as const).map(
    (input): Row => ({
      rule: 'ivig/escalation',
      input: { ...input },
      id: 'ivig',
      priority: 'add-on',
      indicator: 'warning',
      citations: ['src', 'etg', 'octagam-label'],
      why: [/severe|relapse|inadequate/i],
      says: [/Add IVIG 2 g\/kg/, /renal function/i, /thrombosis/i],
    }),
  ),
  {
    rule: 'ivig/myasthenic',
    input: { redFlags: ['myasthenic'] },
    id: 'ivig',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['src', 'etg', 'asco-2021', 'octagam-label'],
    why: [/myasthenic/i],
    says: [/over 5 days/, /renal function/i],
  },
  // rituximab (2.0): every row names HBsAg and anti-HBc.
  {
    rule: 'rituximab/anti-srp',
    input: { antibody: 'anti-srp', phase: 'new' },
    id: 'rituximab',
    priority: 'consider',
    indicator: 'info',
    citations: ['src', 'pinal-2017', 'valiyil-2010', 'rituximab-label', 'eular-infection-2022'],
    why: [/SRP/i],
    says: [/Early rituximab/i, /HBsAg/, /anti-HBc/, /hepatology/i],
  },
  ...([{ antibody: 'anti-srp', phase: 'inadequate-response' }, { antibody: 'anti-hmgcr', phase: 'relapse' }] as const).map(
    (input): Row => ({
      rule: 'rituximab/refractory',
      input: { ...input },
      id: 'rituximab',
      priority: 'add-on',
      indicator: 'warning',
      citations: ['src', 'valiyil-2010', 'rituximab-label', 'eular-infection-2022'],
      why: [/SRP|HMGCR/i],
      says: [/1,000 mg/, /two weeks apart/i, /HBsAg/, /anti-HBc/],
    }),
  ),
  {
    rule: 'rituximab/ici',
    input: { ...ICI, severity: 'severe', phase: 'inadequate-response' },
    id: 'rituximab',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['asco-2021', 'rituximab-label', 'eular-infection-2022'],
    why: [/checkpoint/i, /inadequate/i],
    says: [/2 weeks/, /HBsAg/, /anti-HBc/],
  },
  ...(['seronegative', 'pending'] as const).map(
    (antibody): Row => ({
      rule: 'expert-referral',
      input: { antibody, phase: 'relapse' },
      id: 'expert-referral',
      priority: 'add-on',
      indicator: 'warning',
      citations: ['src'],
      why: [/seronegative|pending/i, /relapse/i],
      says: [/neuromuscular|myositis centre/i],
    }),
  ),
  {
    rule: 'plasma-exchange-note',
    input: { phase: 'relapse', severity: 'severe' },
    id: 'plasma-exchange-note',
    priority: 'consider',
    indicator: 'info',
    citations: ['miller-1992'],
    why: [/relapse/i, /severe/i],
    says: [/no benefit/i],
  },
  {
    rule: 'plasma-exchange-note',
    input: { phase: 'inadequate-response', redFlags: ['dyspnoea'] },
    id: 'plasma-exchange-note',
    priority: 'consider',
    indicator: 'info',
    citations: ['miller-1992'],
    why: [/inadequate/i, /treated as severe/i],
  },
  // cancer-screening (2.0)
  ...(['seronegative', 'anti-hmgcr'] as const).map(
    (antibody): Row => ({
      rule: 'cancer-screening/enhanced',
      input: { antibody },
      id: 'cancer-screening',
      priority: 'first-line',
      indicator: 'warning',
      citations: ['allenbach-2016', 'imacs-2023', 'src'],
      why: [/seronegative|HMGCR/i],
      says: [/IMACS/, /protein electrophoresis/i, /CT of the neck, chest, abdomen and pelvis/i],
    }),
  ),
  {
    rule: 'cancer-screening/pending',
    input: { antibody: 'pending' },
    id: 'cancer-screening',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['imacs-2023', 'allenbach-2016'],
    why: [/pending/i],
    says: [/basic panel now/i, /enhanced panel/i, /when the result is back/i],
    saysNot: [/not raised/i],
  },
  {
    rule: 'cancer-screening/age-appropriate',
    input: { antibody: 'anti-srp' },
    id: 'cancer-screening',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['allenbach-2016', 'imacs-2023'],
    why: [/SRP/i],
    says: [/not raised/i],
  },
  // pre-treatment-checks (2.0): every phase, when a glucocorticoid is recommended or another agent is shown.
  ...([{ phase: 'new' }, { phase: 'relapse' }, { ...ICI, severity: 'severe', phase: 'inadequate-response' }, { ...ICI, severity: 'moderate' }] as const).map(
    (input): Row => ({
      rule: 'pre-treatment-checks',
      input: { ...input },
      id: 'pre-treatment-checks',
      priority: 'first-line',
      indicator: 'info',
      citations: ['eular-infection-2022', 'cpic-2018', 'mmf-label', 'rituximab-label', 'octagam-label'],
      why: [/./],
      says: [/HBsAg/, /anti-HBc/, /hepatitis C/i, /tuberculosis/i, /TPMT and NUDT15/, /pregnancy/i, /renal function before IVIG/i],
    }),
  ),
  ...([{ phase: 'new' }, { phase: 'inadequate-response' }, { ...ICI, severity: 'moderate', ckTimesUln: 3 }] as const).map(
    (input): Row => ({
      rule: 'supportive-care',
      input: { ...input },
      id: 'supportive-care',
      priority: 'ongoing',
      indicator: 'info',
      citations: ['eular-infection-2022', 'medsafe-2022', 'acr-giop-2022', 'acr-vaccine-2022'],
      why: [/glucocorticoid/i],
      says: [/Pneumocystis/, /15–30 mg\/day/, /2–4 weeks/, /co-trimoxazole/i, /fracture/i, /2.5 mg\/day/, /calcium and vitamin D/i, /no live vaccines/i, /influenza/i, /6 months after rituximab/i],
    }),
  ),
  {
    rule: 'monitoring',
    input: {},
    id: 'monitoring',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src', 'bsr-dmard-2017'],
    why: [/every patient/i],
    says: [/MMT-8/, /creatine kinase/i, /every 2 weeks/, /6 weeks/, /monthly for 3 months/, /12 weeks/],
  },
  ...(['new', 'inadequate-response'] as const).map(
    (phase): Row => ({
      rule: 'taper-caution',
      input: { phase },
      id: 'taper-caution',
      priority: 'ongoing',
      indicator: 'info',
      citations: ['bsr-2022', 'etg'],
      why: [/./],
      says: [/6 weeks/, /response/i],
    }),
  ),
  ...([{ phase: 'relapse' }, { ...ICI, phase: 'relapse' }] as const).map(
    (input): Row => ({
      rule: 'taper-caution/relapse',
      input: { ...input },
      id: 'taper-caution',
      priority: 'add-on',
      indicator: 'warning',
      citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016'],
      why: [/relapse/i],
      says: [/65%/, /more slowly/i],
    }),
  ),
  {
    rule: 'physical-therapy',
    input: {},
    id: 'physical-therapy',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src', 'bsr-2022'],
    why: [/./],
    says: [/contractures/i, /exercise/i],
  },
  {
    rule: 'multidisciplinary-team',
    input: {},
    id: 'multidisciplinary-team',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src'],
    why: [/./],
    says: [/speech/i, /occupational/i],
    saysNot: [/oncology/i, /cardiology/i],
  },
  {
    rule: 'multidisciplinary-team',
    input: { ...ICI },
    id: 'multidisciplinary-team',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src'],
    why: [/./],
    says: [/oncology/i, /cardiology/i],
  },
  {
    rule: 'multidisciplinary-team',
    input: { redFlags: ['myocarditis'] },
    id: 'multidisciplinary-team',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src'],
    why: [/./],
    says: [/cardiology/i],
    saysNot: [/oncology/i],
  },
];

describe('pathway: every row of content-spec §3', () => {
  for (const row of ROWS) {
    it(`[rule:${row.rule}] ${JSON.stringify(row.input)} → ${row.id} ${row.priority}/${row.indicator}`, () => {
      const result = evaluatePathway(row.input);
      const s = step(result, row.id as never);
      expect(s.priority).to.equal(row.priority);
      expect(s.indicator).to.equal(row.indicator);
      if (row.mandatory) expect(s.mandatory).to.equal(true);
      else expect(s.mandatory).to.not.equal(true);
      expect(s.citations).to.deep.equal(row.citations);
      for (const c of s.citations) expect(SOURCES).to.have.property(c);
      expect(s.title).to.be.a('string').and.not.empty;
      expect(s.text).to.be.a('string').and.not.empty;
      expect(s.why).to.be.an('array').and.not.empty;
      for (const re of row.why) {
        expect(s.why.some((w) => re.test(w)), `why ${JSON.stringify(s.why)} names ${re}`).to.equal(true);
      }
      for (const re of row.says ?? []) expect(s.text, `${row.id} text`).to.match(re);
      for (const re of row.saysNot ?? []) expect(s.text, `${row.id} text`).to.not.match(re);
      // One step per id.
      expect(okPathway(result).steps.filter((x) => x.id === row.id)).to.have.length(1);
    });
  }
});

describe('pathway: rows that fire together', () => {
  it('[rule:ivig/escalation] [rule:ivig/anti-hmgcr] anti-HMGCR, new and severe: one ivig step, add-on/warning, both reasons, texts in table order', () => {
    const result = evaluatePathway({ antibody: 'anti-hmgcr', phase: 'new', severity: 'severe' });
    const ivig = okPathway(result).steps.filter((s) => s.id === 'ivig');
    expect(ivig).to.have.length(1);
    expect(ivig[0].priority).to.equal('add-on');
    expect(ivig[0].indicator).to.equal('warning');
    expect(sorted(ivig[0].citations)).to.deep.equal(
      sorted(['src', 'etg', 'mammen-2015', 'pinal-2018', 'mcgrath-2018', 'octagam-label']),
    );
    expect(ivig[0].why.some((w) => /severe/i.test(w))).to.equal(true);
    expect(ivig[0].why.some((w) => /HMGCR/i.test(w))).to.equal(true);
    expect(ivig[0].text.indexOf('respond well')).to.be.lessThan(ivig[0].text.indexOf('Add IVIG'));
    // The checks are written once.
    expect(ivig[0].text.match(/renal function/g)).to.have.length(1);
  });

  it('[rule:ivig/myasthenic] [rule:ivig/anti-hmgcr] anti-HMGCR with myasthenic features: one ivig step, immediate/critical', () => {
    const s = step(evaluatePathway({ antibody: 'anti-hmgcr', redFlags: ['myasthenic'] }), 'ivig');
    expect(s.priority).to.equal('immediate');
    expect(s.indicator).to.equal('critical');
    expect(s.why.some((w) => /myasthenic/i.test(w))).to.equal(true);
    expect(s.why.some((w) => /HMGCR/i.test(w))).to.equal(true);
  });

  it('[rule:rituximab/refractory] anti-HMGCR relapse: rituximab add-on and ivig add-on, no consider row', () => {
    const r = evaluatePathway({ antibody: 'anti-hmgcr', phase: 'relapse' });
    expect(step(r, 'rituximab').priority).to.equal('add-on');
    expect(step(r, 'ivig').priority).to.equal('add-on');
    expect(step(r, 'ivig').citations).to.deep.equal(['src', 'etg', 'octagam-label']);
  });

  it('[rule:methylprednisolone-pulse] with the myasthenic flag the pulse carries a critical notice', () => {
    const s = step(evaluatePathway({ redFlags: ['myasthenic'] }), 'methylprednisolone-pulse');
    expect(s.indicator).to.equal('warning');
    const notice = (s.notices ?? []).find((n) => n.level === 'critical');
    expect(notice?.message).to.match(/worsen myasthenia/i).and.match(/respiratory monitoring/i).and.match(/grade 3–4/);
    expect(s.citations).to.include('asco-2021');
    const plain = step(evaluatePathway({ severity: 'severe' }), 'methylprednisolone-pulse');
    expect(plain.notices ?? []).to.deep.equal([]);
  });

  it('[rule:ici-rescue] life-threatening without ICI: no rescue, no withdrawal, no cardiac step', () => {
    const ids = okPathway(evaluatePathway({ severity: 'life-threatening' })).steps.map((s) => s.id);
    expect(ids).to.not.include('ici-rescue');
    expect(ids).to.not.include('withdraw-checkpoint-inhibitor');
    expect(ids).to.not.include('cardiac-assessment');
    expect(ids).to.include('urgent-assessment');
    expect(ids).to.include('methylprednisolone-pulse');
  });

  it('[rule:ici-rescue] a red flag raises a given mild to severe, never to life-threatening: no rescue step', () => {
    const r = okPathway(evaluatePathway({ checkpointInhibitor: true, severity: 'mild', redFlags: ['dyspnoea'] }));
    expect(r.effectiveSeverity).to.equal('severe');
    expect(r.steps.map((s) => s.id)).to.not.include('ici-rescue');
  });

  it('[rule:plasma-exchange-note] never with a checkpoint inhibitor, nor with myasthenic features', () => {
    const ids = okPathway(
      evaluatePathway({ checkpointInhibitor: true, phase: 'relapse', severity: 'life-threatening' }),
    ).steps.map((s) => s.id);
    expect(ids).to.not.include('plasma-exchange-note');
    const myasthenic = okPathway(evaluatePathway({ phase: 'relapse', redFlags: ['myasthenic'] })).steps.map((s) => s.id);
    expect(myasthenic).to.not.include('plasma-exchange-note');
  });

  it('[rule:pre-treatment-checks] [rule:supportive-care] ICI grade 2 with CK below 3 × ULN: no glucocorticoid recommended, so no supportive care; checks stay for the steroid-sparing step', () => {
    const ids = okPathway(evaluatePathway({ checkpointInhibitor: true, severity: 'moderate', ckTimesUln: 2 })).steps.map((s) => s.id);
    expect(ids).to.include('glucocorticoid');
    expect(ids).to.not.include('supportive-care');
    expect(ids).to.include('pre-treatment-checks');
  });

  it('[rule:pre-treatment-checks] [rule:supportive-care] ICI grade 1: no glucocorticoid, no agents: no checks, no supportive care', () => {
    const ids = okPathway(evaluatePathway({ checkpointInhibitor: true, severity: 'mild' })).steps.map((s) => s.id);
    for (const id of ['glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks', 'supportive-care', 'ivig', 'rituximab', 'cancer-screening']) {
      expect(ids).to.not.include(id);
    }
  });

  it('[rule:monitoring] [rule:physical-therapy] [rule:multidisciplinary-team] defaults fill in and give the default pathway', () => {
    const r = okPathway(evaluatePathway({}));
    expect(r.input).to.deep.equal({
      antibody: 'pending',
      statin: 'unknown',
      checkpointInhibitor: false,
      severity: 'moderate',
      redFlags: [],
      phase: 'new',
    });
    expect(r.effectiveSeverity).to.equal('moderate');
    expect(r.warnings).to.deep.equal([]);
    expect(sorted(r.steps.map((s) => s.id))).to.deep.equal(
      sorted([
        'stop-statin',
        'glucocorticoid',
        'steroid-sparing-agent',
        'cancer-screening',
        'pre-treatment-checks',
        'supportive-care',
        'monitoring',
        'taper-caution',
        'physical-therapy',
        'multidisciplinary-team',
      ]),
    );
    expect(r.contentVersion).to.equal('2.0.0');
  });
});

describe('pathway: effective severity (content-spec §2)', () => {
  const cases: [Record<string, unknown>, string, boolean][] = [
    [{ severity: 'mild' }, 'mild', false],
    [{ severity: 'mild', redFlags: ['rhabdomyolysis'] }, 'severe', true],
    [{ severity: 'moderate', redFlags: ['dyspnoea', 'bulbar'] }, 'severe', true],
    [{ severity: 'severe', redFlags: ['bulbar'] }, 'severe', false],
    [{ severity: 'life-threatening', redFlags: ['myocarditis'] }, 'life-threatening', false],
    [{ severity: 'life-threatening' }, 'life-threatening', false],
  ];
  for (const [input, expected, raised] of cases) {
    it(`${JSON.stringify(input)} → ${expected}${raised ? ', with a warning naming the flag' : ''}`, () => {
      const r = okPathway(evaluatePathway(input));
      expect(r.effectiveSeverity).to.equal(expected);
      expect(r.input.severity).to.equal(input.severity);
      const warning = r.warnings.find((w) => w.code === 'severity-raised');
      expect(Boolean(warning)).to.equal(raised);
      if (warning) {
        expect(warning.level).to.equal('warning');
        expect(warning.message).to.match(/Severity treated as severe because of the red flag/);
        for (const flag of input.redFlags as string[]) expect(warning.message).to.include(flag.split('-')[0]);
        expect(warning.message).to.include(input.severity as string);
      }
    });
  }
});

describe('pathway: issue "done when" cases', () => {
  it('{checkpointInhibitor: true, severity: mild} has ici-grade-1 and no glucocorticoid', () => {
    const ids = okPathway(evaluatePathway({ checkpointInhibitor: true, severity: 'mild' })).steps.map((s) => s.id);
    expect(ids).to.include('ici-grade-1');
    expect(ids).to.not.include('glucocorticoid');
  });
  it('{redFlags: [bulbar]} has methylprednisolone-pulse and ivig, effective severity severe', () => {
    const r = okPathway(evaluatePathway({ redFlags: ['bulbar'] }));
    expect(r.effectiveSeverity).to.equal('severe');
    expect(r.steps.map((s) => s.id)).to.include.members(['methylprednisolone-pulse', 'ivig']);
  });
  it('{phase: relapse, antibody: anti-srp}: glucocorticoid, steroid-sparing-agent, pre-treatment-checks, supportive-care, rituximab naming HBsAg and anti-HBc', () => {
    const r = okPathway(evaluatePathway({ phase: 'relapse', antibody: 'anti-srp' }));
    expect(r.steps.map((s) => s.id)).to.include.members(['glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks', 'supportive-care', 'rituximab']);
    expect(step(r, 'rituximab').text).to.include('HBsAg').and.include('anti-HBc');
  });
});
