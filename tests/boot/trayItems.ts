import type { RunningApp } from '../support/bootDesktop';

/**
 * The tray as the boot tests read and click it, by what each item does: the only place they
 * spell the tray's words, so relabelling an item is a one-line change here.
 */
export const TRAY = {
  startRoutine: ['Start a routine now'],
  settings: ['Settings…'],
  history: ['History…'],
  quit: ['Quit'],
} as const;

export function clickTray(app: RunningApp, item: keyof typeof TRAY): Promise<void> {
  return app.clickTray(...TRAY[item]);
}

/** Whole minutes of sitting the tray's status line shows, or null when it shows none. */
export function sittingMinutes(app: RunningApp): number | null {
  const match = /^Sitting (\d+) min/.exec(app.statusLine());
  return match ? Number(match[1]) : null;
}

/** Minutes to the next reminder the status line shows, or null when it shows none. */
export function minutesToReminder(app: RunningApp): number | null {
  const match = /next reminder in (\d+) min/.exec(app.statusLine());
  return match ? Number(match[1]) : null;
}
