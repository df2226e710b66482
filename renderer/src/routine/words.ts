import type { PlannedSegment } from '../../../electron/shared/views';

export const PAUSE_WORDS = {
  'get-ready': 'Get ready',
  'switch-sides': 'Switch sides',
  rest: 'Rest',
} as const;

/** What a screen reader hears when a segment begins. */
export function stepLabel(segment: PlannedSegment, name: string, stepCount: number): string {
  const side = segment.side ? `, ${segment.side} side` : '';
  if (segment.kind === 'ready') {
    if (segment.pause === 'switch-sides') return `Switch sides: ${name}${side}.`;
    if (segment.pause === 'rest') return `Rest, then set ${segment.set} of ${segment.sets}.`;
    return `Step ${segment.stepIndex + 1} of ${stepCount}: ${name}${side}. Get ready.`;
  }
  const dose =
    segment.kind === 'hold'
      ? `hold for ${segment.count} seconds`
      : segment.kind === 'reps'
        ? `${segment.count} reps`
        : `${segment.count} breaths`;
  return `Begin: ${dose}.`;
}

/** What to do in the pause before a step, between sides or between sets. */
export function readyCue(pause: PlannedSegment['pause'], firstSetupLine: string): string {
  if (pause === 'switch-sides') return 'Come back to the start, then change sides.';
  if (pause === 'rest') return 'Rest for a breath before the next set.';
  return firstSetupLine;
}
