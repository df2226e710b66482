import type { HistoryRecord } from '../../shared/historySchema';

/**
 * The history as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks in double quotes with quotes doubled) for a spreadsheet. One row per record with
 * every field, so nothing in the file is lost: times appear as local ISO 8601 with the offset,
 * which a person can read, and as raw milliseconds, which a program can trust.
 *
 * Routine titles and ids can come from the person's own routine files, and a spreadsheet opens
 * a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula. Every text
 * cell that starts so is written the way OWASP recommends: with a leading apostrophe, which
 * makes it text, inside double quotes. Numbers are ours and are written as they are.
 */

type Cell = string | number | null;

interface Column {
  header: string;
  cell(record: HistoryRecord): Cell;
}

/** When a record happened: a stretch's start, everything else's moment. */
const timeOf = (record: HistoryRecord) => (record.type === 'stretch' ? record.start : record.at);

export const HISTORY_CSV_COLUMNS: readonly Column[] = [
  { header: 'type', cell: (r) => r.type },
  { header: 'time', cell: (r) => localIsoTime(timeOf(r)) },
  { header: 'time_ms', cell: (r) => timeOf(r) },
  { header: 'end', cell: (r) => (r.type === 'stretch' ? localIsoTime(r.end) : null) },
  { header: 'end_ms', cell: (r) => (r.type === 'stretch' ? r.end : null) },
  {
    header: 'sitting_ms',
    cell: (r) =>
      r.type === 'stretch' || r.type === 'snooze' || r.type === 'skip' ? r.sittingMs : null,
  },
  { header: 'ended_by', cell: (r) => (r.type === 'stretch' ? r.endedBy : null) },
  // A break's own id and the break a feeling answers share one column, so the two join up.
  {
    header: 'break_id',
    cell: (r) => (r.type === 'break' ? r.id : r.type === 'feeling' ? r.breakId : null),
  },
  { header: 'outcome', cell: (r) => (r.type === 'break' ? r.outcome : null) },
  { header: 'routine_id', cell: (r) => (r.type === 'break' ? r.routineId : null) },
  { header: 'routine_title', cell: (r) => (r.type === 'break' ? r.routineTitle : null) },
  { header: 'trigger', cell: (r) => (r.type === 'break' ? r.trigger : null) },
  { header: 'duration_ms', cell: (r) => (r.type === 'break' ? r.durationMs : null) },
  { header: 'planned_ms', cell: (r) => (r.type === 'break' ? r.plannedMs : null) },
  // Exercise ids are lowercase words joined by hyphens, so a semicolon cannot occur inside one.
  { header: 'exercises', cell: (r) => (r.type === 'break' ? r.exercises.join(';') : null) },
  { header: 'steps_skipped', cell: (r) => (r.type === 'break' ? r.stepsSkipped : null) },
  { header: 'snooze_minutes', cell: (r) => (r.type === 'snooze' ? r.minutes : null) },
  { header: 'feeling', cell: (r) => (r.type === 'feeling' ? r.feeling : null) },
];

export function historyToCsv(records: readonly HistoryRecord[]): string {
  const rows = [HISTORY_CSV_COLUMNS.map((column) => column.header)];
  for (const record of records) {
    rows.push(HISTORY_CSV_COLUMNS.map((column) => cellText(column.cell(record))));
  }
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}

const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (FORMULA_START.test(cell)) return quote(`'${cell}`);
  return /[",\r\n]/.test(cell) ? quote(cell) : cell;
}

const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;

/** 2025-03-30T03:15:00.000+02:00: the local wall time with its offset, exact to the millisecond. */
export function localIsoTime(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const offsetText = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `.${pad(date.getMilliseconds(), 3)}${offsetText}`
  );
}
