import { execFile } from 'node:child_process';

/**
 * How the busy readers run the OS's own tools. A program that is not installed is a normal
 * answer, not an exception: the reader says it cannot tell, and the program is not spawned
 * again (see `rememberingMissing`).
 */

export type CommandResult =
  | { ok: true; stdout: string }
  | { ok: false; missing: true }
  | { ok: false; missing: false; stderr: string };

export type RunCommand = (
  file: string,
  args: readonly string[],
  options?: { timeoutMs?: number },
) => Promise<CommandResult>;

/** Long enough for a busy session bus, short enough that a hung tool cannot stall a check. */
const COMMAND_TIMEOUT_MS = 3_000;
const MOST_OUTPUT_BYTES = 4 * 1024 * 1024;

/**
 * English messages, so the parsers read the same words everywhere (pactl translates its labels),
 * while names keep the person's character set.
 */
function untranslated(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { LC_ALL: _overridesEverything, ...rest } = env;
  return { ...rest, LC_MESSAGES: 'C', LANGUAGE: 'C' };
}

export const runCommand: RunCommand = (file, args, options = {}) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      {
        timeout: options.timeoutMs ?? COMMAND_TIMEOUT_MS,
        windowsHide: true,
        encoding: 'utf8',
        maxBuffer: MOST_OUTPUT_BYTES,
        env: untranslated(process.env),
      },
      (error, stdout, stderr) => {
        if (!error) resolve({ ok: true, stdout });
        else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          resolve({ ok: false, missing: true });
        } else resolve({ ok: false, missing: false, stderr: String(stderr) });
      },
    );
  });

/** Never spawns again a program that turned out not to be installed. */
export function rememberingMissing(run: RunCommand): RunCommand {
  const missing = new Set<string>();
  return async (file, args, options) => {
    if (missing.has(file)) return { ok: false, missing: true };
    const result = await run(file, args, options);
    if (!result.ok && result.missing) missing.add(file);
    return result;
  };
}
