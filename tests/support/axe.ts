import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Runs axe-core in the page and returns its serious and critical findings as readable lines.
 * It is evaluated through the DevTools protocol, so the page keeps its strict CSP.
 */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
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
