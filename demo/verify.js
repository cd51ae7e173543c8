// nam-cds verification page: runs the published worked cases (verify-cases.json) against the
// bundle this page is served with, in this browser, and reports each case as PASS or FAIL with
// its expected and actual values, the clinical content version, the bundle's SHA-256, the time
// of the run and the browser, so a pharmacist can re-run it on their own deployment and print it.
//
// The expected values in the case file are written by hand from the clinical content
// specification; nothing here computes an expected value from the code under test. A case may
// carry a `disagreement` note: the specification and the core were found to disagree there; the
// case keeps the specification's value, fails, and the report shows the note beside it.
//
// Query parameters (same origin only):
//   ?cases=<file>   another case file (e.g. a local set, or one with a deliberate error)
//   ?bundle=<file>  the bundle to check when it is not next to this page or in ../dist/ (a file
//                   named nam-cds….js). An ES module that exports the core (nam-cds.min.js) is
//                   imported; the classic script (nam-cds.iife.min.js, or any bundle that is not
//                   such a module) is loaded with <script src> and its core read from window.NamCds.
//
// The bundle's SHA-256 is compared with the SHA256SUMS file the build writes next to it, when the
// server has one there (a mismatch fails the report; no file is stated, not failed).
//
// Until this script replaces it, verify.html itself shows a NOT RUN verdict, so a page whose
// script is missing, blocked or opened from file:// never looks like a report.
//
// Works under Content-Security-Policy default-src 'self': no inline script or style, no eval.
// The checking functions are exported and have no side effect until the page calls run().

/** The pathway priorities in the order content-spec §3 gives them. */
const PRIORITY_ORDER = ['immediate', 'first-line', 'add-on', 'consider', 'ongoing'];

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: true });
const fmt = (n) => (typeof n === 'number' && Number.isFinite(n) ? numberFormat.format(n) : String(n));

// ---------------------------------------------------------------------------------------------
// SHA-256. Web Crypto is used when the page is a secure context (https or localhost); on a plain
// http intranet address crypto.subtle does not exist, so a small built-in implementation is used.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** SHA-256 of bytes, as lower-case hex, without Web Crypto. */
export function sha256Hex(input) {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array((((bytes.length + 9 + 63) >> 6) << 6));
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const rotr = (x, n) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  return [...h].map((x) => x.toString(16).padStart(8, '0')).join('');
}

/** SHA-256 hex of an ArrayBuffer, and which implementation computed it. */
export async function digestHex(buffer) {
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', buffer);
    return { hex: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''), method: 'Web Crypto' };
  }
  return { hex: sha256Hex(new Uint8Array(buffer)), method: 'built-in SHA-256 (page is not a secure context)' };
}

// ---------------------------------------------------------------------------------------------
// Case checking. Pure functions: `core` is the module under test, `c` one case of the file.

/** Values JSON cannot hold: {"$number": "NaN" | "Infinity" | "-Infinity"}. */
export function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$number') return Number(value.$number);
    return Object.fromEntries(keys.map((k) => [k, decode(value[k])]));
  }
  return value;
}

/** "150–200 mg" / "1,000 mg" / "164.6 g" → { min, max, unit }. */
export function parseAmount(text) {
  const m = /^\s*([\d,]+(?:\.\d+)?)(?:\s*[–-]\s*([\d,]+(?:\.\d+)?))?\s*(mg|g)\s*$/.exec(String(text));
  if (!m) throw new Error(`cannot read the amount "${text}" (write e.g. "70 mg" or "150–200 mg")`);
  const num = (s) => Number(s.replace(/,/g, ''));
  const min = num(m[1]);
  return { min, max: m[2] ? num(m[2]) : min, unit: m[3] };
}

const showAmount = (a) =>
  a && typeof a === 'object' ? `${fmt(a.min)}${a.max !== a.min ? `–${fmt(a.max)}` : ''} ${a.unit}` : String(a);
const showList = (list) => (list.length ? list.join(', ') : '(none)');
/** Words in a text, whatever their case (a sentence may begin with any of them). */
const includes = (text, words) => String(text ?? '').toLowerCase().includes(String(words).toLowerCase());
const sameSet = (a, b) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function check(checks, label, expected, actual, pass) {
  checks.push({ label, expected: String(expected), actual: String(actual), pass: Boolean(pass) });
}

