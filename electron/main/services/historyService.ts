import type { HistoryRecord } from '../../shared/historySchema';
import type { HistoryView } from '../../shared/views';
import { historyToCsv } from '../core/historyCsv';
import { parseHistory, serializeRecord } from '../core/historyLog';
import { summarizeHistory } from '../core/historySummary';
import { listeners } from '../core/listeners';
import type { Clock, Logger } from '../core/ports';
import type { HistoryFile } from '../appPorts';

/**
 * The person's history: read once at start, appended to as things happen. The file is the
 * truth; the records in memory are there so the history window opens instantly.
 */
export interface HistoryService {
  append(record: HistoryRecord): void;
  /** The summary the history window shows; `ongoing` is the stretch still being sat. */
  view(dailyGoal: number, ongoing: { start: number; sittingMs: number } | null): HistoryView;
  /** Routine ids of breaks taken, newest first. */
  recentRoutines(): string[];
  routinesDoneSince(wallMs: number): string[];
  csv(): { text: string; rows: number };
  onChange(listener: () => void): () => void;
}

export function createHistoryService(deps: {
  file: HistoryFile;
  clock: Clock;
  log: Logger;
}): HistoryService {
  const { file, clock, log } = deps;
  let parsed = { records: [] as HistoryRecord[], unreadableLines: 0, tornTail: false };
  try {
    parsed = parseHistory(file.read());
  } catch (error) {
    log.error('could not read the history file; starting with an empty history in memory', error);
  }
  if (parsed.unreadableLines > 0) {
    log.warn('history lines skipped', { count: parsed.unreadableLines, file: file.path });
  }
  const records = parsed.records;
  let needsNewline = parsed.tornTail;
  const changes = listeners<undefined>();
  const taken = () =>
    records.filter(
      (r): r is Extract<HistoryRecord, { type: 'break' }> =>
        r.type === 'break' && r.outcome === 'taken',
    );

  return {
    append(record) {
      const line = serializeRecord(record);
      records.push(record);
      try {
        file.append(needsNewline ? `\n${line}` : line);
        needsNewline = false;
      } catch (error) {
        log.error('could not write to the history file', error);
      }
      changes.emit(undefined);
    },
    view: (dailyGoal, ongoing) =>
      summarizeHistory(records, clock.now(), dailyGoal, {
        unreadableLines: parsed.unreadableLines,
        ongoingStretch: ongoing,
      }),
    recentRoutines: () =>
      taken()
        .map((r) => r.routineId)
        .reverse(),
    routinesDoneSince: (wallMs) =>
      taken()
        .filter((r) => r.at >= wallMs)
        .map((r) => r.routineId),
    csv() {
      const fromFile = parseHistory(file.read()).records;
      return { text: historyToCsv(fromFile), rows: fromFile.length };
    },
    onChange: changes.add,
  };
}
