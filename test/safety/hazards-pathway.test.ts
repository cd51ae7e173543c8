/**
 * Hazard tests for the treatment pathway (docs/safety.md), over every input combination of
 * content-spec §2 where the hazard is about a combination.
 */
import { expect } from '@open-wc/testing';
import { MANDATORY_RED_FLAGS, PRIORITIES, SOURCES, evaluatePathway, pathwayNote } from '../../src/core/index.js';
import { everyPathwayInput, pathway, stepOf } from './helpers.js';

describe('hazards: checkpoint-inhibitor myositis', () => {
  it('[hazard:H13] [rule:withdraw-checkpoint-inhibitor/mandatory] every checkpoint-inhibitor case with a mandatory red flag or severe disease gets mandatory withdrawal, immediate and critical, at the top', () => {
    let checked = 0;
    for (const input of everyPathwayInput()) {
      if (!input.checkpointInhibitor) continue;
      const mandatoryFlag = input.redFlags.some((f) => (MANDATORY_RED_FLAGS as readonly string[]).includes(f));
      const severe = input.severity === 'severe' || input.severity === 'life-threatening';
      const r = pathway(input);
      const s = stepOf(r, 'withdraw-checkpoint-inhibitor');
      expect(s, JSON.stringify(input)).to.exist;
      if (mandatoryFlag || severe) {
        checked++;
        expect(s!.mandatory, JSON.stringify(input)).to.equal(true);
        expect(s!.priority).to.equal('immediate');
        expect(s!.indicator).to.equal('critical');
        expect(s!.title).to.match(/mandatory/i);
        // Nothing less urgent is listed before it.
        const index = r.steps.indexOf(s!);
        expect(r.steps.slice(0, index).every((x) => x.priority === 'immediate')).to.equal(true);
      } else {
        expect(s!.mandatory, JSON.stringify(input)).to.not.equal(true);
      }
    }
    expect(checked).to.be.greaterThan(1000);
  });

  it('[hazard:H13] [rule:cardiac-assessment/myocarditis] [rule:cardiac-assessment/screen] myocarditis always brings an immediate critical cardiac assessment and urgent review; a checkpoint inhibitor always brings a cardiac assessment', () => {
    for (const input of everyPathwayInput()) {
      const r = pathway(input);
      const cardiac = stepOf(r, 'cardiac-assessment');
      if (input.redFlags.includes('myocarditis')) {
        expect(cardiac, JSON.stringify(input)).to.exist;
        expect(cardiac!.priority).to.equal('immediate');
        expect(cardiac!.indicator).to.equal('critical');
        expect(stepOf(r, 'urgent-assessment')?.indicator).to.equal('critical');
      } else if (input.checkpointInhibitor) {
        expect(cardiac, JSON.stringify(input)).to.exist;
        expect(cardiac!.text).to.match(/troponin/i);
      } else {
        expect(cardiac).to.equal(undefined);
      }
    }
  });

  it('[hazard:H13] [rule:withdraw-checkpoint-inhibitor/hold] [rule:withdraw-checkpoint-inhibitor/continue] without a mandatory reason the withdrawal step is still shown (hold, or continue under monitoring when mild), never silently absent', () => {
    const moderate = stepOf(pathway({ checkpointInhibitor: true, severity: 'moderate' }), 'withdraw-checkpoint-inhibitor')!;
    expect([moderate.priority, moderate.indicator, moderate.mandatory === true]).to.deep.equal(['first-line', 'warning', false]);
    const mild = stepOf(pathway({ checkpointInhibitor: true, severity: 'mild' }), 'withdraw-checkpoint-inhibitor')!;
    expect([mild.priority, mild.indicator, mild.mandatory === true]).to.deep.equal(['consider', 'info', false]);
    expect(stepOf(pathway({ checkpointInhibitor: false }), 'withdraw-checkpoint-inhibitor')).to.equal(undefined);
  });

  it('[hazard:H13] the note for the record marks the withdrawal MANDATORY and critical', () => {
    const r = evaluatePathway({ checkpointInhibitor: true, redFlags: ['myocarditis'] });
    const note = pathwayNote(r, undefined, '2026-11-25');
    expect(note).to.match(/\[CRITICAL\] Withdraw the checkpoint inhibitor[^\n]*\(MANDATORY\)/);
  });

  it('[hazard:H10] [rule:ici-rescue] life-threatening checkpoint-inhibitor myositis: rescue treatment warns not to run plasma exchange straight after IVIG', () => {
    const s = stepOf(pathway({ checkpointInhibitor: true, severity: 'life-threatening' }), 'ici-rescue')!;
    expect(s.indicator).to.equal('critical');
    expect(s.text).to.match(/do not run plasma exchange straight after IVIG/i);
  });
});

