import { describe, expect, it } from 'vitest';
import {
  appNameOfKey,
  parseConsentStore,
  readWindowsDevice,
} from '../../electron/main/adapters/busy/windowsConsentStore';
import {
  createWindowsDesktopState,
  doNotDisturbAnswer,
  fullScreenAnswer,
  parseDesktopState,
  powershellArgs,
} from '../../electron/main/adapters/busy/windowsDesktopState';
import { failed, fixture, missing, replies, stdout } from '../support/busyFixtures';

const STORE = 'Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
const userKey = (device: string) => `reg query HKCU\\${STORE}\\${device} /s`;
const machineKey = (device: string) => `reg query HKLM\\${STORE}\\${device} /s`;
const keyMissing = failed(fixture('windows/reg-key-missing.stderr.txt'));
/** The computer started at 08:00 UTC on Monday 6 January 2025. */
const BOOTED_AT = Date.UTC(2025, 0, 6, 8, 0);

describe('the camera and microphone on Windows (consent store)', () => {
  it('reads each app’s last start and stop, in wall time', () => {
    const uses = parseConsentStore(fixture('windows/consent-microphone-zoom-call.txt'));
    expect(uses.map((use) => appNameOfKey(use.key))).toEqual(['MSTeams', 'Zoom', 'chrome']);
    expect(uses[1]).toMatchObject({ startedAt: Date.UTC(2025, 0, 6, 10, 0), stoppedAt: 0 });
    expect(uses[0]!.stoppedAt).toBe(Date.UTC(2025, 0, 6, 9, 48));
  });

  it('sees an app using the microphone now (stop time 0), and names it', async () => {
    const { run, calls } = replies({
      [userKey('microphone')]: stdout(fixture('windows/consent-microphone-zoom-call.txt')),
      [machineKey('microphone')]: keyMissing,
    });
    await expect(readWindowsDevice('microphone', run, BOOTED_AT)).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'microphone', apps: ['Zoom'] },
    });
    expect(calls).toEqual([userKey('microphone'), machineKey('microphone')]);
  });

  it('is free when every app has stopped', async () => {
    const { run } = replies(
      { [userKey('webcam')]: stdout(fixture('windows/consent-webcam-idle.txt')) },
      keyMissing,
    );
    await expect(readWindowsDevice('webcam', run, BOOTED_AT)).resolves.toEqual({ state: 'free' });
  });

  it('ignores a use left open by a crash before the computer last started', async () => {
    const stale = replies(
      { [userKey('webcam')]: stdout(fixture('windows/consent-webcam-stale-after-crash.txt')) },
      keyMissing,
    );
    await expect(readWindowsDevice('webcam', stale.run, BOOTED_AT)).resolves.toEqual({
      state: 'free',
    });
    // The same entry counts if the computer has not restarted since.
    const longUp = Date.UTC(2024, 11, 19, 8, 0);
    await expect(readWindowsDevice('webcam', stale.run, longUp)).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'camera', apps: ['Discord'] },
    });
  });

  it('also reads the machine-wide records some Windows builds keep', async () => {
    const { run } = replies({
      [userKey('webcam')]: stdout(fixture('windows/consent-webcam-idle.txt')),
      [machineKey('webcam')]: stdout(fixture('windows/consent-webcam-machine-teams.txt')),
    });
    await expect(readWindowsDevice('webcam', run, BOOTED_AT)).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'camera', apps: ['MSTeams'] },
    });
  });

  it('cannot tell when neither record can be read', async () => {
    await expect(
      readWindowsDevice('webcam', replies({}, keyMissing).run, BOOTED_AT),
    ).resolves.toMatchObject({
      state: 'unknown',
      cause: 'failed',
    });
    await expect(
      readWindowsDevice('webcam', replies({}, missing).run, BOOTED_AT),
    ).resolves.toMatchObject({
      state: 'unknown',
      cause: 'missing',
    });
  });

  it('names packaged and desktop apps readably', () => {
    expect(appNameOfKey('X\\microphone\\Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe')).toBe(
      'WindowsSoundRecorder',
    );
    expect(
      appNameOfKey('X\\webcam\\NonPackaged\\C:#Program Files#obs-studio#bin#64bit#obs64.exe'),
    ).toBe('obs64');
  });
});

