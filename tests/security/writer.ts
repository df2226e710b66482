/**
 * A child process for the kill and concurrency attacks: writes one kind of file again and again,
 * the way the app writes it, and prints each number it finished so the parent knows when to
 * strike (or, with a count, stops after that many).
 *
 *   node --import tsx tests/security/writer.ts <settings|snapshot|history|entry> <folder> <tag> [count]
 */
import { join } from 'node:path';
import { createHistoryFile } from '../../electron/main/adapters/historyFile';
import { writeFileSafely } from '../../electron/main/adapters/safeFile';
import { createSettingsStorage } from '../../electron/main/adapters/settingsStorage';
import { createSnapshotFile } from '../../electron/main/adapters/snapshotFile';
import { serializeRecord } from '../../electron/main/core/historyLog';
import { defaultSettings } from '../../electron/shared/settingsSchema';

const [kind, folder, tag, countText] = process.argv.slice(2);
const count = countText ? Number(countText) : Infinity;
if (!kind || !folder || !tag) throw new Error('usage: writer.ts <kind> <folder> <tag> [count]');

/** The content of write number `i`: whole only if every byte of it made it. */
function versionOf(tag: string, i: number) {
  return { tag, i, body: `${tag}:${i}:`.padEnd(20_000, '.') };
}

const write: Record<string, (i: number) => void> = {
  settings: (() => {
    const storage = createSettingsStorage(folder);
    return (i) =>
      storage.write({ ...defaultSettings(), chimeVolume: i % 101, excludedExercises: [tag] });
  })(),
  snapshot: (() => {
    const store = createSnapshotFile(join(folder, 'sitting-state.json'));
    return (i) => store.save(versionOf(tag, i));
  })(),
  history: (() => {
    const file = createHistoryFile(join(folder, 'history.jsonl'));
    return (i) =>
      file.append(serializeRecord({ type: 'snooze', at: i, minutes: 10, sittingMs: tag.length }));
  })(),
  entry: (i) =>
    writeFileSafely(join(folder, 'backbreak.desktop'), JSON.stringify(versionOf(tag, i)), {
      mode: 0o644,
    }),
};

const run = write[kind];
if (!run) throw new Error(`no such kind: ${kind}`);
for (let i = 0; i < count; i++) {
  run(i);
  process.stdout.write(`${i}\n`);
}
