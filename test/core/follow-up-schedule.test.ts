/**
 * The BSR 2017 blood-test schedule (content-spec §5.5), dates worked out by hand with a calendar:
 * from R (the later of start and last increase) R + 2, 4, 6 weeks; then R + 6 weeks + 1, 2, 3
 * calendar months (same day of the month, or the month's last day); then every 12 weeks (84
 * days) after the last monthly date. The next due date is the first scheduled date after the
 * latest visit with any blood result (CK does not count), or after the earliest start date.
 */
import { expect } from '@open-wc/testing';
import { addMonths, assessFollowUp } from '../../src/core/index.js';
import { daysBetween } from '../../src/core/dates.js';
import { nextForDrug, scheduleFrom } from '../../src/core/follow-up-schedule.js';
import { expectError, okFollowUp } from './follow-up-helpers.js';

const mtx = (started: string, lastIncrease?: string) => ({ drug: 'methotrexate', started, ...(lastIncrease && { lastIncrease }) });
const bloodsOn = (...dates: string[]) => dates.map((date) => ({ date, wbc: 6 }));
const next = (input: Record<string, unknown>) => okFollowUp(assessFollowUp({ visits: [], ...input })).nextBloods;

describe('follow-up schedule: calendar months (addMonths)', () => {
  const cases: [string, number, string][] = [
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'], // no 31 Feb: the month's last day
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-03-01', -12, '2025-03-01'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2100-01-31', 1, '2100-02-28'], // 2100 is not a leap year
    ['2000-01-31', 1, '2000-02-29'], // 2000 is
  ];
  for (const [from, months, to] of cases) {
    it(`${from} + ${months} month(s) = ${to}`, () => expect(addMonths(from, months)).to.equal(to));
  }
  it('is total: an invalid date or count gives an empty string', () => {
    expect(addMonths('2026-02-30', 1)).to.equal('');
    expect(addMonths('2026-01-01', 1.5)).to.equal('');
    expect(addMonths('9999-12-01', 1)).to.equal('');
    expect(addMonths(undefined as unknown as string, 1)).to.equal('');
  });
});

describe('follow-up schedule: the dates from R', () => {
  it('R = 1 Jan 2026: 15 Jan, 29 Jan, 12 Feb; 12 Mar, 12 Apr, 12 May; then 4 Aug, 27 Oct, 19 Jan 2027', () => {
    expect(scheduleFrom('2026-01-01')).to.deep.equal({
      fortnightly: ['2026-01-15', '2026-01-29', '2026-02-12'],
      monthly: ['2026-03-12', '2026-04-12', '2026-05-12'],
    });
    const after = (date: string) => nextForDrug({ drug: 'methotrexate', started: '2026-01-01' }, date)?.date;
    expect(['2026-05-12', '2026-08-04', '2026-09-01', '2026-10-27', '2026-12-31'].map(after)).to.deep.equal([
      '2026-08-04',
      '2026-10-27',
      '2026-10-27',
      '2027-01-19',
      '2027-01-19',
    ]);
  });

  it('month ends: R + 6 weeks on 31 Jan 2026 → 28 Feb, 31 Mar, 30 Apr, then 23 Jul', () => {
    expect(scheduleFrom('2025-12-20')).to.deep.equal({
      fortnightly: ['2026-01-03', '2026-01-17', '2026-01-31'],
      monthly: ['2026-02-28', '2026-03-31', '2026-04-30'],
    });
    expect(nextForDrug({ drug: 'azathioprine', started: '2025-12-20' }, '2026-04-30')).to.deep.equal({ date: '2026-07-23', phase: 'twelveWeekly' });
  });

  it('leap year: R + 6 weeks on 31 Jan 2028 → 29 Feb 2028', () => {
    expect(scheduleFrom('2027-12-20').monthly).to.deep.equal(['2028-02-29', '2028-03-31', '2028-04-30']);
  });

  it('the 12-week dates are 84 days apart, whatever the month lengths', () => {
    const drug = { drug: 'mycophenolate' as const, started: '2026-01-01' };
    let date = '2026-05-12';
    for (let i = 0; i < 10; i++) {
      const n = nextForDrug(drug, date)!;
      expect(daysBetween(date, n.date)).to.equal(84);
      expect(n.phase).to.equal('twelveWeekly');
      date = n.date;
    }
  });
});

