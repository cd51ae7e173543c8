// The published worked cases (demo/verify-cases.json) cover what a hospital must be able to
// re-check, and pass against the built core in Node with the verification page's own checking
// code (demo/verify.js) — all but the cases marked with a reported disagreement between the
// content specification and the core, which must fail (and lose their mark once the core agrees).
// The browser run is test/safety/verify-page.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/traceability.mjs';
import { runAll, runCase, decode } from '../../demo/verify.js';

const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const file = read('demo/verify-cases.json');
const cases = file.cases;
const doses = cases.filter((c) => c.kind === 'dose');
const pathway = cases.filter((c) => c.kind === 'pathway');
const pathwayDoses = cases.filter((c) => c.kind === 'pathway-dose');
const disagreements = cases.filter((c) => c.disagreement !== undefined).map((c) => c.id);
const find = (pred) => cases.filter(pred);
const inputOf = (c) => decode(c.input);
const unitOf = (c) => inputOf(c).weightUnit ?? 'kg';

test('[hazard:H25] every published case passes against the built core, except the reported disagreements, which fail', async () => {
  const core = await import('nam-cds/core');
  const report = runAll(core, file);
  const failures = report.results
    .filter((r) => !r.pass && !disagreements.includes(r.id))
    .map((r) => `${r.id}: ${r.checks.filter((c) => !c.pass).map((c) => `${c.label} expected ${c.expected}, got ${c.actual}`).join('; ')}`);
  assert.deepEqual(failures, [], failures.join('\n'));
  // A marked case that passes means the core now agrees: re-check it and remove the mark.
  const agreeing = report.results.filter((r) => r.pass && disagreements.includes(r.id)).map((r) => r.id);
  assert.deepEqual(agreeing, [], `the core now agrees with ${agreeing.join(', ')}: remove their "disagreement" mark`);
  assert.deepEqual(report.failedIds, disagreements);
  assert.equal(report.total, cases.length + 1);
  assert.equal(report.versionPass, true);
});

test('[hazard:H25] the deliberately wrong fixture fails on exactly its wrong case', async () => {
  const core = await import('nam-cds/core');
  const report = runAll(core, read('test/safety/fixtures/verify-cases-wrong.json'));
  assert.deepEqual(report.failedIds, ['D03']);
  const d03 = report.results.find((r) => r.id === 'D03');
  assert.deepEqual(
    d03.checks.filter((c) => !c.pass).map((c) => [c.label, c.expected, c.actual]),
    [['prednisone dose', '70 mg', '75 mg']],
  );
});

test('the case file is for content 2.0.0; ids are unique; every case has a kind, a title, a basis, an input and an expectation', () => {
  assert.equal(file.contentVersion, '2.0.0');
  assert.equal(file.contentDate, '2026-12-07');
  const ids = cases.map((c) => c.id);
  assert.deepEqual(ids, [...new Set(ids)]);
  for (const c of cases) {
    assert.ok(['dose', 'pathway', 'pathway-dose'].includes(c.kind), `${c.id} kind`);
    assert.ok(c.title && c.basis && c.expect && 'input' in c, `${c.id} is complete`);
    if (c.kind === 'pathway-dose') assert.ok(c.doseInput && typeof c.doseInput === 'object', `${c.id} doseInput`);
    if (c.disagreement !== undefined) assert.ok(typeof c.disagreement === 'string' && c.disagreement.length > 40, `${c.id} says what disagrees`);
  }
});

