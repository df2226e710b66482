import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../core/ports';

/** The log is for a person sending a bug report: small, one old copy kept. */
const MAX_BYTES = 1024 * 1024;

export function createLogFile(
  path: string,
  echo: (line: string) => void = (line) => console.log(line),
): Logger {
  mkdirSync(dirname(path), { recursive: true });
  const write = (level: string, message: string, detail?: unknown) => {
    const extra =
      detail === undefined
        ? ''
        : ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
    const line = `${new Date().toISOString()} ${level} ${message}${extra}\n`;
    echo(line.trimEnd());
    try {
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES)
        renameSync(path, `${path}.old`);
      appendFileSync(path, line);
    } catch {
      // A log that cannot be written must never take the app down with it.
    }
  };
  return {
    info: (message, detail) => write('info', message, detail),
    warn: (message, detail) => write('warn', message, detail),
    error: (message, detail) => write('error', message, detail),
  };
}
