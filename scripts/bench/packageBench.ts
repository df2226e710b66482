import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGED_APP_BUDGET_MB } from '../../tests/package/budget';
import { packageApp } from '../../tests/support/packaging';
import type { BenchFigure } from './engineBench';

/** What the installed app adds to Electron: app.asar and the routines, from a real packaging run. */
export async function benchPackage(): Promise<BenchFigure[]> {
  const work = mkdtempSync(join(tmpdir(), 'backbreak-bench-package-'));
  try {
    const packaged = await packageApp(work);
    return [
      {
        name: 'packaged_app_mb',
        value: +(packaged.appBytes / 1024 / 1024).toFixed(2),
        unit: 'MB',
        target: `≤ ${PACKAGED_APP_BUDGET_MB} beside Electron itself`,
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