function checkErrors(checks, result, fields, words = {}) {
  check(checks, 'result', 'no result (input rejected)', result.ok ? 'a result was given' : 'no result (input rejected)', !result.ok);
  if (result.ok) return;
  const actual = result.errors.map((e) => e.field);
  for (const field of fields) {
    const e = result.errors.find((x) => x.field === field);
    check(checks, `error on ${field}`, `field error on ${field}`, e ? `${field}: ${e.message}` : `errors on: ${showList(actual)}`, e);
  }
  for (const [field, texts] of Object.entries(words)) {
    const e = result.errors.find((x) => x.field === field);
    for (const text of texts) check(checks, `error on ${field} says`, `"${text}"`, e ? e.message : 'no error on that field', e && includes(e.message, text));
  }
  const leaked = ['lines', 'steps'].filter((k) => k in result);
  check(checks, 'no partial result', 'no dose lines and no steps', leaked.length ? `has ${leaked.join(', ')}` : 'none', !leaked.length);
}

/** The codes of a list of notices must be exactly `expected` (any order). */
function checkCodes(checks, label, notices, expected) {
  const codes = notices.map((w) => w.code);
  check(checks, label, showList(expected), showList(codes), sameSet(codes, expected));
}

/** Words that some notice of the list must (or must not) contain. */
function checkNoticeWords(checks, label, notices, present = [], absent = []) {
  const messages = notices.map((w) => `${w.level}: ${w.message}`);
  for (const text of present) {
    const w = notices.find((x) => includes(x.message, text));
    check(checks, `${label} says`, `"${text}"`, w ? `${w.level}: ${w.message}` : `not in any ${label} (${showList(messages)})`, w);
  }
  for (const text of absent) {
    const w = notices.find((x) => includes(x.message, text));
    check(checks, `no ${label} says`, `no "${text}"`, w ? `${w.level}: ${w.message}` : showList(messages), !w);
  }
}

/** Each code of `levels` ({ code: level }) must be among the notices, at that level. */
function checkNoticeLevels(checks, label, notices, levels = {}) {
  for (const [code, level] of Object.entries(levels)) {
    const n = notices.find((x) => x.code === code);
    check(checks, `${label} notice`, `${level}: ${code}`, n ? `${n.level}: ${code} — ${n.message}` : `not shown (shown: ${showList(notices.map((x) => x.code))})`, n && n.level === level);
  }
}

function checkPathway(checks, result, expect) {
  if (!result.ok) {
    check(checks, 'result', 'a pathway', `rejected: ${result.errors.map((e) => e.message).join(' ')}`, false);
    return;
  }
  const expected = expect.steps.map(([id, priority, indicator, flag]) => ({ id, priority, indicator, mandatory: flag === 'mandatory' }));
  const actual = result.steps.map((s) => ({ id: s.id, priority: s.priority, indicator: s.indicator, mandatory: s.mandatory === true }));
  const show = (s) => `${s.id} (${s.priority} / ${s.indicator}${s.mandatory ? ' / MANDATORY' : ''})`;
  const key = (s) => show(s);
  const wanted = expected.map(key);
  const got = actual.map(key);
  const same = sameSet(wanted, got);
  check(checks, `steps (${expected.length})`, expected.map(show).join('; '), `(${actual.length}) ${actual.map(show).join('; ')}`, same);
  if (!same) {
    // Spell out each difference so a failure is easy to read.
    for (const e of expected) {
      const a = actual.find((x) => x.id === e.id);
      if (!a) check(checks, e.id, show(e), 'not shown', false);
      else if (key(a) !== key(e)) check(checks, e.id, show(e), show(a), false);
    }
    for (const a of actual) if (!expected.some((e) => e.id === a.id)) check(checks, a.id, 'not shown', show(a), false);
  }
  const ranks = result.steps.map((s) => PRIORITY_ORDER.indexOf(s.priority));
  const ordered = ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]));
  check(checks, 'order', PRIORITY_ORDER.join(' → '), ordered ? 'in that order' : result.steps.map((s) => s.priority).join(', '), ordered);
  if (expect.effectiveSeverity !== undefined) {
    check(checks, 'effective severity', expect.effectiveSeverity, result.effectiveSeverity ?? '(none)', result.effectiveSeverity === expect.effectiveSeverity);
  }
  const warnings = Array.isArray(result.warnings) ? result.warnings : [];
  if (expect.warnings !== undefined) checkCodes(checks, 'warnings', warnings, expect.warnings);
  checkNoticeWords(checks, 'warning', warnings, expect.warningText, expect.warningTextAbsent);
  const stepById = (id) => result.steps.find((s) => s.id === id);
  const eachStep = (map, fn) => {
    for (const [id, want] of Object.entries(map ?? {})) {
      const step = stepById(id);
      if (step) fn(id, step, want);
      else check(checks, id, 'the step is shown', 'not shown', false);
    }
  };
  eachStep(expect.stepText, (id, step, words) => {
    for (const text of words) check(checks, `${id} reads`, `contains "${text}"`, step.text, includes(step.text, text));
  });
  eachStep(expect.stepTextAbsent, (id, step, words) => {
    for (const text of words) check(checks, `${id} never reads`, `no "${text}"`, step.text, !includes(step.text, text));
  });
  eachStep(expect.stepWhy, (id, step, words) => {
    const why = (step.why ?? []).join(' · ');
    for (const text of words) check(checks, `${id} why`, `contains "${text}"`, why || '(none)', includes(why, text));
  });
  eachStep(expect.stepNotices, (id, step, levels) => checkNoticeLevels(checks, id, step.notices ?? [], levels));
}

