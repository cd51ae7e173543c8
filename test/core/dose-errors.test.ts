/**
 * Bad dose input (content-spec §4: "Non-numbers, NaN, Infinity, negatives and empty values are
 * field errors"; design.md: ok: false with an error naming the field; never a dose; never throws).
 */
import { expect } from '@open-wc/testing';
import { calculateDoses } from '../../src/core/index.js';
import { expectFieldError } from './helpers.js';

const NOT_A_NUMBER: [string, unknown][] = [
  ['a numeric string', '70'],
  ['an empty string', ''],
  ['a blank string', '  '],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['a boolean', true],
  ['an object', { value: 70 }],
  ['an array', [70]],
  ['a Date', new Date()],
  ['a bigint', BigInt(70)],
  ['a function', () => 70],
];

const NOT_A_CHOICE: [string, unknown][] = [
  ['an empty string', ''],
  ['a number', 1],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['a boolean', true],
  ['an object', {}],
  ['an array', []],
];

type Case = { field: string; names: (string | number)[]; bad: [string, unknown][] };

const CASES: Case[] = [
  {
    field: 'weight',
    names: ['20', '350', 'kg'],
    bad: [...NOT_A_NUMBER, ['zero', 0], ['a negative', -70], ['-0', -0], ['too small', 19.9], ['too large', 351], ['huge', 1e308], ['tiny', Number.MIN_VALUE]],
  },
  {
    field: 'weightUnit',
    names: ['kg', 'lb'],
    bad: [...NOT_A_CHOICE, ['pounds spelt out', 'pounds'], ['upper case', 'KG'], ['lbs', 'lbs'], ['stone', 'st']],
  },
  {
    field: 'heightCm',
    names: ['120', '230'],
    bad: [...NOT_A_NUMBER, ['zero', 0], ['a negative', -170], ['too short', 119.9], ['too tall', 230.1], ['metres', 1.75], ['inches', 69]],
  },
  {
    field: 'sex',
    names: ['female', 'male'],
    bad: [...NOT_A_CHOICE, ['an abbreviation', 'M'], ['upper case', 'Male'], ['other word', 'man']],
  },
  {
    field: 'ivigDays',
    names: ['2', '5'],
    bad: [...NOT_A_NUMBER, ['one day', 1], ['six days', 6], ['a fraction', 2.5], ['zero', 0], ['a negative', -3]],
  },
  {
    field: 'ivigDosingWeight',
    names: ['actual', 'adjusted'],
    bad: [...NOT_A_CHOICE, ['ideal', 'ideal'], ['upper case', 'Adjusted']],
  },
  {
    field: 'tpmt',
    names: ['normal', 'intermediate', 'intermediate-both', 'poor', 'unknown'],
    bad: [...NOT_A_CHOICE, ['a percentage', '50%'], ['upper case', 'POOR'], ['NUDT15 wording', 'nudt15-poor']],
  },
  {
    field: 'methotrexateDay',
    names: ['monday', 'sunday'],
    bad: [...NOT_A_CHOICE, ['an abbreviation', 'mon'], ['capitalised', 'Monday'], ['a weekday number', 1], ['daily', 'daily']],
  },
  {
    field: 'startDate',
    names: ['YYYY-MM-DD'],
    bad: [...NOT_A_CHOICE, ['an impossible date', '2026-02-30'], ['a Date', new Date('2026-12-01')]],
  },
];

describe('doses: field errors', () => {
  for (const { field, names, bad } of CASES) {
    for (const [what, value] of bad) {
      it(`${field} as ${what}: ok false, an error naming ${field} and what it accepts, no dose`, () => {
        const input: Record<string, unknown> = { weight: 70, [field]: value };
        const result = calculateDoses(input);
        expectFieldError(result, field, names);
        if (!result.ok) expect(result.errors.find((e) => e.field === field)!.message).to.include(field);
      });
    }
  }

  it('weight is required: missing, undefined or null is an error naming the range', () => {
    for (const input of [{}, { weight: undefined }, { weight: null }, { weightUnit: 'kg' }]) {
      expectFieldError(calculateDoses(input), 'weight', ['20', '350']);
    }
    expectFieldError(calculateDoses(undefined), 'weight', ['20', '350']);
  });

  it('optional fields left undefined count as not given', () => {
    const r = calculateDoses({ weight: 70, heightCm: undefined, ivigDosingWeight: undefined, methotrexateDay: undefined });
    expect(r.ok).to.equal(true);
  });

  it('[hazard:H19] null is a value, not "not given": every field set to null is an error naming it', () => {
    for (const field of ['weight', 'weightUnit', 'heightCm', 'sex', 'ivigDays', 'ivigDosingWeight', 'tpmt', 'startDate', 'methotrexateDay']) {
      const input: Record<string, unknown> = { weight: 70, [field]: null };
      const r = calculateDoses(input);
      expect(r.ok, field).to.equal(false);
      if (!r.ok) {
        expect(r.errors.map((e) => e.field)).to.deep.equal([field]);
        expect(r.errors[0].message).to.contain(field);
      }
    }
  });

  it('an unknown extra field is an error naming it and the accepted fields', () => {
    for (const [key, value] of [
      ['weightKg', 70],
      ['unit', 'lb'],
      ['height', 170],
      ['Weight', 70],
      ['__proto__x', 1],
      ['antibody', 'anti-srp'],
    ] as const) {
      expectFieldError(calculateDoses({ weight: 70, [key]: value }), key, ['weight', 'weightUnit']);
    }
  });

  it('a JSON "__proto__" key is an unknown field, not a prototype change', () => {
    const input = JSON.parse('{"weight": 70, "__proto__": {"weight": 1000}}');
    expectFieldError(calculateDoses(input), '__proto__');
  });

  it('several bad fields give one error each', () => {
    const r = calculateDoses({ weight: 'heavy', sex: 'x', ivigDays: 9, extra: 1 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).to.deep.equal(['extra', 'ivigDays', 'sex', 'weight']);
  });

  it('a bad unit does not also report a sound weight (400 with unit "lbs")', () => {
    const r = calculateDoses({ weight: 400, weightUnit: 'lbs' });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).to.deep.equal(['weightUnit']);
  });

  const nonObjects: [string, unknown][] = [
    ['a string', '70'],
    ['a number', 70],
    ['an array', [70]],
    ['a Date', new Date()],
    ['null', null],
    ['true', true],
    ['NaN', NaN],
    ['a function', () => ({ weight: 70 })],
    ['a class instance', new (class Patient { weight = 70 })()],
  ];
  for (const [what, value] of nonObjects) {
    it(`${what} as the whole input: ok false with a field error, no dose`, () => {
      const r = calculateDoses(value);
      expect(r.ok).to.equal(false);
      expect(r).to.not.have.property('lines');
      if (!r.ok) {
        expect(r.errors).to.not.be.empty;
        for (const e of r.errors) {
          expect(e.field).to.be.a('string').and.not.empty;
          expect(e.message).to.be.a('string').and.not.empty;
        }
      }
    });
  }

  it('an object whose getter throws gives an error, not an exception', () => {
    const hostile = Object.defineProperty({ weight: 70 }, 'sex', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = calculateDoses(hostile);
    expect(r.ok).to.equal(false);
  });
});
