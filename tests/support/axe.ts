import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe settles each rule with `setTimeout(fn, 0)`. In a page whose clock the test has paused,
 * such a timer waits for the test to move time on, so axe would never finish. It gets its own
 * that runs at once (a message to itself, which no fake clock holds back); its longer timers
 * only give up on frames and slow assets, which a finished check never needs.
 */
const AXE_WITH_OWN_TIMERS = `(function (setTimeout, clearTimeout) {
${axe.source}
})(function (fn, ms) {
  var args = Array.prototype.slice.call(arguments, 2);
  if (ms > 0) return 0;
  var channel = new MessageChannel();
  channel.port1.onmessage = function () { fn.apply(null, args); };
  channel.port2.postMessage(0);
  return 0;
}, function () {});`;

/**
 * Runs axe-core in the page and returns its serious and critical findings as readable lines.
 * It is evaluated through the DevTools protocol, so the page keeps its strict CSP.
 */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE_WITH_OWN_TIMERS);
  const violations = await page.evaluate(async () => {
    const scope = globalThis as unknown as { axe: typeof axe; document: unknown };
    const result = await scope.axe.run(scope.document as Parameters<typeof axe.run>[0], {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`);
}
