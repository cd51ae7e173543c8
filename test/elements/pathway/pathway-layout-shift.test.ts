/**
 * No layout shift above the user (the bedside layout): clicking through every checkbox and radio
 * of the form at 1280×800 and 390×844 moves no form control above the one clicked (0 px; the
 * pointer to the critical actions excepted), never scrolls the page and never moves focus. A new
 * critical action out of view is said first in the status, and a pointer at the end of the
 * clicked group leads to the glance.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import { $, $$, countEvents, pathway, root, settle, text } from './helpers.js';

const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Lets the render, the in-view observer and its re-render settle. */
async function quiet(el: NamPathway) {
  await settle(el);
  await frame();
  await frame();
  await settle(el);
}

/** Every form control except the pointer, with its top edge. */
const controls = (el: NamPathway) => $$(el, 'form input, form select, form button').filter((c) => !c.hasAttribute('data-pointer'));
const tops = (el: NamPathway) => new Map(controls(el).map((c) => [c, c.getBoundingClientRect().top]));

/** The controls that were above `clicked` and moved (by how much). */
function movedAbove(before: Map<HTMLElement, number>, clicked: HTMLElement): string[] {
  const at = before.get(clicked)!;
  const moved: string[] = [];
  for (const [c, top] of before) {
    if (c === clicked || top >= at || !c.isConnected) continue;
    const now = c.getBoundingClientRect().top;
    if (now !== top) moved.push(`${c.getAttribute('name')}=${c.getAttribute('value') ?? ''} moved ${now - top} px`);
  }
  return moved;
}

/** Whether the glance is (partly) inside the viewport. */
function glanceInView(el: NamPathway): boolean {
  const g = $(el, '[part="glance"]')?.getBoundingClientRect();
  return !!g && g.bottom > 0 && g.top < innerHeight;
}

/** The form group (the form's child) a node is in, as its index from the top. */
function groupOf(el: NamPathway, node: Element | null): number {
  const form = $(el, 'form')!;
  let n = node;
  while (n && n.parentElement !== form) n = n.parentElement;
  return n ? [...form.children].indexOf(n) : -1;
}

const criticalIds = (el: NamPathway) => (el.result.ok ? el.result.steps.filter((s) => s.indicator === 'critical').map((s) => s.id) : []);

/** A user's click on a control: brought into view by the test (as a user scrolls), then clicked with the mouse. */
async function userClick(control: HTMLElement) {
  const box = control.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) window.scrollBy(0, box.top - innerHeight / 2);
  const b = control.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(b.left + b.width / 2), Math.round(b.top + b.height / 2)] });
}

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

