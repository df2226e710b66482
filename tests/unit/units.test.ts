import { describe, expect, it } from 'vitest';
import { reminderNotice } from '../../electron/main/core/reminderNotice';
import { trayView } from '../../electron/main/core/trayModel';
import { MINUTE_MS, minutesWords, secondsWords, sittingWords } from '../../electron/shared/units';
import type { EngineStatus } from '../../electron/shared/views';

describe('durations', () => {
  it('reads a span of minutes the way people say it', () => {
    expect(minutesWords(0)).toBe('0 min');
    expect(minutesWords(59)).toBe('59 min');
    expect(minutesWords(120)).toBe('2 h');
    expect(minutesWords(125)).toBe('2 h 5 min');
    expect(sittingWords(75 * MINUTE_MS + 59_000)).toBe('1 h 15 min');
  });

  it('reads a short span in minutes and seconds', () => {
    expect(secondsWords(40_000)).toBe('40 s');
    expect(secondsWords(180_000)).toBe('3 min');
    expect(secondsWords(185_000)).toBe('3 min 5 s');
  });

  it('says the same sitting time the same way in the notification and the tray', () => {
    const sittingMs = 75 * MINUTE_MS;
    const status: EngineStatus = {
      activity: 'sitting',
      sittingMs,
      sittingSince: 0,
      hold: 'overdue',
      waiting: null,
      pausedUntil: null,
      snoozedUntil: null,
      nextReminderAt: null,
      remindersSent: 3,
      withinWorkingHours: true,
      idleDetection: { state: 'ok', source: 'electron' },
    };
    expect(reminderNotice(sittingMs, 1).body).toContain('1 h 15 min');
    expect(trayView(status, sittingMs).statusLine).toContain('1 h 15 min');
  });
});

describe('a reminder’s words', () => {
  it('after a wait that reached its limit: asks for nothing now, and makes no sound', () => {
    const gentle = reminderNotice(135 * MINUTE_MS, 1, 'gentle');
    expect(gentle).toEqual({
      title: 'When you are free: time for your back',
      body: 'You have been sitting for 2 h 15 min. A short guided routine is ready whenever you are.',
      silent: true,
    });
    expect(reminderNotice(135 * MINUTE_MS, 2).silent).toBeUndefined();
  });
});