describe('follow-up schedule: the next due date', () => {
  // The latest visit with a blood result → the next date (R = 1 Jan 2026).
  const table: [string, string, string][] = [
    ['2026-01-15', '2026-01-29', 'every 2 weeks'],
    ['2026-01-20', '2026-01-29', 'every 2 weeks'],
    ['2026-02-12', '2026-03-12', 'monthly'],
    ['2026-03-12', '2026-04-12', 'monthly'],
    ['2026-04-20', '2026-05-12', 'monthly'],
    ['2026-05-12', '2026-08-04', 'every 12 weeks'],
    ['2026-08-04', '2026-10-27', 'every 12 weeks'],
  ];
  for (const [last, due, words] of table) {
    it(`bloods last on ${last} → next ${due} (${words})`, () => {
      const n = next({ visits: bloodsOn('2026-01-02', last), drugs: [mtx('2026-01-01')] })!;
      expect(n.date).to.equal(due);
      expect(n.drugs).to.deep.equal(['methotrexate']);
      expect(n.reason).to.include('BSR 2017 schedule');
      expect(n.reason).to.include('methotrexate (started 1 Jan 2026)');
      expect(n.reason).to.include(words);
    });
  }

  it('with no blood results yet: the first date after the earliest start', () => {
    const n = next({ drugs: [mtx('2026-01-01')] })!;
    expect(n.date).to.equal('2026-01-15');
    expect(n.reason).to.include('every 2 weeks until the dose has been stable for 6 weeks');
  });

  it('a visit with CK alone does not count as blood tests', () => {
    const n = next({ visits: [...bloodsOn('2026-02-12'), { date: '2026-03-20', ck: 400, ckUln: 200 }], drugs: [mtx('2026-01-01')] })!;
    expect(n.date).to.equal('2026-03-12');
  });

  it('every lab field counts as a blood result', () => {
    for (const field of ['wbc', 'neutrophils', 'platelets', 'eosinophils', 'mcv', 'alt', 'ast', 'albumin', 'creatinine', 'egfr']) {
      const n = next({ visits: [{ date: '2026-02-12', [field]: 50 }], drugs: [mtx('2026-01-01')] })!;
      expect(n.date, field).to.equal('2026-03-12');
    }
  });

  it('a dose increase starts the fortnightly tests again from the increase', () => {
    const n = next({ visits: bloodsOn('2026-06-10'), drugs: [mtx('2026-01-01', '2026-06-01')] })!;
    expect(n.date).to.equal('2026-06-15');
    expect(n.reason).to.include('methotrexate (dose increased 1 Jun 2026): every 2 weeks');
  });

  it('a last increase before the start date leaves R at the start (the later of the two)', () => {
    expect(next({ drugs: [mtx('2026-01-01', '2025-12-01')] })!.date).to.equal('2026-01-15');
  });

  it('several drugs: the earliest date wins and names its drug; a shared date names both', () => {
    const drugs = [mtx('2026-01-01'), { drug: 'azathioprine', started: '2026-09-01' }];
    const n = next({ visits: bloodsOn('2026-09-05'), drugs })!;
    expect(n.date).to.equal('2026-09-15');
    expect(n.drugs).to.deep.equal(['azathioprine']);
    expect(n.reason).to.include('azathioprine (started 1 Sep 2026): every 2 weeks');
    expect(n.reason).to.not.include('methotrexate');
    const both = next({ drugs: [mtx('2026-01-01'), { drug: 'mycophenolate', started: '2026-01-01' }] })!;
    expect(both.date).to.equal('2026-01-15');
    expect(both.drugs).to.deep.equal(['methotrexate', 'mycophenolate']);
    expect(both.reason).to.include('methotrexate (started 1 Jan 2026)');
    expect(both.reason).to.include('mycophenolate mofetil (started 1 Jan 2026)');
  });

  it('overdue when the date is before today: a warning; due today is not overdue', () => {
    const late = okFollowUp(assessFollowUp({ visits: bloodsOn('2026-02-12'), drugs: [mtx('2026-01-01')], today: '2026-03-13' }));
    expect(late.nextBloods!.overdue).to.equal(true);
    const warning = late.warnings.find((w) => w.code === 'bloods-overdue')!;
    expect(warning.level).to.equal('warning');
    expect(warning.message).to.include('12 Mar 2026');
    const onTime = okFollowUp(assessFollowUp({ visits: bloodsOn('2026-02-12'), drugs: [mtx('2026-01-01')], today: '2026-03-12' }));
    expect(onTime.nextBloods!.overdue).to.equal(false);
    expect(onTime.warnings).to.deep.equal([]);
    const noToday = okFollowUp(assessFollowUp({ visits: bloodsOn('2026-02-12'), drugs: [mtx('2026-01-01')] }));
    expect(noToday.nextBloods!.overdue).to.equal(false);
  });

  it('no drugs listed: no next date', () => {
    expect(next({ visits: bloodsOn('2026-02-12') })).to.equal(undefined);
  });

  it('dates beyond 9999 are left out, never wrong or empty', () => {
    const r = okFollowUp(assessFollowUp({ visits: [], drugs: [mtx('9999-12-25')] }));
    expect(r).to.not.have.property('nextBloods');
    expect(next({ drugs: [mtx('9999-11-01')] })!.date).to.equal('9999-11-15');
  });

  it('a bad drug entry is an error, not a schedule', () => {
    expectError(assessFollowUp({ visits: [], drugs: [mtx('2026-01-32')] }), 'drugs[0].started');
  });
});
