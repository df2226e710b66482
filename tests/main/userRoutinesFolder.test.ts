import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserRoutinesFolder } from '../../electron/main/adapters/userRoutinesFolder';
import {
  USER_ROUTINE_LIMITS,
  type UserRoutineLimits,
} from '../../electron/shared/userRoutineLimits';

/**
 * The person's own routines folder, read as the app reads it: asynchronously, never following
 * a link out of the folder, within limits, and named in messages without its contents.
 */

let base: string;
let folder: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'backbreak-user-routines-'));
  folder = join(base, 'routines');
  mkdirSync(folder);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const SECRET = 'SECRET-hunter2-do-not-show';
const write = (name: string, text = '{"type":"routine"}') => {
  mkdirSync(join(folder, name, '..'), { recursive: true });
  writeFileSync(join(folder, name), text);
};
const read = async (limits: Partial<UserRoutineLimits> = {}) =>
  (await createUserRoutinesFolder(folder, { ...USER_ROUTINE_LIMITS, ...limits }).scan()).read();
const names = (result: Awaited<ReturnType<typeof read>>) => result.files.map((f) => f.file);
const problems = (result: Awaited<ReturnType<typeof read>>) =>
  result.unreadable.map((p) => `${p.file}: ${p.message}`);

describe('reading the routines folder', () => {
  it('reads every .json file in it and its folders, named from the folder, and nothing else', async () => {
    write('mine.json', '{"a":1}');
    write('desk/quick.json');
    write('notes.txt', 'not a routine');
    const result = await read();
    expect(names(result)).toEqual(['mine.json', 'desk/quick.json']);
    expect(result.files[0]).toEqual({ file: 'mine.json', text: '{"a":1}', source: 'user' });
    expect(result.unreadable).toEqual([]);
  });

  it('finds nothing, and no problem, when the folder does not exist', async () => {
    rmSync(folder, { recursive: true });
    expect(await read()).toEqual({ files: [], unreadable: [] });
  });

  it('never follows a link out of the folder, and never repeats what is behind one', async () => {
    writeFileSync(join(base, 'secret.json'), `{"token": "${SECRET}"}`);
    mkdirSync(join(base, 'elsewhere'));
    writeFileSync(join(base, 'elsewhere', 'other.json'), `{"token": "${SECRET}"}`);
    symlinkSync(join(base, 'secret.json'), join(folder, 'linked.json'));
    symlinkSync(join(base, 'elsewhere'), join(folder, 'elsewhere'));
    symlinkSync('/etc/passwd', join(folder, 'passwd.json'));
    write('mine.json');
    symlinkSync(join(folder, 'mine.json'), join(folder, 'alias.json'));
    const result = await read();
    expect(names(result)).toEqual(['alias.json', 'mine.json']);
    expect(problems(result)).toEqual([
      'elsewhere: is a link to something outside your routines folder, so Backbreak did not follow it',
      'linked.json: is a link to something outside your routines folder, so Backbreak did not follow it',
      'passwd.json: is a link to something outside your routines folder, so Backbreak did not follow it',
    ]);
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('ends a link loop and says where it is', async () => {
    write('desk/mine.json');
    symlinkSync(folder, join(folder, 'desk', 'back-to-top'));
    symlinkSync(join(folder, 'self.json'), join(folder, 'self.json'));
    symlinkSync(join(folder, 'gone.json'), join(folder, 'dangling.json'));
    const result = await read();
    expect(names(result)).toEqual(['desk/mine.json']);
    expect(problems(result)).toEqual([
      'dangling.json: is a link to something that is not there',
      'self.json: could not be read: it is a link that leads back to itself',
      'desk/back-to-top: leads to a folder Backbreak has already looked in, so it did not look again',
    ]);
  });

  it('reads no pipe, device or folder that only looks like a routine file', async () => {
    execFileSync('mkfifo', [join(folder, 'pipe.json')]);
    symlinkSync('/dev/zero', join(folder, 'zero.json'));
    mkdirSync(join(folder, 'folder.json'));
    const result = await read();
    expect(names(result)).toEqual([]);
    expect(problems(result)).toEqual([
      'pipe.json: is not an ordinary file, so Backbreak did not read it',
      'zero.json: is a link to something outside your routines folder, so Backbreak did not follow it',
    ]);
  });

  it('keeps to each limit, and says which one it reached', async () => {
    write('a/b/c/deep.json');
    write('a/b/shallow.json');
    write('big.json', `{"x":"${'a'.repeat(2000)}"}`);
    for (const name of ['m1', 'm2', 'm3', 'm4'])
      write(`${name}.json`, `{"x":"${'b'.repeat(300)}"}`);
    const result = await read({ depth: 2, fileBytes: 1024, totalBytes: 700, files: 3 });
    expect(names(result)).toEqual(['m1.json', 'm2.json']);
    expect(problems(result)).toEqual([
      'big.json: is larger than 1 KB, so Backbreak did not read it',
      'm3.json: takes your routine files past 700 bytes in all, so Backbreak did not read it or the next ones',
      'a/b/c: is more than 2 folders deep, so Backbreak did not look inside',
    ]);
    const counted = await read({ files: 2 });
    expect(names(counted)).toEqual(['big.json', 'm1.json']);
    expect(problems(counted)).toContain(
      'm2.json: Backbreak reads at most 2 routine files, so it left out this one and the next ones',
    );
  });

  it('looks at a bounded number of names in a huge folder, and lets the app run while it reads', async () => {
    const limits = { entries: 100, files: 20 };
    for (let i = 0; i < 300; i++) write(`r${String(i).padStart(3, '0')}.json`, '{}');
    let turns = 0;
    let reading = true;
    const count = () => {
      turns += 1;
      if (reading) setImmediate(count);
    };
    setImmediate(count);
    const result = await read(limits);
    reading = false;
    expect(result.files.length).toBe(limits.files);
    expect(problems(result)).toContain(
      'routines: holds more than 100 names, so Backbreak looked at the first 100 only',
    );
    expect(turns).toBeGreaterThan(10);
  });
});

describe('noticing a change', () => {
  const signature = async () => (await createUserRoutinesFolder(folder).scan()).signature;

  it('gives the same signature for an unchanged folder, and a new one for any change', async () => {
    write('mine.json', '{"a":1}');
    write('desk/quick.json');
    const first = await signature();
    expect(await signature()).toBe(first);

    const seen = new Set([first]);
    const changed = async (what: string) => {
      const next = await signature();
      expect(seen.has(next), what).toBe(false);
      seen.add(next);
    };
    // Same size, new content and time: an edit.
    writeFileSync(join(folder, 'mine.json'), '{"a":2}');
    utimesSync(join(folder, 'mine.json'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    await changed('edited');
    write('desk/new.json');
    await changed('added');
    rmSync(join(folder, 'desk', 'quick.json'));
    await changed('removed');
    symlinkSync(join(base, 'x'), join(folder, 'broken-link.json'));
    await changed('a new problem');
    // A file that is no routine changes nothing.
    write('notes.txt', 'hello');
    expect(await signature()).toBe([...seen].at(-1));
  });
});