describe('hazards: checks before treatment', () => {
  const checks = () => stepOf(pathway({ phase: 'new' }), 'pre-treatment-checks')!;

  it('[hazard:H06] [rule:pre-treatment-checks] new treatment: test TPMT and NUDT15 before azathioprine', () => {
    expect(checks().text).to.match(/TPMT and NUDT15 before azathioprine/);
    expect(checks().citations).to.include('cpic-2018');
  });

  it('[hazard:H09] [rule:pre-treatment-checks] new treatment: check renal function before IVIG', () => {
    expect(checks().text).to.match(/renal function before IVIG/i);
    expect(checks().citations).to.include('octagam-label');
  });

  it('[hazard:H11] [rule:pre-treatment-checks] new treatment: screen for hepatitis B before rituximab', () => {
    expect(checks().text).to.match(/hepatitis B before rituximab/i);
    expect(checks().citations).to.include('rituximab-label');
  });

  it('[hazard:H12] [rule:pre-treatment-checks] new treatment: pregnancy test and contraception before methotrexate or mycophenolate', () => {
    expect(checks().text).to.match(/pregnancy test and arrange contraception before methotrexate or mycophenolate/i);
    expect(checks().citations).to.include('mmf-label');
  });

  it('[hazard:H05] [rule:steroid-sparing-agent/combination] the pathway gives methotrexate once weekly, never daily', () => {
    for (const input of everyPathwayInput()) {
      for (const s of pathway(input).steps) {
        // No clause about methotrexate says daily; a methotrexate dose is always once weekly.
        expect(s.text, s.id).to.not.match(/methotrexate[^.;,]*daily/i);
        if (/methotrexate \d/i.test(s.text)) expect(s.text, s.id).to.match(/methotrexate 15–25 mg once weekly/i);
      }
    }
  });
});

describe('hazards: input the pathway must not misread', () => {
  it('[hazard:H19] a misspelt or unknown field is an error naming it, never silently ignored', () => {
    for (const input of [{ redflags: ['myocarditis'] }, { red_flags: 'bulbar' }, { checkpoint: true }, { weight: 70 }]) {
      const r = evaluatePathway(input);
      expect(r.ok, JSON.stringify(input)).to.equal(false);
      expect(r).to.not.have.property('steps');
      if (!r.ok) expect(r.errors.map((e) => e.field)).to.include(Object.keys(input)[0]);
    }
  });

  it('[hazard:H19] an unknown value is an error naming the field and its allowed values', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ antibody: 'anti-mda5' }, 'antibody', 'anti-hmgcr'],
      [{ redFlags: ['fever'] }, 'redFlags', 'myocarditis'],
      [{ severity: 'grade 3' }, 'severity', 'life-threatening'],
      [{ phase: 'maintenance' }, 'phase', 'relapse'],
      [{ statin: 'yes' }, 'statin', 'current'],
      [{ checkpointInhibitor: 'yes' }, 'checkpointInhibitor', 'true'],
    ];
    for (const [input, field, named] of cases) {
      const r = evaluatePathway(input);
      expect(r.ok, JSON.stringify(input)).to.equal(false);
      if (!r.ok) {
        const e = r.errors.find((x) => x.field === field);
        expect(e, field).to.exist;
        expect(e!.message).to.include(named);
      }
    }
  });

  it('[hazard:H19] [rule:urgent-assessment] red flags must be a list: a single string is rejected, never half-read', () => {
    for (const redFlags of ['myocarditis, bulbar', 'myocarditis', 'bulbar myocarditis']) {
      const r = evaluatePathway({ redFlags, checkpointInhibitor: true });
      expect(r.ok, JSON.stringify(redFlags)).to.equal(false);
      if (!r.ok) expect(r.errors.map((e) => e.field)).to.include('redFlags');
    }
    const r = pathway({ redFlags: ['myocarditis', 'bulbar'], checkpointInhibitor: true });
    expect(r.input.redFlags).to.have.members(['myocarditis', 'bulbar']);
    expect(stepOf(r, 'urgent-assessment')?.why.join(' ')).to.match(/myocarditis/).and.match(/bulbar/);
  });
});

describe('hazards: basis a clinician can check', () => {
  it('[hazard:H26] every step of every input combination cites sources that exist, says why it appeared, and comes in priority order', () => {
    // Problems are collected and asserted once: 24,576 combinations × every step.
    const problems: string[] = [];
    for (const input of everyPathwayInput()) {
      const r = pathway(input);
      let rank = 0;
      const seen = new Set<string>();
      const where = (s: { id: string }) => `${JSON.stringify(input)} ${s.id}`;
      for (const s of r.steps) {
        if (!s.citations.length || s.citations.some((c) => !(c in SOURCES))) problems.push(`${where(s)}: citations ${s.citations}`);
        if (!s.why.length) problems.push(`${where(s)}: no why`);
        if (!s.title.trim() || !s.text.trim()) problems.push(`${where(s)}: empty title or text`);
        const p = PRIORITIES.indexOf(s.priority);
        if (p < rank) problems.push(`${where(s)}: out of priority order`);
        rank = p;
        if (seen.has(s.id)) problems.push(`${where(s)}: twice`);
        seen.add(s.id);
      }
      if (problems.length > 20) break;
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

});
