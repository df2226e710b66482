import { readFileSync } from 'node:fs';
import type { CommandResult, RunCommand } from '../../electron/main/adapters/busy/commands';

/** The recorded outputs in tests/fixtures/busy (see the README there for where each came from). */
export function fixture(relative: string): string {
  return readFileSync(new URL(`../fixtures/busy/${relative}`, import.meta.url), 'utf8');
}

export const stdout = (text: string): CommandResult => ({ ok: true, stdout: text });
export const failed = (stderr: string): CommandResult => ({ ok: false, missing: false, stderr });
export const missing: CommandResult = { ok: false, missing: true };

/**
 * A command runner that answers from recordings: each key is the start of a command line
 * ("pactl list sources short"); anything else gets `otherwise`. It remembers every command
 * line it was asked to run.
 */
export function replies(
  answers: Record<string, CommandResult>,
  otherwise: CommandResult = failed('not recorded'),
): { run: RunCommand; calls: string[] } {
  const calls: string[] = [];
  const run: RunCommand = async (file, args) => {
    const line = [file, ...args].join(' ');
    calls.push(line);
    const key = Object.keys(answers)
      .filter((prefix) => line.startsWith(prefix))
      .sort((a, b) => b.length - a.length)[0];
    return key === undefined ? otherwise : answers[key]!;
  };
  return { run, calls };
}
