/**
 * CDS Hooks 2.0 cards (content-spec §6.2): toCdsHooksCards from a pathway result, and
 * checkOrders for order-select / order-sign drafts. The card shape follows the CDS Hooks 2.0
 * Card (summary under 140 characters, indicator, Markdown detail, source with a label).
 */
import { expect } from '@open-wc/testing';
import type { Bundle, MedicationRequest, Resource } from 'fhir/r4';
import { CONTENT_VERSION, SOURCES, checkOrders, evaluatePathway, prefillFromFhir, toCdsHooksCards, type PathwayResult, type SourceId } from '../../src/core/index.js';
import { cardSummary, markdownText } from '../../src/core/cds-hooks.js';
import { notWeekly } from '../../src/core/cds-orders.js';
import { sha1, uuidV5 } from '../../src/core/uuid.js';
import { ATC, TODAY, bundle, fixture, fixtures, hmgcr, medication, observation, okPrefill, srp } from './fhir-helpers.js';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The Markdown detail read back as text (escapes removed). */
const plain = (md: string) => md.replace(/\\(.)/g, '$1');

describe('toCdsHooksCards (content-spec §6.2)', () => {
  const result = evaluatePathway({ antibody: 'anti-hmgcr', statin: 'current', checkpointInhibitor: true, redFlags: ['myocarditis'] });

  it('one card per critical or warning step, in the steps’ order, with the step title and indicator', () => {
    if (!result.ok) throw new Error('pathway');
    const expected = result.steps.filter((s) => s.indicator === 'critical' || s.indicator === 'warning');
    expect(expected.length).to.be.greaterThan(3);
    const cards = toCdsHooksCards(result);
    expect(cards.map((c) => c.summary)).to.deep.equal(expected.map((s) => s.title));
    expect(cards.map((c) => c.indicator)).to.deep.equal(expected.map((s) => s.indicator));
    expect(cards.some((c) => c.indicator === 'critical')).to.equal(true);
  });

  it('info steps give no card', () => {
    const cards = toCdsHooksCards(evaluatePathway({ antibody: 'anti-srp', statin: 'never' }));
    const info = okSteps(evaluatePathway({ antibody: 'anti-srp', statin: 'never' })).filter((s) => s.indicator === 'info');
    for (const step of info) expect(cards.map((c) => c.summary)).to.not.include(step.title);
  });

  it('detail: the step text, its notices, why, and every citation written out (Markdown)', () => {
    if (!result.ok) throw new Error('pathway');
    const cards = toCdsHooksCards(result);
    const steps = result.steps.filter((s) => s.indicator !== 'info');
    cards.forEach((card, i) => {
      const text = plain(card.detail);
      expect(text).to.include(steps[i].text);
      for (const n of steps[i].notices ?? []) expect(text).to.include(n.message);
      for (const id of steps[i].citations) expect(text).to.include(SOURCES[id as SourceId].citation.replace(/\s*doi:\S+$/, ''));
      expect(text).to.include(`**Why:** ${steps[i].why[0]}`);
    });
    const withDoi = cards.find((c) => c.detail.includes('doi:'));
    expect(withDoi?.detail).to.match(/\[doi:[^\]]+\]\(https:\/\/doi\.org\/10\./);
  });

  it('source: label "nam-cds <content version>"; the institution’s protocol URL when it is absolute', () => {
    const [card] = toCdsHooksCards(result);
    expect(card.source).to.deep.equal({ label: `nam-cds ${CONTENT_VERSION}` });
    const [withUrl] = toCdsHooksCards(result, { config: { protocolUrl: 'https://intranet.example.org/nam-protocol' } });
    expect(withUrl.source).to.deep.equal({ label: `nam-cds ${CONTENT_VERSION}`, url: 'https://intranet.example.org/nam-protocol' });
    // A path on the intranet is not an absolute URL: CDS Hooks needs one, so none is given.
    const [relative] = toCdsHooksCards(result, { config: { protocolUrl: '/protocols/nam' } });
    expect(relative.source).to.not.have.property('url');
  });

  it('uuid: a version-5 UUID, different for each card, the same for the same call, different for another hook instance', () => {
    const a = toCdsHooksCards(result, { instance: 'hook-1' });
    const b = toCdsHooksCards(result, { instance: 'hook-1' });
    const c = toCdsHooksCards(result, { instance: 'hook-2' });
    for (const card of a) expect(card.uuid).to.match(UUID_V5);
    expect(new Set(a.map((x) => x.uuid)).size).to.equal(a.length);
    expect(b.map((x) => x.uuid)).to.deep.equal(a.map((x) => x.uuid));
    expect(c.map((x) => x.uuid)).to.not.include(a[0].uuid);
  });

  it('inputs: each from the record (with resource and date) or a default, as the options say', async () => {
    const p = okPrefill(prefillFromFhir(await fixtures('observation-hmgcr-positive.json', 'medicationrequest-statin-atc.json'), { today: TODAY }));
    const r = evaluatePathway(p.pathway);
    const [card] = toCdsHooksCards(r, { defaults: ['checkpointInhibitor', 'severity', 'redFlags', 'phase'], provenance: p.provenance });
    const text = plain(card.detail);
    expect(text).to.include('Antibody: anti-HMGCR (from the record: Observation/hmgcr-pos, 22 Nov 2026)');
    expect(text).to.include('Statin: currently taking a statin (from the record: MedicationRequest/atorva-rx, 10 Feb 2025)');
    expect(text).to.include('Severity: moderate (default: not in the record)');
    expect(text).to.include('Red flags: none (default: not in the record)');
    expect(text).to.include('Phase: new disease, starting treatment (default: not in the record)');
    expect(text).to.include('Checkpoint inhibitor: no (default: not in the record)');
  });

  it('a failed pathway result, or anything else, gives no cards', () => {
    expect(toCdsHooksCards(evaluatePathway({ antibody: 'x' }))).to.deep.equal([]);
    for (const junk of [undefined, null, 1, 'cards', [], { ok: true }, { ok: true, steps: 'x' }]) {
      expect(toCdsHooksCards(junk as never)).to.deep.equal([]);
    }
  });

  it('malformed steps are skipped, well-formed ones kept', () => {
    const fake = {
      ok: true,
      contentVersion: CONTENT_VERSION,
      input: {},
      steps: [null, { indicator: 'warning' }, { indicator: 'critical', title: 'Real step', text: 'Do this.', citations: ['src', 'not-a-source'], why: [] }],
    } as unknown as PathwayResult;
    const cards = toCdsHooksCards(fake);
    expect(cards.length).to.equal(1);
    expect(cards[0].summary).to.equal('Real step');
    expect(plain(cards[0].detail)).to.include(SOURCES.src.citation);
  });
});