function checkLine(checks, line, drug, want) {
  if (!line) {
    check(checks, drug, 'a dose line', 'no line', false);
    return;
  }
  const unit = line.amount?.unit;
  if (want.amount !== undefined) {
    const a = parseAmount(want.amount);
    const ok = Boolean(line.amount) && line.amount.min === a.min && line.amount.max === a.max && line.amount.unit === a.unit;
    check(checks, `${drug} dose`, want.amount, line.amount ? showAmount(line.amount) : 'no dose (withheld)', ok && !line.withheld);
  }
  if (want.per !== undefined) check(checks, `${drug} per`, want.per, line.per, line.per === want.per);
  if (want.perDay !== undefined) {
    const a = parseAmount(want.perDay);
    check(checks, `${drug} daily`, want.perDay, line.perDay === undefined ? 'none' : `${fmt(line.perDay)} ${unit ?? ''}`.trim(), line.perDay === a.min && unit === a.unit);
  }
  if (want.days !== undefined) check(checks, `${drug} days`, want.days, line.days, line.days === want.days);
  if (want.dosingWeightKg !== undefined) {
    check(checks, `${drug} dosing weight`, `${fmt(want.dosingWeightKg)} kg`, `${fmt(line.dosingWeightKg)} kg`, line.dosingWeightKg === want.dosingWeightKg);
  }
  if (want.capped !== undefined) check(checks, `${drug} capped`, want.capped ? 'yes' : 'no', line.capped ? 'yes' : 'no', Boolean(line.capped) === want.capped);
  if (want.withheld !== undefined) {
    // A withheld line carries nothing a client could read as a dose (content-spec §4.1).
    const withheld = line.withheld === true && line.amount === undefined && line.exact === undefined;
    const shown = line.withheld
      ? `withheld${line.amount !== undefined || line.exact !== undefined ? `, yet carries a dose (${showAmount(line.amount ?? line.exact)})` : ': no dose'}`
      : line.amount
        ? showAmount(line.amount)
        : 'no dose, but not marked withheld';
    check(checks, `${drug} withheld`, want.withheld ? 'withheld: no dose' : 'a dose', shown, want.withheld ? withheld : !line.withheld && line.amount !== undefined);
  }
  if (want.schedule !== undefined) {
    const dates = (line.schedule ?? []).map((s) => s.date ?? `day ${s.day}`);
    check(checks, `${drug} dates`, want.schedule.join(', '), showList(dates), dates.join() === want.schedule.join());
  }
  for (const text of want.textIncludes ?? []) check(checks, `${drug} reads`, `contains "${text}"`, line.text, includes(line.text, text));
  for (const text of want.textExcludes ?? []) check(checks, `${drug} never reads`, `no "${text}"`, line.text, !includes(line.text, text));
  const notices = line.notices ?? [];
  const codes = notices.map((n) => n.code);
  for (const code of want.notices ?? []) {
    const n = notices.find((x) => x.code === code);
    check(checks, `${drug} notice`, code, n ? `${n.level}: ${n.message}` : `not shown (shown: ${showList(codes)})`, n);
  }
  checkNoticeLevels(checks, drug, notices, want.noticeLevels);
  for (const code of want.noticesAbsent ?? []) check(checks, `${drug} no notice`, `no ${code}`, showList(codes), !codes.includes(code));
  for (const text of want.noticeIncludes ?? []) {
    const n = notices.find((x) => includes(x.message, text));
    check(checks, `${drug} notice says`, `"${text}"`, n ? n.message : 'not in any notice', n);
  }
}

