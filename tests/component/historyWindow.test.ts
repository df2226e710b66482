import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeHistory } from '../../electron/main/core/historySummary';
import { messagesFor } from '../../electron/shared/i18n/messages';
import type { HistoryRecord } from '../../electron/shared/historySchema';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import type { HistoryView } from '../../electron/shared/views';
import HistoryWindow from '../../renderer/src/history/HistoryWindow.svelte';
import { Refusal } from '../../electron/main/core/refusal';
import { speak } from '../../renderer/src/ui/words.svelte';
import { installFakeBridge } from './fakeBridge';
import { pageTexts, wordsOutsideCatalogue } from '../support/pageTexts';

afterEach(async () => {
  delete window.backbreak;
  delete document.documentElement.dataset.theme;
  await speak({ locale: 'en', tag: 'en-GB' });
  document.documentElement.dir = 'ltr';
});

const MIN = 60_000;
const at = (daysBack: number, hour: number, minute = 0) =>
  new Date(2025, 5, 18 - daysBack, hour, minute).getTime();
const now = at(0, 17);

let breakId = 0;
function takenBreak(
  time: number,
  title = 'Desk reset',
  outcome: 'taken' | 'skipped' = 'taken',
  trigger: 'reminder' | 'manual' = 'reminder',
): HistoryRecord {
  return {
    type: 'break',
    id: `b${++breakId}`,
    at: time,
    outcome,
    routineId: 'desk-reset',
    routineTitle: title,
    trigger,
    durationMs: 185_000,
    plannedMs: 180_000,
    exercises: ['cat-cow'],
    stepsSkipped: 0,
  };
}

/** Today: 65 min sat in two stretches, two breaks (one felt better), a snooze and a skip. */
function someHistory(extra: HistoryRecord[] = []): HistoryView {
  const records: HistoryRecord[] = [
    {
      type: 'stretch',
      start: at(0, 9),
      end: at(0, 9, 40),
      sittingMs: 40 * MIN,
      endedBy: 'routine',
    },
    takenBreak(at(0, 9, 41), 'Upper back opener'),
    { type: 'feeling', at: at(0, 9, 45), breakId: `b${breakId}`, feeling: 'better' },
    { type: 'stretch', start: at(0, 10), end: at(0, 10, 25), sittingMs: 25 * MIN, endedBy: 'idle' },
    takenBreak(at(0, 10, 26)),
    { type: 'snooze', at: at(0, 11), minutes: 10, sittingMs: 45 * MIN },
    { type: 'skip', at: at(0, 12), sittingMs: 50 * MIN },
    // Yesterday and the day before met a goal of 2.
    takenBreak(at(1, 9)),
    takenBreak(at(1, 11)),
    takenBreak(at(2, 9)),
    takenBreak(at(2, 11)),
    takenBreak(at(20, 9), 'Old one', 'skipped'),
    ...extra,
  ];
  return summarizeHistory(records, now, 2, { unreadableLines: 0 });
}

async function openHistory(
  view: HistoryView = someHistory(),
  answers: Record<string, unknown> = {},
) {
  const bridge = installFakeBridge('history', {
    getHistory: view,
    getSettings: { settings: { ...defaultSettings(), theme: 'dark' }, notices: [] },
    ...answers,
  });
  render(HistoryWindow);
  await screen.findByRole('heading', { name: 'Today' });
  return { bridge, user: userEvent.setup() };
}

const figure = (name: string) =>
  screen
    .getByText(name, { selector: 'dt' })
    .nextElementSibling!.textContent!.replace(/\s+/g, ' ')
    .trim();

