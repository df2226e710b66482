import { createFakeElectron } from './fakeElectron';

/** `vi.mock('electron', () => import('../support/fakeElectronModule'))` for tests that need no handle on the fake. */
const electron = createFakeElectron();
export default electron;
export const {
  app,
  ipcMain,
  BrowserWindow,
  Notification,
  globalShortcut,
  nativeTheme,
  screen,
  shell,
} = electron;
