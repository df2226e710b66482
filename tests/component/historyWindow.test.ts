import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeHistory } from '../../electron/main/core/historySummary';
import type { HistoryRecord } from '../../electron/shared/historySchema';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import type { HistoryView } from '../../electron/shared/views';
import HistoryWindow from '../../renderer/src/history/HistoryWindow.svelte';
import { Refusal } from '../../electron/main/core/refusal';
import { installFakeBridge } from './fakeBridge';

afterEach(() => {
  delete window.backbreak;
  delete document.documentElement.dataset.theme;
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
): HistoryRecord {
  return {
    type: 'break',
    id: `b${++breakId}`,
    at: time,
    outcome,
    routineId: 'desk-reset',
    routineTitle: title,
    trigger: 'reminder',
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
    expect(figure('Time sat')).toBe('1 h 5 min');
    expect(figure('Longest stretch')).toBe('40 min');
    expect(figure('Breaks taken')).toBe('2 of 2');
    expect(figure('Snoozed')).toBe('1');
    expect(figure('Skipped')).toBe('1');
    expect(screen.getByText(/3-day streak/)).toBeInTheDocument();
    expect(screen.getByText(/Today's goal is met\./)).toBeInTheDocument();
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
    ).toEqual(['2', '1', '1', '1 h 5 min']);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '0', '0', '0 min']);
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
    expect(items[1]).toHaveTextContent('Done · 3 min 5 s');
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
    expect(figure('Time sat')).toBe('0 min');
  });
});