test('the dose cases cover the edges the content specification names: range, confirmation tier, BMI, units, age', () => {
  const weightIs = (w, unit = 'kg') => (c) => c.kind === 'dose' && inputOf(c).weight === w && unitOf(c) === unit;
  const accepted = (w, unit) => find(weightIs(w, unit)).some((c) => !c.expect.errors);
  const rejected = (w, unit) => find(weightIs(w, unit)).some((c) => c.expect.errors?.includes('weight'));
  assert.ok(accepted(20) && accepted(350), '20 kg and 350 kg accepted');
  assert.ok(rejected(19.9) && rejected(350.1), '19.9 kg and 350.1 kg rejected');
  assert.ok(rejected(44, 'lb') && rejected(771.7, 'lb') && accepted(771.6, 'lb'), 'the range in pounds');

  // The confirmation tier (content-spec §4.1): below 40 kg, 150 kg or more; BMI below 15 or above 50.
  const tier = (pred) => find((c) => c.kind === 'dose' && pred(inputOf(c)) && !c.expect.errors);
  const withheld = (c) => ['prednisone', 'azathioprine', 'ivig'].every((d) => c.expect.lines?.[d]?.withheld === true);
  const fixedKept = (c) => ['methotrexate', 'mycophenolate', 'methylprednisolone', 'rituximab'].some((d) => typeof c.expect.lines?.[d]?.amount === 'string');
  const dosed = (c) => ['prednisone', 'azathioprine', 'ivig'].every((d) => typeof c.expect.lines?.[d]?.amount === 'string');
  const edge = (weight, heightCm, inTier) => {
    const at = tier((i) => i.weight === weight && i.heightCm === heightCm && (i.weightUnit ?? 'kg') === 'kg');
    const label = `${weight} kg${heightCm ? ` at ${heightCm} cm` : ''}`;
    if (inTier) {
      const open = at.filter((c) => !inputOf(c).weightConfirmed);
      const confirmed = at.filter((c) => inputOf(c).weightConfirmed === true);
      assert.ok(open.some((c) => withheld(c) && fixedKept(c) && c.expect.weightConfirmationRequired === true), `${label}: withheld, fixed lines kept`);
      assert.ok(confirmed.some((c) => dosed(c) && c.expect.weightConfirmationRequired === true && c.expect.warnings?.includes('weight-confirmed')), `${label}: confirmed doses`);
    } else {
      assert.ok(at.some((c) => dosed(c) && c.expect.weightConfirmationRequired === false), `${label}: doses at once`);
    }
  };
  edge(39.99, undefined, true);
  edge(40, undefined, false);
  edge(149.99, undefined, false);
  edge(150, undefined, true);
  edge(20, undefined, true);
  edge(350, undefined, true);
  edge(59.96, 200, true); // BMI 14.99
  edge(60, 200, false); // BMI 15
  edge(112.5, 150, false); // BMI 50
  edge(112.5225, 150, true); // BMI 50.01
  const askPounds = (c) => c.expect.warningText?.includes('Is this weight in pounds');
  const noPoundsQuestion = (c) => c.expect.warningTextAbsent?.includes('Is this weight in pounds');
  assert.ok(find(weightIs(150)).some(askPounds) && find(weightIs(154)).some(askPounds), 'kg of 150 or more: asks whether it is pounds');
  assert.ok(find(weightIs(39.99)).some(noPoundsQuestion) && find(weightIs(771.6, 'lb')).some(noPoundsQuestion), 'no pounds question below 150 or for a pound entry');

  // Both units; the pounds policy; age.
  assert.ok(doses.some((c) => c.expect.weightText === '70 kg (154.3 lb)'), '"70 kg (154.3 lb)"');
  assert.ok(find(weightIs(154, 'lb')).some((c) => c.expect.weightKg === 69.85 && c.expect.conversion === '154 lb = 69.85 kg'), '154 lb → 69.85 kg');
  const noPounds = doses.filter((c) => c.config?.units?.allowPounds === false);
  assert.ok(noPounds.some((c) => unitOf(c) === 'lb' && c.expect.errors?.includes('weightUnit')), 'pounds refused by policy');
  assert.ok(noPounds.some((c) => unitOf(c) === 'kg' && !c.expect.errors), 'kilograms still accepted under that policy');
  for (const kind of ['dose', 'pathway']) {
    const ages = (pred) => find((c) => c.kind === kind && pred(c)).map((c) => inputOf(c).age);
    assert.ok(ages((c) => c.expect.errors?.includes('age')).includes(17), `${kind}: age 17 rejected`);
    assert.ok(ages((c) => !c.expect.errors).includes(18), `${kind}: age 18 accepted`);
  }

  const invalid = doses.filter((c) => c.expect.errors);
  assert.ok(invalid.length >= 14, 'invalid inputs');
  for (const field of ['weight', 'weightUnit', 'weightConfirmed', 'age', 'tpmt', 'ivigDays', 'heightCm', 'startDate']) {
    assert.ok(invalid.some((c) => c.expect.errors.includes(field)), `an invalid ${field}`);
  }
  for (const bad of ['NaN', 'Infinity']) assert.ok(invalid.some((c) => c.input.weight?.$number === bad), `weight ${bad}`);
});

