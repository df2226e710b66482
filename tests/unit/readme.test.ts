import { messagesFor } from '../../electron/shared/i18n/messages';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trayView, type TrayMenuItem } from '../../electron/main/core/trayModel';
import { USER_ROUTINE_LIMITS } from '../../electron/shared/userRoutineLimits';
import type { EngineStatus } from '../../electron/shared/views';

/**
 * The README tells a new person what the tray menu holds. These checks keep it true: every
 * item the menu can show is named there (in italics, as the README names controls), and the
 * README names no item the menu does not have.
 */

const readme = readFileSync('README.md', 'utf8');
const trayBullet = readme.slice(
  readme.indexOf('- **The tray menu**'),
  readme.indexOf('\n- **', readme.indexOf('- **The tray menu**') + 1),
);

const base: EngineStatus = {
  activity: 'sitting',
  sittingMs: 50 * 60_000,
  sittingSince: 0,
  hold: 'none',
  pausedUntil: null,
  snoozedUntil: null,
  nextReminderAt: 60 * 60_000,
  remindersSent: 0,
  withinWorkingHours: true,
  idleDetection: { state: 'ok', source: 'electron' },
  waiting: null,
};

/** Every state that shows a different menu. */
const statuses: EngineStatus[] = [
  base,
  { ...base, hold: 'overdue', remindersSent: 3 },
  { ...base, hold: 'snoozed', snoozedUntil: 55 * 60_000, remindersSent: 1 },
  { ...base, hold: 'paused', pausedUntil: 90 * 60_000 },
  { ...base, activity: 'standing' },
];

function labels(items: TrayMenuItem[]): string[] {
  return items.flatMap((item) => {
    if (item.kind === 'action') return [item.label];
    if (item.kind === 'submenu') return [item.label, ...item.items.map((choice) => choice.label)];
    return [];
  });
}

const en = messagesFor('en', 'en-GB');

describe('README', () => {
  it('names every item the tray menu can show', () => {
    const shown = new Set(statuses.flatMap((status) => labels(trayView(status, 0, en).menu)));
    expect(shown.size).toBeGreaterThan(10);
    const named = new Set(
      [...trayBullet.matchAll(/_([^_]+)_/g)].map((match) => match[1]!.replace(/\s+/g, ' ')),
    );
    expect([...shown].filter((label) => !named.has(label))).toEqual([]);
    expect([...named].filter((label) => !shown.has(label))).toEqual([]);
  });

  it('says snoozing is offered only while a reminder is out', () => {
    expect(labels(trayView(base, 0, en).menu)).not.toContain('Snooze');
    expect(labels(trayView(statuses[1]!, 0, en).menu)).toContain('Snooze');
    expect(trayBullet).toMatch(/only while a reminder is out/);
  });

  it('says how much of the routines folder is read, as Settings does', () => {
    const { files, fileBytes, totalBytes, depth, entries } = USER_ROUTINE_LIMITS;
    const sentence = en.settings.userRoutines.limits(USER_ROUTINE_LIMITS);
    const kb = `${fileBytes / 1024} KB`;
    const mb = `${totalBytes / (1024 * 1024)} MB`;
    const names = entries.toLocaleString('en-GB');
    expect(sentence).toContain(`up to ${files} .json files there, each up to ${kb} and ${mb}`);
    expect(sentence).toContain(`up to ${depth} levels deep and ${names} names in all`);
    expect(readme.replace(/\s+/g, ' ')).toContain(
      `up to ${files} \`.json\` files, each up to ${kb} and ${mb} in all, in folders up to ${depth} levels deep and ${names} names`,
    );
  });
});

describe('the README’s pictures and links', () => {
  it('shows only pictures that are in the repository', () => {
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(pictures.length).toBeGreaterThan(10);
    expect(pictures.filter((path) => !existsSync(path))).toEqual([]);
    // And no picture is kept that it does not show: `npm run screenshots` refreshes only those.
    const kept = readdirSync('docs/screenshots').map((name) => `docs/screenshots/${name}`);
    expect(kept.filter((path) => !pictures.includes(path))).toEqual([]);
  });

  it('links only to sections it has', () => {
    const anchors = new Set(
      [...readme.matchAll(/^#+ (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, '')
          .replace(/ /g, '-'),
      ),
    );
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });
});
