/**
 * The follow-up and taper notes: the latest visit's assessment, the CK/MMT-8 trend, every flag
 * and notice, the next blood tests, the exposure prompts, the sources and the content version
 * line shared with the other notes. Total: anything else gives a note that says so.
 */
import { expect } from '@open-wc/testing';
import { assessFollowUp, CONTENT_VERSION, followUpNote, planTaper, taperNote } from '../../src/core/index.js';
import { okFollowUp } from './follow-up-helpers.js';

const INPUT = {
  visits: [
    { date: '2026-02-05', ck: 1500, ckUln: 200, mmt8: 62, physicianGlobal: 4, patientGlobal: 5, haq: 1.2, extramuscular: 1, prednisoneMgPerDay: 40, wbc: 3.2 },
    { date: '2026-01-05', ck: 4000, ckUln: 200, mmt8: 50, physicianGlobal: 6, patientGlobal: 6, haq: 1.5, extramuscular: 2, prednisoneMgPerDay: 60 },
    { date: '2026-04-05', ck: 1800, ckUln: 200, mmt8: 70, physicianGlobal: 2, patientGlobal: 3, haq: 0.8, extramuscular: 0, prednisoneMgPerDay: 20, egfr: 55 },
  ],
  drugs: [{ drug: 'methotrexate', started: '2026-01-10' }],
  today: '2026-06-01',
};

describe('follow-up note', () => {
  const result = assessFollowUp(INPUT);
  const note = followUpNote(result, undefined, '2026-06-01');
  const ok = okFollowUp(result);

  it('opens with the title and the warnings, then the latest visit with CK, MMT-8 and the score and its parts', () => {
    const lines = note.split('\n');
    expect(lines[0]).to.equal('IMNM/NAM follow-up');
    expect(lines[1]).to.equal('WARNING: Safety blood tests overdue: they were due on 21 Apr 2026.');
    expect(note).to.include('Latest visit: 5 Apr 2026');
    expect(note).to.include('- CK 1,800 U/L (9 × ULN of 200 U/L; -55% from baseline; +20% from the previous visit)');
    expect(note).to.include('- MMT-8 70/80 (+20 points, +25% of 80 from baseline)');
    expect(note).to.include('Total Improvement Score (2016 ACR/EULAR myositis response criteria): 80 of 100, major improvement [aggarwal-2017, rider-2017, mammen-2023]');
    expect(note).to.include('  MMT-8: 25% improvement, 27.5 points');
    expect(note).to.include('CK adds at most 7.5 of the 100 points');
  });

  it('the trend has one line per visit in date order, the baseline marked', () => {
    const trend = note.split('\n').filter((l) => /^- \d+ \w+ 2026.*: /.test(l));
    expect(trend).to.deep.equal([
      '- 5 Jan 2026 (baseline): CK 4,000 U/L (20 × ULN of 200 U/L); MMT-8 50/80',
      '- 5 Feb 2026: CK 1,500 U/L (7.5 × ULN of 200 U/L; -62.5% from baseline; -62.5% from the previous visit); MMT-8 62/80 (+12 points, +15% of 80 from baseline); TIS 57.5 (moderate improvement)',
      '- 5 Apr 2026: CK 1,800 U/L (9 × ULN of 200 U/L; -55% from baseline; +20% from the previous visit); MMT-8 70/80 (+20 points, +25% of 80 from baseline); TIS 80 (major improvement)',
    ]);
    expect(note).to.include('neither alone tells the response');
  });

  it('carries every flag and notice of every visit, the next bloods, the exposure prompts and the sources', () => {
    for (const n of ok.visits.flatMap((v) => [...v.labFlags, ...v.notices])) expect(note).to.include(n.message);
    expect(note).to.include('Next safety blood tests: 21 Apr 2026 (OVERDUE) — BSR 2017 schedule: methotrexate (started 10 Jan 2026)');
    expect(note).to.include('BSR 2025 moved to risk-adapted monitoring');
    for (const n of ok.exposure) expect(note).to.include(n.message);
    const sources = note.split('\n').find((l) => l.startsWith('Sources (listed in full in the widget): '));
    for (const id of ok.citations) expect(sources).to.include(`[${id}]`);
  });

  it('ends with the shared footer: the content version and the review status', () => {
    expect(note).to.include(`nam-cds clinical content ${CONTENT_VERSION}`);
    expect(note).to.include('Content not yet reviewed by your institution.');
    const reviewed = followUpNote(result, { reviewedBy: 'Myositis MDT', reviewedOn: '2026-05-01' }, '2026-06-01');
    expect(reviewed).to.include('Reviewed by Myositis MDT on 2026-05-01');
  });

  it('without visits or drugs it says so', () => {
    const empty = followUpNote(assessFollowUp({ visits: [] }), undefined, '2026-06-01');
    expect(empty).to.include('No visits recorded.');
    expect(empty).to.include('none scheduled');
    expect(empty).to.include('no prompt');
  });

  it('an error result lists the errors; anything else is not a result', () => {
    const bad = followUpNote(assessFollowUp({ visits: [{ date: '2026-01-01', haq: 9 }] }));
    expect(bad).to.include('No result: the input is invalid.');
    expect(bad).to.include('- visits[0].haq must be a number from 0 to 3.');
    expect(followUpNote({ ok: true } as never)).to.include('No note: this is not a result of assessFollowUp.');
    expect(followUpNote('note' as never)).to.include('No note');
  });
});

describe('taper note', () => {
  it('the weight, the start and its basis, one line per step with dates, then by response, sources and footer', () => {
    const note = taperNote(planTaper({ weight: 100, startDate: '2026-01-05' }), undefined, '2026-06-01');
    const lines = note.split('\n');
    expect(lines[0]).to.equal('IMNM/NAM glucocorticoid taper plan');
    expect(note).to.include('Weight: 100 kg (220.5 lb)');
    expect(note).to.include('Start: prednisone 75 mg daily');
    expect(note).to.include('  capped at 75 mg/day: 75 mg daily');
    expect(note).to.include('- Mon 5 Jan 2026 to Sun 15 Feb 2026: 75 mg daily');
    expect(note).to.include('- from Mon 22 Jun 2026: 25 mg daily');
    expect(note).to.include('Then: Below 25 mg/day, taper by response');
    expect(note).to.include('[etg] ');
    expect(note).to.include(`nam-cds clinical content ${CONTENT_VERSION}`);
  });

  it('a confirmed unusual weight carries its warning into the note', () => {
    const note = taperNote(planTaper({ weight: 20, weightConfirmed: true, startDate: '2026-01-05' }));
    expect(note).to.include('WARNING: Unusual weight, confirmed by the clinician');
  });

  it('errors and non-results', () => {
    expect(taperNote(planTaper({ startDate: '2026-01-05' }))).to.include('No result: the input is invalid.');
    expect(taperNote(undefined as never)).to.include('No note: this is not a result of planTaper.');
  });
});