describe('history window', () => {
  it("shows today's sitting and breaks, and the streak", async () => {
    await openHistory();
    expect(figure('Time sat')).toBe('1 hr 5 mins');
    expect(figure('Longest stretch')).toBe('40 mins');
    expect(figure('Breaks taken')).toBe('2 of 2');
    expect(figure('Snoozed')).toBe('1');
    expect(figure('Skipped')).toBe('1');
    expect(document.querySelector('.streak')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      "3-day streak of at least 2 breaks a day. Today's goal is met.",
    );
    expect(screen.getByText('3-day streak', { selector: 'strong' })).toBeInTheDocument();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('draws the last 7 days with a summary a screen reader can read, and switches to 30', async () => {
    const { user } = await openHistory();
    const chart = screen.getByRole('img', {
      name: 'Breaks taken each day over the last 7 days: 6 breaks in all, at most 2 in a day. The goal of 2 was met on 3 of 7 days.',
    });
    expect(chart.querySelectorAll('rect')).toHaveLength(7);
    const week = screen.getByRole('button', { name: '7 days' });
    const month = screen.getByRole('button', { name: '30 days' });
    expect(week).toHaveAttribute('aria-pressed', 'true');

    // By keyboard: Tab from "7 days" to "30 days", then Enter.
    week.focus();
    await user.tab();
    expect(month).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(month).toHaveAttribute('aria-pressed', 'true');
    expect(week).toHaveAttribute('aria-pressed', 'false');
    const monthChart = screen.getByRole('img', { name: /over the last 30 days: 6 breaks in all/ });
    expect(monthChart.querySelectorAll('rect')).toHaveLength(30);
  });

  it('gives the numbers of each day in a table', async () => {
    const { user } = await openHistory();
    await user.click(screen.getByText('Show the numbers'));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 7);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Day', 'Breaks', 'Snoozed', 'Skipped', 'Time sat']);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Today');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '1', '1 hr 5 mins']);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '0', '0', '0 mins']);
  });

  it('lists recent breaks with how they felt', async () => {
    await openHistory();
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveTextContent('Desk reset');
    expect(items[0]).toHaveTextContent('Today');
    expect(items[0]).toHaveTextContent('No answer');
    expect(items[1]).toHaveTextContent('Upper back opener');
    expect(items[1]).toHaveTextContent('Felt better');
    expect(items[1]).toHaveTextContent('Done · 3 mins 5 secs');
    expect(items[2]).toHaveTextContent('Yesterday');
    expect(items[6]).toHaveTextContent('Old one');
    expect(items[6]).toHaveTextContent('Stopped early');
  });

  it('exports to CSV and says where the file went, or nothing when cancelled', async () => {
    const { bridge, user } = await openHistory(someHistory(), {
      exportHistory: { saved: true, path: '/home/sam/backbreak-history.csv', rows: 12 },
    });
    const status = screen.getByRole('status');
    await user.click(screen.getByRole('button', { name: 'Export to CSV…' }));
    expect(bridge.exportHistory).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect(status).toHaveTextContent('Saved 12 rows to /home/sam/backbreak-history.csv'),
    );

    bridge.answer('exportHistory', { saved: false });
    await user.click(screen.getByRole('button', { name: 'Export to CSV…' }));
    await waitFor(() => expect(status).toHaveTextContent(''));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports a failed export', async () => {
    const { bridge, user } = await openHistory();
    const couldNotSave = 'Backbreak could not save the file there.';
    bridge.answer('exportHistory', () => {
      throw new Refusal(couldNotSave);
    });
    await user.click(screen.getByRole('button', { name: 'Export to CSV…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(couldNotSave);
  });

  it('refreshes when the history changes', async () => {
    const { bridge } = await openHistory();
    bridge.answer('getHistory', someHistory([takenBreak(at(0, 16), 'Fresh one')]));
    bridge.emit('historyChanged', undefined);
    await waitFor(() => expect(figure('Breaks taken')).toBe('3 of 2'));
    expect(within(screen.getByRole('list')).getAllByRole('listitem')[0]).toHaveTextContent(
      'Fresh one',
    );
  });

  it('says when lines of the file could not be read', async () => {
    await openHistory({ ...someHistory(), unreadableLines: 2 });
    expect(screen.getByRole('note')).toHaveTextContent(
      '2 lines of the history file could not be read and were left out.',
    );
  });

  it('starts the empty history kindly', async () => {
    await openHistory(summarizeHistory([], now, 4));
    expect(
      screen.getByText('No breaks yet. Your first one will show up here.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No streak yet: take 4 breaks in a day to start one\./),
    ).toBeInTheDocument();
    expect(figure('Time sat')).toBe('0 mins');
  });
});

describe('history window words', () => {
  it('says every word through the catalogue (pseudo-locale)', async () => {
    await speak({ locale: 'en-XA', tag: 'en' });
    const xa = messagesFor('en-XA', 'en').history;
    // Main's words (routine titles, its refusals) come in the pseudo-locale too.
    const view = someHistory([
      takenBreak(at(0, 13), '⟦Manual one⟧', 'taken', 'manual'),
      { type: 'feeling', at: at(0, 13, 5), breakId: `b${breakId}`, feeling: 'same' },
      takenBreak(at(0, 14), '⟦Stopped one⟧', 'skipped'),
      { type: 'feeling', at: at(0, 14, 5), breakId: `b${breakId}`, feeling: 'worse' },
    ]);
    const marked: HistoryView = {
      ...view,
      unreadableLines: 3,
      recentBreaks: view.recentBreaks.map((entry) => ({
        ...entry,
        routineTitle: entry.routineTitle.startsWith('⟦')
          ? entry.routineTitle
          : `⟦${entry.routineTitle}⟧`,
      })),
    };
    const bridge = installFakeBridge('history', {
      getHistory: marked,
      getSettings: { settings: defaultSettings(), notices: [] },
      exportHistory: { saved: true, path: '/home/sam/backbreak-history.csv', rows: 12 },
    });
    const { container } = render(HistoryWindow);
    await screen.findByRole('heading', { name: xa.today.heading });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: xa.exportButton }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        xa.exportSaved(12, '/home/sam/backbreak-history.csv'),
      ),
    );

    // Everything the data calls for is there: a streak, each outcome and feeling, the chart.
    const text = container.textContent!;
    expect(view.streakDays).toBeGreaterThan(0);
    for (const words of [
      xa.today.streak(view.streakDays, 2)[0]!.text,
      xa.today.goalMet,
      xa.recent.feeling.better,
      xa.recent.feeling.same,
      xa.recent.feeling.worse,
      xa.recent.noFeeling,
      xa.recent.details('taken', 185_000, 'manual'),
      xa.recent.details('skipped', 185_000, 'reminder'),
      xa.recent.when(at(1, 9), 'yesterday'),
      xa.recent.when(at(20, 9), 'earlier'),
      xa.chart.goalLine(2),
      xa.unreadableLines(3),
    ]) {
      expect(text).toContain(words);
    }
    expect(container.querySelectorAll('svg text.day')).toHaveLength(7);
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);

    // The month, and the other sentences of the today card.
    await user.click(screen.getByRole('button', { name: xa.chart.span(30) }));
    bridge.answer('exportHistory', () => {
      throw new Refusal('⟦Backbreak could not save the file there.⟧');
    });
    await user.click(screen.getByRole('button', { name: xa.exportButton }));
    await screen.findByRole('alert');
    expect(container.querySelectorAll('svg text.day')).toHaveLength(5);
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);

    bridge.answer('getHistory', summarizeHistory([], now, 3));
    bridge.emit('historyChanged', undefined);
    await screen.findByText(xa.recent.empty);
    expect(text).not.toContain(xa.today.noStreak(3));
    expect(container.textContent).toContain(xa.today.noStreak(3));
    expect(container.textContent).toContain(xa.today.toGo(3));
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
  });

  it('says the loading and a history it could not read through the catalogue', async () => {
    await speak({ locale: 'en-XA', tag: 'en' });
    const xa = messagesFor('en-XA', 'en').history;
    installFakeBridge('history', {
      getHistory: () => {
        throw new Refusal('⟦Something went wrong inside Backbreak.⟧');
      },
      getSettings: { settings: defaultSettings(), notices: [] },
    });
    const { container } = render(HistoryWindow);
    expect(container.textContent).toContain(xa.loading);
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      xa.loadFailed('⟦Something went wrong inside Backbreak.⟧'),
    );
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
  });

  it('writes dates, weekdays and durations as the language does, and switches while open', async () => {
    await openHistory();
    const dayLabels = () =>
      [...document.querySelectorAll('svg text.day')].map((label) => label.textContent);
    // 12 to 18 June 2025: Thursday to Wednesday.
    expect(dayLabels()).toEqual(['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']);

    await speak({ locale: 'de', tag: 'de-DE' });
    await waitFor(() => expect(dayLabels()).toEqual(['Do', 'Fr', 'Sa', 'So', 'Mo', 'Di', 'Mi']));
    expect(figure('Sitzzeit')).toBe('1 Std. 5 Min.');
    const bars = [...document.querySelectorAll('svg rect title')].map((title) => title.textContent);
    expect(bars[4]).toMatch(/^Montag, 16\. Juni: /);

    const user = userEvent.setup();
    await user.click(screen.getByText('Zahlen anzeigen'));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('Dienstag, 17. Juni');
    expect(within(rows[1]!).getAllByRole('cell')[3]).toHaveTextContent('1 Std. 5 Min.');

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items[2]).toHaveTextContent('Gestern um 11:00');
    // 20 days back: Thursday 29 May.
    expect(items[6]).toHaveTextContent('Do., 29. Mai um 09:00');
    expect(items[6]).toHaveTextContent('3 Min. 5 Sek.');

    await user.click(screen.getByRole('button', { name: '30 Tage' }));
    expect(dayLabels()).toEqual(['21. Mai', '28. Mai', '4. Juni', '11. Juni', '18. Juni']);
  });

  it('runs the chart in the page’s direction: right to left, today is on the left', async () => {
    await openHistory();
    const bars = () =>
      [...document.querySelectorAll<SVGRectElement>('svg rect')].map((bar) =>
        Number(bar.getAttribute('x')),
      );
    expect(bars()[6]).toBeGreaterThan(bars()[0]!);
    document.documentElement.dir = 'rtl';
    await waitFor(() => expect(bars()[6]).toBeLessThan(bars()[0]!));
    document.documentElement.dir = 'ltr';
    await waitFor(() => expect(bars()[6]).toBeGreaterThan(bars()[0]!));
  });
});