test('the dose cases cover prednisone, azathioprine and IVIG rules of content 2.0', () => {
  const lines = (drug) => doses.flatMap((c) => (c.expect.lines?.[drug] ? [{ c, i: inputOf(c), line: c.expect.lines[drug] }] : []));
  const pred = lines('prednisone');
  const predAt = (w) => pred.filter((x) => x.i.weight === w && !x.i.checkpointInhibitor && !x.c.config).map((x) => x.line.amount);
  assert.ok(predAt(100).includes('75 mg'), 'the prednisone cap at 100 kg');
  assert.ok(predAt(72).includes('70 mg') && predAt(73).includes('75 mg'), 'rounding 72 → 70 and 73 → 75');
  // Checkpoint inhibitor: grade 1, grade 2 below / at / without 3 × ULN, severe, myocarditis.
  const ici = pred.filter((x) => x.i.checkpointInhibitor);
  const iciCase = (severity, ck, want) => ici.some((x) => x.i.severity === severity && x.i.ckTimesUln === ck && want(x.line));
  assert.ok(iciCase('mild', undefined, (l) => l.withheld && l.notices?.includes('prednisone-ici-grade-1')), 'ICI grade 1 withheld');
  assert.ok(iciCase('moderate', 2.99, (l) => l.withheld && l.notices?.includes('prednisone-ici-ck-below-3')), 'ICI grade 2, CK below 3 × ULN: withheld');
  assert.ok(iciCase('moderate', 3, (l) => l.amount === '40–70 mg'), 'ICI grade 2, CK 3 × ULN: 0.5–1 mg/kg/day');
  assert.ok(iciCase('moderate', undefined, (l) => l.amount === '40–70 mg' && l.notices?.includes('prednisone-ici-ck-condition')), 'ICI grade 2 without CK: the condition');
  assert.ok(iciCase('severe', undefined, (l) => l.amount === '70 mg'), 'ICI severe: 1 mg/kg/day');
  assert.ok(ici.some((x) => x.i.redFlags?.includes('myocarditis') && x.line.notices?.includes('prednisone-ici-myocarditis')), 'ICI myocarditis');
  // The local cap: 20 and 100 accepted, 19 and 101 refused, above 75 labelled.
  const capped = (cap) => doses.filter((c) => c.config?.prednisone?.maxDailyMg === cap);
  for (const cap of [20, 100]) assert.ok(capped(cap).some((c) => c.expect.lines.prednisone.amount === `${cap} mg`), `local cap ${cap} accepted`);
  for (const cap of [19, 101]) assert.ok(capped(cap).some((c) => c.expect.warningText?.includes('configuration ignored') && c.expect.lines.prednisone.amount === '75 mg'), `local cap ${cap} refused`);
  assert.ok(capped(80).some((c) => c.expect.lines.prednisone.notices?.includes('prednisone-local-cap-above-default')), 'a cap above 75 is labelled');
  assert.ok(capped(75).some((c) => c.expect.lines.prednisone.noticesAbsent?.includes('prednisone-local-cap-above-default')), 'a cap of 75 is not');
  // Azathioprine: every TPMT status, the critical unknown notice, interactions.
  const aza = lines('azathioprine');
  for (const tpmt of ['normal', 'intermediate', 'intermediate-both', 'poor', 'unknown']) {
    assert.ok(aza.some((x) => (x.i.tpmt ?? 'unknown') === tpmt), `TPMT ${tpmt}`);
  }
  assert.ok(aza.some((x) => x.line.noticeLevels?.['azathioprine-tpmt-unknown'] === 'critical'), 'TPMT unknown: a critical notice');
  assert.ok(aza.some((x) => x.line.notices?.includes('azathioprine-allopurinol')), 'allopurinol and febuxostat');
  assert.ok(lines('methotrexate').some((x) => x.line.notices?.includes('methotrexate-co-trimoxazole')), 'co-trimoxazole');
  // IVIG: the vial rule's edges (4.17 % in, exactly ±10 % in, 10.01 % out, ties up), the choice prompt, the rate, myasthenic days.
  const vial = lines('ivig').filter((x) => x.c.config?.ivig?.vialStepG !== undefined);
  const vialCase = (step, weight, want) => vial.some((x) => x.c.config.ivig.vialStepG === step && x.i.weight === weight && want(x.line));
  const kept = (l) => l.noticesAbsent?.includes('ivig-vial-refused');
  const refused = (l) => l.notices?.includes('ivig-vial-refused');
  assert.ok(vialCase(5, 72, (l) => kept(l) && l.perDay === '30 g' && l.amount === '150 g'), 'vial: 28.8 → 30 g (4.17 %)');
  assert.ok(vialCase(5.5, 50, (l) => kept(l) && l.perDay === '22 g'), 'vial: exactly +10 % is within');
  assert.ok(vialCase(4.5, 50, (l) => kept(l) && l.perDay === '18 g'), 'vial: exactly −10 % is within');
  assert.ok(vialCase(5.5005, 50, (l) => refused(l) && l.perDay === '20 g'), 'vial: 10.01 % is refused');
  assert.ok(vialCase(5, 55, (l) => kept(l) && l.perDay === '30 g') && vialCase(5, 45, (l) => refused(l) && l.perDay === '22.5 g'), 'vial: ties round up');
  const ivig = lines('ivig');
  assert.ok(ivig.some((x) => x.line.noticeLevels?.['ivig-dosing-weight-choice'] === 'warning' && x.i.ivigDosingWeight === undefined), 'the choice prompt above 120 % of IBW');
  assert.ok(ivig.some((x) => x.i.heightCm === 152.4 && x.i.weight === 60 && x.line.noticesAbsent?.includes('ivig-dosing-weight-choice')), 'exactly 120 % of IBW: no prompt');
  assert.ok(ivig.some((x) => x.line.noticeIncludes?.some((t) => / g\/h$/.test(t))), 'the infusion rate in g/h');
  assert.ok(ivig.some((x) => x.i.redFlags?.includes('myasthenic') && x.i.ivigDays === 3 && x.line.days === 5), 'myasthenic: 5 days');
  assert.ok(
    doses.some((c) => c.input.heightCm === 175 && c.input.sex === 'male' && c.input.weight === 100 && c.input.ivigDosingWeight === 'adjusted' && c.expect.lines?.ivig?.amount === '164.6 g'),
    'adjusted IVIG weight for a man of 175 cm and 100 kg',
  );
});

