import type { BreakPlan } from '../../../electron/shared/views';

export interface StepDose {
  stepIndex: number;
  exerciseId: string;
  /** "8 reps", "25 s each side", "2 × 10 reps". */
  dose: string;
}

/** One line per routine step, read off the planned segments so it matches what will play. */
export function stepDoses(plan: BreakPlan): StepDose[] {
  const steps = new Map<number, StepDose>();
  for (const segment of plan.segments) {
    if (segment.kind === 'ready' || steps.has(segment.stepIndex)) continue;
    const amount =
      segment.kind === 'hold'
        ? `${segment.count} s`
        : segment.kind === 'reps'
          ? `${segment.count} reps`
          : `${segment.count} breaths`;
    const sets = segment.sets > 1 ? `${segment.sets} × ` : '';
    const side = segment.side ? ' each side' : '';
    steps.set(segment.stepIndex, {
      stepIndex: segment.stepIndex,
      exerciseId: segment.exerciseId,
      dose: `${sets}${amount}${side}`,
    });
  }
  return [...steps.values()];
}
