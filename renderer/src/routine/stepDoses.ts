import type { BreakPlan } from '../../../electron/shared/views';
import { t } from '../ui/words.svelte';

export interface StepDose {
  stepIndex: number;
  exerciseId: string;
  /** "8 reps", "25 secs each side", "2 × 10 reps", in the window's language. */
  dose: string;
}

/** One line per routine step, read off the planned segments so it matches what will play. */
export function stepDoses(plan: BreakPlan): StepDose[] {
  const steps = new Map<number, StepDose>();
  for (const segment of plan.segments) {
    if (segment.kind === 'ready' || steps.has(segment.stepIndex)) continue;
    steps.set(segment.stepIndex, {
      stepIndex: segment.stepIndex,
      exerciseId: segment.exerciseId,
      dose: t().routine.preview.dose(
        segment.kind,
        segment.count,
        segment.sets,
        segment.side !== null,
      ),
    });
  }
  return [...steps.values()];
}
