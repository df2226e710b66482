import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveBundleRequest } from './bundleFiles';

/** Must run before the app is ready: `app://` behaves like https (secure, standard URLs). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `root` at `app://bundle/`. */
export function serveBundle(root: string): void {
  protocol.handle('app', async (request) => {
    const file = resolveBundleRequest(request.url, root);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file.path), { headers: file.headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