describe('<nam-pathway> no layout shift above the user', function () {
  this.timeout(120000);
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible with the pointer shown', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await pathway();
    await userClick(el.shadowRoot!.querySelector<HTMLElement>('[name="red-flags"][value="dyspnoea"]')!);
    await quiet(el);
    expect($(el, '[part~="pointer"]') !== null, 'the pointer').to.equal(true);
    await expect(el).to.be.accessible();
  });

  for (const viewport of VIEWPORTS) {
    it(`${viewport.width}×${viewport.height}: every checkbox and radio clicked in turn moves nothing above it, scrolls nothing, keeps focus; a new critical action out of view is announced and pointed to from the clicked group`, async () => {
      await setViewport(viewport);
      window.scrollTo(0, 0);
      const el = await pathway({ weight: '70' });
      await quiet(el);
      const names = $$<HTMLInputElement>(el, 'form input[type="radio"], form input[type="checkbox"]').map((c) => [c.name, c.value] as const);
      expect(names.length, 'radios and checkboxes').to.be.greaterThan(20);
      let critical = criticalIds(el);
      const events = countEvents(el);
      let announced = 0;
      let pointed = 0;
      for (const [name, value] of names) {
        const clicked = $<HTMLInputElement>(el, `form [name="${name}"][value="${value}"]`);
        // The weight confirmation box appears only for an unusual weight.
        if (!clicked) continue;
        const label = `${name}=${value}`;
        // Where the user is once the control is brought into view.
        const box = clicked.getBoundingClientRect();
        if (box.top < 0 || box.bottom > innerHeight) window.scrollBy(0, box.top - innerHeight / 2);
        const before = tops(el);
        const scrolled = scrollY;
        const slotBefore = groupOf(el, $(el, '.pointer-slot'));
        const changes = events.count();
        await userClick(clicked);
        await quiet(el);
        expect(movedAbove(before, clicked), `${label}: controls above`).to.deep.equal([]);
        expect(scrollY, `${label}: the page did not scroll`).to.equal(scrolled);
        expect(active(el) === clicked, `${label}: focus stays on the control`).to.equal(true);
        const now = criticalIds(el);
        const added = now.filter((id) => !critical.includes(id));
        critical = now;
        const status = text($(el, '[data-status]'));
        if (added.length) {
          expect(status, `${label}: the status says the new critical action first`).to.match(/^New critical action/);
          announced++;
        }
        const pointers = $$(el, '[part~="pointer"]');
        if (now.length && !glanceInView(el)) {
          expect(pointers.length, `${label}: one pointer`).to.equal(1);
          // At the end of the group just changed; a pointer (or its kept place) already in a group
          // above stays there, as moving it would move the controls between.
          const clickedGroup = groupOf(el, clicked);
          const changed = events.count() > changes;
          const want = slotBefore >= 0 && (slotBefore < clickedGroup || !changed) ? slotBefore : clickedGroup;
          expect(groupOf(el, pointers[0]), `${label}: the pointer's group`).to.equal(want);
          expect(text(pointers[0])).to.match(/^Critical: .* ↓$/);
          pointed++;
        } else {
          expect(pointers.length, `${label}: no pointer (${now.length ? 'glance in view' : 'no critical action'})`).to.equal(0);
        }
      }
      expect(announced, 'new critical actions announced').to.be.greaterThan(0);
      // On the phone the glance is below the form: the pointer must have been used.
      if (viewport.width === 390) expect(pointed, 'pointer shown').to.be.greaterThan(0);
    });
  }

  it('typing below the pointer that removes every critical action (an age of 1) moves nothing above the box: the pointer\'s place is kept', async () => {
    await setViewport({ width: 390, height: 844 });
    window.scrollTo(0, 0);
    const el = await pathway();
    await userClick($<HTMLInputElement>(el, '[name="red-flags"][value="dyspnoea"]')!);
    await quiet(el);
    expect($(el, '[part~="pointer"]') !== null, 'the pointer').to.equal(true);
    const age = $<HTMLInputElement>(el, '[name="age"]')!;
    await userClick(age);
    for (const key of ['1', '7', 'Backspace', 'Backspace']) {
      const before = tops(el);
      const scrolled = scrollY;
      if (key === 'Backspace') await sendKeys({ press: key });
      else await sendKeys({ type: key });
      await quiet(el);
      expect(movedAbove(before, age), `after ${key}`).to.deep.equal([]);
      expect(scrollY).to.equal(scrolled);
      expect(active(el) === age).to.equal(true);
    }
    // While the age is refused there is no critical action: no pointer, only its kept place.
    // Changing the group it is in (or one above) lets it go.
    await userClick($<HTMLInputElement>(el, '[name="red-flags"][value="dyspnoea"]')!);
    await quiet(el);
    expect($(el, '[part~="pointer"]') === null, 'no critical action, no pointer').to.equal(true);
    expect($(el, '.pointer-slot') === null, 'its place released by a change in its own group').to.equal(true);
  });

  it('activating the pointer moves focus to the glance and brings it into view', async () => {
    await setViewport({ width: 390, height: 844 });
    window.scrollTo(0, 0);
    const el = await pathway();
    const flag = $<HTMLInputElement>(el, '[name="red-flags"][value="myocarditis"]')!;
    await userClick(flag);
    await quiet(el);
    expect(glanceInView(el), 'the glance starts out of view').to.equal(false);
    const pointer = $<HTMLButtonElement>(el, '[part~="pointer"]');
    expect(pointer !== null, 'the pointer').to.equal(true);
    expect(pointer!.closest('[data-field]')?.getAttribute('data-field')).to.equal('red-flags');
    // Tab from the checkbox reaches the pointer after the group's remaining checkboxes.
    for (let i = 0; i < 8 && active(el) !== pointer; i++) await sendKeys({ press: 'Tab' });
    expect(active(el) === pointer, 'Tab reaches the pointer').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await quiet(el);
    for (let i = 0; i < 50 && !glanceInView(el); i++) await frame();
    expect(active(el) === $(el, '[part="glance"]'), 'focus on the glance').to.equal(true);
    expect(glanceInView(el), 'the glance in view').to.equal(true);
    // The glance in view: the pointer has done its job.
    await quiet(el);
    expect($(el, '[part~="pointer"]') === null, 'no pointer once the glance is in view').to.equal(true);
    fixtureCleanup();
  });

  it('a change with the glance in view shows no pointer and takes nothing from the user', async () => {
    await setViewport({ width: 1280, height: 2400 });
    window.scrollTo(0, 0);
    const el = await pathway();
    await quiet(el);
    expect(glanceInView(el)).to.equal(true);
    const flag = $<HTMLInputElement>(el, '[name="red-flags"][value="bulbar"]')!;
    await userClick(flag);
    await quiet(el);
    expect(text($(el, '[data-status]'))).to.match(/^New critical action/);
    expect($(el, '[part~="pointer"]') === null).to.equal(true);
    expect(active(el) === flag).to.equal(true);
    expect(scrollY).to.equal(0);
  });
});
