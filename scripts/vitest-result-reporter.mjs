// A Vitest reporter for scripts/test.mjs: it writes Vitest's own account of the run — its verdict
// ('passed', 'failed' or 'interrupted'), the unhandled errors, and every test file with its
// state, its own errors and its failed tests — as JSON to the file named by CIRKEL_VITEST_RESULT.
// `npm test` decides from this file and from the exit code, so that nothing that changes the
// exit code of Vitest's process (a library's exit hook, say) can turn a failed run into success.
import { writeFileSync } from 'node:fs';

const message = (error) => String(error?.message ?? error).split('\n')[0];

export default class VitestResultReporter {
  onTestRunEnd(testModules, unhandledErrors, reason) {
    const path = process.env.CIRKEL_VITEST_RESULT;
    if (!path) return;
    const modules = testModules.map((module) => {
      const tests = [...module.children.allTests()];
      const count = (state) => tests.filter((test) => test.result().state === state).length;
      return {
        file: module.moduleId,
        project: module.project.name,
        state: module.state(),
        ok: module.ok(),
        errors: module.errors().map(message),
        passed: count('passed'),
        failed: count('failed'),
        skipped: count('skipped'),
        pending: count('pending'),
        failedTests: tests.filter((test) => test.result().state === 'failed').map((test) => test.fullName),
      };
    });
    writeFileSync(path, JSON.stringify({ reason, unhandledErrors: unhandledErrors.map(message), modules }, null, 2));
  }
}
