import { historyRecordSchema, type HistoryRecord } from '../../shared/historySchema';

/**
 * The history file is JSON Lines, one record per line, only ever appended to. A crash in the
 * middle of a write can leave a torn last line; it is skipped and reported, never fatal.
 */

export interface ParsedHistory {
  records: HistoryRecord[];
  /** Lines that are not a valid record: a torn last line, or one edited by hand. */
  unreadableLines: number;
  /** The file does not end with a newline: the next record must start on a fresh line. */
  tornTail: boolean;
}

export function parseHistory(text: string): ParsedHistory {
  const records: HistoryRecord[] = [];
  let unreadableLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      unreadableLines++;
      continue;
    }
    const result = historyRecordSchema.safeParse(raw);
    if (result.success) records.push(result.data);
    else unreadableLines++;
  }
  return { records, unreadableLines, tornTail: text.length > 0 && !text.endsWith('\n') };
}

export function serializeRecord(record: HistoryRecord): string {
  return `${JSON.stringify(historyRecordSchema.parse(record))}\n`;
}
