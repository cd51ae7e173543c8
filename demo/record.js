// "From the record": an example FHIR R4 Bundle (record-bundle.json, a file next to this page) handed
// to the three elements through their `fhir` property, as a portal or a SMART app does once it has
// fetched the patient's resources. The elements fetch nothing; this page fetches only its own file.
import { VERSION } from '../dist/nam-cds.min.js';

const $ = (id) => document.getElementById(id);
const elements = [$('pathway'), $('calculator'), $('monitor')];
const status = $('record-status');

$('version').textContent = VERSION;

const DAY = 86_400_000;
/** Today's calendar date where the reader is, as UTC midnight (dates here are calendar dates). */
const today = () => {
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
};
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The Bundle was written as of its `timestamp` (7 Dec 2026). Every date in it is moved by the same
 * number of days, so the record is as of today: the weight stays 5 days old, the age stays the same.
 */
function asOfToday(bundle, days = 0) {
  const written = Date.parse(`${bundle.timestamp.slice(0, 10)}T00:00:00Z`);
  const shift = today() - written;
  const move = (value) => (/^\d{4}-\d{2}-\d{2}/.test(value) ? iso(Date.parse(`${value.slice(0, 10)}T00:00:00Z`) + shift) + value.slice(10) : value);
  const copy = structuredClone(bundle);
  copy.timestamp = move(copy.timestamp);
  for (const { resource } of copy.entry) {
    for (const key of ['effectiveDateTime', 'authoredOn', 'birthDate']) if (typeof resource[key] === 'string') resource[key] = move(resource[key]);
  }
  // "Make the weight stale": the latest weight taken `days` earlier.
  if (days) {
    const weight = copy.entry.find((e) => e.resource.id === 'weight-2026-12-02').resource;
    weight.effectiveDateTime = iso(Date.parse(`${weight.effectiveDateTime.slice(0, 10)}T00:00:00Z`) - days * DAY) + weight.effectiveDateTime.slice(10);
  }
  return copy;
}

let original;

/** Hands a record to every element (a new object each time: the elements read it once per object). */
function load(record, words) {
  for (const el of elements) el.fhir = record ? structuredClone(record) : null;
  $('bundle-json').textContent = record ? JSON.stringify(record, null, 2) : 'No record: the elements show only what the page and the clinician give.';
  status.textContent = words;
  document.documentElement.dataset.record = record ? 'loaded' : 'cleared';
}

$('load-record').addEventListener('click', () => load(asOfToday(original), 'The record is loaded: weight 5 days old.'));
$('stale-weight').addEventListener('click', () => load(asOfToday(original, 40), 'The latest weight in the record is now 45 days old: each element says to weigh the patient.'));
$('clear-record').addEventListener('click', () => load(null, 'The record is cleared: every value it filled is gone; values changed in a widget stay.'));

try {
  const response = await fetch(new URL('record-bundle.json', import.meta.url));
  if (!response.ok) throw new Error(`record-bundle.json: ${response.status}`);
  original = await response.json();
  load(asOfToday(original), 'The record is loaded: weight 5 days old.');
} catch (error) {
  status.textContent = `The example record could not be loaded (${error.message}).`;
} finally {
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
  document.documentElement.dataset.ready = '';
}
