/**
 * The plain functions behind <nam-monitor>: a cell's text and value, the record merge, the list
 * edits, the glance's short sentences and the chart's scales and keys. Table-driven; the element
 * tests show the same rules on screen.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assessFollowUp } from '../../../src/core/index.js';
import { chartModel } from '../../../src/elements/monitor/chart-model.js';
import { firstSentence } from '../../../src/elements/monitor/glance-lines.js';
import { mergeVisits, type RecordView } from '../../../src/elements/monitor/record.js';
import { nextPoint } from '../../../src/elements/monitor/render-chart.js';
import { addVisit, editCell, removeVisit, shiftRows } from '../../../src/elements/monitor/visit-edits.js';
import { cellText, cellValue, editDrugs, parseControlName, typedMatches } from '../../../src/elements/monitor/visit-fields.js';
import { copyVisits, monitor } from './helpers.js';

const provenance = (id: string, effective: string) => ({ resourceType: 'Observation', id, effective });
const RECORD: RecordView = {
  ok: true,
  errors: [],
  warnings: [],
  visits: [
    { date: '2026-11-20', ck: { value: 8400, provenance: provenance('ck-1', '2026-11-20') }, ckUln: { value: 200, provenance: provenance('ck-1', '2026-11-20') } },
    { date: '2026-12-04', ck: { value: 3100, provenance: provenance('ck-2', '2026-12-04') } },
  ],
};

describe('<nam-monitor> view helpers', () => {
  it('the element they serve is accessible (axe)', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    await expect(el).to.be.accessible();
  });

  it('a cell\'s text: empty is "not known", a decimal is a number, anything else is kept for the core to name', () => {
    const cases: [string, unknown][] = [
      ['', undefined],
      ['   ', undefined],
      ['12', 12],
      [' 12.5 ', 12.5],
      ['0', 0],
      ['12,5', '12,5'],
      ['1e3', '1e3'],
      ['-4', '-4'],
      ['.5', '.5'],
      ['5.', '5.'],
    ];
    for (const [text, value] of cases) expect(cellValue(text), JSON.stringify(text)).to.deep.equal(value);
    expect([cellText(1000), cellText(0.3), cellText('12,5'), cellText(NaN), cellText(undefined), cellText({})]).to.deep.equal(['1000', '0.3', '12,5', '', '', '']);
    expect(typedMatches('ck', '12.50', 12.5), 'the box keeps "12.50"').to.equal(true);
    expect(typedMatches('ck', '4000', 1000), 'a stale text of a row that moved').to.equal(false);
    expect(typedMatches('date', '2026-01-05', '2026-01-05')).to.equal(true);
  });

  it('control names: what each edits, and nothing else', () => {
    expect(parseControlName('visits[3].neutrophils')).to.deep.equal({ kind: 'visit', index: 3, field: 'neutrophils' });
    expect(parseControlName('drugs.azathioprine.lastIncrease')).to.deep.equal({ kind: 'drug', drug: 'azathioprine', field: 'lastIncrease' });
    for (const name of ['visits[3].cpk', 'visits[-1].ck', 'visits[a].ck', 'drugs.aspirin.started', 'drugs.methotrexate.dose', 'weight', '__proto__']) {
      expect(parseControlName(name), name).to.equal(undefined);
    }
  });

  it('the record fills what a visit of its date lacks, marks what differs, adds its other dates, and leaves out what was dismissed', () => {
    const own = [{ date: '2026-12-04', ck: 3000, mmt8: 61 }];
    const merged = mergeVisits(own, RECORD, new Set());
    expect(merged.visits).to.deep.equal([{ date: '2026-12-04', ck: 3000, mmt8: 61 }, { date: '2026-11-20', ck: 8400, ckUln: 200 }]);
    expect(merged.visits[0], 'the page\'s object is not the one shown when nothing was filled').to.equal(own[0]);
    expect([...merged.sources].map(([k, v]) => [k, v.changed, v.record.value])).to.deep.equal([
      ['0.ck', true, 3100],
      ['1.ck', false, 8400],
      ['1.ckUln', false, 200],
    ]);
    const dismissed = mergeVisits([], RECORD, new Set(['2026-11-20', '2026-12-04|ck']));
    expect(dismissed.visits).to.deep.equal([{ date: '2026-12-04' }]);
    expect(mergeVisits(own, undefined, new Set()).visits).to.deep.equal(own);
    expect(mergeVisits(own, { ok: false, errors: [], warnings: [], visits: [] }, new Set()).visits).to.deep.equal(own);
  });

  it('list edits: a cell, a visit added (dated today unless taken), a visit removed; record values the user takes away are dismissed', () => {
    const shown = [{ date: '2026-11-20', ck: 8400, ckUln: 200 }, { date: '2026-12-04', ck: 3100 }];
    const fromRecord = (d: string) => d === '2026-11-20' || d === '2026-12-04';
    expect(editCell(shown, 1, 'ck', '3100', fromRecord), 'no change').to.equal(undefined);
    expect(editCell(shown, 5, 'ck', '1', fromRecord), 'no such row').to.equal(undefined);
    const cleared = editCell(shown, 0, 'ckUln', '', fromRecord)!;
    expect(cleared.visits[0]).to.deep.equal({ date: '2026-11-20', ck: 8400 });
    expect(cleared.dismiss).to.deep.equal(['2026-11-20|ckUln']);
    expect(editCell(shown, 0, 'ckUln', '190', fromRecord)!.restore).to.deep.equal(['2026-11-20|ckUln']);
    expect(editCell(shown, 0, 'date', '2026-11-21', fromRecord)!.dismiss).to.deep.equal(['2026-11-20']);
    expect(editCell(shown, 0, 'mmt8', 'x', fromRecord)!.visits[0]).to.deep.equal({ date: '2026-11-20', ck: 8400, ckUln: 200, mmt8: 'x' });
    expect(shown[0], 'the list given is not changed').to.deep.equal({ date: '2026-11-20', ck: 8400, ckUln: 200 });
    const added = addVisit(shown, '2026-12-07');
    expect(added.visits[2]).to.deep.equal({ date: '2026-12-07' });
    expect([added.row, added.name]).to.deep.equal([2, '7 Dec 2026']);
    const same = addVisit(shown, '2026-12-04');
    expect(same.visits[2]).to.deep.equal({ date: '' });
    expect(same.name).to.equal('row 3 (no date yet)');
    const removed = removeVisit(shown, 0, fromRecord)!;
    expect(removed.visits).to.deep.equal([{ date: '2026-12-04', ck: 3100 }]);
    expect([removed.name, removed.dismiss]).to.deep.equal(['20 Nov 2026', ['2026-11-20']]);
    expect([...shiftRows(new Set([0, 2, 3]), 2)]).to.deep.equal([0, 2]);
  });

  it('drug dates: a blank drug leaves the list; a new one joins it; other drugs keep their place', () => {
    const list = [{ drug: 'methotrexate', started: '2026-02-16' }, { drug: 'azathioprine', started: '2026-03-01' }];
    expect(editDrugs(list, 'mycophenolate', 'started', '2026-04-01')).to.deep.equal([...list, { drug: 'mycophenolate', started: '2026-04-01' }]);
    expect(editDrugs(list, 'methotrexate', 'lastIncrease', '2026-05-01')[0]).to.deep.equal({ drug: 'methotrexate', started: '2026-02-16', lastIncrease: '2026-05-01' });
    expect(editDrugs(list, 'methotrexate', 'started', '')).to.deep.equal([list[1]]);
    expect(editDrugs(list, 'mycophenolate', 'started', '')).to.deep.equal(list);
  });

  it('the glance keeps a warning\'s first sentence (numbers with decimals and brackets stay whole)', () => {
    expect(firstSentence('Neutrophils 1.4 ×10⁹/L: below 1.6 ×10⁹/L (BSR 2017 threshold). If the result is new: withhold.')).to.equal(
      'Neutrophils 1.4 ×10⁹/L: below 1.6 ×10⁹/L (BSR 2017 threshold).',
    );
    expect(firstSentence('One sentence only.')).to.equal('One sentence only.');
    expect(firstSentence('e.g. 2.5 mg/day or more. Then.')).to.equal('e.g. 2.5 mg/day or more.');
  });

  it('the chart: log decades cover every CK × ULN and 1 × ULN; each point is below or above the ULN line as its value is', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ ck: fc.integer({ min: 0, max: 200000 }), uln: fc.constantFrom(100, 200, 500) }), { minLength: 1, maxLength: 8 }), (list) => {
        const visits = list.map((v, i) => ({ date: `2026-0${1 + Math.floor(i / 3)}-1${i % 3}`, ck: v.ck, ckUln: v.uln }));
        const result = assessFollowUp({ visits });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const m = chartModel(result)!;
        const ticks = m.ckTicks.map((t) => Number(t.label.replace(/,/g, '')));
        for (const p of m.points.filter((q) => q.series === 'ck')) {
          const times = m.rows[p.row].timesUln!;
          if (times >= 0.001) {
            expect(Math.min(...ticks)).to.be.at.most(times);
            expect(Math.max(...ticks)).to.be.at.least(Math.min(times, 1e6));
          }
          if (times > 1) expect(p.y, `${times} × ULN above the line`).to.be.below(m.ulnY);
          if (times < 1) expect(p.y, `${times} × ULN below the line`).to.be.above(m.ulnY);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the chart\'s keys: along a series, to the nearest point of the next series, and stopping at the ends', () => {
    const result = assessFollowUp({ visits: copyVisits() });
    if (!result.ok) throw new Error('expected a result');
    const m = chartModel(result)!;
    const at = (i: number) => `${m.points[i].series} ${m.rows[m.points[i].row].date}`;
    expect(at(nextPoint(m, 0, 'ArrowRight')!)).to.equal('ck 2026-02-16');
    expect(at(nextPoint(m, 0, 'ArrowLeft')!)).to.equal('ck 2026-01-05');
    expect(at(nextPoint(m, 2, 'ArrowDown')!)).to.equal('mmt8 2026-03-30');
    expect(at(nextPoint(m, 2, 'ArrowUp')!)).to.equal('ck 2026-03-30');
    expect(at(nextPoint(m, 8, 'End')!)).to.equal('mmt8 2026-06-22');
    expect(at(nextPoint(m, 17, 'ArrowDown')!)).to.equal('prednisone 2026-06-22');
    expect(nextPoint(m, 0, 'Enter')).to.equal(undefined);
  });
});
