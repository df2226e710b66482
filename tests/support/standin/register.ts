import Module, { register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fault, onRequest } from './channel';
import { advance, installClock, reading, sleep } from './clock';
import { standinSettings } from './settings';

/**
 * Loaded with `node --import` before anything of the app's: makes this Node process look like
 * Electron's main process to the app. Time comes from the simulated clock; `electron`
 * resolves to the stand-in, for `import` (a resolution hook) and for CommonJS `require` (as
 * libraries such as electron-log do); `process` carries Electron's additions.
 */

const settings = standinSettings();
const here = dirname(fileURLToPath(import.meta.url));

installClock(settings.clock);
onRequest('advance', async ({ ms }) => {
  await advance(ms);
  return reading();
});
onRequest('sleep', async ({ ms }) => {
  await sleep(ms);
  return reading();
});

Object.defineProperty(process, 'platform', { value: settings.platform, enumerable: true });
Object.assign(process, {
  type: 'browser',
  resourcesPath:
    settings.packaged?.resourcesPath ??
    join(settings.appPath, 'node_modules', 'electron', 'dist', 'resources'),
});
Object.defineProperty(process.versions, 'electron', {
  value: settings.electronVersion,
  enumerable: true,
});

register(pathToFileURL(join(here, 'hooks.js')), {
  data: { electronUrl: pathToFileURL(join(here, 'electron.js')).href },
});

type ResolveFilename = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: ResolveFilename };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = (request, ...rest) =>
  request === 'electron' ? join(here, 'electron.cjs') : resolveFilename(request, ...rest);

// Electron shows main's uncaught errors in a dialog and keeps running; here they fail the test.
process.on('uncaughtException', (error) => {
  fault(`A JavaScript error occurred in the main process: ${error.stack ?? error}`);
});
process.on('unhandledRejection', (reason) => {
  fault(`A JavaScript error occurred in the main process: ${(reason as Error)?.stack ?? reason}`);
});