test('the pathway cases cover every subgroup, phase, red flag and the 2.0 rules', () => {
  const ok = pathway.filter((c) => !c.expect.errors);
  const stepOf = (c, id) => c.expect.steps.find((s) => s[0] === id);
  const shows = (c, id, priority, indicator) => {
    const s = stepOf(c, id);
    return Boolean(s) && (!priority || s[1] === priority) && (!indicator || s[2] === indicator);
  };
  for (const antibody of ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending']) {
    assert.ok(ok.some((c) => (c.input.antibody ?? 'pending') === antibody), `subgroup ${antibody}`);
  }
  for (const phase of ['new', 'inadequate-response', 'relapse']) {
    assert.ok(ok.some((c) => (c.input.phase ?? 'new') === phase && !c.input.checkpointInhibitor), `phase ${phase}`);
    assert.ok(ok.some((c) => (c.input.phase ?? 'new') === phase && c.input.checkpointInhibitor), `checkpoint inhibitor, phase ${phase}`);
  }
  for (const severity of ['mild', 'moderate', 'severe', 'life-threatening']) {
    assert.ok(ok.some((c) => c.input.checkpointInhibitor && (c.input.severity ?? 'moderate') === severity), `checkpoint inhibitor, ${severity}`);
  }
  // Each of the six red flags raises a lower given severity to severe, with the warning.
  for (const flag of ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'myasthenic', 'rhabdomyolysis']) {
    assert.ok(ok.some((c) => c.input.redFlags?.includes(flag)), `red flag ${flag}`);
  }
  const raised = ok.filter((c) => c.expect.warnings?.includes('severity-raised'));
  assert.ok(raised.length >= 5 && raised.every((c) => ['severe', 'life-threatening'].includes(c.expect.effectiveSeverity)), 'raised severity');
  assert.ok(raised.some((c) => c.input.severity === 'mild' && c.expect.stepWhy), 'mild raised by a flag, the reasons saying so');
  assert.ok(ok.some((c) => c.input.redFlags?.length && c.input.severity === 'life-threatening' && c.expect.warnings?.length === 0), 'life-threatening is never lowered, no warning');
  assert.ok(ok.some((c) => shows(c, 'withdraw-checkpoint-inhibitor') && stepOf(c, 'withdraw-checkpoint-inhibitor')[3] === 'mandatory' && c.input.redFlags?.includes('myocarditis')));
  // Checkpoint inhibitor: grade 1, grade 2 by CK, no cancer screening.
  assert.ok(ok.some((c) => shows(c, 'ici-grade-1', 'first-line', 'info') && !shows(c, 'glucocorticoid')), 'grade 1: no glucocorticoid');
  const ck = (v) => ok.filter((c) => c.input.checkpointInhibitor && c.input.ckTimesUln === v && (c.input.severity ?? 'moderate') === 'moderate' && !c.input.redFlags);
  assert.ok(ck(2.9).some((c) => shows(c, 'glucocorticoid') && !shows(c, 'supportive-care')), 'grade 2, CK below 3: not recommended');
  assert.ok(ck(3).some((c) => shows(c, 'glucocorticoid') && shows(c, 'supportive-care')), 'grade 2, CK 3: recommended');
  assert.ok(ok.filter((c) => c.input.checkpointInhibitor).every((c) => !shows(c, 'cancer-screening')), 'no cancer screening with a checkpoint inhibitor');
  assert.ok(ok.some((c) => c.input.checkpointInhibitor && ['anti-hmgcr', 'seronegative'].includes(c.input.antibody)), 'not even with anti-HMGCR or seronegative');
  // Myasthenic overlap; statin unknown; review-treatment; re-escalation; pending screening; rituximab text.
  assert.ok(ok.some((c) => shows(c, 'myasthenia-overlap', 'immediate', 'critical') && shows(c, 'ivig', 'immediate', 'critical') && c.expect.stepText?.['myasthenia-overlap']), 'myasthenia-overlap, IVIG immediate/critical');
  assert.ok(ok.some((c) => c.expect.stepNotices?.['methylprednisolone-pulse']?.['methylprednisolone-myasthenia'] === 'critical'), 'notice codes on a step');
  assert.ok(ok.some((c) => (c.input.statin ?? 'unknown') === 'unknown' && c.input.antibody === 'anti-hmgcr' && shows(c, 'stop-statin')), 'statin unknown, anti-HMGCR');
  assert.ok(ok.some((c) => (c.input.statin ?? 'unknown') === 'unknown' && c.input.antibody === 'anti-srp' && !shows(c, 'stop-statin')), 'statin unknown, anti-SRP');
  assert.ok(ok.some((c) => shows(c, 'review-treatment', 'first-line', 'warning')), 'review-treatment');
  const refractory = ok.filter((c) => ['relapse', 'inadequate-response'].includes(c.input.phase) && !c.input.checkpointInhibitor);
  for (const id of ['glucocorticoid', 'steroid-sparing-agent']) assert.ok(refractory.some((c) => shows(c, id, 'first-line', 'warning')), `${id} re-escalation`);
  assert.ok(refractory.some((c) => c.input.phase === 'relapse' && shows(c, 'pre-treatment-checks') && shows(c, 'supportive-care')), 'pre-treatment checks and supportive care in relapse');
  assert.ok(ok.some((c) => (c.input.antibody ?? 'pending') === 'pending' && shows(c, 'cancer-screening', 'first-line', 'warning') && c.expect.stepTextAbsent?.['cancer-screening']), 'cancer screening, antibody pending');
  assert.ok(ok.some((c) => c.expect.stepText?.rituximab?.includes('HBsAg') && c.expect.stepText.rituximab.includes('anti-HBc')), 'rituximab names HBsAg and anti-HBc');
  const invalid = pathway.filter((c) => c.expect.errors);
  assert.ok(invalid.length >= 6, 'invalid pathway inputs');
  for (const field of ['antibody', 'redFlags', 'severity', 'age', 'ckTimesUln']) assert.ok(invalid.some((c) => c.expect.errors.includes(field)), `an invalid ${field}`);
});

