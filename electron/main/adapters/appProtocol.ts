import { protocol } from 'electron';
import { readBundleFile } from './bundleFiles';

/** Must run before the app is ready: `app://` behaves like https (secure, standard URLs). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `root` at `app://bundle/`. */
export function serveBundle(root: string): void {
  protocol.handle('app', async (request) => {
    const file = await readBundleFile(request.url, root);
    return file
      ? new Response(file.body, { headers: file.headers })
      : new Response('Not found', { status: 404 });
  });
}