describe('card summary and Markdown', () => {
  const rows: [string, string, number][] = [
    ['short', 'Stop the statin now', 19],
    ['139 characters: kept', 'a'.repeat(139), 139],
    ['140 characters: cut with an ellipsis', 'a'.repeat(140), 139],
    ['long with emoji: never split inside a character', `${'x'.repeat(137)}😀😀😀`, 138],
  ];
  for (const [name, text, length] of rows) {
    it(`${name} → fewer than 140 characters`, () => {
      const s = cardSummary(text);
      expect(s.length).to.equal(length);
      expect(s.length).to.be.below(140);
      if (text.length > 139) expect(s.endsWith('…')).to.equal(true);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(s)).to.equal(false);
    });
  }

  it('Markdown and HTML characters are shown literally', () => {
    expect(markdownText('*bold* <script>alert(1)</script> [link](x) # 1_2')).to.equal(
      '\\*bold\\* \\<script\\>alert(1)\\</script\\> \\[link\\](x) \\# 1\\_2',
    );
  });

  it('a long step title is cut on the card', () => {
    const fake = { ok: true, contentVersion: CONTENT_VERSION, input: {}, steps: [{ id: 'x', indicator: 'warning', title: 'T'.repeat(300), text: 't', citations: [], why: [] }] };
    const [card] = toCdsHooksCards(fake as unknown as PathwayResult);
    expect(card.summary.length).to.be.below(140);
  });
});