test('the doses inside the pathway follow its effective severity, red flags and CK', () => {
  assert.ok(pathwayDoses.length >= 6);
  const line = (pred) => pathwayDoses.some((c) => pred(decode(c.input), c.expect.lines ?? {}));
  assert.ok(line((i, l) => i.redFlags?.includes('myocarditis') && i.ckTimesUln < 3 && l.prednisone?.amount === '70 mg'), 'myocarditis outranks the grade-2 CK rule');
  assert.ok(line((i, l) => i.severity === 'mild' && i.redFlags?.includes('myasthenic') && l.prednisone?.amount && l.ivig?.days === 5), 'myasthenic: 1 mg/kg/day and 5 IVIG days');
  assert.ok(line((i, l) => i.redFlags?.includes('bulbar') && l.prednisone?.noticeLevels?.['oral-bulbar'] === 'critical'), 'bulbar: nothing by mouth');
  assert.ok(line((i, l) => l.prednisone?.withheld === true), 'a withheld glucocorticoid');
});

// The checking code itself (demo/verify.js): it can fail, and it reads what the core gives.
const fakeLine = (over = {}) => ({
  drug: 'prednisone',
  amount: { min: 70, max: 70, unit: 'mg' },
  exact: { min: 70, max: 70, unit: 'mg' },
  per: 'day',
  text: 'Prednisone 70 mg',
  notices: [{ level: 'critical', code: 'oral-bulbar', message: 'Nothing by mouth.' }],
  ...over,
});
const fakeDoses = (line, over = {}) => ({ calculateDoses: () => ({ ok: true, weightKg: 70, weightText: '70 kg (154.3 lb)', weightConfirmationRequired: false, lines: [line], warnings: [], ...over }) });
const doseCase = (expect, extra = {}) => ({ id: 'X', kind: 'dose', input: { weight: 70 }, expect, ...extra });

