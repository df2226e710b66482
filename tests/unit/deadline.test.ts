import { describe, expect, it } from 'vitest';
import { answerWithin } from '../../electron/main/core/deadline';
import { FakeClock } from '../support/fakeClock';

/** A reader of the OS that hangs or breaks never holds up a decision (on a simulated clock). */
describe('an answer within a deadline', () => {
  const fallbacks = { late: 'late', failed: 'failed' };

  it('is the reader’s answer when it comes in time, and leaves no timer behind', async () => {
    const clock = new FakeClock();
    expect(await answerWithin(() => 'read', 1_000, fallbacks, clock)).toBe('read');
    await clock.advance(0);
    expect(clock.pendingTimers()).toEqual([]);
  });

  it('is "late" once the deadline passes with no answer', async () => {
    const clock = new FakeClock();
    const answer = answerWithin(
      () => new Promise<string>(() => undefined),
      1_000,
      fallbacks,
      clock,
    );
    await clock.advance(1_000);
    expect(await answer).toBe('late');
  });

  it('is "failed" when the reader throws, at once or later', async () => {
    const clock = new FakeClock();
    const broken = () => {
      throw new Error('gdbus: not found');
    };
    expect(await answerWithin(broken, 1_000, fallbacks, clock)).toBe('failed');
    expect(
      await answerWithin(() => Promise.reject(new Error('exit 1')), 1_000, fallbacks, clock),
    ).toBe('failed');
  });
});
