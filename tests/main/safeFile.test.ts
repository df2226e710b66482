import { execFileSync } from 'node:child_process';
import type * as Fs from 'node:fs';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The one way Backbreak writes and reads the files it keeps. Each system call is recorded
 * (the calls still reach the real disk) so the order that makes a write survive a crash or a
 * power cut can be checked: file flushed, renamed, then its folder flushed.
 */

const recorded = vi.hoisted(() => ({ calls: [] as string[], paths: new Map<number, string>() }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const name = (path: unknown) => String(path).split('/').at(-1);
  const wrapped = {
    ...fs,
    openSync: ((
      path: string,
      ...rest: Parameters<typeof fs.openSync> extends [unknown, ...infer R] ? R : never
    ) => {
      const fd = fs.openSync(path, ...rest);
      recorded.paths.set(fd, name(path)!);
      recorded.calls.push(`open ${name(path)}`);
      return fd;
    }) as typeof fs.openSync,
    fsyncSync: ((fd: number) => {
      recorded.calls.push(`fsync ${recorded.paths.get(fd)}`);
      fs.fsyncSync(fd);
    }) as typeof fs.fsyncSync,
    renameSync: ((from: string, to: string) => {
      recorded.calls.push(`rename ${name(from)} ${name(to)}`);
      fs.renameSync(from, to);
    }) as typeof fs.renameSync,
  };
  return { ...wrapped, default: wrapped };
});

const { readFileSafely, removeLeftovers, writeFileSafely } =
  await import('../../electron/main/adapters/safeFile');

/** Far above any process id a system hands out (Linux caps them at 2^22). */
const DEAD_PID = 99_999_999;

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'backbreak-safe-'));
  recorded.calls.length = 0;
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('writing a file safely', () => {
  it('writes beside the file, flushes it, renames it over the old one, then flushes the folder', () => {
    const path = join(folder, 'state.json');
    writeFileSafely(path, 'one');
    recorded.calls.length = 0;
    writeFileSafely(path, 'two');
    const temporary = `.state.json.${process.pid}.tmp`;
    const folderName = folder.split('/').at(-1);
    expect(recorded.calls).toEqual([
      `open ${temporary}`,
      `fsync ${temporary}`,
      `rename ${temporary} state.json`,
      `open ${folderName}`,
      `fsync ${folderName}`,
    ]);
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(folder)).toEqual(['state.json']);
  });

  it('creates the folder, and keeps the file mode asked for', () => {
    const path = join(folder, 'a', 'b', 'entry.desktop');
    writeFileSafely(path, '[Desktop Entry]\n', { mode: 0o600 });
    expect(readFileSync(path, 'utf8')).toBe('[Desktop Entry]\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('leaves the old file whole and no temporary behind when the rename fails', () => {
    const path = join(folder, 'state.json');
    mkdirSync(path);
    writeFileSync(join(path, 'keep'), 'x');
    expect(() => writeFileSafely(path, 'new')).toThrow();
    expect(readdirSync(folder)).toEqual(['state.json']);
    expect(readFileSync(join(path, 'keep'), 'utf8')).toBe('x');
  });
});

describe('cleaning up after a write that was killed', () => {
  it('removes temporaries of processes that are gone, and of an earlier process with our id', () => {
    const path = join(folder, 'state.json');
    writeFileSync(path, 'whole');
    writeFileSync(join(folder, `.state.json.${DEAD_PID}.tmp`), 'half');
    writeFileSync(join(folder, `.state.json.${process.pid}.tmp`), 'half');
    writeFileSync(join(folder, 'state.json.tmp-1732358400a1b2c3'), 'half');
    removeLeftovers(path);
    expect(readdirSync(folder)).toEqual(['state.json']);
    expect(readFileSync(path, 'utf8')).toBe('whole');
  });

  it('keeps a running process’s temporary and every other file', () => {
    const path = join(folder, 'state.json');
    const running = `.state.json.${process.ppid}.tmp`;
    for (const name of [running, 'other.json', '.other.json.1.tmp', 'state.json.broken-x'])
      writeFileSync(join(folder, name), 'x');
    removeLeftovers(path);
    expect(readdirSync(folder).sort()).toEqual(
      [running, 'other.json', '.other.json.1.tmp', 'state.json.broken-x'].sort(),
    );
  });

  it('does nothing when the folder does not exist yet', () => {
    expect(() => removeLeftovers(join(folder, 'missing', 'state.json'))).not.toThrow();
  });
});

describe('reading a file safely', () => {
  const read = (name: string, maxBytes = 1024) => readFileSafely(join(folder, name), { maxBytes });
  const codeOf = (name: string, maxBytes?: number) => {
    try {
      read(name, maxBytes);
    } catch (error) {
      return (error as NodeJS.ErrnoException).code;
    }
    return 'read';
  };

  it('reads a file, and says null when there is none', () => {
    writeFileSync(join(folder, 'a.json'), '{"a":1}');
    expect(read('a.json')).toBe('{"a":1}');
    expect(read('missing.json')).toBeNull();
  });

  it('refuses a folder, a file too large, a device, a link loop, and a pipe without waiting on it', () => {
    mkdirSync(join(folder, 'folder.json'));
    expect(codeOf('folder.json')).toBe('EISDIR');
    writeFileSync(join(folder, 'big.json'), 'x'.repeat(2048));
    expect(codeOf('big.json')).toBe('TOO_LARGE');
    expect(codeOf('big.json', 4096)).toBe('read');
    symlinkSync('/dev/zero', join(folder, 'zero.json'));
    expect(codeOf('zero.json')).toBe('NOT_A_FILE');
    symlinkSync(join(folder, 'loop-b.json'), join(folder, 'loop-a.json'));
    symlinkSync(join(folder, 'loop-a.json'), join(folder, 'loop-b.json'));
    expect(codeOf('loop-a.json')).toBe('ELOOP');
    execFileSync('mkfifo', [join(folder, 'pipe.json')]);
    expect(codeOf('pipe.json')).toBe('NOT_A_FILE');
  });
});