function checkDoses(checks, result, expect) {
  if (!result.ok) {
    check(checks, 'result', 'doses', `rejected: ${result.errors.map((e) => e.message).join(' ')}`, false);
    return;
  }
  if (expect.weightKg !== undefined) check(checks, 'weight used', `${fmt(expect.weightKg)} kg`, `${fmt(result.weightKg)} kg`, result.weightKg === expect.weightKg);
  if (expect.weightText !== undefined) check(checks, 'weight shown', expect.weightText, result.weightText ?? '(none)', result.weightText === expect.weightText);
  for (const text of expect.weightTextIncludes ?? []) {
    check(checks, 'weight shown', `contains "${text}"`, result.weightText ?? '(none)', includes(result.weightText ?? '', text));
  }
  if (expect.conversion !== undefined) check(checks, 'conversion shown', expect.conversion, result.conversion ?? '(none)', result.conversion === expect.conversion);
  if (expect.weightConfirmationRequired !== undefined) {
    const actual = result.weightConfirmationRequired;
    check(checks, 'weight to be confirmed', expect.weightConfirmationRequired ? 'yes (unusual weight)' : 'no', actual === true ? 'yes (unusual weight)' : actual === false ? 'no' : String(actual), actual === expect.weightConfirmationRequired);
  }
  if (expect.warnings !== undefined) checkCodes(checks, 'warnings', result.warnings, expect.warnings);
  checkNoticeWords(checks, 'warning', result.warnings, expect.warningText, expect.warningTextAbsent);
  for (const [drug, want] of Object.entries(expect.lines ?? {})) {
    checkLine(checks, result.lines.find((l) => l.drug === drug), drug, want);
  }
}

/**
 * The core's answer to a case. "pathway": evaluatePathway; "dose": calculateDoses; "pathway-dose":
 * the dose lines inside the pathway's steps — the pathway evaluated from `input`, then its doses
 * (pathwayDoses) for the weight fields in `doseInput`, so they follow the pathway's effective
 * severity, red flags and CK (content-spec §3.1, §4.2).
 */
function evaluate(core, c, input, config) {
  if (c.kind === 'pathway') return core.evaluatePathway(input, config);
  if (c.kind === 'dose') return core.calculateDoses(input, config);
  if (c.kind === 'pathway-dose') {
    if (typeof core.pathwayDoses !== 'function') throw new Error('this bundle does not export pathwayDoses');
    return core.pathwayDoses(core.evaluatePathway(input, config), decode(c.doseInput), config);
  }
  throw new Error(`unknown case kind "${c.kind}" (pathway, dose or pathway-dose)`);
}

/** Runs one case. Never throws: an exception is a failed check. */
export function runCase(core, c) {
  const checks = [];
  try {
    const input = decode(c.input);
    const config = c.config === undefined ? undefined : decode(c.config);
    const result = evaluate(core, c, input, config);
    if (c.expect.errors) checkErrors(checks, result, c.expect.errors, c.expect.errorText);
    else if (c.kind === 'pathway') checkPathway(checks, result, c.expect);
    else checkDoses(checks, result, c.expect);
    if (!checks.length) check(checks, 'case', 'at least one check', 'the case checks nothing', false);
  } catch (error) {
    check(checks, 'run', 'no exception', `exception: ${error?.message ?? error}`, false);
  }
  return {
    id: c.id,
    kind: c.kind,
    title: c.title,
    basis: c.basis,
    input: c.input,
    doseInput: c.doseInput,
    config: c.config,
    disagreement: c.disagreement,
    checks,
    pass: checks.every((x) => x.pass),
  };
}

/** Runs the whole case file: first that it was written for this content version, then every case. */
export function runAll(core, file) {
  const versionCase = {
    id: 'V00',
    kind: 'version',
    title: 'The case file was written for the clinical content version of this bundle',
    checks: [],
  };
  const actualVersion = `${core.CONTENT_VERSION} (${core.CONTENT_DATE})`;
  const expectedVersion = `${file.contentVersion} (${file.contentDate})`;
  check(versionCase.checks, 'content version', expectedVersion, actualVersion, expectedVersion === actualVersion);
  versionCase.pass = versionCase.checks.every((x) => x.pass);
  const ids = new Set();
  const results = [versionCase];
  for (const c of file.cases) {
    const r = runCase(core, c);
    if (ids.has(c.id)) {
      check(r.checks, 'case id', 'unique', `${c.id} appears twice in the case file`, false);
      r.pass = false;
    }
    ids.add(c.id);
    results.push(r);
  }
  const failed = results.filter((r) => !r.pass);
  return {
    results,
    total: results.length,
    published: file.cases.length,
    versionPass: versionCase.pass,
    passed: results.length - failed.length,
    failed: failed.length,
    failedIds: failed.map((r) => r.id),
  };
}

