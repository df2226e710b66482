import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { send } from './channel';
import { realTimers } from './clock';
import electron from './electron';
import { runtime } from './runtime';

/**
 * What `electron <app folder>` does first: load the main script its package.json names, then
 * become ready once that script has run, with `process.argv` as Electron sets it.
 */

process.argv = [process.execPath, runtime.appPath, ...process.argv.slice(3)];
const main = resolve(runtime.appPath, runtime.packageJson.main ?? 'index.js');
await import(pathToFileURL(main).href);
await new Promise((done) => realTimers.setImmediate(done));
runtime.becomeReady();
electron.app.emit('ready', { preventDefault() {} }, {});
send({ kind: 'ready' });
