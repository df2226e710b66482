import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends a run that included the attack suite with one line: `security: N attacks, M held`.
 * Every attack must hold; a failing test counts all its attacks as not held.
 */
export default class SecuritySummary implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    let attacks = 0;
    let held = 0;
    for (const module of modules) {
      if (module.project.name !== 'security') continue;
      for (const test of module.children.allTests()) {
        const count = test.meta().attacks ?? 1;
        attacks += count;
        if (test.result().state === 'passed') held += count;
      }
    }
    if (attacks > 0) process.stdout.write(`\nsecurity: ${attacks} attacks, ${held} held\n`);
  }
}
