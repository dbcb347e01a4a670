import type { Reporter, TestModule } from 'vitest/node';

/**
 * Names, at the very end of the run, the test files that did not pass and the tests in them that
 * never finished: when a test worker dies (a native crash, the machine's out-of-memory killer),
 * vitest says only "Worker exited unexpectedly", and CI keeps only the end of the output.
 */
export default class UnfinishedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    for (const m of testModules) {
      const state = m.state();
      if (state === 'passed' || state === 'skipped') continue;
      const unfinished = [...m.children.allTests()].filter((t) => t.result().state === 'pending').map((t) => t.fullName);
      lines.push(`  ${m.relativeModuleId}: ${state}${unfinished.length > 0 ? `; chưa chạy xong: ${unfinished.join(' | ')}` : ''}`);
    }
    if (lines.length > 0) process.stderr.write(`\nTệp kiểm thử chưa đạt hoặc chưa chạy xong:\n${lines.join('\n')}\n`);
  }
}
