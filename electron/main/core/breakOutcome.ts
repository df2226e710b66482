import type { BreakPlan, BreakProgress } from '../../shared/views';

/**
 * What a played routine amounted to. A break counts as taken when at least half of its
 * exercise time was done; left earlier, it is recorded as skipped, as the person would say.
 */

export interface BreakOutcome {
  outcome: 'taken' | 'skipped';
  /** Exercise ids with at least one segment done, in routine order. */
  exercisesDone: string[];
  /** Routine steps with at least one segment skipped. */
  stepsSkipped: number;
  doneMs: number;
  workMs: number;
}

export function outcomeOf(plan: BreakPlan, progress: BreakProgress): BreakOutcome {
  const done = new Set(progress.done);
  const skipped = new Set(progress.skipped);
  const work = plan.segments.filter((segment) => segment.kind !== 'ready');
  const workMs = work.reduce((sum, segment) => sum + segment.durationMs, 0);
  const doneWork = work.filter((segment) => done.has(segment.index) && !skipped.has(segment.index));
  const doneMs = doneWork.reduce((sum, segment) => sum + segment.durationMs, 0);
  const doneIds = new Set(doneWork.map((segment) => segment.exerciseId));
  const skippedSteps = new Set(
    work.filter((segment) => skipped.has(segment.index)).map((segment) => segment.stepIndex),
  );
  return {
    outcome: workMs > 0 && doneMs * 2 >= workMs ? 'taken' : 'skipped',
    exercisesDone: plan.order.filter((id) => doneIds.has(id)),
    stepsSkipped: skippedSteps.size,
    doneMs,
    workMs,
  };
}

/** Segment indexes that do not exist in the plan: a renderer must not report them. */
export function unknownSegments(plan: BreakPlan, progress: BreakProgress): number[] {
  return [...progress.done, ...progress.skipped].filter((index) => index >= plan.segments.length);
}

/**
 * What closing the routine window means: a routine under way is recorded by how far it got; a
 * reminder's routine closed before it began is a "not this time", a skipped reminder; anything
 * else (already recorded, or opened by the person and closed unstarted) means nothing.
 */
export function closingMeans(session: {
  started: boolean;
  recorded: boolean;
  trigger: 'reminder' | 'manual';
}): 'record' | 'skip-reminder' | 'nothing' {
  if (session.recorded) return 'nothing';
  if (session.started) return 'record';
  return session.trigger === 'reminder' ? 'skip-reminder' : 'nothing';
}
