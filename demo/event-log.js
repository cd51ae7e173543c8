// The event log: every nam-pathway-change / nam-dose-change that reaches the document, newest
// first, with a one-line summary and the full `detail` on demand. A visual log, not a live
// region: typing a weight gives an entry per keystroke, each hundreds of characters long, and
// the widgets already announce their own results.
export const EVENT_NAMES = ['nam-pathway-change', 'nam-dose-change'];
const MAX_ENTRIES = 50;

/** One line about a core result (the event's detail). */
export function summarize(detail) {
  if (!detail || typeof detail !== 'object') return 'no detail';
  if (detail.ok === false) {
    const errors = (detail.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    return `invalid input — ${errors.join('; ') || 'no details'}`;
  }
  if (Array.isArray(detail.steps)) {
    return `${detail.steps.length} steps: ${detail.steps.map((s) => s.id).join(', ')}`;
  }
  if (Array.isArray(detail.lines)) {
    const weight = typeof detail.weightKg === 'number' ? `${detail.weightKg} kg → ` : '';
    const amount = ({ amount: a, per }) =>
      a ? `${a.min === a.max ? a.min : `${a.min}–${a.max}`} ${a.unit}${per ? `/${per}` : ''}` : '';
    return `${weight}${detail.lines.map((l) => `${l.drug} ${amount(l)}`.trim()).join(' · ')}`;
  }
  return 'result';
}

export function startEventLog(list, empty, clearButton) {
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const onEvent = (event) => {
    const item = document.createElement('li');
    const head = document.createElement('p');
    const name = document.createElement('code');
    name.textContent = event.type;
    const source = event.target instanceof Element ? ` from <${event.target.localName}>` : '';
    head.append(`${time.format(new Date())} `, name, source, ` — ${summarize(event.detail)}`);
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'detail (the core result)';
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(event.detail, null, 2);
    details.append(summary, pre);
    item.append(head, details);
    list.prepend(item);
    while (list.children.length > MAX_ENTRIES) list.lastElementChild.remove();
    empty.hidden = true;
  };
  for (const name of EVENT_NAMES) document.addEventListener(name, onEvent);
  clearButton.addEventListener('click', () => {
    list.replaceChildren();
    empty.hidden = false;
  });
}
