import type { SettingsStorage } from '../../electron/main/appPorts';

/**
 * The settings file in memory, for tests that run the real settings service where there is no
 * disk to give it (the component tests in jsdom). `readOnly` makes writes fail as a full disk
 * or a read-only folder would.
 */
export class MemorySettingsStorage implements SettingsStorage {
  readonly path = '/memory/settings.json';
  text: string | null;
  readOnly = false;

  constructor(initial?: unknown) {
    this.text = initial === undefined ? null : JSON.stringify(initial);
  }

  readText(): string | null {
    return this.text;
  }

  write(content: Record<string, unknown>): void {
    if (this.readOnly) throw new Error('EROFS: read-only file system');
    this.text = JSON.stringify(content);
  }

  backup(): string {
    return `${this.path}.broken`;
  }
}
