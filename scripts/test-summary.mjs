/* global process, console */
// Sums up vitest's and Playwright's JSON reports into one closing line:
//   total: N passed, N failed, N skipped
// Exits 1 when anything failed or a report is missing although its tier ran.
import { existsSync, readFileSync } from 'node:fs';

const read = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

const vitest = read('.tmp/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  // a file that failed to load has no tests but fails the run
  const brokenFiles = vitest.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  failed += brokenFiles;
  lines.push(
    `vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests + brokenFiles} failed, ${vitest.numPendingTests + vitest.numTodoTests} skipped`,
  );
} else {
  failed += 1;
  lines.push('vitest: no report (the run did not complete)');
}

const pw = read('.tmp/playwright.json');
if (pw) {
  const s = pw.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  lines.push(
    `playwright: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped${s.flaky ? ` (${s.flaky} flaky)` : ''}`,
  );
  if ((pw.errors ?? []).length > 0) {
    failed += pw.errors.length;
    lines.push(`playwright: ${pw.errors.length} errors outside tests`);
  }
} else {
  lines.push('playwright: did not run (see the messages above)');
}

const staticCheck = existsSync('.tmp/static.txt')
  ? readFileSync('.tmp/static.txt', 'utf8').trim()
  : 'not run';
lines.push(`typecheck+lint+format: ${staticCheck}`);
if (staticCheck !== 'ok') failed += 1;

const skippedTiers = existsSync('.tmp/skipped.txt')
  ? readFileSync('.tmp/skipped.txt', 'utf8').trim()
  : '';
console.log('\n== Summary');
for (const l of lines) console.log(l);
if (skippedTiers) console.log(`\nSKIPPED TIERS OR STEPS:\n${skippedTiers}`);
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
