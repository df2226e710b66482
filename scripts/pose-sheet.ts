/**
 * Draws every key pose of the chosen exercises with the real figure component in Chromium and
 * saves a contact sheet, so whoever writes an exercise can see what its figure does.
 *
 *   npx tsx scripts/pose-sheet.ts                 every exercise → tests/.artifacts/poses/all.png
 *   npx tsx scripts/pose-sheet.ts cat-cow wall-angels
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer } from 'vite';
import { exerciseSchema, type Exercise } from '../electron/shared/routineSchema';
import { launchChromium } from '../tests/support/chromium';

const folder = resolve('routines/exercises');
const wanted = process.argv.slice(2);
const exercises: Exercise[] = [];
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const raw = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { type?: string };
  const { type: _type, ...rest } = raw;
  const parsed = exerciseSchema.safeParse(rest);
  if (!parsed.success) {
    console.error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    continue;
  }
  if (wanted.length === 0 || wanted.includes(parsed.data.id)) exercises.push(parsed.data);
}

const server = await createServer({
  configFile: false,
  root: resolve('tests/support/figure-preview'),
  plugins: [svelte()],
  server: { port: 0, fs: { allow: [resolve('.')] } },
  logLevel: 'error',
});
await server.listen();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.addInitScript((list) => {
    (globalThis as unknown as { exercises: unknown }).exercises = list;
  }, exercises);
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.waitForSelector('section');
  const out = resolve('tests/.artifacts/poses');
  mkdirSync(out, { recursive: true });
  const file = join(out, `${wanted.length === 1 ? wanted[0] : 'all'}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`${exercises.length} exercises → ${file}`);
} finally {
  await browser.close();
  await server.close();
}
