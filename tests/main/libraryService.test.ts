import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { createUserRoutinesFolder } from '../../electron/main/adapters/userRoutinesFolder';
import { createLibraryService } from '../../electron/main/services/libraryService';
import { RecordingLogger } from '../support/recordingLogger';

/**
 * The library on the real bundled content and a real routines folder: the person's folder is
 * read again only when it changed, and one look at it serves everyone who asked meanwhile.
 */

const bundled = readContentFolder(resolve('routines'), 'bundled', 'routines');
/** The README's example routine. */
const mine = (id: string, title = 'Mine') =>
  JSON.stringify({
    type: 'routine',
    id,
    title,
    purpose: 'Wakes up my upper back after lunch.',
    minutes: 4,
    steps: [
      { exercise: 'seated-back-breathing', breaths: 10 },
      { exercise: 'seated-cat-cow', reps: 10 },
      { exercise: 'seated-scapular-squeeze', reps: 10 },
    ],
  });

let folder: string;
beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'backbreak-library-')), 'routines');
  mkdirSync(folder);
});
afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

function start() {
  const real = createUserRoutinesFolder(folder);
  const counts = { scans: 0, reads: 0 };
  const log = new RecordingLogger();
  const library = createLibraryService({
    bundled,
    userFolder: folder,
    userRoutines: {
      async scan() {
        counts.scans += 1;
        const scan = await real.scan();
        return {
          signature: scan.signature,
          read: () => {
            counts.reads += 1;
            return scan.read();
          },
        };
      },
    },
    log,
  });
  return { library, counts, log };
}

describe('the person’s routines in the library', () => {
  it('reads the folder again only when it changed', async () => {
    writeFileSync(join(folder, 'mine.json'), mine('mine'));
    const { library, counts } = start();
    expect((await library.refresh()).routines.has('mine')).toBe(true);
    await library.refresh();
    await library.view('en');
    expect(counts).toEqual({ scans: 3, reads: 1 });

    writeFileSync(join(folder, 'mine.json'), mine('mine', 'Mine, renamed'));
    utimesSync(join(folder, 'mine.json'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect((await library.refresh()).routines.get('mine')?.title).toBe('Mine, renamed');
    writeFileSync(join(folder, 'second.json'), mine('second'));
    expect((await library.refresh()).routines.has('second')).toBe(true);
    expect(counts.reads).toBe(3);
  });

  it('answers everyone who asks while it looks with that one look', async () => {
    writeFileSync(join(folder, 'mine.json'), mine('mine'));
    const { library, counts } = start();
    const answers = await Promise.all([library.refresh(), library.view('en'), library.refresh()]);
    expect(counts.scans).toBe(1);
    expect(answers[0]!.routines.has('mine')).toBe(true);
  });

  it('lists the files it could not use by name and problem, never by content', async () => {
    writeFileSync(join(folder, 'torn.json'), '{"type": "routine", "title": "my diary: SECRET');
    const { library } = start();
    const view = await library.view('en');
    expect(view.problems).toEqual([
      { file: 'torn.json', message: 'not valid JSON (line 1, column 47)' },
    ]);
    expect(view.routines.filter((r) => r.source === 'bundled').length).toBeGreaterThan(10);
    expect(view.userFolder).toBe(folder);
  });

  it('keeps the bundled routines, and says so plainly, when the folder cannot be looked at', async () => {
    const log = new RecordingLogger();
    const library = createLibraryService({
      bundled,
      userFolder: folder,
      userRoutines: {
        scan: () =>
          Promise.reject(Object.assign(new Error('EIO: i/o error, scandir'), { code: 'EIO' })),
      },
      log,
    });
    const view = await library.view('en');
    expect(view.problems).toEqual([
      { file: 'routines', message: 'could not be read: the disk reported an error' },
    ]);
    expect(view.routines.length).toBeGreaterThan(10);
    expect(log.messages('warn')).toEqual(['could not look at your routines folder']);
  });
});
