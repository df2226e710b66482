import { describe, expect, it } from 'vitest';
import { reminderNotice } from '../../electron/main/core/reminderNotice';
import { trayView } from '../../electron/main/core/trayModel';
import { createFormat } from '../../electron/shared/i18n/format';
import { formatTag, localeFor, speechFor } from '../../electron/shared/i18n/locales';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { MINUTE_MS } from '../../electron/shared/units';
import type { EngineStatus } from '../../electron/shared/views';

describe('durations, from Intl in each language', () => {
  it('reads a span of minutes the way each language writes it', () => {
    const en = createFormat('en', 'en-GB');
    expect(en.minutes(1)).toBe('1 min');
    expect(en.minutes(59)).toBe('59 mins');
    expect(en.minutes(120)).toBe('2 hrs');
    expect(en.minutes(125)).toBe('2 hrs 5 mins');
    expect(en.sitting(75 * MINUTE_MS + 59_000)).toBe('1 hr 15 mins');
    expect(createFormat('de').minutes(75)).toBe('1 Std. 15 Min.');
    expect(createFormat('es').minutes(75)).toBe('1 h 15 min');
  });

  it('reads a short span in minutes and seconds', () => {
    const de = createFormat('de');
    expect(de.seconds(40_000)).toBe('40 Sek.');
    expect(de.seconds(180_000)).toBe('3 Min.');
    expect(de.seconds(185_000)).toBe('3 Min. 5 Sek.');
  });

  it('writes the time of day 12- or 24-hour as the region does', () => {
    const at = new Date(2026, 10, 30, 14, 5).getTime();
    expect(createFormat('en', 'en-US').time(at)).toMatch(/^2:05\sPM$/);
    expect(createFormat('en', 'en-GB').time(at)).toBe('14:05');
    expect(createFormat('de').time(at)).toBe('14:05');
    expect(createFormat('en', 'en-US').clock('09:30')).toMatch(/^9:30\sAM$/);
  });

  it('names weekdays, lists and plurals in the language', () => {
    expect(createFormat('de').weekday('mon', 'long')).toBe('Montag');
    expect(createFormat('es').weekday('sun', 'long')).toBe('domingo');
    expect(createFormat('es').list(['silla', 'suelo'])).toBe('silla y suelo');
    expect(createFormat('en').list(['chair', 'floor'], 'or')).toBe('chair or floor');
    const en = createFormat('en');
    expect(en.plural(1, { one: 'break', other: 'breaks' })).toBe('break');
    expect(en.plural(0, { one: 'break', other: 'breaks' })).toBe('breaks');
  });
});

describe('which language a person gets', () => {
  it('takes the first system language Backbreak speaks, else English', () => {
    expect(localeFor(['fr-FR', 'de-AT', 'en-US'])).toBe('de');
    expect(localeFor(['es_MX'])).toBe('es');
    expect(localeFor(['fr-FR', 'ja'])).toBe('en');
    expect(localeFor([])).toBe('en');
  });

  it('keeps the system’s region for formats, and a setting wins over the system', () => {
    expect(formatTag('en', ['en-GB'])).toBe('en-GB');
    expect(formatTag('de', ['en-GB', 'de-CH'])).toBe('de-CH');
    expect(formatTag('es', ['en-GB'])).toBe('es');
    expect(formatTag('en', ['en-not-a-tag-at-all-!'])).toBe('en');
    expect(speechFor('system', ['de-DE'])).toEqual({ locale: 'de', tag: 'de-DE' });
    expect(speechFor('es', ['de-DE'])).toEqual({ locale: 'es', tag: 'es' });
    expect(speechFor('en-XA', [])).toEqual({ locale: 'en-XA', tag: 'en' });
  });
});

describe('a sitting time', () => {
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

  it.each([
    ['en', '1 hr 15 min'],
    ['de', '1 Std. 15 Min.'],
    ['es', '1 h 15 min'],
  ] as const)('reads the same in the notification and the tray (%s)', (locale, words) => {
    const t = messagesFor(locale);
    const reminder = { sittingMs, count: 1, manner: 'normal' } as const;
    expect(reminderNotice(t, reminder, 10).body).toContain(words);
    expect(trayView(status, sittingMs, t).statusLine).toContain(words);
  });
});

describe('a reminder’s words', () => {
  const t = messagesFor('en');
  it('offers Start, Snooze for the snooze length, and Skip', () => {
    const notice = reminderNotice(t, { sittingMs: 45 * MINUTE_MS, count: 1, manner: 'normal' }, 10);
    expect(notice).toEqual({
      title: 'Time for a back break',
      body: 'You have been sitting for 45 min. A short guided routine is ready when you are.',
      buttons: { start: 'Start', snooze: 'Snooze 10 min', skip: 'Skip this break' },
    });
    const again = reminderNotice(t, { sittingMs: 55 * MINUTE_MS, count: 2, manner: 'normal' }, 5);
    expect(again.title).toBe('Still sitting: time for your back');
    expect(again.silent).toBeUndefined();
  });

  it('after a wait that reached its limit: asks for nothing now, and makes no sound', () => {
    const gentle = reminderNotice(
      t,
      { sittingMs: 135 * MINUTE_MS, count: 1, manner: 'gentle' },
      10,
    );
    expect(gentle).toMatchObject({
      title: 'When you are free: time for your back',
      body: 'You have been sitting for 2 hr 15 min. A short guided routine is ready whenever you are.',
      silent: true,
    });
  });
});
