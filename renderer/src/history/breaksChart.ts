import type { DayTotals } from '../../../electron/shared/views';

/** The geometry of the breaks chart, in the SVG's own units, worked out apart from drawing it. */

export interface ChartBar {
  date: string;
  taken: number;
  met: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether this day gets a label under the axis: every day for a week, weekly for a month. */
  labelled: boolean;
  /** Where the label sits: the last one ends at its bar so it stays inside the chart. */
  labelX: number;
  labelAnchor: 'middle' | 'end';
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: ChartBar[];
  top: number;
  goalY: number;
}

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 170;

export function layoutChart(days: DayTotals[], goal: number): ChartLayout {
  const plot = { left: 28, right: CHART_WIDTH - 8, top: 12, bottom: CHART_HEIGHT - 24 };
  // Room above the goal line so a day that met it visibly reaches past it.
  const top = Math.max(1, goal + 1, ...days.map((day) => day.taken));
  const slot = (plot.right - plot.left) / Math.max(1, days.length);
  const barWidth = Math.max(3, slot * (days.length <= 7 ? 0.56 : 0.7));
  const scale = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const bars = days.map((day, i): ChartBar => {
    const y = scale(day.taken);
    const x = plot.left + slot * i + (slot - barWidth) / 2;
    const last = i === days.length - 1 && days.length > 7;
    return {
      date: day.date,
      taken: day.taken,
      met: day.taken >= goal,
      x,
      y,
      width: barWidth,
      height: plot.bottom - y,
      labelled: days.length <= 7 || (days.length - 1 - i) % 7 === 0,
      labelX: last ? x + barWidth : x + barWidth / 2,
      labelAnchor: last ? 'end' : 'middle',
    };
  });
  return { width: CHART_WIDTH, height: CHART_HEIGHT, plot, bars, top, goalY: scale(goal) };
}

/** What the chart shows, in a sentence, for anyone who cannot see it. */
export function chartSummary(days: DayTotals[], goal: number): string {
  const total = days.reduce((sum, day) => sum + day.taken, 0);
  const met = days.filter((day) => day.taken >= goal).length;
  const best = Math.max(0, ...days.map((day) => day.taken));
  const breaks = total === 1 ? 'break' : 'breaks';
  return (
    `Breaks taken each day over the last ${days.length} days: ${total} ${breaks} in all, ` +
    `at most ${best} in a day. The goal of ${goal} was met on ${met} of ${days.length} days.`
  );
}