describe('uuid (RFC 9562 version 5)', () => {
  it('SHA-1 test vectors (FIPS 180-4 examples)', () => {
    const hex = (s: string) => Array.from(sha1(new TextEncoder().encode(s)), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex('abc')).to.equal('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex('')).to.equal('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).to.equal('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('the version-5 UUID of www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).to.equal('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

const okSteps = (r: PathwayResult) => (r.ok ? r.steps : []);

describe('checkOrders (content-spec §6.2)', () => {
  const drafts = (...orders: Resource[]): Bundle => ({ resourceType: 'Bundle', type: 'collection', entry: orders.map((resource) => ({ resource })) });
  const order = (atc: string, extra: Partial<MedicationRequest> = {}, id = `draft-${atc}`) =>
    medication('MedicationRequest', 'draft', atc, extra as Record<string, unknown>, id);
  const weekly = { dosageInstruction: [{ timing: { repeat: { frequency: 1, period: 1, periodUnit: 'wk' as const } } }] };

  describe('a statin order', () => {
    const rows: [string, () => Promise<Resource[]> | Resource[], boolean][] = [
      ['anti-HMGCR positive in the record → Avoid statins', () => [hmgcr('positive', 'ab1')], true],
      ['statin exposure in the record (stopped statin: a statin-associated myopathy) → Avoid statins', () => fixtures('medicationstatement-statin-stopped.json'), true],
      ['a current statin in the record → Avoid statins', () => fixtures('medicationrequest-statin-atc.json'), true],
      ['anti-SRP positive, no statin in the record → no card', () => [srp('positive')], false],
      ['anti-HMGCR negative, no statin → no card', () => [hmgcr('negative')], false],
      ['an empty record → no card', () => [], false],
    ];
    for (const [name, record, expected] of rows) {
      it(name, async () => {
        const cards = checkOrders(drafts(order('C10AA07')), { record: await record(), today: TODAY });
        expect(cards.length).to.equal(expected ? 1 : 0);
        if (!expected) return;
        expect(cards[0].summary).to.equal('Avoid statins');
        expect(cards[0].indicator).to.equal('critical');
        expect(plain(cards[0].detail)).to.include('MedicationRequest/draft-C10AA07');
        expect(plain(cards[0].detail)).to.include('PCSK9 inhibitor');
      });
    }

    it('the draft order itself is never its own evidence of statin exposure', () => {
      const draft = order('C10AA07', {}, 'same');
      const inRecord = { ...draft, status: 'active' } as Resource;
      expect(checkOrders(drafts(draft), { record: [inRecord], today: TODAY })).to.deep.equal([]);
    });

    it('a combination containing a statin (C10BA05) is a statin order', () => {
      expect(checkOrders(drafts(order('C10BA05')), { record: [hmgcr('positive')], today: TODAY }).map((c) => c.summary)).to.deep.equal(['Avoid statins']);
    });
  });

  describe('a methotrexate order (ATC L04AX03 or L01BA01)', () => {
    const repeat = (r: Record<string, unknown>) => ({ dosageInstruction: [{ timing: { repeat: r } }] });
    const rows: [string, Partial<MedicationRequest> | Record<string, unknown>, boolean][] = [
      ['1 per 1 wk', repeat({ frequency: 1, period: 1, periodUnit: 'wk' }), false],
      ['1 per 7 d', repeat({ frequency: 1, period: 7, periodUnit: 'd' }), false],
      ['1 per 1 wk on Friday', repeat({ frequency: 1, period: 1, periodUnit: 'wk', dayOfWeek: ['fri'] }), false],
      ['1 per 1 d (daily)', repeat({ frequency: 1, period: 1, periodUnit: 'd' }), true],
      ['2 per 1 wk', repeat({ frequency: 2, period: 1, periodUnit: 'wk' }), true],
      ['1 per 2 wk', repeat({ frequency: 1, period: 2, periodUnit: 'wk' }), true],
      ['1 per 1 mo', repeat({ frequency: 1, period: 1, periodUnit: 'mo' }), true],
      ['period 1 wk without a frequency', repeat({ period: 1, periodUnit: 'wk' }), true],
      ['1–2 per week (frequencyMax 2)', repeat({ frequency: 1, frequencyMax: 2, period: 1, periodUnit: 'wk' }), true],
      ['1 per 1–2 wk (periodMax)', repeat({ frequency: 1, period: 1, periodMax: 2, periodUnit: 'wk' }), true],
      ['weekly on Monday and Thursday', repeat({ frequency: 1, period: 1, periodUnit: 'wk', dayOfWeek: ['mon', 'thu'] }), true],
      ['weekly at two times of day', repeat({ frequency: 1, period: 1, periodUnit: 'wk', timeOfDay: ['08:00:00', '20:00:00'] }), true],
      ['timing without repeat (a code only)', { dosageInstruction: [{ timing: { code: { text: 'QD' } } }] }, true],
      ['no dosage instruction', {}, true],
      ['one weekly and one daily instruction', { dosageInstruction: [weekly.dosageInstruction[0], { timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } } }] }, true],
    ];
    for (const [name, extra, card] of rows) {
      it(`${name} → ${card ? 'critical "Methotrexate is once weekly"' : 'no card'}`, () => {
        for (const atc of ['L04AX03', 'L01BA01']) {
          const cards = checkOrders(drafts(order(atc, extra as Partial<MedicationRequest>)), { today: TODAY });
          expect(cards.map((c) => c.summary)).to.deep.equal(card ? ['Methotrexate is once weekly'] : []);
          if (card) {
            expect(cards[0].indicator).to.equal('critical');
            expect(plain(cards[0].detail)).to.include('never daily');
          }
        }
      });
    }

    it('notWeekly names what is wrong', () => {
      expect(notWeekly(undefined)).to.match(/no dosage instruction/);
      expect(notWeekly([{ timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } } }])).to.match(/1 time per 1 d/);
      expect(notWeekly([{ timing: { repeat: { frequency: 1, period: 7, periodUnit: 'd' } } }])).to.equal(undefined);
    });
  });

  describe('an azathioprine order (ATC L04AX01)', () => {
    const PGX = { fhir: { codes: { tpmt: [{ system: 'urn:lab:pgx', code: 'TPMT' }], nudt15: [{ system: 'urn:lab:pgx', code: 'NUDT15' }] } } };
    const pheno = (code: string, text: string) => observation({ system: 'urn:lab:pgx', code }, '2026-06-01', { valueString: text }, `pgx-${code}`);
    const rows: [string, Resource[], unknown, string | undefined, RegExp?][] = [
      ['no TPMT/NUDT15 in the record → not known', [], undefined, 'Azathioprine: TPMT and NUDT15 results are not known', /Do not start before the TPMT and NUDT15 results are known/],
      ['TPMT only (NUDT15 missing) → not known', [pheno('TPMT', 'Normal Metabolizer')], PGX, 'Azathioprine: TPMT and NUDT15 results are not known', /only one of the TPMT and NUDT15 results/],
      ['TPMT poor → poor metaboliser card', [pheno('TPMT', 'Poor Metabolizer')], PGX, 'Azathioprine: poor TPMT or NUDT15 metaboliser', /do not use azathioprine/],
      ['both normal → no card', [pheno('TPMT', 'Normal Metabolizer'), pheno('NUDT15', 'Normal Metabolizer')], PGX, undefined],
      ['intermediate → no card (the dose calculator reduces the dose)', [pheno('TPMT', 'Intermediate Metabolizer'), pheno('NUDT15', 'Normal Metabolizer')], PGX, undefined],
    ];
    for (const [name, record, config, summary, detail] of rows) {
      it(name, () => {
        const cards = checkOrders(drafts(order('L04AX01')), { record, config, today: TODAY });
        expect(cards.map((c) => c.summary)).to.deep.equal(summary ? [summary] : []);
        if (detail) expect(plain(cards[0].detail)).to.match(detail);
        if (summary) expect(cards[0].indicator).to.equal('critical');
      });
    }
  });

  it('the draft-orders fixture (order-sign: every order): statin, daily methotrexate and azathioprine give cards; weekly methotrexate does not', async () => {
    const cards = checkOrders(await fixture('draft-orders.json'), { record: [hmgcr('positive')], today: TODAY });
    expect(cards.map((c) => c.summary)).to.deep.equal(['Avoid statins', 'Methotrexate is once weekly', 'Azathioprine: TPMT and NUDT15 results are not known']);
    expect(plain(cards[1].detail)).to.include('MedicationRequest/draft-mtx-daily');
  });

  it('order-select: only the selected orders are checked', async () => {
    const all = await fixture('draft-orders.json');
    const cards = checkOrders(all, { record: [hmgcr('positive')], selections: ['MedicationRequest/draft-mtx-weekly', 'MedicationRequest/draft-aza'], today: TODAY });
    expect(cards.map((c) => c.summary)).to.deep.equal(['Azathioprine: TPMT and NUDT15 results are not known']);
  });

  it('a cancelled or entered-in-error draft is not checked', () => {
    const cancelled = { ...order('L04AX03'), status: 'cancelled' } as Resource;
    const error = { ...order('L01BA01'), status: 'entered-in-error' } as Resource;
    expect(checkOrders(drafts(cancelled, error), { today: TODAY })).to.deep.equal([]);
  });

  it('a contained Medication names the drug', () => {
    const contained = {
      resourceType: 'MedicationRequest',
      id: 'c',
      status: 'draft',
      intent: 'order',
      contained: [{ resourceType: 'Medication', id: 'mtx', code: { coding: [{ system: ATC, code: 'L04AX03' }] } }],
      medicationReference: { reference: '#mtx' },
    } as Resource;
    expect(checkOrders(drafts(contained), { today: TODAY }).map((c) => c.summary)).to.deep.equal(['Methotrexate is once weekly']);
  });

  it('cards are stable for the same call and the same order, and distinct across orders', () => {
    const b = drafts(order('L04AX03', {}, 'one'), order('L04AX03', {}, 'two'));
    const first = checkOrders(b, { instance: 'i', today: TODAY });
    const again = checkOrders(b, { instance: 'i', today: TODAY });
    expect(first.map((c) => c.uuid)).to.deep.equal(again.map((c) => c.uuid));
    expect(new Set(first.map((c) => c.uuid)).size).to.equal(2);
    for (const c of first) expect(c.uuid).to.match(UUID_V5);
  });

  it('nothing checkable gives no cards', () => {
    for (const junk of [undefined, null, 'x', [], {}, { resourceType: 'Bundle' }, bundle()]) expect(checkOrders(junk)).to.deep.equal([]);
  });
});
