// The bedside layout, measured (the issue "Answer first"): for the four demo presets at 1280×800
// and 390×844 in headless Chromium, on the demo page served as `npm start` serves it —
//   - the height of each element's "at a glance" block and whether it starts in the first screen
//     of the result;
//   - the height of each result with details collapsed, in screens;
//   - dose lines drawn twice inside one element (must be 0);
//   - for the pathway, a scripted click through every checkbox and radio of its form: the largest
//     vertical shift of any control above the one clicked (must be 0 px), and whether each new
//     critical action was in the viewport or announced in the status sentence;
//   - the length of each preset's pathway note.
//
//   node scripts/measure-layout.mjs [--json out.json] [--screenshots dir]   (after npm run build)
//
// test/node/layout.test.mjs asserts the same invariants from the same measurements; this script prints the
// table the README and the issue note quote.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { createDemoServer } from './serve.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const VIEWPORTS = [
  { name: '1280×800', width: 1280, height: 800 },
  { name: '390×844', width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

/** In the page: the measures of one element's result. */
function measureElement(tag) {
  const el = document.querySelector(tag);
  const root = el?.shadowRoot;
  if (!root) return undefined;
  const result = root.querySelector('[part~="result"], [part~="results"]');
  const glance = root.querySelector('[part~="glance"]');
  const box = (n) => (n ? n.getBoundingClientRect() : undefined);
  const r = box(result);
  const g = box(glance);
  const drugs = [...root.querySelectorAll('[data-drug]')].map((n) => n.getAttribute('data-drug'));
  const duplicates = drugs.length - new Set(drugs).size;
  return {
    resultTop: r ? r.top + scrollY : undefined,
    resultHeight: r ? r.height : undefined,
    glanceTop: g ? g.top + scrollY : undefined,
    glanceHeight: g ? g.height : undefined,
    duplicates,
    note: typeof el.note === 'string' ? el.note.length : undefined,
  };
}

export async function measure({ executablePath = findBrowser(), screenshots } = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const server = createDemoServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const rows = [];
  try {
    for (const viewport of VIEWPORTS) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      // Scrolls jump instead of gliding, so what is in view is measured when it is final.
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto(`${base}/demo/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('nam-pathway') && document.querySelector('#presets button'));
      const presets = await page.$$eval('#presets button', (bs) => bs.map((b) => ({ id: b.dataset.preset, label: b.textContent })));
      for (const preset of presets) {
        await page.click(`#presets button[data-preset="${preset.id}"]`);
        await page.evaluate(async () => {
          for (const el of document.querySelectorAll('nam-pathway, nam-dose-calculator, nam-monitor')) await el.updateComplete;
          await new Promise((r) => setTimeout(r, 400));
        });
        const m = await page.evaluate(
          (fn) => Object.fromEntries(['nam-pathway', 'nam-dose-calculator', 'nam-monitor'].map((t) => [t, new Function(`return (${fn})`)()(t)])),
          measureElement.toString(),
        );
        const scroll = await page.evaluate(() => scrollY);
        if (screenshots) {
          mkdirSync(screenshots, { recursive: true });
          await page.screenshot({ path: join(screenshots, `${preset.id}-${viewport.width}.png`) });
        }
        for (const [tag, v] of Object.entries(m)) {
          if (!v) continue;
          rows.push({
            viewport: viewport.name,
            preset: preset.id,
            element: tag,
            glanceHeight: Math.round(v.glanceHeight ?? 0),
            glanceInFirstScreenOfResult: v.glanceTop !== undefined && v.resultTop !== undefined && v.glanceTop + Math.min(v.glanceHeight, 1) - v.resultTop <= viewport.height,
            glanceVisibleAfterPreset: v.glanceTop !== undefined && v.glanceTop - scroll < viewport.height && v.glanceTop - scroll >= 0,
            resultScreens: v.resultHeight ? Math.round((v.resultHeight / viewport.height) * 100) / 100 : 0,
            duplicateDoseLines: v.duplicates,
            noteLength: v.note,
          });
        }
      }
      await page.close();
    }
    const shifts = await clickThrough(browser, base);
    return { rows, shifts };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Clicks every checkbox and radio of the pathway's form in turn (the minimal page, 1280×800),
 * and records for each click the largest shift of a control above the clicked one and whether a
 * new critical action was in view or announced.
 */
async function clickThrough(browser, base) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${base}/demo/minimal.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('nam-pathway') && document.querySelector('nam-pathway')?.shadowRoot?.querySelector('form'));
  const count = await page.evaluate(() => document.querySelector('nam-pathway').shadowRoot.querySelectorAll('form input[type="checkbox"], form input[type="radio"]').length);
  const out = [];
  for (let i = 0; i < count; i++) {
    const r = await page.evaluate(async (i) => {
      const el = document.querySelector('nam-pathway');
      const root = el.shadowRoot;
      // The form's own controls (the pointer to a critical action, and its kept place, come and go).
      const controls = () => [...root.querySelectorAll('form input, form select, form button')].filter((c) => !c.closest('.pointer-slot'));
      const target = root.querySelectorAll('form input[type="checkbox"], form input[type="radio"]')[i];
      target.scrollIntoView({ block: 'center' });
      const above = controls().slice(0, controls().indexOf(target));
      const before = above.map((c) => c.getBoundingClientRect().top);
      const criticalBefore = (el.result.ok ? el.result.steps : []).filter((s) => s.indicator === 'critical').map((s) => s.id);
      target.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 60));
      // Each control compared with itself (a control that came or went changes no other's index).
      let shift = 0;
      above.forEach((c, k) => {
        if (c.isConnected) shift = Math.max(shift, Math.abs(c.getBoundingClientRect().top - before[k]));
      });
      const criticalAfter = (el.result.ok ? el.result.steps : []).filter((s) => s.indicator === 'critical').map((s) => s.id);
      const added = criticalAfter.filter((id) => !criticalBefore.includes(id));
      const glance = root.querySelector('[part~="glance"]')?.getBoundingClientRect();
      const inView = glance ? glance.top < innerHeight && glance.bottom > 0 : false;
      const status = root.querySelector('[data-status]')?.textContent ?? '';
      const pointer = !!root.querySelector('[part~="pointer"]');
      return {
        control: `${target.name}=${target.value}`,
        shiftAbove: Math.round(shift * 10) / 10,
        newCritical: added.length,
        criticalInViewOrAnnounced: added.length === 0 || inView || /New critical action/.test(status),
        pointerShown: pointer,
      };
    }, i);
    out.push(r);
  }
  await page.close();
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, shifts } = await measure({ screenshots: opt('--screenshots') });
  console.log('| viewport | preset | element | glance px | glance in 1st screen | glance visible after preset | result (screens) | duplicate dose lines | note chars |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.viewport} | ${r.preset} | ${r.element} | ${r.glanceHeight} | ${r.glanceInFirstScreenOfResult ? 'yes' : 'no'} | ${r.glanceVisibleAfterPreset ? 'yes' : 'no'} | ${r.resultScreens} | ${r.duplicateDoseLines} | ${r.noteLength ?? ''} |`);
  }
  const worst = Math.max(0, ...shifts.map((s) => s.shiftAbove));
  const unannounced = shifts.filter((s) => !s.criticalInViewOrAnnounced);
  console.log(`\nClick-through of ${shifts.length} pathway controls: largest shift above the clicked control ${worst} px; new critical actions neither in view nor announced: ${unannounced.length}.`);
  const out = opt('--json');
  if (out) writeFileSync(out, JSON.stringify({ rows, shifts }, null, 2));
}
