import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../electron/shared/i18n/messages';
import type { DayTotals } from '../../electron/shared/views';
import {
  CHART_WIDTH,
  chartFigures,
  layoutChart,
  weekdayOf,
} from '../../renderer/src/history/breaksChart';
import { dayFromToday } from '../../renderer/src/history/dayFromToday';

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

describe('the chart right to left', () => {
  it('mirrors the days: today at the inline end, the axis numbers at the inline start', () => {
    const ltr = layoutChart(week, 4);
    const rtl = layoutChart(week, 4, 'rtl');
    ltr.bars.forEach((bar, i) => {
      const mirrored = rtl.bars[i]!;
      expect(mirrored.x + mirrored.width).toBeCloseTo(CHART_WIDTH - bar.x);
      expect(mirrored.y).toBe(bar.y);
      expect(mirrored.labelX).toBeCloseTo(CHART_WIDTH - bar.labelX);
      expect(mirrored.x).toBeGreaterThanOrEqual(rtl.plot.left);
      expect(mirrored.x + mirrored.width).toBeLessThanOrEqual(rtl.plot.right);
    });
    // Oldest on the right, today on the left.
    expect(rtl.bars[0]!.x).toBeGreaterThan(rtl.bars[6]!.x);
    expect(rtl.tickX).toBeCloseTo(CHART_WIDTH - ltr.tickX);
    expect(rtl.goalLabelX).toBeCloseTo(CHART_WIDTH - ltr.goalLabelX);
    expect(rtl.goalY).toBe(ltr.goalY);
  });

  it("ends a month's last label at its bar's inline end, inside the chart", () => {
    const month = Array.from({ length: 30 }, (_, i) => day(`d${i}`, i % 5));
    const last = layoutChart(month, 4, 'rtl').bars[29]!;
    expect(last.labelAnchor).toBe('end');
    // Right to left a text's end is its left edge.
    expect(last.labelX).toBe(last.x);
    expect(last.labelX).toBeGreaterThanOrEqual(0);
  });
});

describe('the days and words of the chart', () => {
  const t = messagesFor('en', 'en-GB').history;

  it('sums up the days in sentences', () => {
    expect(t.chart.summary(chartFigures(week, 4))).toBe(
      'Breaks taken each day over the last 7 days: 16 breaks in all, at most 6 in a day. The goal of 4 was met on 2 of 7 days.',
    );
    expect(t.chart.summary(chartFigures([day('2025-06-18', 1)], 1))).toBe(
      'Breaks taken each day over the last 1 day: 1 break in all, at most 1 in a day. The goal of 1 was met on 1 of 1 day.',
    );
  });

  it('finds the weekday of a date on the local calendar', () => {
    expect(weekdayOf('2025-06-16')).toBe('mon');
    expect(weekdayOf('2025-06-22')).toBe('sun');
    // The last Sunday of March: a 23-hour day in much of Europe.
    expect(weekdayOf('2025-03-30')).toBe('sun');
    expect(weekdayOf('2025-03-31')).toBe('mon');
  });

  it('names today and yesterday, and dates further back', () => {
    const today = '2025-06-18';
    expect(dayFromToday(new Date(2025, 5, 18, 14, 5).getTime(), today)).toBe('today');
    expect(dayFromToday(new Date(2025, 5, 18, 0, 0).getTime(), today)).toBe('today');
    expect(dayFromToday(new Date(2025, 5, 17, 23, 59).getTime(), today)).toBe('yesterday');
    // Across a month boundary too.
    expect(dayFromToday(new Date(2025, 5, 30, 9, 0).getTime(), '2025-07-01')).toBe('yesterday');
    expect(dayFromToday(new Date(2025, 5, 10, 9, 0).getTime(), today)).toBe('earlier');

    const at = new Date(2025, 5, 10, 9, 0).getTime();
    expect(t.recent.when(new Date(2025, 5, 18, 14, 5).getTime(), 'today')).toBe('Today 14:05');
    expect(t.recent.when(new Date(2025, 5, 17, 9, 0).getTime(), 'yesterday')).toBe(
      'Yesterday 09:00',
    );
    expect(t.recent.when(at, 'earlier')).toBe('Tue 10 Jun 09:00');
    expect(messagesFor('en', 'en-US').history.recent.when(at, 'earlier')).toBe(
      'Tue, Jun 10 9:00 AM',
    );
  });
});
