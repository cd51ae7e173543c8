// The bedside layout, measured on the built demo as `npm start` serves it (scripts/measure-layout.mjs):
// for every demo preset at 1280×800 and 390×844, the answer comes first and stays short, no dose is
// drawn twice, the pathway's note stays under 3,500 characters for the four clinical presets, and a
// click through every checkbox and radio of the pathway's form moves nothing above the control
// clicked while every new critical action is in view or announced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { measure } from '../../scripts/measure-layout.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const browser = findBrowser();
const built = existsSync(join(ROOT, 'dist', 'nam-cds.min.js'));
const CLINICAL_PRESETS = ['hmgcr-statin', 'srp-severe-dysphagia', 'ici-myocarditis', 'seronegative-relapse'];

test('the bedside layout of the demo presets (1280×800 and 390×844)', { skip: !browser || !built ? 'needs Chromium and npm run build' : false, timeout: 180_000 }, async (t) => {
  const { rows, shifts } = await measure({ executablePath: browser });
  const presets = new Set(rows.map((r) => r.preset));
  for (const p of CLINICAL_PRESETS) assert.ok(presets.has(p), `preset ${p} measured`);

  await t.test('at a glance starts in the first screen of every result, and no dose line is drawn twice', () => {
    for (const r of rows) {
      const where = `${r.viewport} ${r.preset} <${r.element}>`;
      assert.equal(r.glanceInFirstScreenOfResult, true, `${where}: glance in the first screen`);
      assert.ok(r.glanceHeight > 0, `${where}: glance drawn`);
      assert.equal(r.duplicateDoseLines, 0, `${where}: duplicate dose lines`);
    }
  });

  await t.test('at 1280×800 the pathway and calculator results, details collapsed, are at most 2 screens', () => {
    for (const r of rows.filter((x) => x.viewport === '1280×800' && x.element !== 'nam-monitor')) {
      assert.ok(r.resultScreens <= 2, `${r.preset} <${r.element}>: ${r.resultScreens} screens`);
    }
  });

  await t.test('on a phone the pathway glance is visible right after each clinical preset', () => {
    for (const r of rows.filter((x) => x.viewport === '390×844' && x.element === 'nam-pathway' && CLINICAL_PRESETS.includes(x.preset))) {
      assert.equal(r.glanceVisibleAfterPreset, true, r.preset);
    }
  });

  await t.test("each clinical preset's pathway note is under 3,500 characters", () => {
    for (const r of rows.filter((x) => x.element === 'nam-pathway' && CLINICAL_PRESETS.includes(x.preset))) {
      assert.ok(r.noteLength > 500 && r.noteLength < 3500, `${r.viewport} ${r.preset}: ${r.noteLength} characters`);
    }
  });

  await t.test('clicking through the pathway form moves nothing above the control clicked; new critical actions are seen or said', () => {
    assert.ok(shifts.length >= 20, `${shifts.length} controls clicked`);
    for (const s of shifts) {
      assert.equal(s.shiftAbove, 0, `${s.control}: ${s.shiftAbove} px above moved`);
      assert.equal(s.criticalInViewOrAnnounced, true, `${s.control}: a new critical action neither in view nor announced`);
    }
  });
});
