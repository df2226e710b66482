import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { resolveBundleRequest } from '../../electron/main/adapters/bundleFiles';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { buildLibrary } from '../../electron/main/core/routineLibrary';
import { planRoutine } from '../../electron/main/core/routinePlan';
import { LOCALES } from '../../electron/shared/i18n/locales';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import type { BreakView } from '../../electron/shared/views';
import { launchChromium } from '../../tests/support/chromium';
import type { BenchFigure } from './engineBench';

/**
 * What the routine window costs and how well it keeps time, on the built renderer in headless
 * Chromium. Main's answers come from a small stand-in holding a real planned routine: these
 * figures are about the window, not about IPC.
 */

const RENDERER = resolve('out/renderer');
const ORIGIN = 'https://backbreak.bench';

const gzipped = (asset: string) =>
  gzipSync(readFileSync(join(RENDERER, asset)), { level: 9 }).length;

/** The chunks a JS chunk imports, statically, and theirs in turn. */
function withImports(asset: string, into: Set<string>): Set<string> {
  if (into.has(asset)) return into;
  into.add(asset);
  for (const found of readFileSync(join(RENDERER, asset), 'utf8').matchAll(
    /(?:import|from)\s*"\.\/([\w.-]+\.js)"/g,
  )) {
    withImports(`assets/${found[1]}`, into);
  }
  return into;
}

/**
 * The routine window's own JS and CSS, gzipped, as a person loads it: its page, the chunks it
 * preloads, its worker, and one language's catalogue (the heaviest of those shipped, with any
 * chunk it brings that the window does not already load).
 */
function routineWindowBytes(): { total: number; language: string } {
  const html = readFileSync(join(RENDERER, 'routine.html'), 'utf8');
  const assets = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!),
  );
  for (const asset of [...assets]) {
    if (!asset.endsWith('.js')) continue;
    for (const worker of readFileSync(join(RENDERER, asset), 'utf8').matchAll(
      /(assets\/)?(wakeWorker-[\w-]+\.js)/g,
    )) {
      assets.add(`assets/${worker[2]}`);
    }
  }
  const windowBytes = [...assets].reduce((sum, asset) => sum + gzipped(asset), 0);
  const languages = LOCALES.map((locale) => {
    const chunk = readdirSync(join(RENDERER, 'assets')).find((name) =>
      new RegExp(`^${locale}-[\\w-]+\\.js$`).test(name),
    );
    if (!chunk) throw new Error(`no catalogue chunk for "${locale}" in out/renderer/assets`);
    const extra = [...withImports(`assets/${chunk}`, new Set())].filter((a) => !assets.has(a));
    return { locale, bytes: extra.reduce((sum, asset) => sum + gzipped(asset), 0) };
  }).sort((a, b) => b.bytes - a.bytes)[0]!;
  return { total: windowBytes + languages.bytes, language: languages.locale };
}

function breakView(routineId: string): BreakView {
  const library = buildLibrary(readContentFolder(resolve('routines'), 'bundled', 'routines').files);
  const routine = library.routines.get(routineId);
  if (!routine) throw new Error(`no bundled routine "${routineId}"`);
  return {
    plan: planRoutine(routine, library.exercises),
    versions: {},
    reasons: ['bench'],
    relaxed: [],
    trigger: 'manual',
    sittingMinutes: 45,
    safetyNote: null,
  };
}

