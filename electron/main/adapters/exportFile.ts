import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { ExportFilePort } from '../appPorts';
import { writeFileSafely } from './safeFile';

/**
 * Asks where to save with the system's save dialog, starting in Documents, and writes the file
 * the one safe way: a crash never leaves half an export in place of one the person had.
 */
export function createExportFile(): ExportFilePort {
  return {
    async save(suggestedName, text, words) {
      const { canceled, filePath } = await dialog.showSaveDialog({
        title: words.title,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: words.filter, extensions: ['csv'] }],
      });
      if (canceled || !filePath) return null;
      writeFileSafely(filePath, text);
      return filePath;
    },
  };
}
