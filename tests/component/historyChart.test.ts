import { describe, expect, it } from 'vitest';
import type { DayTotals } from '../../electron/shared/views';
import { CHART_WIDTH, chartSummary, layoutChart } from '../../renderer/src/history/breaksChart';
import { momentLabel } from '../../renderer/src/history/historyWords';

const day = (date: string, taken: number): DayTotals => ({
  date,
  taken,
  sittingMs: 0,
  longestStretchMs: 0,
  snoozed: 0,
  skipped: 0,
});
const week = [0, 1, 4, 2, 6, 0, 3].map((taken, i) =>
  day(`2025-06-${String(12 + i).padStart(2, '0')}`, taken),
);

describe('layoutChart', () => {
  it('makes taller bars for more breaks, all on one baseline, inside the chart', () => {
    const chart = layoutChart(week, 4);
    const heights = chart.bars.map((bar) => bar.height);
    expect(heights[0]).toBe(0);
    expect(heights[4]).toBeGreaterThan(heights[2]!);
    expect(heights[2]).toBeGreaterThan(heights[6]!);
    for (const bar of chart.bars) {
      expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right);
    }
    expect(chart.bars.map((bar) => bar.met)).toEqual([
      false,
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it('puts the goal line level with the top of a bar that just meets it', () => {
    const chart = layoutChart(week, 4);
    expect(chart.goalY).toBeCloseTo(chart.bars[2]!.y);
    // With no breaks at all the goal still has room above it.
    const empty = layoutChart(
      week.map((d) => ({ ...d, taken: 0 })),
      4,
    );
    expect(empty.top).toBe(5);
    expect(empty.goalY).toBeGreaterThan(empty.plot.top);
  });

  it('labels every day of a week and every seventh day of a month, keeping the last label inside', () => {
    expect(layoutChart(week, 4).bars.every((bar) => bar.labelled)).toBe(true);
    const month = Array.from({ length: 30 }, (_, i) => day(`d${i}`, i % 5));
    const labelled = layoutChart(month, 4).bars.flatMap((bar, i) => (bar.labelled ? [i] : []));
    expect(labelled).toEqual([1, 8, 15, 22, 29]);
    const last = layoutChart(month, 4).bars[29]!;
    expect(last.labelAnchor).toBe('end');
    expect(last.labelX).toBeLessThanOrEqual(CHART_WIDTH);
  });
});

describe('chartSummary and words', () => {
  it('sums up the days in a sentence', () => {
    expect(chartSummary(week, 4)).toBe(
      'Breaks taken each day over the last 7 days: 16 breaks in all, at most 6 in a day. The goal of 4 was met on 2 of 7 days.',
    );
    expect(chartSummary([day('2025-06-18', 1)], 1)).toContain('1 break in all');
  });

  it('names today and yesterday, and dates further back', () => {
    const today = '2025-06-18';
    expect(momentLabel(new Date(2025, 5, 18, 14, 5).getTime(), today)).toMatch(/^Today /);
    expect(momentLabel(new Date(2025, 5, 17, 9, 0).getTime(), today)).toMatch(/^Yesterday /);
    // Across a month boundary too.
    expect(momentLabel(new Date(2025, 5, 30, 9, 0).getTime(), '2025-07-01')).toMatch(/^Yesterday /);
    expect(momentLabel(new Date(2025, 5, 10, 9, 0).getTime(), today)).not.toMatch(
      /Today|Yesterday/,
    );
  });
});
