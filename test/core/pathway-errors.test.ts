/**
 * Bad pathway input (content-spec §2: "any other value is a validation error naming the field
 * and the allowed values"; design.md: total, never throws).
 */
import { expect } from '@open-wc/testing';
import { evaluatePathway } from '../../src/core/index.js';
import { expectFieldError } from './helpers.js';

const ALLOWED: Record<string, string[]> = {
  antibody: ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'],
  statin: ['current', 'past', 'never', 'unknown'],
  severity: ['mild', 'moderate', 'severe', 'life-threatening'],
  phase: ['new', 'inadequate-response', 'relapse'],
  redFlags: ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'rhabdomyolysis'],
  checkpointInhibitor: ['true', 'false'],
};

const COMMON_BAD: [string, unknown][] = [
  ['a number', 1],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['a negative number', -1],
  ['an empty string', ''],
  ['an object', { value: 'x' }],
  ['a date', new Date('2026-01-01')],
  ['a function', () => 'x'],
];

const BAD: Record<string, [string, unknown][]> = {
  antibody: [
    ...COMMON_BAD,
    ['an unknown antibody', 'anti-jo1'],
    ['the wrong case', 'Anti-HMGCR'],
    ['padded text', ' anti-srp '],
    ['a boolean', true],
    ['a list', ['anti-srp']],
  ],
  statin: [...COMMON_BAD, ['an unknown value', 'yes'], ['a boolean', true], ['a list', ['current']]],
  severity: [
    ...COMMON_BAD,
    ['a CTCAE grade number', 3],
    ['an unknown value', 'grade 3'],
    ['the wrong case', 'Severe'],
    ['a boolean', false],
  ],
  phase: [...COMMON_BAD, ['an unknown value', 'maintenance'], ['a list', ['new']]],
  checkpointInhibitor: [
    ...COMMON_BAD,
    ['the string "true"', 'true'],
    ['the string "false"', 'false'],
    ['zero', 0],
    ['a list', [true]],
  ],
  redFlags: [
    ...COMMON_BAD.filter(([what]) => what !== 'an object'),
    ['an object', { bulbar: true }],
    ['one flag as a string (not a set)', 'bulbar'],
    ['flags as one string', 'bulbar,dyspnoea'],
    ['an unknown flag', ['bulbar', 'fever']],
    ['a number in the list', [1]],
    ['an empty string in the list', ['']],
    ['null in the list', [null]],
    ['a boolean', true],
  ],
};

describe('pathway: field errors', () => {
  for (const [field, cases] of Object.entries(BAD)) {
    for (const [what, value] of cases) {
      it(`${field} as ${what} is an error naming ${field} and its values`, () => {
        const result = evaluatePathway({ [field]: value });
        expectFieldError(result, field, ALLOWED[field]);
      });
    }
  }

  it('several bad fields give one error each, valid fields give none', () => {
    const result = evaluatePathway({ antibody: 'x', phase: 'y', severity: 'severe' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((e) => e.field).sort()).to.deep.equal(['antibody', 'phase']);
  });

  it('an unknown field (a misspelt redFlags) is an error naming it', () => {
    const result = evaluatePathway({ redflags: ['bulbar'] });
    expectFieldError(result, 'redflags', ['redFlags']);
  });

  it('a dose field given to the pathway is an unknown field', () => {
    expectFieldError(evaluatePathway({ weight: 70 }), 'weight');
  });

  const nonObjects: [string, unknown][] = [
    ['a string', 'anti-srp'],
    ['a number', 42],
    ['an array', [{ antibody: 'anti-srp' }]],
    ['a Date', new Date()],
    ['null', null],
    ['true', true],
    ['NaN', NaN],
    ['a function', () => ({})],
    ['a Map', new Map([['antibody', 'anti-srp']])],
  ];
  for (const [what, value] of nonObjects) {
    it(`${what} as the whole input: ok false, no steps`, () => {
      const result = evaluatePathway(value);
      expect(result.ok).to.equal(false);
      expect(result).to.not.have.property('steps');
      if (!result.ok) {
        expect(result.errors).to.not.be.empty;
        for (const e of result.errors) {
          expect(e.field).to.be.a('string').and.not.empty;
          expect(e.message).to.be.a('string').and.not.empty;
        }
      }
    });
  }

  it('undefined and an empty object are "no answers": the defaults', () => {
    for (const value of [undefined, {}]) {
      const result = evaluatePathway(value);
      expect(result.ok).to.equal(true);
    }
  });

  it('a field left undefined counts as not given (its default)', () => {
    const result = evaluatePathway({ antibody: undefined, redFlags: undefined, checkpointInhibitor: undefined });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.input.antibody).to.equal('pending');
      expect(result.input.redFlags).to.deep.equal([]);
      expect(result.input.checkpointInhibitor).to.equal(false);
    }
  });

  it('[hazard:H19] null is a value, not "not given": checkpointInhibitor: null never becomes false', () => {
    for (const field of ['antibody', 'statin', 'checkpointInhibitor', 'severity', 'redFlags', 'phase']) {
      const result = evaluatePathway({ [field]: null });
      expect(result.ok, field).to.equal(false);
      if (!result.ok) {
        expect(result.errors.map((e) => e.field)).to.deep.equal([field]);
        expect(result.errors[0].message).to.contain(field);
      }
    }
  });

  it('an object whose getters throw gives an error, not an exception', () => {
    const hostile = Object.defineProperty({}, 'antibody', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    for (const value of [hostile, proxy]) {
      const result = evaluatePathway(value);
      expect(result.ok).to.equal(false);
    }
  });

  it('an empty red-flag list is valid: no flags', () => {
    const result = evaluatePathway({ redFlags: [] });
    expect(result.ok).to.equal(true);
  });
});
