import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import { clickTray } from '../../tests/boot/trayItems';
import { BootDesktop, type RunningApp } from '../../tests/support/bootDesktop';
import { launchChromium } from '../../tests/support/chromium';
import { buildStandin, STANDIN_DIR } from '../../tests/support/standin/build';
import type { BenchFigure } from './engineBench';

/**
 * The built app started as the boot tests start it (Node plus the Electron stand-in, windows
 * in Chromium), each figure the median of five runs beside a baseline measured in the same
 * run: this machine is shared, so the ratio says more than the time.
 */

const RUNS = 5;
/** The quickest a person reads a notification and clicks it. */
const REACTION_MS = 1_000;
const MINUTE = 60_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A bare Node process from spawn to exit: the floor under any start. */
function bareNodeStart(): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', () => done(performance.now() - started));
  });
}

async function quit(app: RunningApp): Promise<void> {
  await clickTray(app, 'quit');
  await app.waitForExit();
}

export async function benchBoot(): Promise<BenchFigure[]> {
  const standin = await buildStandin(STANDIN_DIR);
  const browser = await launchChromium();
  const desktop = new BootDesktop(browser, standin);
  try {
    const toTray: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      bare.push(await bareNodeStart());
      const app = await desktop.start();
      await app.waitFor(() => app.tray?.menu != null, 'the tray');
      toTray.push(app.trayReadyAt! - app.startedAt);
      await quit(app);
      await desktop.cleanUp();
    }

    // A click on the reminder to the preview on screen, beside a blank window opened by the
    // same stand-in. The app makes the routine window ready as the reminder shows, so the click
    // only has to show it.
    const toPreview: number[] = [];
    const blank: number[] = [];
    const settings = JSON.stringify({ ...defaultSettings(), safetyNoteSeen: true });
    for (let run = 0; run < RUNS; run++) {
      const app = await desktop.start({ files: { 'settings.json': settings } });
      await app.waitFor(() => app.tray?.menu != null, 'the tray');

      const blankStarted = performance.now();
      const blankId = (await app.request({ kind: 'open-blank' })) as number;
      await app.waitFor(() => {
        const window = app.windows.get(blankId);
        return window?.loaded === true && window.shown !== null;
      }, 'the blank window on screen');
      blank.push(performance.now() - blankStarted);

      await app.advance(46 * MINUTE, MINUTE);
      await app.waitFor(() => app.notificationsOnScreen.size > 0, 'the reminder');
      // A person reads the reminder before clicking it.
      await new Promise((done) => setTimeout(done, REACTION_MS));
      const clicked = performance.now();
      await app.clickNotification();
      const page = await app.window('routine');
      await page.getByRole('button', { name: 'Start' }).waitFor();
      toPreview.push(performance.now() - clicked);
      await quit(app);
      await desktop.cleanUp();
    }

    const startMs = median(toTray);
    const bareMs = median(bare);
    const previewMs = median(toPreview);
    const blankMs = median(blank);
    return [
      { name: 'app_start_to_tray_ms', value: Math.round(startMs), unit: 'ms' },
      { name: 'node_bare_start_ms', value: Math.round(bareMs), unit: 'ms' },
      {
        name: 'app_start_to_tray_ratio',
        value: +(startMs / bareMs).toFixed(1),
        unit: '× bare Node',
      },
      { name: 'reminder_to_preview_ms', value: Math.round(previewMs), unit: 'ms' },
      { name: 'blank_window_ms', value: Math.round(blankMs), unit: 'ms' },
      {
        name: 'reminder_to_preview_ratio',
        value: +(previewMs / blankMs).toFixed(2),
        unit: '× blank window',
        target: '≤ 1.5',
      },
    ];
  } finally {
    await desktop.cleanUp();
    await browser.close();
  }
}
