// dist/SHA256SUMS (written by the build, rollup.config.js) lists the SHA-256 of the files a
// deployment runs, in `sha256sum` format, and matches the files on disk; the verification page
// (demo/verify.js) reads it with the same rules. Runs after the build (`npm test` builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/traceability.mjs';
import { compareSums, parseSums } from '../../demo/verify.js';
import { singleFileNames } from '../../scripts/single-files.mjs';

const DIST = join(ROOT, 'dist');
const sha256 = (file) => createHash('sha256').update(readFileSync(join(DIST, file))).digest('hex');

test('[hazard:H25] dist/SHA256SUMS is in sha256sum format, sorted, and lists the single files and the ESM entry files', () => {
  const text = readFileSync(join(DIST, 'SHA256SUMS'), 'utf8');
  assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), 'one line per file, ending in a newline');
  const lines = text.slice(0, -1).split('\n');
  for (const line of lines) assert.match(line, /^[0-9a-f]{64} {2}[\w./-]+$/, line);
  const files = lines.map((line) => line.slice(66));
  assert.deepEqual(files, [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'sorted by file name');
  assert.equal(new Set(files).size, files.length, 'each file once');
  // Every single file (the all-in-one and each element's, ES module and classic script).
  for (const file of [...singleFileNames(), 'index.js', 'define.js', 'core.js']) assert.ok(files.includes(file), `lists ${file}`);
  assert.ok(singleFileNames().length >= 6, 'the all-in-one and at least two elements, each twice');
  // The chunks the ESM entry files import are listed too: an npm deployment runs them.
  const chunks = readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js'));
  for (const chunk of chunks) assert.ok(files.includes(`chunks/${chunk}`), `lists chunks/${chunk}`);
  // The verification page reads every line.
  assert.equal(parseSums(text).length, lines.length);
});

test('[hazard:H25] every hash in dist/SHA256SUMS is the SHA-256 of the file on disk', () => {
  const entries = parseSums(readFileSync(join(DIST, 'SHA256SUMS'), 'utf8'));
  assert.ok(entries.length >= 5);
  for (const { hex, file } of entries) {
    assert.ok(existsSync(join(DIST, file)), `${file} exists`);
    assert.equal(hex, sha256(file), file);
  }
  // What the verification page concludes for the two single files as built.
  const text = readFileSync(join(DIST, 'SHA256SUMS'), 'utf8');
  for (const file of ['nam-cds.min.js', 'nam-cds.iife.min.js']) {
    assert.equal(compareSums(text, file, sha256(file)).state, 'match', file);
    assert.equal(compareSums(text, file, sha256(file === 'nam-cds.min.js' ? 'nam-cds.iife.min.js' : 'nam-cds.min.js')).state, 'mismatch', file);
  }
});

test('[hazard:H25] the page reads SHA256SUMS as sha256sum writes it: "*" binary marks, "./" paths, CRLF, other lines ignored', () => {
  const a = 'A'.repeat(64);
  const b = 'b'.repeat(64);
  const entries = parseSums(`${a} *./nam-cds.min.js\r\n# comment\n\n${b}  core.js\nnot a line\n`);
  assert.deepEqual(entries, [
    { hex: 'a'.repeat(64), file: 'nam-cds.min.js' },
    { hex: b, file: 'core.js' },
  ]);
  assert.equal(compareSums(`${a}  nam-cds.min.js\n`, 'nam-cds.min.js', 'a'.repeat(64)).pass, true);
  // A renamed copy of a listed file matches by its hash; a file neither named nor hashed fails.
  assert.match(compareSums(`${b}  nam-cds.min.js\n`, 'nam-cds-0.1.0.min.js', b).message, /listed as nam-cds\.min\.js/);
  assert.equal(compareSums(`${b}  nam-cds.min.js\n`, 'nam-cds-0.1.0.min.js', a.toLowerCase()).pass, false);
  assert.equal(compareSums('', 'nam-cds.min.js', b).state, 'absent');
});
