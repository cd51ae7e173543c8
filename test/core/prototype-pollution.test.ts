/**
 * Regression: the core read inherited members of a polluted Object.prototype. An optional
 * configuration key the institution did not set (protocolUrl, a vial step, a reviewer) and an
 * input field the caller did not give (weightUnit) came from the host page's Object.prototype:
 * 70 kg was dosed as 70 lb, a javascript: link and a reviewer appeared, IVIG rounded to 50 g vials.
 */
import { expect } from '@open-wc/testing';
import { calculateDoses, DEFAULT_CONFIG, doseNote, evaluatePathway, pathwayNote, prefillFromFhir, resolveConfig, reviewState } from '../../src/core/index.js';

const POLLUTION: Record<string, unknown> = {
  protocolUrl: 'javascript:alert(1)',
  protocolLabel: 'Polluted label',
  reviewedBy: 'Polluted reviewer',
  reviewedOn: '2020-01-01',
  reviewDue: '2020-06-01',
  weightUnit: 'lb',
  vialStepG: 50,
  maxDailyMg: 10,
  ckUlnUL: 1000,
  antibody: 'anti-srp',
  redFlags: ['myocarditis'],
  checkpointInhibitor: true,
  toJSONString: () => '{}',
  weight: 3,
  age: 12,
};

/** Runs `fn` with Object.prototype polluted, and cleans up before anything is asserted. */
function polluted<T>(fn: () => T): T {
  for (const [key, value] of Object.entries(POLLUTION)) {
    Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
  }
  try {
    return fn();
  } finally {
    for (const key of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[key];
  }
}

const own = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

describe('regression: the core read a polluted Object.prototype', () => {
  it('[hazard:H01] [rule:dose/prednisone] an input field not given is never inherited: 70 is 70 kg', () => {
    const { doses, clean } = polluted(() => ({ doses: calculateDoses({ weight: 70 }), clean: calculateDoses({ weight: 70, weightUnit: 'kg' }) }));
    const reference = calculateDoses({ weight: 70 });
    expect(doses.ok && doses.weightKg).to.equal(70);
    expect(JSON.stringify(doses)).to.equal(JSON.stringify(reference));
    expect(JSON.stringify(clean)).to.equal(JSON.stringify(calculateDoses({ weight: 70, weightUnit: 'kg' })));
  });

  it('[hazard:H15] [rule:dose/ivig] an optional setting not given is never inherited: no vial step, the published cap', () => {
    const { empty, valid, defaults } = polluted(() => ({
      empty: resolveConfig({}),
      valid: resolveConfig({ prednisone: { maxDailyMg: 60 } }),
      defaults: { vial: DEFAULT_CONFIG.ivig.vialStepG, url: DEFAULT_CONFIG.protocolUrl },
    }));
    for (const r of [empty, valid]) {
      expect(r.errors).to.deep.equal([]);
      expect(own(r.config, 'protocolUrl')).to.equal(false);
      expect(r.config.protocolUrl).to.equal(undefined);
      expect(r.config.ivig.vialStepG).to.equal(undefined);
      expect(r.config.ckUlnUL).to.equal(undefined);
      expect({ ...r.config.governance }).to.deep.equal({});
    }
    expect(valid.config.prednisone.maxDailyMg).to.equal(60);
    expect(valid.config.local).to.deep.equal(['prednisone.maxDailyMg']);
    expect(defaults).to.deep.equal({ vial: undefined, url: undefined });
  });

  it('[hazard:H14] no inherited reviewer: not reviewed, in the state and in the notes', () => {
    const seen = polluted(() => {
      const doses = calculateDoses({ weight: 70 });
      const pathway = evaluatePathway({});
      return {
        state: reviewState(resolveConfig({}).config, '2026-12-01').state,
        doseNote: doseNote(doses, {}, '2026-12-01'),
        pathwayNote: pathwayNote(pathway, undefined, '2026-12-01'),
        pathway,
      };
    });
    expect(seen.state).to.equal('unreviewed');
    for (const note of [seen.doseNote, seen.pathwayNote]) {
      expect(note).to.include('Content not yet reviewed by your institution.');
      expect(note).not.to.include('Polluted');
    }
    // No inherited pathway input either.
    expect(seen.pathway.ok && seen.pathway.input.antibody).to.equal('pending');
    expect(seen.pathway.ok && [...seen.pathway.input.redFlags]).to.deep.equal([]);
    expect(seen.pathway.ok && seen.pathway.input.checkpointInhibitor).to.equal(false);
  });

  it('[hazard:H15] a value the record did not give is never inherited from the page', () => {
    const seen = polluted(() => {
      const prefill = prefillFromFhir([{ resourceType: 'Patient', id: 'p1', gender: 'female' }], { today: '2026-12-07' });
      return prefill.ok ? { weight: prefill.doses.weight, age: prefill.pathway.age, antibody: prefill.pathway.antibody, sex: prefill.doses.sex } : undefined;
    });
    expect(seen).to.deep.equal({ weight: undefined, age: undefined, antibody: undefined, sex: 'female' });
  });
});
