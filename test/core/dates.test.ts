/**
 * Rituximab dates (content-spec §4): day 1 and day 15 from `startDate`, a real calendar date
 * YYYY-MM-DD, computed without time-zone drift — also under a Date whose local time is faked
 * to the extreme time zones (UTC+14, UTC−12).
 */
import { expect } from '@open-wc/testing';
import { calculateDoses, todayIso } from '../../src/core/index.js';
import { expectFieldError, line } from './helpers.js';

const SCHEDULES: [string, string, string][] = [
  ['a plain date', '2026-12-01', '2026-12-15'],
  ['a month end (31 Jan)', '2026-01-31', '2026-02-14'],
  ['February in a common year', '2026-02-20', '2026-03-06'],
  ['February in a leap year', '2028-02-20', '2028-03-05'],
  ['into the leap day', '2028-02-15', '2028-02-29'],
  ['from the leap day 2028-02-29', '2028-02-29', '2028-03-14'],
  ['the year end', '2026-12-25', '2027-01-08'],
  ['the last day of a year', '2026-12-31', '2027-01-14'],
  ['across the European spring DST change', '2026-03-20', '2026-04-03'],
  ['across the US spring DST change', '2026-03-01', '2026-03-15'],
  ['across the autumn DST changes', '2026-10-20', '2026-11-03'],
  ['on a DST change day', '2026-03-29', '2026-04-12'],
  ['a leap century (2000)', '2000-02-29', '2000-03-14'],
  ['a 30-day month end', '2026-04-30', '2026-05-14'],
];

function scheduleOf(startDate: string) {
  return line(calculateDoses({ weight: 70, startDate }), 'rituximab').schedule;
}

describe('rituximab dates from startDate', () => {
  for (const [what, start, day15] of SCHEDULES) {
    it(`[rule:dose/rituximab] ${what}: ${start} → ${day15}`, () => {
      expect(scheduleOf(start)).to.deep.equal([
        { day: 1, date: start },
        { day: 15, date: day15 },
      ]);
    });
  }

  it('[rule:dose/rituximab] the dates are in the text, unambiguously (day, month name, year)', () => {
    const l = line(calculateDoses({ weight: 70, startDate: '2026-12-01' }), 'rituximab');
    expect(l.text).to.match(/day 1\b/);
    expect(l.text).to.match(/day 15\b/);
    expect(l.text).to.match(/1 Dec 2026/);
    expect(l.text).to.match(/15 Dec 2026/);
    expect(l.text).to.not.match(/\d{1,2}\/\d{1,2}\/\d{2,4}/);
  });

  const invalid: [string, unknown][] = [
    ['30 February', '2026-02-30'],
    ['29 February in a common year', '2026-02-29'],
    ['29 February 2100 (not a leap year)', '2100-02-29'],
    ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'],
    ['day 0', '2026-12-00'],
    ['day 32', '2026-01-32'],
    ['no zero padding', '2026-1-5'],
    ['a date-time', '2026-12-01T00:00:00Z'],
    ['a local date format', '01/12/2026'],
    ['an empty string', ''],
    ['a word', 'tomorrow'],
    ['a number', 20261201],
    ['a Date object', new Date('2026-12-01')],
    ['a padded date', ' 2026-12-01'],
    ['NaN', NaN],
  ];
  for (const [what, startDate] of invalid) {
    it(`[rule:dose/rituximab] startDate as ${what} is a field error naming YYYY-MM-DD`, () => {
      expectFieldError(calculateDoses({ weight: 70, startDate }), 'startDate', ['YYYY-MM-DD']);
    });
  }

  it('[rule:dose/rituximab] a start date whose day 15 would leave year 9999 is refused, not garbled', () => {
    const r = calculateDoses({ weight: 70, startDate: '9999-12-25' });
    if (r.ok) {
      for (const s of line(r, 'rituximab').schedule ?? []) expect(s.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    } else {
      expect(r.errors[0].field).to.equal('startDate');
    }
  });
});

/** Makes Date's local-time methods behave as if the machine were `offsetMinutes` east of UTC. */
function withFakeTimeZone(offsetMinutes: number, run: () => void) {
  const proto = Date.prototype as unknown as Record<string, unknown>;
  const names = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getTimezoneOffset'];
  const saved = Object.fromEntries(names.map((n) => [n, proto[n]]));
  const shifted = (d: Date) => new Date(d.getTime() + offsetMinutes * 60000);
  proto.getFullYear = function (this: Date) {
    return shifted(this).getUTCFullYear();
  };
  proto.getMonth = function (this: Date) {
    return shifted(this).getUTCMonth();
  };
  proto.getDate = function (this: Date) {
    return shifted(this).getUTCDate();
  };
  proto.getDay = function (this: Date) {
    return shifted(this).getUTCDay();
  };
  proto.getHours = function (this: Date) {
    return shifted(this).getUTCHours();
  };
  proto.getMinutes = function (this: Date) {
    return shifted(this).getUTCMinutes();
  };
  proto.getTimezoneOffset = () => -offsetMinutes;
  try {
    run();
  } finally {
    for (const n of names) proto[n] = saved[n];
  }
}

describe('rituximab dates under faked time zones', () => {
  for (const offset of [14 * 60, -12 * 60, 5 * 60 + 45, -(3 * 60 + 30)]) {
    it(`[rule:dose/rituximab] UTC${offset >= 0 ? '+' : '−'}${Math.abs(offset / 60)}: the same calendar dates`, () => {
      withFakeTimeZone(offset, () => {
        for (const [, start, day15] of SCHEDULES) {
          expect(scheduleOf(start)).to.deep.equal([
            { day: 1, date: start },
            { day: 15, date: day15 },
          ]);
        }
        const l = line(calculateDoses({ weight: 70, startDate: '2026-12-31' }), 'rituximab');
        expect(l.text).to.match(/31 Dec 2026/);
        expect(l.text).to.match(/14 Jan 2027/);
      });
    });
  }
});

describe("today's date", () => {
  it('is the calendar date where the clinician is (local), as YYYY-MM-DD', () => {
    const now = new Date(2026, 11, 31, 23, 30); // local 31 Dec 2026, 23:30
    expect(todayIso(now)).to.equal('2026-12-31');
    const early = new Date(2027, 0, 1, 0, 15); // local 1 Jan 2027, 00:15
    expect(todayIso(early)).to.equal('2027-01-01');
  });

  it('follows the local calendar date, not UTC, in a far-east or far-west time zone', () => {
    const noonUtc = new Date(Date.UTC(2026, 11, 31, 12, 0));
    withFakeTimeZone(14 * 60, () => expect(todayIso(noonUtc)).to.equal('2027-01-01'));
    withFakeTimeZone(-12 * 60, () => expect(todayIso(noonUtc)).to.equal('2026-12-31'));
    const earlyUtc = new Date(Date.UTC(2027, 0, 1, 3, 0));
    withFakeTimeZone(-12 * 60, () => expect(todayIso(earlyUtc)).to.equal('2026-12-31'));
  });
});
