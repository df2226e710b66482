/**
 * Draws every key pose of the chosen exercises with the real figure component in Chromium and
 * saves a contact sheet, so whoever writes an exercise can see what its figure does.
 *
 *   npm run poses                                 every exercise → tests/.artifacts/poses/all.png
 *   npm run poses -- cat-cow wall-angels
 *   npm run poses -- my-stretch --from ~/.config/Backbreak/routines   a person's own exercises too
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer } from 'vite';
import { exerciseSchema, type Exercise } from '../electron/shared/routineSchema';
import { launchChromium } from '../tests/support/chromium';

const args = process.argv.slice(2);
const from = args.indexOf('--from');
const folders = [
  resolve('routines/exercises'),
  ...(from >= 0 ? [resolve(args[from + 1] ?? '.')] : []),
];
const wanted = args.filter((_arg, i) => from < 0 || (i !== from && i !== from + 1));
const exercises: Exercise[] = [];
for (const folder of folders) {
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const raw = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { type?: string };
    if (raw.type !== 'exercise') continue;
    const { type: _type, ...rest } = raw;
    const parsed = exerciseSchema.safeParse(rest);
    if (!parsed.success) {
      console.error(
        `${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      continue;
    }
    if (wanted.length === 0 || wanted.includes(parsed.data.id)) exercises.push(parsed.data);
  }
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
