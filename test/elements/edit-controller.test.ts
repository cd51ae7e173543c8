/**
 * The shared edit cycle on an element with a table of rows (as <nam-monitor>'s visit table will
 * be): controls named `visits[2].ck` edit one input, `visits`, which the page may also set (a
 * host that keeps the visits writes them back after each change event). Tested on a small
 * element built here, so the controller's contract does not depend on either clinical element.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { EditController, focusControl, type FormControl } from '../../src/elements/shared/edit-controller.js';

interface Visit {
  date: string;
  ck: string;
}

const sameVisits = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

class VisitTable extends LitElement {
  static override properties = { visits: { attribute: false }, unit: { attribute: 'unit' } };
  visits: Visit[] = [];
  unit = 'U/L';
  readonly edits = new EditController(this, {
    event: 'visit-change',
    detail: () => this.visits,
    status: () => `${this.visits.length} visits, CK ${this.visits.map((v) => v.ck).join(', ')}.`,
    owns: (key, name) => key === 'visits' && name.startsWith('visits['),
    same: (key, a, b) => (key === 'visits' ? sameVisits(a, b) : Object.is(a, b)),
    replaced: (key) => `The ${String(key)} were changed by the page.`,
  });

  private apply = (control: FormControl) => {
    const m = /^visits\[(\d+)\]\.(date|ck)$/.exec(control.name);
    if (!m) return undefined;
    const [i, field] = [Number(m[1]), m[2] as keyof Visit];
    if (this.visits[i]?.[field] === control.value) return undefined;
    this.visits = this.visits.map((v, j) => (j === i ? { ...v, [field]: control.value } : v));
    return 'visits';
  };

  private onEdit = (e: Event) => this.edits.handle(e, this.apply);

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (this.edits.keepsUserValue(name, old, value)) return;
    super.attributeChangedCallback(name, old, value);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    this.edits.willUpdate(changed as never);
  }

  override render() {
    return html`<table @focusout=${this.edits.focusOut} aria-busy=${this.edits.busy ? 'true' : 'false'}>
        ${this.visits.map(
          (v, i) => html`<tr>
            <td><input type="date" name=${`visits[${i}].date`} .value=${this.edits.typedText.get(`visits[${i}].date`) ?? v.date} @input=${this.onEdit} @change=${this.onEdit} /></td>
            <td><input type="text" name=${`visits[${i}].ck`} .value=${this.edits.typedText.get(`visits[${i}].ck`) ?? v.ck} @input=${this.onEdit} @change=${this.onEdit} /></td>
          </tr>`,
        )}
      </table>
      <p role="status">${this.edits.status}</p>`;
  }
}
customElements.define('test-visit-table', VisitTable);

const VISITS: Visit[] = [
  { date: '2026-01-05', ck: '4000' },
  { date: '2026-02-05', ck: '2500' },
  { date: '2026-03-05', ck: '900' },
];

async function table() {
  const el = await fixture<VisitTable>(html`<test-visit-table .visits=${VISITS.map((v) => ({ ...v }))}></test-visit-table>`);
  const events: Visit[][] = [];
  el.addEventListener('visit-change', (e) => events.push((e as CustomEvent<Visit[]>).detail));
  const ck = (i: number) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="visits[${i}].ck"]`)!;
  const busy = () => el.shadowRoot!.querySelector('table')!.getAttribute('aria-busy');
  const status = () => (el.shadowRoot!.querySelector('[role="status"]')!.textContent ?? '').trim();
  return { el, events, ck, busy, status };
}

async function settle(el: LitElement) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('EditController on a table of rows (visits[2].ck)', () => {
  it('typing in one cell: busy, one change event per keystroke that changes the value, one status when the cell is left', async () => {
    const { el, events, ck, busy, status } = await table();
    focusControl(el.shadowRoot!, 'visits[2].ck');
    expect(el.shadowRoot!.activeElement).to.equal(ck(2));
    ck(2).select();
    await sendKeys({ type: '85' });
    await settle(el);
    expect(ck(2).value).to.equal('85');
    expect(busy()).to.equal('true');
    expect(el.edits.editing).to.equal('visits[2].ck');
    expect(events.map((v) => v[2].ck)).to.deep.equal(['8', '85']);
    expect(status(), 'no status while typing').to.equal('');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(busy()).to.equal('false');
    expect(status()).to.equal('3 visits, CK 4000, 2500, 85.');
    expect(events, 'leaving the cell is no edit').to.have.length(2);
  });

  it('a host writing back the same visits after each event does not interrupt the typing', async () => {
    const { el, events, ck, busy } = await table();
    el.addEventListener('visit-change', (e) => {
      el.visits = JSON.parse(JSON.stringify((e as CustomEvent<Visit[]>).detail));
    });
    ck(0).focus();
    ck(0).select();
    await sendKeys({ type: '41' });
    await settle(el);
    await sendKeys({ type: '00' });
    await settle(el);
    expect(ck(0).value).to.equal('4100');
    expect(busy()).to.equal('true');
    expect(events.map((v) => v[0].ck)).to.deep.equal(['4', '41', '410', '4100']);
    expect(el.edits.fromUser('visits')).to.equal(true);
  });

  it('the page replacing the visits while a cell is typed in: its value wins, the edit ends, the status says so, no event', async () => {
    const { el, events, ck, busy, status } = await table();
    ck(1).focus();
    ck(1).select();
    await sendKeys({ type: '3' });
    await settle(el);
    expect(events).to.have.length(1);
    el.visits = [{ date: '2026-01-05', ck: '3900' }];
    await settle(el);
    expect(busy()).to.equal('false');
    expect(ck(0).value).to.equal('3900');
    expect(ck(1) === null, "the second row is gone").to.equal(true);
    expect(status()).to.equal('The visits were changed by the page. 1 visits, CK 3900.');
    expect(events, 'no event for the page').to.have.length(1);
    expect(el.edits.fromUser('visits')).to.equal(false);
  });

  it('the page setting an attribute again to its value is ignored only while the input holds what the user gave', async () => {
    const { el } = await table();
    el.setAttribute('unit', 'U/L');
    await settle(el);
    expect(el.unit).to.equal('U/L');
    el.unit = 'µkat/L';
    el.setAttribute('unit', 'U/L');
    await settle(el);
    expect(el.unit, 'a page value is not the user\'s: the attribute applies').to.equal('U/L');
    expect(el.edits.keepsUserValue('unit', 'U/L', 'U/L')).to.equal(false);
  });
});
