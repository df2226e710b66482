import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect } from 'vitest';
import { readBundleFile, resolveBundleRequest } from '../../electron/main/adapters/bundleFiles';
import { attack } from './attack';

/**
 * `app://bundle/…` asked for everything a page (or a link in one) could ask for: climbing out
 * encoded, doubled, with backslashes, absolute paths, NULs and look-alike hosts, and through
 * links inside the bundle. Whatever is served is a file of the bundle; nothing else ever is.
 */

const base = mkdtempSync(join(tmpdir(), 'backbreak-traversal-'));
const bundle = join(base, 'out', 'renderer');
const SECRET = 'SECRET-token-outside-the-bundle';
mkdirSync(join(bundle, 'assets'), { recursive: true });
writeFileSync(join(bundle, 'routine.html'), '<!doctype html><title>routine</title>');
writeFileSync(join(bundle, 'assets', 'app.js'), 'export {};');
writeFileSync(join(base, 'out', 'secret.json'), `{"token":"${SECRET}"}`);
writeFileSync(join(base, 'secret.html'), SECRET);
mkdirSync(join(base, 'outside'));
writeFileSync(join(base, 'outside', 'page.html'), SECRET);
symlinkSync(join(base, 'secret.html'), join(bundle, 'linked.html'));
symlinkSync(join(base, 'outside'), join(bundle, 'assets', 'linked-folder'));
// A link by absolute path to a file outside the bundle (in this scratch folder, not the system's).
writeFileSync(join(base, 'passwd'), SECRET);
symlinkSync(join(base, 'passwd'), join(bundle, 'passwd.json'));
symlinkSync(join(bundle, 'assets', 'app.js'), join(bundle, 'alias.js'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const realBundle = realpathSync(bundle);

const segment = fc.constantFrom(
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%252e%252e',
  '..%2f',
  '..%5c',
  '%2e%2e%2f',
  '%2e%2e%5c',
  '..\\',
  '\\..',
  '%00',
  '%2500',
  '%c0%ae%c0%ae',
  '．．',
  '..;',
  '',
  'assets',
  'linked-folder',
  'routine.html',
  'secret.json',
  'secret.html',
  'linked.html',
  'passwd.json',
  'alias.js',
  'app.js',
  'page.html',
  '%2fetc%2fpasswd',
  '/etc/passwd',
  'C:%5cWindows%5cwin.ini',
  '%5c%5cserver%5cshare',
);
const host = fc.constantFrom(
  'bundle',
  'BUNDLE',
  'bundle:443',
  'user:pass@bundle',
  'bundle.',
  'bundle%2f..',
  'other',
);
const request = fc
  .tuple(host, fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('/', '\\', '%2f'))
  .map(([h, parts, separator]) => `app://${h}/${parts.join(separator)}`);

/** What a served answer may be: the text of a file really inside the bundle. */
function expectFromTheBundle(path: string, body: Buffer) {
  const real = realpathSync(path);
  const inside = relative(realBundle, real);
  expect(inside.startsWith('..') || inside === '').toBe(false);
  expect(body.equals(readFileSync(real))).toBe(true);
  expect(body.toString()).not.toContain(SECRET);
  expect(body.toString()).not.toContain('root:');
}

describe('app:// path guard', () => {
  attack('made-up addresses never reach a file outside the bundle', async (made) => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(request, async (url) => {
        runs += 1;
        const mapped = resolveBundleRequest(url, bundle);
        if (mapped) expect(relative(bundle, mapped.path).startsWith('..')).toBe(false);
        const served = await readBundleFile(url, bundle);
        if (served) expectFromTheBundle(mapped!.path, served.body);
      }),
      { numRuns: 1500, seed: 20_261_130 },
    );
    made(runs);
  });

  const named = [
    'app://bundle/linked.html',
    'app://bundle/assets/linked-folder/page.html',
    'app://bundle/passwd.json',
    'app://bundle/../secret.json',
    'app://bundle/%2e%2e/secret.json',
    'app://bundle/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://bundle/..%5csecret.json',
    'app://bundle/%252e%252e/secret.json',
    'app://bundle//etc/passwd',
    'app://bundle/%2fetc%2fpasswd',
    'app://user:pass@bundle/routine.html',
    'app://bundle/routine.html%00.json',
  ];
  attack('the well-known tricks, each by name', async (made) => {
    for (const url of named) {
      const served = await readBundleFile(url, bundle);
      if (served) expectFromTheBundle(resolveBundleRequest(url, bundle)!.path, served.body);
      expect(served?.body.toString() ?? '', url).not.toContain(SECRET);
    }
    // A link that stays inside the bundle is still served.
    expect((await readBundleFile('app://bundle/alias.js', bundle))?.body.toString()).toBe(
      'export {};',
    );
    made(named.length);
  });
});