test('a case that throws, checks nothing or has an unknown kind is a failure, never a pass', () => {
  const throwing = { evaluatePathway: () => { throw new Error('boom'); }, calculateDoses: () => { throw new Error('boom'); } };
  assert.equal(runCase(throwing, doseCase({ lines: { prednisone: { amount: '70 mg' } } })).pass, false);
  assert.equal(runCase({ calculateDoses: () => ({ ok: true, lines: [], warnings: [] }) }, doseCase({})).pass, false);
  const unknown = runCase(fakeDoses(fakeLine()), doseCase({ lines: { prednisone: { amount: '70 mg' } } }, { kind: 'doses' }));
  assert.equal(unknown.pass, false);
  assert.match(unknown.checks[0].actual, /unknown case kind/);
});

test('a withheld line passes only with no amount and no exact; a dose expected from a withheld line fails', () => {
  const withheld = fakeLine({ withheld: true, amount: undefined, exact: undefined });
  assert.equal(runCase(fakeDoses(withheld), doseCase({ lines: { prednisone: { withheld: true } } })).pass, true);
  assert.equal(runCase(fakeDoses(fakeLine({ withheld: true })), doseCase({ lines: { prednisone: { withheld: true } } })).pass, false, 'withheld but still carrying a dose');
  assert.equal(runCase(fakeDoses(fakeLine()), doseCase({ lines: { prednisone: { withheld: true } } })).pass, false);
  assert.equal(runCase(fakeDoses(withheld), doseCase({ lines: { prednisone: { amount: '70 mg', perDay: '70 mg' } } })).pass, false);
});

test('notice levels, weight text, confirmation and error words are checked, not just present', () => {
  const line = fakeLine();
  assert.equal(runCase(fakeDoses(line), doseCase({ lines: { prednisone: { noticeLevels: { 'oral-bulbar': 'critical' } } } })).pass, true);
  assert.equal(runCase(fakeDoses(line), doseCase({ lines: { prednisone: { noticeLevels: { 'oral-bulbar': 'warning' } } } })).pass, false);
  assert.equal(runCase(fakeDoses(line), doseCase({ lines: { prednisone: { noticeIncludes: ['NOTHING by mouth'] } } })).pass, true, 'words in any case');
  assert.equal(runCase(fakeDoses(line), doseCase({ weightText: '70 kg (154.3 lb)', weightConfirmationRequired: false })).pass, true);
  assert.equal(runCase(fakeDoses(line), doseCase({ weightText: '70 kg' })).pass, false);
  assert.equal(runCase(fakeDoses(line), doseCase({ weightConfirmationRequired: true })).pass, false);
  assert.equal(runCase(fakeDoses(line, { weightConfirmationRequired: undefined }), doseCase({ weightConfirmationRequired: false })).pass, false, 'absent is not false');
  const rejecting = { calculateDoses: () => ({ ok: false, errors: [{ field: 'age', message: 'age must be 18 to 110 (adults only).' }] }) };
  assert.equal(runCase(rejecting, doseCase({ errors: ['age'], errorText: { age: ['adults'] } })).pass, true);
  assert.equal(runCase(rejecting, doseCase({ errors: ['age'], errorText: { age: ['children'] } })).pass, false);
});

