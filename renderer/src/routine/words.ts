import type { PlannedSegment } from '../../../electron/shared/views';
import { t } from '../ui/words.svelte';

/** What a screen reader hears when a segment begins, in the window's language. */
export function stepLabel(segment: PlannedSegment, name: string, stepCount: number): string {
  const said = t().routine.said;
  if (segment.kind === 'ready') {
    if (segment.pause === 'switch-sides') return said.switchSides(name, segment.side);
    if (segment.pause === 'rest') return said.rest(segment.set, segment.sets);
    return said.getReady(segment.stepIndex + 1, stepCount, name, segment.side);
  }
  return said.begin(segment.kind, segment.count);
}

/** What to do in the pause before a step (its first setup line), between sides or sets. */
export function readyCue(pause: PlannedSegment['pause'], firstSetupLine: string): string {
  if (pause === 'switch-sides' || pause === 'rest') return t().routine.player.pauseCue[pause];
  return firstSetupLine;
}
