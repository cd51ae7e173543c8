/**
 * Glucocorticoid exposure prompts (content-spec §5.6): ≥ 15 mg/day for ≥ 2 weeks → Pneumocystis
 * prophylaxis (eular-infection-2022); ≥ 2.5 mg/day for more than 3 calendar months → fracture
 * risk, calcium and vitamin D (acr-giop-2022). The dose between visits is the earlier visit's dose.
 */
import { expect } from '@open-wc/testing';
import { assessFollowUp } from '../../src/core/index.js';
import { okFollowUp } from './follow-up-helpers.js';

const doses = (...pairs: [string, number | undefined][]) =>
  pairs.map(([date, mg]) => ({ date, ...(mg !== undefined && { prednisoneMgPerDay: mg }) }));
const codes = (visits: unknown[]) => okFollowUp(assessFollowUp({ visits })).exposure.map((n) => n.code);
const PCP = 'exposure-pneumocystis';
const BONE = 'exposure-bone';

describe('follow-up exposure: Pneumocystis (15 mg/day or more for 2 weeks or more)', () => {
  it('15 mg from 1 Jan, lower from 15 Jan: 14 days → the prompt', () => {
    const r = okFollowUp(assessFollowUp({ visits: doses(['2026-01-01', 15], ['2026-01-15', 10]) }));
    expect(r.exposure.map((n) => n.code)).to.deep.equal([PCP]);
    expect(r.exposure[0].level).to.equal('warning');
    expect(r.exposure[0].message).to.include('1 Jan 2026 to 15 Jan 2026, 14 days');
    expect(r.exposure[0].message).to.include('Pneumocystis prophylaxis');
    expect(r.exposure[0].message).to.include('EULAR: more than 15–30 mg/day for more than 2–4 weeks');
    expect(r.citations).to.include('eular-infection-2022');
  });

  it('13 days is not enough', () => expect(codes(doses(['2026-01-01', 15], ['2026-01-14', 10]))).to.deep.equal([]));

  it('14.9 mg/day is below the threshold however long', () =>
    expect(codes(doses(['2026-01-01', 14.9], ['2026-02-01', 14.9]))).to.not.include(PCP));

  it('the dose still at 15 mg at the last visit: the span up to that visit counts', () =>
    expect(codes(doses(['2026-01-01', 60], ['2026-01-08', 40], ['2026-01-15', 20]))).to.deep.equal([PCP]));

  it('a visit without a dose does not interrupt the run', () =>
    expect(codes(doses(['2026-01-01', 20], ['2026-01-08', undefined], ['2026-01-15', 5]))).to.deep.equal([PCP]));

  it('the dose between visits is the earlier visit’s: two short runs are not added up', () =>
    expect(codes(doses(['2026-01-01', 20], ['2026-01-10', 5], ['2026-01-20', 20], ['2026-01-30', 5]))).to.deep.equal([]));

  it('one visit alone gives no span and no prompt', () => expect(codes(doses(['2026-01-01', 60]))).to.deep.equal([]));
});

describe('follow-up exposure: bone (2.5 mg/day or more for more than 3 calendar months)', () => {
  it('exactly 3 months (1 Jan to 1 Apr) is not more than 3 months; 1 Jan to 2 Apr is', () => {
    expect(codes(doses(['2026-01-01', 2.5], ['2026-04-01', 0]))).to.deep.equal([]);
    const r = okFollowUp(assessFollowUp({ visits: doses(['2026-01-01', 2.5], ['2026-04-02', 0]) }));
    expect(r.exposure.map((n) => n.code)).to.deep.equal([BONE]);
    expect(r.exposure[0].message).to.include('1 Jan 2026 to 2 Apr 2026, 91 days');
    expect(r.exposure[0].message).to.include('fracture risk');
    expect(r.exposure[0].message).to.include('calcium and vitamin D');
    expect(r.citations).to.include('acr-giop-2022');
  });

  it('calendar months at a month end: 31 Jan + 3 months = 30 Apr, so 30 Apr is not more, 1 May is', () => {
    expect(codes(doses(['2026-01-31', 5], ['2026-04-30', 5]))).to.deep.equal([]);
    expect(codes(doses(['2026-01-31', 5], ['2026-05-01', 5]))).to.deep.equal([BONE]);
  });

  it('2.4 mg/day does not count', () => expect(codes(doses(['2026-01-01', 2.4], ['2026-06-01', 2.4]))).to.deep.equal([]));

  it('a taper that stays at 2.5 mg or more for months gives both prompts, Pneumocystis first', () =>
    expect(codes(doses(['2026-01-01', 60], ['2026-02-15', 30], ['2026-04-01', 10], ['2026-06-01', 5]))).to.deep.equal([PCP, BONE]));

  it('a dose of 0 ends the run', () =>
    expect(codes(doses(['2026-01-01', 5], ['2026-02-01', 0], ['2026-03-01', 5], ['2026-05-01', 5]))).to.deep.equal([]));
});
