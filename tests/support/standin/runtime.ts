import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { standinSettings } from './settings';

/**
 * What Electron knows about the app it runs before the app's code does: its folder and
 * package.json (`electron <folder>`), and whether the app is ready yet.
 */

interface PackageJson {
  name: string;
  productName?: string;
  version: string;
  main?: string;
}

const appPath = standinSettings().appPath;
let markReady: () => void = () => undefined;

export const runtime = {
  appPath,
  packageJson: JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')) as PackageJson,
  ready: false,
  whenReady: new Promise<void>((resolve) => (markReady = resolve)),
  becomeReady(): void {
    runtime.ready = true;
    markReady();
  },
};
