// `npm test`: type checks, builds the portal the browser tests drive, proves that a failing test
// fails the run (the self-check), then runs every suite (i18n, server, client, browser) with
// Vitest. Extra arguments go to Vitest's real run.
//
// Success needs two independent witnesses: Vitest's exit code, and Vitest's own result as its
// reporter saw it (scripts/vitest-result-reporter.mjs: its verdict, the unhandled errors, every
// file). A library in Vitest's process once turned a failed run's exit code into 0; the result
// file is not touched by exit hooks, and the exit code still catches a run that wrote no result.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reporter = join(root, 'scripts', 'vitest-result-reporter.mjs');
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'cirkel-npm-test-'));
let runs = 0;

/** The name of the one test the self-check expects to fail (i18n/test/self-check/). */
const DELIBERATE_FAILURE = 'fails on purpose';

function step(title, command, args) {
  process.stderr.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${title} failed\n`);
    process.exit(result.status ?? 1);
  }
}

/** Runs `vitest run` with the result reporter beside the default one: how it exited, and what it reported. */
function runVitest(args, { env = {}, log } = {}) {
  const resultFile = join(work, `result-${(runs += 1)}.json`);
  const output = log ? openSync(log, 'w') : 'inherit';
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', `--reporter=${reporter}`, ...args], {
    cwd: root,
    stdio: ['ignore', output, output],
    env: { ...process.env, ...env, CIRKEL_VITEST_RESULT: resultFile },
  });
  if (log) closeSync(output);
  let result = null;
  let unreadable;
  try {
    result = JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch (error) {
    unreadable = error.code === 'ENOENT' ? 'Vitest wrote no result (it stopped before the end of the run)' : `Vitest's result is unreadable: ${error.message}`;
  }
  return { status: run.status, signal: run.signal, error: run.error, result, unreadable };
}

/**
 * Success only when the exit code AND Vitest's own result say so: exit code 0, a result file,
 * Vitest's verdict "passed", no unhandled error, every file ok, and at least one test run.
 */
function verdict(run) {
  const problems = [];
  const totals = { files: 0, failedFiles: 0, tests: 0, passed: 0, failed: 0, skipped: 0 };
  if (run.error) problems.push(`Vitest could not be started: ${run.error.message}`);
  else if (run.signal) problems.push(`Vitest was stopped by ${run.signal}`);
  else if (run.status !== 0) problems.push(`Vitest exited with code ${run.status}`);
  const result = run.result;
  if (!result) {
    problems.push(run.unreadable);
  } else {
    if (result.reason !== 'passed' && run.status === 0 && !run.signal) {
      problems.push(`Vitest's process exited with code 0 although its own verdict is "${result.reason}": something in that process changed the exit code`);
    }
    if (result.reason !== 'passed') problems.push(`Vitest's own verdict is "${result.reason}"`);
    for (const error of result.unhandledErrors) problems.push(`unhandled error: ${error}`);
    for (const module of result.modules) {
      totals.files += 1;
      totals.tests += module.passed + module.failed + module.skipped + module.pending;
      totals.passed += module.passed;
      totals.failed += module.failed;
      totals.skipped += module.skipped;
      if (module.ok) continue;
      totals.failedFiles += 1;
      const what = [...module.failedTests.map((name) => `✗ ${name}`), ...module.errors, ...(module.failed || module.errors.length ? [] : [module.state])];
      problems.push(`${relative(root, module.file)} (${module.project}): ${what.join('; ')}`);
    }
    if (totals.tests === 0) problems.push('no test ran');
  }
  return { ok: problems.length === 0, problems, totals, reason: result?.reason ?? 'none', status: run.signal ?? run.status };
}

function describeRun(judged) {
  const { totals } = judged;
  return (
    `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped of ${totals.tests} tests in ${totals.files} files ` +
    `(${totals.failedFiles} failed); Vitest's verdict "${judged.reason}", exit code ${judged.status}`
  );
}

function tail(path, lines) {
  return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * Runs a deliberately failing i18n test together with the server project — whose global setup
 * starts the embedded PostgreSQL — exactly as the real run would, and fails `npm test` unless
 * both witnesses see the failure and the verdict calls it one. The fixtures are outside the
 * projects' usual `include` globs (see CIRKEL_TEST_SELF_CHECK in i18n/ and server/vitest.config).
 */
function selfCheck() {
  process.stderr.write('\n▶ self-check: a run with a deliberately failing test must fail\n');
  const log = join(work, 'self-check.log');
  const run = runVitest(['--project', 'i18n', '--project', 'server'], { env: { CIRKEL_TEST_SELF_CHECK: '1' }, log });
  const judged = verdict(run);
  const modules = run.result?.modules ?? [];
  const failedTests = modules.flatMap((module) => module.failedTests);
  const server = modules.filter((module) => module.project === 'server');
  const complaints = [];
  if (judged.ok) complaints.push('the verdict called the run a success');
  if (run.status === 0) complaints.push('Vitest exited with code 0: a library in its process hid the failure from the exit code');
  if (!run.result) complaints.push(run.unreadable);
  else if (run.result.reason !== 'failed') complaints.push(`Vitest's own verdict was "${run.result.reason}", not "failed"`);
  if (failedTests.length !== 1 || !failedTests[0].includes(DELIBERATE_FAILURE)) {
    complaints.push(`expected exactly the deliberate failure to fail, but failed were: ${failedTests.join('; ') || 'no test'}`);
  }
  if (server.length !== 1 || !server[0].ok || server[0].passed !== 1) {
    complaints.push("the server fixture did not pass, so the run did not go through the server's global setup and its PostgreSQL");
  }
  if (complaints.length > 0) {
    process.stderr.write(
      [
        '',
        '##########################################################################',
        '#  SELF-CHECK FAILED: npm test cannot be trusted to report a failing test.',
        '##########################################################################',
        ...complaints.map((complaint) => `  - ${complaint}`),
        `  The run: ${describeRun(judged)}`,
        `  Its output (last lines below) is in ${log}`,
        '',
        tail(log, 40),
        '',
        '✗ npm test failed: the self-check did not see the deliberate failure',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  process.stderr.write(
    `✓ self-check: the deliberate failure was caught by both: exit code ${run.status} and Vitest's verdict "${run.result.reason}" ` +
      `(with the server's PostgreSQL set up in the same run)\n`,
  );
}

step('type check', 'npm', ['run', 'typecheck']);
step('build', 'npm', ['run', 'build']);
selfCheck();

process.stderr.write('\n▶ tests\n');
const run = runVitest(process.argv.slice(2));
rmSync(work, { recursive: true, force: true });
const judged = verdict(run);
for (const module of run.result?.modules ?? []) {
  if (module.file.includes('/self-check/')) judged.problems.push(`${relative(root, module.file)} is a self-check fixture and must not run in the suite`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (judged.problems.length > 0) {
  process.stderr.write(`\n✗ npm test failed after ${seconds} s: ${describeRun(judged)}\n${judged.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stderr.write(`\n✓ npm test passed in ${seconds} s: ${describeRun(judged)}\n`);
