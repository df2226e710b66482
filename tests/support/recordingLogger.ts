import type { Logger } from '../../electron/main/core/ports';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  detail?: unknown;
}

/** A Logger that keeps its lines for assertions instead of printing them. */
export class RecordingLogger implements Logger {
  readonly lines: LogLine[] = [];

  info(message: string, detail?: unknown): void {
    this.lines.push({ level: 'info', message, detail });
  }

  warn(message: string, detail?: unknown): void {
    this.lines.push({ level: 'warn', message, detail });
  }

  error(message: string, detail?: unknown): void {
    this.lines.push({ level: 'error', message, detail });
  }

  messages(level: LogLine['level']): string[] {
    return this.lines.filter((line) => line.level === level).map((line) => line.message);
  }
}
