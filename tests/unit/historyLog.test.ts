import { describe, expect, it } from 'vitest';
import { parseHistory, serializeRecord } from '../../electron/main/core/historyLog';
import type { HistoryRecord } from '../../electron/shared/historySchema';

const snooze: HistoryRecord = {
  type: 'snooze',
  at: 1_700_000_000_000,
  minutes: 10,
  sittingMs: 2_700_000,
};
const skip: HistoryRecord = { type: 'skip', at: 1_700_000_100_000, sittingMs: 3_000_000 };

describe('history log', () => {
  it('round-trips records as one JSON line each', () => {
    const text = serializeRecord(snooze) + serializeRecord(skip);
    expect(text.split('\n')).toHaveLength(3);
    expect(parseHistory(text)).toEqual({
      records: [snooze, skip],
      unreadableLines: 0,
      tornTail: false,
    });
  });

  it('skips and counts a torn last line instead of failing', () => {
    const text = serializeRecord(snooze) + serializeRecord(skip).slice(0, 20);
    expect(parseHistory(text)).toEqual({ records: [snooze], unreadableLines: 1, tornTail: true });
  });

  it('skips a line edited into something that is not a record', () => {
    const text = `${serializeRecord(snooze)}{"type":"snooze","at":-5}\n[]\n\n${serializeRecord(skip)}`;
    expect(parseHistory(text)).toMatchObject({ records: [snooze, skip], unreadableLines: 2 });
  });

  it('refuses to write a record that breaks the schema', () => {
    expect(() => serializeRecord({ ...skip, sittingMs: -1 })).toThrow();
  });
});
