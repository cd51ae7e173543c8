/**
 * Regression: the whole result was one polite live region, so an arrow key on the antibody radios
 * announced thousands of characters and each keystroke in the weight box re-announced. The result
 * region is busy while the weight is typed, and a one-sentence status says each committed change.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, control, pathway, settle, text } from './helpers.js';

const status = (el: HTMLElement) => $(el, '[role="status"][data-status]')!;
const region = (el: HTMLElement) => $(el, '[part="result"]')!;

/** Every text the status showed while `act` ran (one entry per change seen). */
async function statusChanges(el: HTMLElement, act: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const node = status(el);
  const observer = new MutationObserver(() => seen.push(text(node)));
  observer.observe(node, { childList: true, subtree: true, characterData: true });
  await act();
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return seen;
}

describe('<nam-pathway> regression: the result live region announced everything on every change', () => {
  it('has a short, visually hidden, atomic polite status; the result stays in a polite live region', async () => {
    const el = await pathway({ antibody: 'anti-srp' });
    const node = status(el);
    expect(node.getAttribute('aria-live')).to.equal('polite');
    expect(node.getAttribute('aria-atomic')).to.equal('true');
    expect(node.getBoundingClientRect().width).to.be.at.most(1);
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    expect(region(el).getAttribute('aria-busy')).to.equal('false');
    // Nothing to say before the first change.
    expect(text(node)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a radio change updates the status once, with the step count', async () => {
    const el = await pathway();
    const radio = control(el, 'antibody', 'anti-srp');
    const seen = await statusChanges(el, async () => {
      radio.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
    });
    const result = el.result;
    if (!result.ok) throw new Error('valid input');
    const critical = result.steps.filter((s) => s.indicator === 'critical').length;
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.match(new RegExp(`^Pathway updated: ${result.steps.length} steps, `));
    expect(seen[0]).to.include(critical ? `${critical} critical` : 'none critical');
    expect(seen[0].length).to.be.lessThan(160);
    await expect(el).to.be.accessible();
  });

  it('says first the critical action a change added, then when withdrawal is mandatory and how many steps are critical', async () => {
    const el = await pathway({ severity: 'severe' });
    const before = el.result.ok ? el.result.steps.filter((s) => s.indicator === 'critical').map((s) => s.id) : [];
    control(el, 'checkpoint-inhibitor').click();
    await settle(el);
    const result = el.result;
    if (!result.ok) throw new Error('valid input');
    const critical = result.steps.filter((s) => s.indicator === 'critical');
    const added = critical.filter((s) => !before.includes(s.id)).map((s) => s.title);
    expect(added.length).to.be.greaterThan(0);
    expect(text(status(el))).to.equal(
      `New critical action: ${added.join('; ')}. Pathway updated: ${result.steps.length} steps, ${critical.length} critical, checkpoint-inhibitor withdrawal mandatory.`,
    );
    // The next change adds no critical action: the status says only the update.
    control(el, 'statin', 'never').click();
    await settle(el);
    expect(text(status(el))).to.match(/^Pathway updated: /);
  });

  it('typing the weight marks the result busy and leaves the status alone; leaving the box commits both', async () => {
    const el = await pathway();
    control(el, 'antibody', 'anti-hmgcr').click();
    await settle(el);
    const before = text(status(el));
    expect(before).to.match(/^Pathway updated: /);
    const seen = await statusChanges(el, async () => {
      control(el, 'weight').focus();
      await sendKeys({ type: '7' });
      await settle(el);
      expect(region(el).getAttribute('aria-busy')).to.equal('true');
      await sendKeys({ type: '0' });
      await settle(el);
      expect(region(el).getAttribute('aria-busy')).to.equal('true');
    });
    expect(seen, 'no status while typing').to.deep.equal([]);
    expect(text(status(el))).to.equal(before);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(region(el).getAttribute('aria-busy')).to.equal('false');
    expect(text(status(el))).to.not.equal(before);
    expect(text(status(el))).to.include('doses for 70 kg');
  });

  it('the page replacing the weight while it is typed ends the edit: not busy, the page\'s value shown', async () => {
    const el = await pathway({ weight: '70' });
    const weight = control(el, 'weight') as HTMLInputElement;
    weight.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '5' });
    await settle(el);
    expect(region(el).getAttribute('aria-busy')).to.equal('true');
    el.setAttribute('weight', '90');
    await settle(el);
    expect(region(el).getAttribute('aria-busy')).to.equal('false');
    expect(weight.value).to.equal('90');
  });

  it('leaving the box after typing a value back to what it was still ends the busy state', async () => {
    const el = await pathway();
    control(el, 'weight').focus();
    await sendKeys({ type: '7' });
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(region(el).getAttribute('aria-busy')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(region(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('a committed weight that is not accepted is named in the status', async () => {
    const el = await pathway();
    control(el, 'weight').focus();
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(region(el).getAttribute('aria-busy')).to.equal('false');
    expect(text(status(el))).to.match(/^Pathway updated: .* Check these settings: weight\.$/);
  });

  it('without a pathway the status names the settings to check', async () => {
    const el = await pathway();
    el.setAttribute('antibody', 'anti-xyz');
    await settle(el);
    // As in the dose calculator, the status speaks for the user's changes, not the page's own
    // settings (the result region carries those): the next change the user makes says it.
    expect(text(status(el))).to.equal('');
    control(el, 'statin', 'current').click();
    await settle(el);
    expect(text(status(el))).to.equal('No pathway: check these settings: antibody.');
  });
});