test('the institution configuration of a case reaches the core, and a pathway-dose case doses from the pathway', () => {
  const seen = [];
  const core = {
    calculateDoses: (input, config) => (seen.push({ input, config }), fakeDoses(fakeLine()).calculateDoses()),
    evaluatePathway: (input) => ({ ok: true, input, steps: [], warnings: [] }),
    pathwayDoses: (pathway, weightInput, config) => (seen.push({ pathway, weightInput, config }), fakeDoses(fakeLine()).calculateDoses()),
  };
  const config = { prednisone: { maxDailyMg: 60 } };
  assert.equal(runCase(core, doseCase({ lines: { prednisone: { amount: '70 mg' } } }, { config })).pass, true);
  assert.deepEqual(seen.pop(), { input: { weight: 70 }, config });
  const r = runCase(core, { id: 'Y', kind: 'pathway-dose', input: { redFlags: ['bulbar'] }, doseInput: { weight: 70 }, config, expect: { lines: { prednisone: { amount: '70 mg' } } } });
  assert.equal(r.pass, true);
  assert.deepEqual(seen.pop(), { pathway: { ok: true, input: { redFlags: ['bulbar'] }, steps: [], warnings: [] }, weightInput: { weight: 70 }, config });
  const { pathwayDoses: _, ...older } = core;
  assert.equal(runCase(older, { id: 'Z', kind: 'pathway-dose', input: {}, doseInput: { weight: 70 }, expect: { lines: { prednisone: { amount: '70 mg' } } } }).pass, false);
});

test('pathway checks: effective severity, warnings, step texts, reasons and step notices can each fail', () => {
  const step = { id: 'methylprednisolone-pulse', priority: 'immediate', indicator: 'warning', text: 'IV methylprednisolone.', why: ['Severity: treated as severe because of the red flag'], notices: [{ level: 'critical', code: 'methylprednisolone-myasthenia', message: 'Myasthenia.' }] };
  const core = { evaluatePathway: () => ({ ok: true, effectiveSeverity: 'severe', steps: [step], warnings: [{ level: 'warning', code: 'severity-raised', message: 'Severity treated as severe because of the red flag.' }] }) };
  const base = { steps: [['methylprednisolone-pulse', 'immediate', 'warning']] };
  const run = (expect) => runCase(core, { id: 'P', kind: 'pathway', input: {}, expect: { ...base, ...expect } }).pass;
  assert.equal(run({ effectiveSeverity: 'severe', warnings: ['severity-raised'], warningText: ['red flag'], stepText: { 'methylprednisolone-pulse': ['methylprednisolone'] }, stepWhy: { 'methylprednisolone-pulse': ['red flag'] }, stepNotices: { 'methylprednisolone-pulse': { 'methylprednisolone-myasthenia': 'critical' } } }), true);
  assert.equal(run({ effectiveSeverity: 'moderate' }), false);
  assert.equal(run({ warnings: [] }), false);
  assert.equal(run({ warningTextAbsent: ['red flag'] }), false);
  assert.equal(run({ stepText: { 'methylprednisolone-pulse': ['prednisone 1 mg/kg'] } }), false);
  assert.equal(run({ stepTextAbsent: { 'methylprednisolone-pulse': ['IV'] } }), false);
  assert.equal(run({ stepWhy: { 'methylprednisolone-pulse': ['antibody'] } }), false);
  assert.equal(run({ stepNotices: { 'methylprednisolone-pulse': { 'methylprednisolone-myasthenia': 'warning' } } }), false);
  assert.equal(run({ stepText: { ivig: ['IVIG'] } }), false, 'a step that is not shown');
});
