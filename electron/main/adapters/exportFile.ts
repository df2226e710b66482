import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { ExportFilePort } from '../appPorts';

/** Asks where to save with the system's save dialog, starting in Documents. */
export function createExportFile(): ExportFilePort {
  return {
    async save(suggestedName, text) {
      const { canceled, filePath } = await dialog.showSaveDialog({
        title: 'Export history',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (canceled || !filePath) return null;
      await writeFile(filePath, text, 'utf8');
      return filePath;
    },
  };
}
