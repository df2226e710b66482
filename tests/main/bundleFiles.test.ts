import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  readBundleFile,
  resolveBundleRequest,
} from '../../electron/main/adapters/bundleFiles';

const root = '/app/out/renderer';

describe('resolveBundleRequest', () => {
  it('serves files of the built renderer with a strict policy', () => {
    expect(resolveBundleRequest('app://bundle/routine.html', root)).toEqual({
      path: '/app/out/renderer/routine.html',
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
    expect(resolveBundleRequest('app://bundle/assets/routine-abc.js?v=1', root)?.path).toBe(
      '/app/out/renderer/assets/routine-abc.js',
    );
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });

  it.each([
    'app://bundle/../main/index.js',
    'app://bundle/%2e%2e/main/index.js',
    'app://bundle/a/../../../x.js',
  ])('keeps %s inside the bundle (the URL parser drops the climbing segments)', (url) => {
    expect(resolveBundleRequest(url, root)?.path.startsWith(`${root}/`)).toBe(true);
  });

  it.each([
    'app://bundle/assets/%2e%2e%2f%2e%2e%2fmain/index.js',
    'app://bundle/..%5cmain%5cindex.js',
    'app://bundle/%00routine.html',
    'app://bundle/',
    'app://other/routine.html',
    'app://user:pass@bundle/routine.html',
    'app://user@bundle/routine.html',
    'app://bundle/%E0%A4%A',
    'app://bundle/routine.exe',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveBundleRequest(url, root)).toBeNull();
  });
});

describe('readBundleFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'backbreak-bundle-'));
  const bundle = join(folder, 'renderer');
  mkdirSync(join(bundle, 'assets'), { recursive: true });
  writeFileSync(join(bundle, 'routine.html'), '<!doctype html>');
  writeFileSync(join(bundle, 'assets', 'app.js'), 'export {}');
  writeFileSync(join(folder, 'secret.json'), '{"token":"x"}');
  mkdirSync(join(folder, 'outside'));
  writeFileSync(join(folder, 'outside', 'page.html'), '<p>not ours</p>');
  // Links inside the bundle: to a file outside it, to a folder outside it, and to one inside.
  symlinkSync(join(folder, 'secret.json'), join(bundle, 'secret.json'));
  symlinkSync(join(folder, 'outside'), join(bundle, 'linked'));
  symlinkSync(join(bundle, 'assets', 'app.js'), join(bundle, 'alias.js'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('serves a file of the bundle, and one linked from inside it', async () => {
    const page = await readBundleFile('app://bundle/routine.html', bundle);
    expect(page?.body.toString()).toBe('<!doctype html>');
    expect(page?.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await readBundleFile('app://bundle/alias.js', bundle))?.body.toString()).toBe(
      'export {}',
    );
  });

  it.each([
    'app://bundle/secret.json',
    'app://bundle/linked/page.html',
    'app://bundle/missing.html',
    'app://bundle/assets',
    'app://user:pass@bundle/routine.html',
  ])('refuses %s', async (url) => {
    expect(await readBundleFile(url, bundle)).toBeNull();
  });
});
