// Release discipline for the clinical content (docs/safety.md H14): the content files hash to
// what src/content/content-lock.json recorded for the current CONTENT_VERSION, and CHANGELOG.md
// has an entry for that version with its date. A content change without a version bump fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ROOT,
  LOCK_PATH,
  CHANGELOG_PATH,
  CONTENT_DIR,
  CORE_DIR,
  checkLock,
  contentFiles,
  currentLock,
  readLock,
  readVersion,
} from '../../scripts/content-lock.mjs';

test('[hazard:H14] the clinical content matches the content lock of its version', () => {
  const problems = checkLock();
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('[hazard:H14] CHANGELOG.md has a clinical-content entry for the current version and date', () => {
  const { version, date } = readVersion();
  assert.match(version ?? '', /^\d+\.\d+\.\d+$/, 'CONTENT_VERSION is x.y.z');
  assert.match(date ?? '', /^\d{4}-\d{2}-\d{2}$/, 'CONTENT_DATE is YYYY-MM-DD');
  const changelog = readFileSync(join(ROOT, CHANGELOG_PATH), 'utf8');
  assert.ok(changelog.includes(`## Clinical content ${version} — ${date}`), `${CHANGELOG_PATH} has "## Clinical content ${version} — ${date}"`);
});

test('[hazard:H14] the built core reports the locked content version', async () => {
  const core = await import('nam-cds/core');
  const lock = readLock();
  assert.equal(core.CONTENT_VERSION, lock.contentVersion, 'run npm run build');
  assert.equal(core.CONTENT_DATE, lock.contentDate, 'run npm run build');
});

test('the lock covers every clinical content file and every rules-core file, and only those', () => {
  const lock = readLock();
  const files = contentFiles();
  assert.ok(files.includes(`${CONTENT_DIR}/drug-rules.ts`) && files.includes(`${CONTENT_DIR}/pathway-rules.ts`));
  assert.ok(files.includes(`${CORE_DIR}/doses.ts`) && files.includes(`${CORE_DIR}/pathway.ts`) && files.includes(`${CORE_DIR}/format.ts`));
  assert.ok(files.every((f) => f.startsWith(`${CONTENT_DIR}/`) || f.startsWith(`${CORE_DIR}/`)));
  assert.ok(!files.includes(LOCK_PATH));
  assert.deepEqual(Object.keys(lock.files).sort(), files, `run npm run content-lock`);
});

/** A copy of the parts of the repository the check reads, to change without touching the real one. */
function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'nam-cds-lock-'));
  mkdirSync(join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, CONTENT_DIR), join(dir, CONTENT_DIR), { recursive: true });
  cpSync(join(ROOT, CORE_DIR), join(dir, CORE_DIR), { recursive: true });
  cpSync(join(ROOT, CHANGELOG_PATH), join(dir, CHANGELOG_PATH));
  return dir;
}

const edit = (dir, path, change) => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));

test('[hazard:H14] a content change without a version bump fails, naming the file and what to do', () => {
  const dir = scratchCopy();
  try {
    assert.deepEqual(checkLock(dir), []);
    edit(dir, `${CONTENT_DIR}/drug-rules.ts`, (t) => t.replace('defaultCapMgPerDay: 75', 'defaultCapMgPerDay: 80'));
    const problems = checkLock(dir).join('\n');
    assert.match(problems, /drug-rules\.ts/);
    assert.match(problems, /bump CONTENT_VERSION and CONTENT_DATE/);
    assert.match(problems, /CHANGELOG/);
    assert.match(problems, /npm run content-lock/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[hazard:H14] a change to the dose arithmetic in the rules core needs a version bump too', () => {
  const dir = scratchCopy();
  try {
    edit(dir, `${CORE_DIR}/prednisone-dose.ts`, (t) => {
      assert.ok(t.includes('const capped = dose.max > cap;'), 'the cap line this test edits');
      return t.replace('const capped = dose.max > cap;', 'const capped = false;');
    });
    const problems = checkLock(dir).join('\n');
    assert.match(problems, /src\/core\/prednisone-dose\.ts/);
    assert.match(problems, /bump CONTENT_VERSION and CONTENT_DATE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[hazard:H14] a version bump needs its CHANGELOG entry and a refreshed lock; then it passes', () => {
  const dir = scratchCopy();
  try {
    edit(dir, `${CONTENT_DIR}/drug-rules.ts`, (t) => t.replace('defaultCapMgPerDay: 75', 'defaultCapMgPerDay: 80'));
    edit(dir, `${CONTENT_DIR}/version.ts`, (t) => t.replace(/CONTENT_VERSION = '[^']+'/, "CONTENT_VERSION = '9.9.9'").replace(/CONTENT_DATE = '[^']+'/, "CONTENT_DATE = '2099-01-31'"));
    let problems = checkLock(dir).join('\n');
    assert.match(problems, /still records/);
    assert.match(problems, /no "## Clinical content 9\.9\.9 — 2099-01-31" entry/);
    edit(dir, CHANGELOG_PATH, (t) => t.replace(/\n## /, '\n## Clinical content 9.9.9 — 2099-01-31\n\n- Prednisone cap 80 mg/day.\n\n## '));
    writeFileSync(join(dir, LOCK_PATH), JSON.stringify(currentLock(dir)));
    assert.deepEqual(checkLock(dir), []);
    // Line endings do not count as a change.
    edit(dir, `${CONTENT_DIR}/inputs.ts`, (t) => t.replace(/\n/g, '\r\n'));
    assert.deepEqual(checkLock(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