describe('full screen, presenting, Do Not Disturb and the front app on Windows (PowerShell)', () => {
  const state = (name: string) => parseDesktopState(fixture(`windows/desktop-state-${name}.txt`))!;

  it('reads every line the script prints', () => {
    expect(state('presenting')).toEqual({
      notificationState: 4,
      quietHours: 0,
      toastsEnabled: 1,
      appToastsEnabled: 1,
      frontNames: ['POWERPNT', 'Microsoft PowerPoint'],
    });
    expect(state('calls-failed')).toEqual({
      notificationState: null,
      quietHours: null,
      toastsEnabled: null,
      appToastsEnabled: null,
      frontNames: [],
    });
    expect(parseDesktopState('')).toBeNull();
  });

  it('tells full screen, a game and presenting from Windows’ notification state', () => {
    expect(fullScreenAnswer(state('full-screen-video'))).toEqual({
      state: 'busy',
      reason: { signal: 'full-screen', how: 'full-screen' },
    });
    expect(fullScreenAnswer(state('game'))).toEqual({
      state: 'busy',
      reason: { signal: 'full-screen', how: 'game' },
    });
    expect(fullScreenAnswer(state('presenting'))).toEqual({
      state: 'busy',
      reason: { signal: 'full-screen', how: 'presenting' },
    });
    expect(fullScreenAnswer(state('accepting'))).toEqual({ state: 'free' });
    expect(fullScreenAnswer(state('calls-failed'))).toMatchObject({ state: 'unknown' });
    // Locked (away, not busy), the Start menu open, and the quiet first hour are not full screen.
    for (const other of [1, 6, 7]) {
      expect(fullScreenAnswer({ ...state('accepting'), notificationState: other })).toEqual({
        state: 'free',
      });
    }
  });

  it('tells Focus Assist, Windows 11’s Do Not Disturb and notifications turned off', () => {
    const focus = { state: 'busy', reason: { signal: 'do-not-disturb', how: 'focus' } };
    expect(doNotDisturbAnswer(state('focus-assist'))).toEqual(focus);
    expect(doNotDisturbAnswer(state('do-not-disturb'))).toEqual(focus);
    expect(doNotDisturbAnswer({ ...state('accepting'), notificationState: 6 })).toEqual(focus);
    expect(doNotDisturbAnswer(state('notifications-off'))).toEqual({
      state: 'busy',
      reason: { signal: 'do-not-disturb', how: 'notifications-off' },
    });
    expect(doNotDisturbAnswer(state('accepting'))).toEqual({ state: 'free' });
    expect(doNotDisturbAnswer(state('calls-failed'))).toMatchObject({ state: 'unknown' });
  });

  it('runs PowerShell once per check for all three signals', async () => {
    const { run, calls } = replies({
      powershell: stdout(fixture('windows/desktop-state-presenting.txt')),
    });
    const desktop = createWindowsDesktopState(run);
    const [fullScreen, doNotDisturb, front] = await Promise.all([
      desktop.fullScreen(),
      desktop.doNotDisturb(),
      desktop.frontApp(),
    ]);
    expect(fullScreen).toMatchObject({ state: 'busy' });
    expect(doNotDisturb).toEqual({ state: 'free' });
    expect(front).toEqual({ state: 'known', names: ['POWERPNT', 'Microsoft PowerPoint'] });
    expect(calls).toHaveLength(1);
    // The next check runs it again.
    await desktop.fullScreen();
    expect(calls).toHaveLength(2);
  });

  it('passes the script encoded, so nothing in it needs quoting', () => {
    const args = powershellArgs('"a" + $b');
    expect(args.slice(0, -1)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(Buffer.from(args.at(-1)!, 'base64').toString('utf16le')).toBe('"a" + $b');
    const script = Buffer.from(powershellArgs().at(-1)!, 'base64').toString('utf16le');
    for (const name of [
      'notification-state',
      'quiet-hours',
      'toasts-enabled',
      'app-toasts-enabled',
      'front-process',
      'front-description',
    ]) {
      expect(script).toContain(`"${name}="`);
    }
  });

  it('cannot tell when PowerShell is missing, fails or prints nothing useful', async () => {
    const desktop = (result: Parameters<typeof replies>[1]) =>
      createWindowsDesktopState(replies({}, result).run);
    await expect(desktop(missing).fullScreen()).resolves.toMatchObject({ cause: 'missing' });
    await expect(
      desktop(failed('Add-Type : Cannot add type.')).doNotDisturb(),
    ).resolves.toMatchObject({
      cause: 'failed',
    });
    await expect(desktop(stdout('')).frontApp()).resolves.toMatchObject({ cause: 'failed' });
  });
});
