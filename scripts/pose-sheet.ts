/**
 * Draws every key pose of the exercises with the real figure component in Chromium, so whoever
 * writes an exercise can see what its figure does, and anyone can check that the figure alone
 * says what to do.
 *
 *   npm run poses                          every bundled exercise → docs/poses.png
 *   npm run poses -- cat-cow wall-angels   each, with its left side → tests/.artifacts/poses/<id>.png
 *   npm run poses -- my-stretch --from ~/.config/Backbreak/routines   a person's own exercises too
 *   npm run poses -- cat-cow --dark        in the dark theme
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer } from 'vite';
import { exerciseSchema, type Exercise } from '../electron/shared/routineSchema';
import { launchChromium } from '../tests/support/chromium';

const args = process.argv.slice(2);
const from = args.indexOf('--from');
const dark = args.includes('--dark');
const folders = [
  resolve('routines/exercises'),
  ...(from >= 0 ? [resolve(args[from + 1] ?? '.')] : []),
];
const wanted = args.filter(
  (arg, i) => arg !== '--dark' && (from < 0 || (i !== from && i !== from + 1)),
);
// The sheet in docs shows the bundled exercises as they are; anything else is a working picture.
const forDocs = wanted.length === 0 && from < 0 && !dark;
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
  const page = await browser.newPage({
    viewport: { width: 1300, height: 800 },
    colorScheme: dark ? 'dark' : 'light',
    deviceScaleFactor: forDocs ? 1 : 2,
  });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.addInitScript(
    ({ list, mirrors }) => {
      Object.assign(globalThis, { exercises: list, mirrors });
    },
    { list: exercises, mirrors: !forDocs },
  );
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.waitForSelector('section');
  if (forDocs) {
    const file = resolve('docs/poses.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`${exercises.length} exercises → ${file}`);
  } else {
    const out = resolve('tests/.artifacts/poses');
    mkdirSync(out, { recursive: true });
    for (const exercise of exercises) {
      const file = join(out, `${exercise.id}${dark ? '-dark' : ''}.png`);
      await page.locator(`section[data-exercise="${exercise.id}"]`).screenshot({ path: file });
      console.log(`${exercise.id} → ${file}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