// ---------------------------------------------------------------------------------------------
// The page.

const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'scope' || k === 'colspan') node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const child of children.flat()) if (child !== undefined && child !== null) node.append(child);
  return node;
};

/** A same-origin URL from a query parameter, or undefined. */
function sameOriginParam(name) {
  const value = new URLSearchParams(location.search).get(name);
  if (!value) return undefined;
  const url = new URL(value, location.href);
  if (url.origin !== location.origin) throw new Error(`?${name}= must point to this server (${location.origin}), not ${url.origin}`);
  return url;
}

const exportsCore = (m) => Boolean(m) && typeof m.calculateDoses === 'function' && typeof m.evaluatePathway === 'function';

/**
 * The same file under a URL this page has not loaded before, so the code that runs is fetched
 * from the server now, not taken from the browser's cache or module map (the bytes hashed are
 * fetched with cache: 'no-store').
 */
function freshUrl(url) {
  const fresh = new URL(url);
  fresh.searchParams.set('nam-verify-run', `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`);
  return fresh;
}

/**
 * Loads a classic-script bundle (nam-cds.iife.min.js) with <script src> — no inline script, no
 * eval, so script-src 'self' allows it — and returns the core it puts on window.NamCds.
 */
function loadClassic(url) {
  return new Promise((resolve, reject) => {
    globalThis.NamCds = undefined;
    let thrown;
    const onError = (event) => {
      if (String(event.filename ?? '').split('?')[0] === url.href.split('?')[0]) thrown = event.message;
    };
    const script = document.createElement('script');
    const done = () => {
      window.removeEventListener('error', onError);
      script.remove();
    };
    script.addEventListener('load', () => {
      done();
      const core = globalThis.NamCds;
      if (exportsCore(core)) resolve(core);
      else reject(new Error(thrown ? `as a classic script it threw: ${thrown}` : 'as a classic script it did not put calculateDoses and evaluatePathway on window.NamCds'));
    });
    script.addEventListener('error', () => {
      done();
      reject(new Error('the browser would not run it as a classic script (blocked, wrong MIME type, or not found)'));
    });
    window.addEventListener('error', onError);
    script.src = url.href;
    document.head.append(script);
  });
}

/**
 * Runs the bundle at `url` and returns its core. A file whose name says "iife" is a classic script;
 * any other is imported as an ES module, and loaded as a classic script when it is not a module
 * that exports the core.
 */
async function runBundle(url) {
  const name = url.pathname.split('/').pop();
  if (/iife/i.test(name)) return { core: await loadClassic(freshUrl(url)), how: 'classic script (<script src>); core read from window.NamCds' };
  let moduleProblem;
  try {
    const module = await import(freshUrl(url).href);
    if (exportsCore(module)) return { core: module, how: 'ES module (import)' };
    moduleProblem = 'as an ES module it does not export calculateDoses and evaluatePathway';
  } catch (error) {
    moduleProblem = `it could not be imported as an ES module (${error?.message ?? error})`;
  }
  try {
    return { core: await loadClassic(freshUrl(url)), how: 'classic script (<script src>); core read from window.NamCds' };
  } catch (error) {
    throw new Error(`${moduleProblem}, and ${error.message}`);
  }
}

async function loadBundle() {
  const here = new URL('.', import.meta.url);
  const given = sameOriginParam('bundle');
  // Only a nam-cds bundle may be loaded this way, so a link cannot make the page run any other script.
  if (given && !/\/nam-cds[\w.-]*\.js$/.test(given.pathname)) {
    throw new Error(`?bundle= must name a nam-cds bundle file (nam-cds….js), not ${given.pathname}`);
  }
  const names = /\/demo\/$/.test(here.pathname) ? ['../dist/nam-cds.min.js', './nam-cds.min.js'] : ['./nam-cds.min.js', '../dist/nam-cds.min.js'];
  const candidates = given ? [given] : names.map((n) => new URL(n, here));
  const problems = [];
  for (const url of candidates) {
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = await response.arrayBuffer();
      const { core, how } = await runBundle(url);
      return { core, url, bytes, how };
    } catch (error) {
      problems.push(`${url.pathname}: ${error?.message ?? error}`);
    }
  }
  throw new Error(`The nam-cds bundle could not be loaded (${problems.join('; ')}). Put nam-cds.min.js next to this page or pass ?bundle=<path>.`);
}

