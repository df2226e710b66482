import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
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
    'app://bundle/%E0%A4%A',
    'app://bundle/routine.exe',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveBundleRequest(url, root)).toBeNull();
  });
});
