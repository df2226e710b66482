import type { Weekday } from '../../../electron/shared/settingsLimits';
import { localWeekday, startOfLocalDate } from '../../../electron/shared/localDays';
import type { DayTotals } from '../../../electron/shared/views';

/**
 * The geometry of the breaks chart, in the SVG's own units, worked out apart from drawing it.
 * Time runs in the page's reading direction: the oldest day at the inline start, today at the
 * inline end, and the axis's numbers in a margin at the inline start, so a right-to-left reader
 * sees today on the left. Texts are anchored by their own start and end (`text-anchor`), which
 * SVG reads in the text's direction, so the same anchors serve both directions.
 */

export type Direction = 'ltr' | 'rtl';

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
  /** Where the axis's numbers end: in the margin at the inline start. */
  tickX: number;
  /** Where the goal line's label ends: at the plot's inline end. */
  goalLabelX: number;
}

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 170;

/** Room for the axis's numbers, at the inline start, and a little at the inline end. */
const AXIS_MARGIN = 28;
const END_MARGIN = 8;

export function layoutChart(
  days: DayTotals[],
  goal: number,
  direction: Direction = 'ltr',
): ChartLayout {
  const rtl = direction === 'rtl';
  const plot = {
    left: rtl ? END_MARGIN : AXIS_MARGIN,
    right: CHART_WIDTH - (rtl ? AXIS_MARGIN : END_MARGIN),
    top: 12,
    bottom: CHART_HEIGHT - 24,
  };
  // Room above the goal line so a day that met it visibly reaches past it.
  const top = Math.max(1, goal + 1, ...days.map((day) => day.taken));
  const slot = (plot.right - plot.left) / Math.max(1, days.length);
  const barWidth = Math.max(3, slot * (days.length <= 7 ? 0.56 : 0.7));
  const scale = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const bars = days.map((day, i): ChartBar => {
    const y = scale(day.taken);
    // How far the bar's inline-start edge is from the plot's inline start.
    const along = slot * i + (slot - barWidth) / 2;
    const x = rtl ? plot.right - along - barWidth : plot.left + along;
    const last = i === days.length - 1 && days.length > 7;
    const inlineEnd = rtl ? x : x + barWidth;
    return {
      date: day.date,
      taken: day.taken,
      met: day.taken >= goal,
      x,
      y,
      width: barWidth,
      height: plot.bottom - y,
      labelled: days.length <= 7 || (days.length - 1 - i) % 7 === 0,
      labelX: last ? inlineEnd : x + barWidth / 2,
      labelAnchor: last ? 'end' : 'middle',
    };
  });
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot,
    bars,
    top,
    goalY: scale(goal),
    tickX: rtl ? plot.right + 6 : plot.left - 6,
    goalLabelX: rtl ? plot.left : plot.right,
  };
}

/** The figures the chart's summary gives, for anyone who cannot see it. */
export function chartFigures(days: DayTotals[], goal: number) {
  return {
    days: days.length,
    total: days.reduce((sum, day) => sum + day.taken, 0),
    best: Math.max(0, ...days.map((day) => day.taken)),
    goal,
    met: days.filter((day) => day.taken >= goal).length,
  };
}

/** The weekday of a local date written YYYY-MM-DD, on the person's own calendar. */
export function weekdayOf(key: string): Weekday {
  return localWeekday(startOfLocalDate(key));
}