/** Serves the built renderer and stands in for main, recording when the routine starts and ends. */
async function prepare(context: BrowserContext, view: BreakView) {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const file = resolveBundleRequest(
      `app://bundle${new URL(route.request().url()).pathname}`,
      RENDERER,
    );
    if (!file || !existsSync(file.path)) return route.fulfill({ status: 404 });
    return route.fulfill({ headers: file.headers, body: readFileSync(file.path) });
  });
  // Page-side code goes in as source: it runs in the page, not in this Node process.
  await context.addInitScript({
    content: `
      const marks = {};
      globalThis.benchMarks = marks;
      globalThis.backbreak = {
        getBreak: async () => (${JSON.stringify(view)}),
        getSettings: async () => ({
          settings: ${JSON.stringify({ ...defaultSettings(), chimeVolume: 0, theme: 'light' })},
          notices: [],
          locale: 'en',
          tag: 'en-GB',
        }),
        startBreak: async () => { marks.start = performance.now(); },
        reportProgress: async () => undefined,
        finishBreak: async () => {
          marks.finish = performance.now();
          return { breakId: 'bench', outcome: 'taken', durationMs: 0, exercisesDone: [], stepsSkipped: 0 };
        },
        closeWindow: async () => undefined,
        onSettingsChanged: () => () => undefined,
      };`,
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function benchRoutineWindow(): Promise<BenchFigure[]> {
  if (!existsSync(join(RENDERER, 'routine.html')))
    throw new Error('out/renderer is missing: run `npm run build`.');
  const loaded = routineWindowBytes();
  const figures: BenchFigure[] = [
    {
      name: 'renderer_routine_js_css_gzip_kb',
      value: +(loaded.total / 1024).toFixed(1),
      unit: `KB (with ${loaded.language})`,
      target: '≤ 60',
    },
  ];
  const browser = await launchChromium();
  try {
    // Navigation to the first step on screen: Start is pressed the moment the preview shows,
    // and the page notes when the first exercise's name appears, from its own time origin.
    const firstStep: number[] = [];
    const view = breakView('three-minute-desk-reset');
    for (let run = 0; run < 10; run++) {
      const context = await browser.newContext({ viewport: { width: 420, height: 620 } });
      await prepare(context, view);
      await context.addInitScript({
        content: `
          new MutationObserver((changes, observer) => {
            const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start');
            if (start && !start.dataset.pressed) {
              start.dataset.pressed = 'yes';
              start.click();
            }
            if (document.getElementById('exercise-name')) {
              globalThis.firstStepAt = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });`,
      });
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/routine.html`);
      await page.waitForFunction('typeof globalThis.firstStepAt === "number"');
      firstStep.push(await page.evaluate('globalThis.firstStepAt'));
      await context.close();
    }
    figures.push({
      name: 'routine_first_step_ms',
      value: Math.round(median(firstStep)),
      unit: 'ms',
    });

    // While the figure moves: frames delivered and layout passes, from Chromium's own counters.
    // Moving by transforms, the figure needs no layout per frame; the few left are the
    // countdown's text changing once a second.
    {
      const context = await browser.newContext({ viewport: { width: 420, height: 620 } });
      await prepare(context, view);
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/routine.html`);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.waitForTimeout(view.plan.segments[1]!.startMs + 1_000);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const layouts = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'LayoutCount')!
          .value;
      await page.evaluate(`new Promise((done) => requestAnimationFrame(() => {
        globalThis.benchFrames = 0;
        const count = () => { globalThis.benchFrames++; requestAnimationFrame(count); };
        requestAnimationFrame(count);
        done();
      }))`);
      const layoutsBefore = await layouts();
      const seconds = 3;
      await page.waitForTimeout(seconds * 1000);
      const frames = (await page.evaluate('globalThis.benchFrames')) as number;
      figures.push({
        name: 'player_animation_fps',
        value: Math.round(frames / seconds),
        unit: 'fps',
        target: '60',
      });
      figures.push({
        name: 'player_layouts_per_second',
        value: +(((await layouts()) - layoutsBefore) / seconds).toFixed(1),
        unit: '/s',
        target: 'far below the frame rate: no layout per frame',
      });
      await context.close();
    }

    // Keeping time when the window is hidden. Chromium aligns a hidden page's timers to whole
    // seconds, and after five minutes to whole minutes, and runs no animation frames. The page
    // gets exactly that, at the harsher minute level, and plays a real one-minute routine in
    // real time; drift is how late the routine ends against its plan. Playback is reckoned
    // from timestamps, so a ten-minute routine drifts no more than a one-minute one.
    const drift = breakView('one-minute-desk-reset');
    const context = await browser.newContext({ viewport: { width: 420, height: 620 } });
    await prepare(context, drift);
    await context.addInitScript({
      content: `
        const pageTimeout = globalThis.setTimeout.bind(globalThis);
        globalThis.setTimeout = (handler, ms = 0, ...rest) =>
          pageTimeout(handler, Math.ceil((performance.now() + ms) / 60000) * 60000 - performance.now(), ...rest);
        globalThis.requestAnimationFrame = () => 0;
        globalThis.cancelAnimationFrame = () => undefined;`,
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/routine.html`);
    await page.getByRole('button', { name: 'Start' }).click();
    // Asked from here every quarter second: the page has no animation frames to poll with, and
    // its policy forbids the string evaluation Playwright's own interval polling uses.
    const giveUp = Date.now() + drift.plan.totalMs + 120_000;
    let marks = (await page.evaluate('globalThis.benchMarks')) as {
      start?: number;
      finish?: number;
    };
    while (marks.finish === undefined) {
      if (Date.now() > giveUp) throw new Error('the routine never finished');
      await new Promise((wait) => setTimeout(wait, 250));
      marks = (await page.evaluate('globalThis.benchMarks')) as typeof marks;
    }
    figures.push({
      name: 'player_timer_drift_ms',
      value: Math.round(marks.finish - marks.start! - drift.plan.totalMs),
      unit: 'ms',
      target: '≤ 50',
    });
    await context.close();
  } finally {
    await browser.close();
  }
  return figures;
}
