/**
 * Every row of content-spec §3, as a table written from the spec text: the input that
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
};

const ICI = { checkpointInhibitor: true };

const ROWS: Row[] = [
  {
    rule: 'urgent-assessment',
    input: { redFlags: ['dyspnoea'] },
    id: 'urgent-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021'],
    why: [/dyspnoea/i],
    says: [/spirometry/i, /supine/i, /swallow/i, /admission/i],
  },
  {
    rule: 'urgent-assessment',
    input: { redFlags: ['rhabdomyolysis'] },
    id: 'urgent-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021'],
    why: [/rhabdomyolysis/i],
  },
  {
    rule: 'urgent-assessment',
    input: { severity: 'life-threatening' },
    id: 'urgent-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021'],
    why: [/life-threatening/i],
  },
  {
    rule: 'stop-statin',
    input: { statin: 'current' },
    id: 'stop-statin',
    priority: 'immediate',
    indicator: 'warning',
    citations: ['src', 'wu-2014', 'mammen-2016'],
    why: [/statin/i],
    says: [/stop/i, /immunotherapy/i],
  },
  {
    rule: 'avoid-statin-rechallenge',
    input: { statin: 'past' },
    id: 'avoid-statin-rechallenge',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['mammen-2016'],
    why: [/statin/i],
    says: [/PCSK9/],
  },
  {
    rule: 'avoid-statin-rechallenge',
    input: { statin: 'never', antibody: 'anti-hmgcr' },
    id: 'avoid-statin-rechallenge',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['mammen-2016'],
    why: [/HMGCR/i],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    input: { ...ICI, severity: 'mild', redFlags: ['bulbar'] },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'immediate',
    indicator: 'critical',
    mandatory: true,
    citations: ['src', 'eular-irae-2021', 'asco-2021'],
    why: [/checkpoint/i, /bulbar/i],
    says: [/mandatory/i],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    input: { ...ICI, severity: 'severe' },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'immediate',
    indicator: 'critical',
    mandatory: true,
    citations: ['src', 'eular-irae-2021', 'asco-2021'],
    why: [/checkpoint/i, /severe/i],
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
  },
  ...(['dyspnoea', 'severe-weakness', 'myocarditis'] as const).map(
    (flag): Row => ({
      rule: 'withdraw-checkpoint-inhibitor/mandatory',
      input: { ...ICI, severity: 'moderate', redFlags: [flag] },
      id: 'withdraw-checkpoint-inhibitor',
      priority: 'immediate',
      indicator: 'critical',
      mandatory: true,
      citations: ['src', 'eular-irae-2021', 'asco-2021'],
      why: [/checkpoint/i, new RegExp(flag.replace('-', '.'), 'i')],
    }),
  ),
  {
    rule: 'withdraw-checkpoint-inhibitor/hold',
    input: { ...ICI, severity: 'moderate' },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['src', 'asco-2021'],
    why: [/checkpoint/i, /moderate/i],
    says: [/oncology/i, /85%/],
  },
  {
    // Moderate with only the non-mandatory flag is still the "moderate, no mandatory flag" row.
    rule: 'withdraw-checkpoint-inhibitor/hold',
    input: { ...ICI, severity: 'moderate', redFlags: ['rhabdomyolysis'] },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['src', 'asco-2021'],
    why: [/checkpoint/i, /moderate/i],
  },
  {
    // Not covered by the spec's rows (mild, but a flag): the more cautious "hold" row is used.
    rule: 'withdraw-checkpoint-inhibitor/hold',
    input: { ...ICI, severity: 'mild', redFlags: ['rhabdomyolysis'] },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['src', 'asco-2021'],
    why: [/checkpoint/i, /rhabdomyolysis/i],
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/discuss',
    input: { ...ICI, severity: 'mild' },
    id: 'withdraw-checkpoint-inhibitor',
    priority: 'consider',
    indicator: 'info',
    citations: ['src', 'esmo-open-2021'],
    why: [/checkpoint/i, /mild/i],
    says: [/oncology/i, /monitoring/i],
  },
  {
    rule: 'cardiac-assessment/myocarditis',
    input: { ...ICI, redFlags: ['myocarditis'] },
    id: 'cardiac-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021', 'pathak-2021'],
    why: [/myocarditis/i],
    says: [/troponin/i, /ECG/, /triple M/i],
  },
  {
    rule: 'cardiac-assessment/myocarditis',
    input: { redFlags: ['myocarditis'] },
    id: 'cardiac-assessment',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['asco-2021', 'pathak-2021'],
    why: [/myocarditis/i],
  },
  {
    rule: 'cardiac-assessment/screen',
    input: { ...ICI },
    id: 'cardiac-assessment',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['asco-2021', 'pathak-2021'],
    why: [/checkpoint/i],
    says: [/troponin/i],
  },
  {
    rule: 'ici-rescue',
    input: { ...ICI, severity: 'life-threatening' },
    id: 'ici-rescue',
    priority: 'immediate',
    indicator: 'critical',
    citations: ['src', 'asco-2021'],
    why: [/checkpoint/i, /life-threatening/i],
    says: [/IVIG/, /plasma exchange/i],
  },
  {
    rule: 'glucocorticoid',
    input: { phase: 'new' },
    id: 'glucocorticoid',
    priority: 'first-line',
    indicator: 'info',
    citations: ['src', 'etg', 'bsr-2022', 'pinal-2018'],
    why: [/new/i],
    says: [/1 mg\/kg\/day/, /prednisolone/i],
  },
  {
    rule: 'methylprednisolone-pulse',
    input: { severity: 'severe', phase: 'relapse' },
    id: 'methylprednisolone-pulse',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['etg'],
    why: [/severe/i],
    says: [/500–1,000 mg/, /3 days/],
  },
  {
    rule: 'methylprednisolone-pulse',
    input: { severity: 'life-threatening' },
    id: 'methylprednisolone-pulse',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['etg'],
    why: [/life-threatening/i],
  },
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
  {
    rule: 'steroid-sparing-agent/ici',
    input: { ...ICI, phase: 'new' },
    id: 'steroid-sparing-agent',
    priority: 'consider',
    indicator: 'info',
    citations: ['asco-2021'],
    why: [/checkpoint/i],
    says: [/4 weeks/],
  },
  {
    rule: 'ivig/anti-hmgcr',
    input: { antibody: 'anti-hmgcr', phase: 'new' },
    id: 'ivig',
    priority: 'consider',
    indicator: 'info',
    citations: ['src', 'mammen-2015', 'pinal-2018', 'mcgrath-2018'],
    why: [/HMGCR/i],
    says: [/2 g\/kg/, /4 weeks/],
  },
  {
    rule: 'ivig/escalation',
    input: { severity: 'severe' },
    id: 'ivig',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src', 'etg'],
    why: [/severe/i],
    says: [/2 g\/kg/, /2–5 days/],
  },
  {
    rule: 'ivig/escalation',
    input: { redFlags: ['bulbar'] },
    id: 'ivig',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src', 'etg'],
    why: [/bulbar/i],
  },
  {
    rule: 'ivig/escalation',
    input: { phase: 'inadequate-response' },
    id: 'ivig',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src', 'etg'],
    why: [/inadequate.response/i],
  },
  {
    rule: 'ivig/escalation',
    input: { phase: 'relapse' },
    id: 'ivig',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src', 'etg'],
    why: [/relapse/i],
  },
  {
    rule: 'rituximab/anti-srp',
    input: { antibody: 'anti-srp', phase: 'new' },
    id: 'rituximab',
    priority: 'consider',
    indicator: 'info',
    citations: ['src', 'pinal-2017', 'valiyil-2010'],
    why: [/SRP/i],
  },
  {
    rule: 'rituximab/refractory',
    input: { antibody: 'anti-srp', phase: 'inadequate-response' },
    id: 'rituximab',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src', 'valiyil-2010'],
    why: [/SRP/i, /inadequate.response/i],
    says: [/1,000 mg/, /two weeks/i],
  },
  {
    rule: 'rituximab/refractory',
    input: { antibody: 'anti-hmgcr', phase: 'relapse' },
    id: 'rituximab',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src', 'valiyil-2010'],
    why: [/HMGCR/i, /relapse/i],
  },
  {
    rule: 'expert-referral',
    input: { antibody: 'seronegative', phase: 'relapse' },
    id: 'expert-referral',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src'],
    why: [/seronegative/i, /relapse/i],
    says: [/myositis centre/i],
  },
  {
    rule: 'expert-referral',
    input: { antibody: 'pending', phase: 'inadequate-response' },
    id: 'expert-referral',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src'],
    why: [/pending/i, /inadequate.response/i],
  },
  {
    rule: 'plasma-exchange-note',
    input: { phase: 'inadequate-response', severity: 'severe' },
    id: 'plasma-exchange-note',
    priority: 'consider',
    indicator: 'info',
    citations: ['miller-1992'],
    why: [/inadequate.response/i, /severe/i],
    says: [/not routine|no benefit/i],
  },
  {
    rule: 'plasma-exchange-note',
    input: { phase: 'relapse', severity: 'life-threatening' },
    id: 'plasma-exchange-note',
    priority: 'consider',
    indicator: 'info',
    citations: ['miller-1992'],
    why: [/relapse/i, /life-threatening/i],
  },
  {
    rule: 'cancer-screening/enhanced',
    input: { antibody: 'seronegative' },
    id: 'cancer-screening',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['allenbach-2016', 'imacs-2023', 'src'],
    why: [/seronegative/i],
    says: [/IMACS/, /CT/],
  },
  {
    rule: 'cancer-screening/enhanced',
    input: { antibody: 'anti-hmgcr' },
    id: 'cancer-screening',
    priority: 'first-line',
    indicator: 'warning',
    citations: ['allenbach-2016', 'imacs-2023', 'src'],
    why: [/HMGCR/i],
  },
  {
    rule: 'cancer-screening/age-appropriate',
    input: { antibody: 'anti-srp' },
    id: 'cancer-screening',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['allenbach-2016', 'imacs-2023'],
    why: [/SRP/i],
  },
  {
    rule: 'cancer-screening/age-appropriate',
    input: { antibody: 'pending' },
    id: 'cancer-screening',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['allenbach-2016', 'imacs-2023'],
    why: [/pending/i],
  },
  {
    rule: 'pre-treatment-checks',
    input: { phase: 'new' },
    id: 'pre-treatment-checks',
    priority: 'first-line',
    indicator: 'info',
    citations: ['eular-infection-2022', 'cpic-2018', 'mmf-label', 'rituximab-label', 'octagam-label'],
    why: [/new/i],
    says: [/hepatitis B/i, /tuberculosis/i, /TPMT/, /NUDT15/, /pregnancy/i, /renal/i],
  },
  {
    rule: 'supportive-care',
    input: { phase: 'new' },
    id: 'supportive-care',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['eular-infection-2022', 'acr-giop-2022', 'acr-vaccine-2022'],
    why: [/new/i],
    says: [/Pneumocystis/, /15–30 mg\/day/, /6 months after rituximab/],
  },
  {
    rule: 'monitoring',
    input: { phase: 'relapse', antibody: 'anti-srp' },
    id: 'monitoring',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src', 'bsr-dmard-2017'],
    why: [/./],
    says: [/creatine kinase/i, /every 2 weeks/],
  },
  {
    rule: 'taper-caution',
    input: { phase: 'new' },
    id: 'taper-caution',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016', 'bsr-2022', 'etg'],
    why: [/./],
    says: [/65%/, /6 weeks/],
  },
  {
    rule: 'taper-caution',
    input: { phase: 'inadequate-response' },
    id: 'taper-caution',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016', 'bsr-2022', 'etg'],
    why: [/./],
  },
  {
    rule: 'taper-caution/relapse',
    input: { phase: 'relapse' },
    id: 'taper-caution',
    priority: 'add-on',
    indicator: 'warning',
    citations: ['src', 'wu-2014', 'kassardjian-2015', 'ashton-2016', 'bsr-2022', 'etg'],
    why: [/relapse/i],
  },
  {
    rule: 'physical-therapy',
    input: { ...ICI, severity: 'severe', phase: 'relapse' },
    id: 'physical-therapy',
    priority: 'ongoing',
    indicator: 'info',
    citations: ['src', 'bsr-2022'],
    why: [/./],
    says: [/contractures/i],
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
      // One step per id.
      expect(okPathway(result).steps.filter((x) => x.id === row.id)).to.have.length(1);
    });
  }
});

describe('pathway: rows that fire together', () => {
  it('[rule:ivig/escalation] [rule:ivig/anti-hmgcr] anti-HMGCR, new and severe: one ivig step, add-on/warning, both reasons', () => {
    const result = evaluatePathway({ antibody: 'anti-hmgcr', phase: 'new', severity: 'severe' });
    const ivig = okPathway(result).steps.filter((s) => s.id === 'ivig');
    expect(ivig).to.have.length(1);
    expect(ivig[0].priority).to.equal('add-on');
    expect(ivig[0].indicator).to.equal('warning');
    expect(sorted(ivig[0].citations)).to.deep.equal(
      sorted(['src', 'etg', 'mammen-2015', 'pinal-2018', 'mcgrath-2018']),
    );
    expect(ivig[0].why.some((w) => /severe/i.test(w))).to.equal(true);
    expect(ivig[0].why.some((w) => /HMGCR/i.test(w))).to.equal(true);
    expect(ivig[0].text).to.match(/respond well/i);
  });

  it('[rule:ivig/escalation] [rule:ivig/anti-hmgcr] anti-HMGCR, new and bulbar: one ivig step with both reasons', () => {
    const s = step(evaluatePathway({ antibody: 'anti-hmgcr', redFlags: ['bulbar'] }), 'ivig');
    expect(s.priority).to.equal('add-on');
    expect(s.why.some((w) => /bulbar/i.test(w))).to.equal(true);
    expect(s.why.some((w) => /HMGCR/i.test(w))).to.equal(true);
  });

  it('[rule:rituximab/refractory] anti-HMGCR relapse: rituximab add-on and ivig add-on, no consider row', () => {
    const r = evaluatePathway({ antibody: 'anti-hmgcr', phase: 'relapse' });
    expect(step(r, 'rituximab').priority).to.equal('add-on');
    expect(step(r, 'ivig').priority).to.equal('add-on');
    expect(step(r, 'ivig').citations).to.deep.equal(['src', 'etg']);
  });

  it('[rule:withdraw-checkpoint-inhibitor/mandatory] severe ICI with rhabdomyolysis only: still mandatory', () => {
    const s = step(
      evaluatePathway({ checkpointInhibitor: true, severity: 'severe', redFlags: ['rhabdomyolysis'] }),
      'withdraw-checkpoint-inhibitor',
    );
    expect(s.mandatory).to.equal(true);
    expect(s.priority).to.equal('immediate');
  });

  it('[rule:cardiac-assessment/myocarditis] ICI with myocarditis: one cardiac step, immediate/critical', () => {
    const r = okPathway(evaluatePathway({ checkpointInhibitor: true, redFlags: ['myocarditis'] }));
    const cardiac = r.steps.filter((s) => s.id === 'cardiac-assessment');
    expect(cardiac).to.have.length(1);
    expect(cardiac[0].indicator).to.equal('critical');
  });

  it('[rule:ici-rescue] life-threatening without ICI: no rescue, no withdrawal, no cardiac step', () => {
    const ids = okPathway(evaluatePathway({ severity: 'life-threatening' })).steps.map((s) => s.id);
    expect(ids).to.not.include('ici-rescue');
    expect(ids).to.not.include('withdraw-checkpoint-inhibitor');
    expect(ids).to.not.include('cardiac-assessment');
    expect(ids).to.include('urgent-assessment');
    expect(ids).to.include('methylprednisolone-pulse');
  });

  it('[rule:plasma-exchange-note] never with a checkpoint inhibitor', () => {
    const ids = okPathway(
      evaluatePathway({ checkpointInhibitor: true, phase: 'relapse', severity: 'life-threatening' }),
    ).steps.map((s) => s.id);
    expect(ids).to.not.include('plasma-exchange-note');
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
    expect(sorted(r.steps.map((s) => s.id))).to.deep.equal(
      sorted([
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
    expect(r.contentVersion).to.match(/^\d+\.\d+\.\d+$/);
  });
});