// ---------------------------------------------------------------------------------------------
// SHA256SUMS: the list of released files and their SHA-256 that the build writes next to the
// bundle (`sha256sum` format: "<64 hex>  <file>" per line; "*<file>" is accepted too).

/** The entries of a SHA256SUMS text: [{ hex, file }], lines that are not entries ignored. */
export function parseSums(text) {
  const entries = [];
  for (const line of String(text).split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+?)\s*$/.exec(line);
    if (m) entries.push({ hex: m[1].toLowerCase(), file: m[2].replace(/^\.\//, '') });
  }
  return entries;
}

/**
 * Compares the bundle's hash with SHA256SUMS. `text` is the file's content, or undefined when the
 * server has none. state: 'match' | 'mismatch' | 'unlisted' (both failures) | 'absent' (neutral).
 */
export function compareSums(text, file, hex) {
  const entries = text === undefined ? [] : parseSums(text);
  if (!entries.length) {
    return {
      state: 'absent',
      pass: true,
      message:
        text === undefined
          ? 'no SHA256SUMS next to the bundle: compare its hash with the one published for the release'
          : 'no SHA256SUMS next to the bundle (the server’s answer holds no checksum lines): compare its hash with the one published for the release',
    };
  }
  const listed = entries.find((e) => e.file === file);
  if (listed && listed.hex === hex) return { state: 'match', pass: true, listed: listed.hex, message: `matches SHA256SUMS (${file})` };
  if (listed) return { state: 'mismatch', pass: false, listed: listed.hex, message: `MISMATCH: SHA256SUMS lists ${listed.hex} for ${file}` };
  const same = entries.find((e) => e.hex === hex);
  if (same) return { state: 'match', pass: true, listed: same.hex, message: `matches SHA256SUMS (listed as ${same.file})` };
  return { state: 'unlisted', pass: false, message: `NOT LISTED: SHA256SUMS next to the bundle lists neither ${file} nor its hash` };
}

/** SHA256SUMS next to the bundle: its text and address, or text undefined when there is none. */
async function loadSums(bundleUrl) {
  const url = new URL('SHA256SUMS', bundleUrl);
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return { url, text: response.ok ? await response.text() : undefined };
  } catch {
    return { url, text: undefined };
  }
}

async function loadCases() {
  const url = sameOriginParam('cases') ?? new URL('./verify-cases.json', import.meta.url);
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The case file ${url.pathname} could not be loaded (HTTP ${response.status}).`);
  const bytes = await response.arrayBuffer();
  const file = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(file.cases)) throw new Error(`The case file ${url.pathname} has no "cases" list.`);
  return { file, url, bytes };
}

function renderInput(r) {
  const parts = [];
  if (r.input !== undefined) parts.push(`${r.kind === 'pathway-dose' ? 'pathway input' : 'input'} ${JSON.stringify(r.input)}`);
  if (r.doseInput !== undefined) parts.push(`dose input ${JSON.stringify(r.doseInput)}`);
  if (r.config !== undefined) parts.push(`institution configuration ${JSON.stringify(r.config)}`);
  return parts.join('; ');
}

function renderCase(r) {
  const verdict = r.pass ? 'PASS' : 'FAIL';
  const body = el('tbody', { 'data-case': r.id, 'data-result': r.pass ? 'pass' : 'fail', class: r.pass ? 'case pass' : 'case fail' });
  body.append(
    el(
      'tr',
      { class: 'case-head' },
      el('th', { scope: 'rowgroup', class: 'case-id' }, r.id),
      el(
        'td',
        { colspan: '3', class: 'case-title' },
        el('strong', {}, r.title ?? ''),
        r.basis ? el('div', { class: 'basis' }, r.basis) : null,
        r.disagreement
          ? el('div', { class: 'disagreement' }, el('strong', {}, 'Reported disagreement between the content specification and the core: '), r.disagreement)
          : null,
        renderInput(r) ? el('div', { class: 'input' }, el('code', {}, renderInput(r))) : null,
      ),
      el('td', { class: 'verdict' }, el('span', { class: `badge ${r.pass ? 'pass' : 'fail'}` }, verdict)),
    ),
  );
  for (const c of r.checks) {
    body.append(
      el(
        'tr',
        { class: c.pass ? 'check pass' : 'check fail', 'data-check': c.label },
        el('td', {}, ''),
        el('td', { class: 'label' }, c.label),
        el('td', { class: 'expected' }, c.expected),
        el('td', { class: 'actual' }, c.actual),
        el('td', { class: 'verdict' }, c.pass ? '✓ pass' : '✗ FAIL'),
      ),
    );
  }
  return body;
}

/**
 * Explicit table roles, so the report stays a table to assistive technology when a narrow screen
 * stacks its rows (verify.css sets display: block there, which can drop the native semantics).
 */
function keepTableRoles(table) {
  table.setAttribute('role', 'table');
  for (const node of table.querySelectorAll('thead, tbody')) node.setAttribute('role', 'rowgroup');
  for (const node of table.querySelectorAll('tr')) node.setAttribute('role', 'row');
  for (const node of table.querySelectorAll('th[scope="col"]')) node.setAttribute('role', 'columnheader');
  for (const node of table.querySelectorAll('th[scope="rowgroup"]')) node.setAttribute('role', 'rowheader');
  for (const node of table.querySelectorAll('td')) node.setAttribute('role', 'cell');
}

function detailRow(term, value, id) {
  return [el('dt', {}, term), el('dd', id ? { id } : {}, value)];
}

/**
 * The verdict line's words. `report` from runAll, `sums` from compareSums. The version check (V00)
 * is counted apart from the published cases, so the numbers match the case file.
 */
export function verdictText(report, sums) {
  const pass = report.failed === 0 && sums.pass;
  const caseFailures = report.failedIds.filter((id) => id !== 'V00');
  const parts = [];
  if (pass) parts.push(`all ${report.published} published cases and 1 version check passed`);
  else {
    if (!report.versionPass) parts.push('the version check (V00) failed: the case file is not for the content version of this bundle');
    if (caseFailures.length) parts.push(`${caseFailures.length} of ${report.published} published cases failed: ${caseFailures.join(', ')}`);
    else parts.push(`all ${report.published} published cases${report.versionPass ? ' and 1 version check' : ''} passed`);
    if (!sums.pass) parts.push(`the bundle is not the released file: its SHA-256 ${sums.state === 'mismatch' ? 'does not match SHA256SUMS' : 'is not in SHA256SUMS'}`);
  }
  return { pass, verdict: pass ? 'PASS' : 'FAIL', text: ` — ${parts.join('; ')}. Bundle SHA-256: ${sums.message}.` };
}

/** Runs the page: load the bundle and the cases, check every case, render the report. */
const violations = [];
const recordViolation = (e) => violations.push(`${e.violatedDirective} ${e.blockedURI || ''}`.trim());

export async function run(root = document.getElementById('nam-verify')) {
  const started = new Date();
  document.documentElement.dataset.verifyStatus = 'running';
  // Until a verdict exists the page says so: a report printed now has no verdict to lose.
  root.replaceChildren(
    el(
      'p',
      { id: 'run-status', class: 'not-run', role: 'status', 'data-verdict': 'not-run' },
      el('strong', {}, 'NOT RUN (yet)'),
      ' — the worked cases are running. If this stays, the bundle or the case file did not load: see the browser’s console.',
    ),
  );
  try {
    const [{ core, url, bytes, how }, cases] = await Promise.all([loadBundle(), loadCases()]);
    const [bundleHash, casesHash, sumsFile] = await Promise.all([digestHex(bytes), digestHex(cases.bytes), loadSums(url)]);
    const bundleName = url.pathname.split('/').pop();
    const sums = compareSums(sumsFile.text, bundleName, bundleHash.hex);
    const report = runAll(core, cases.file);
    const verdict = verdictText(report, sums);
    const summary = el(
      'p',
      {
        id: 'summary',
        role: 'status',
        class: `summary ${verdict.pass ? 'pass' : 'fail'}`,
        'data-verdict': verdict.pass ? 'pass' : 'fail',
        'data-total': String(report.total),
        'data-published': String(report.published),
        'data-passed': String(report.passed),
        'data-failed': String(report.failed),
        'data-sums': sums.state,
      },
      el('strong', {}, verdict.verdict),
      verdict.text,
    );
    const contentVersion = `${core.CONTENT_VERSION} (${core.CONTENT_DATE})`;
    const details = el(
      'dl',
      { class: 'details' },
      detailRow('Clinical content', contentVersion, 'content-version'),
      detailRow('Package version', core.VERSION ?? 'not reported'),
      detailRow('Bundle', url.href, 'bundle-url'),
      detailRow('Bundle SHA-256', el('code', {}, bundleHash.hex), 'bundle-sha256'),
      detailRow(
        'SHA256SUMS',
        el(
          'span',
          { class: `sums ${sums.pass ? sums.state : 'fail'}` },
          sums.pass ? sums.message : el('strong', {}, sums.message),
          sumsFile.text === undefined ? '' : ` — ${sumsFile.url.href}`,
        ),
        'bundle-sums',
      ),
      detailRow('Bundle size', `${fmt(bytes.byteLength)} bytes; hash by ${bundleHash.method}; run as ${how}`, 'bundle-how'),
      detailRow('Case file', `${cases.url.href} — ${cases.file.title ?? ''} (written for content ${cases.file.contentVersion})`, 'cases-url'),
      detailRow('Case file SHA-256', el('code', {}, casesHash.hex), 'cases-sha256'),
      detailRow('Run at', `${started.toString()} (UTC ${started.toISOString()})`, 'run-at'),
      detailRow('Browser', navigator.userAgent, 'user-agent'),
      detailRow('Page', location.href),
      detailRow('Blocked by the page’s CSP', violations.length ? violations.join('; ') : 'nothing', 'csp'),
    );
    // The table head repeats on every printed page, so each page carries what was tested and the
    // verdict (on screen the details above say it once).
    const context = `Content ${contentVersion} · bundle ${bundleName} sha256 ${bundleHash.hex.slice(0, 16)}… · run ${started.toISOString()} · ${verdict.verdict}`;
    const table = el(
      'table',
      { class: 'cases' },
      el(
        'caption',
        {},
        `Worked cases: ${report.published} published cases and V00, the version check. Expected values are from the clinical content specification, actual values from this bundle.`,
      ),
      el(
        'thead',
        {},
        el('tr', { class: 'report-context' }, el('th', { colspan: '5', id: 'report-context', class: verdict.pass ? 'pass' : 'fail' }, context)),
        el('tr', {}, el('th', { scope: 'col' }, 'Case'), el('th', { scope: 'col' }, 'Check'), el('th', { scope: 'col' }, 'Expected'), el('th', { scope: 'col' }, 'Actual'), el('th', { scope: 'col' }, 'Result')),
      ),
      report.results.map(renderCase),
    );
    keepTableRoles(table);
    const printButton = el('button', { type: 'button', class: 'no-print' }, 'Print this report');
    printButton.addEventListener('click', () => window.print());
    const failuresOnly = el('input', { type: 'checkbox', id: 'failures-only' });
    const noFailures = el('p', { class: 'no-failures no-print', id: 'no-failures', hidden: true }, 'No failed cases: every case passed.');
    failuresOnly.addEventListener('change', () => {
      table.classList.toggle('failures-only', failuresOnly.checked);
      // An empty table under "failed cases only" must say why it is empty.
      noFailures.hidden = !(failuresOnly.checked && verdict.pass);
    });
    root.replaceChildren(
      summary,
      details,
      el('div', { class: 'actions no-print' }, printButton, el('label', {}, failuresOnly, ' Show failed cases only')),
      noFailures,
      table,
      el(
        'section',
        { class: 'sign-off' },
        el('h2', {}, 'Sign-off'),
        el('p', {}, 'Checked by (name and role): ____________________________  Signature: ______________  Date: ____________'),
      ),
    );
    // Violations reported after the first render (e.g. a late style) are added to the report.
    setTimeout(() => {
      const csp = document.getElementById('csp');
      if (csp && violations.length) csp.textContent = violations.join('; ');
      document.documentElement.dataset.cspViolations = String(violations.length);
      document.documentElement.dataset.verifyStatus = 'done';
    }, 0);
    return { ...report, sums, pass: verdict.pass };
  } catch (error) {
    root.replaceChildren(
      el(
        'p',
        { id: 'summary', role: 'alert', class: 'summary fail', 'data-verdict': 'fail', 'data-failed': '1', 'data-total': '0', 'data-passed': '0' },
        el('strong', {}, 'FAIL'),
        ` — the verification could not run: ${error?.message ?? error}`,
      ),
    );
    document.documentElement.dataset.verifyStatus = 'error';
    return undefined;
  }
}

if (typeof document !== 'undefined' && document.getElementById('nam-verify')) {
  document.addEventListener('securitypolicyviolation', recordViolation);
  run();
}
