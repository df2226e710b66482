import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  camerasInUse,
  readLinuxCamera,
  type CameraScan,
} from '../../electron/main/adapters/busy/linuxCamera';
import {
  parseInhibited,
  parseShowBanners,
  readLinuxDoNotDisturb,
} from '../../electron/main/adapters/busy/linuxDoNotDisturb';
import {
  microphoneAnswer,
  parseMonitorSources,
  parseRecordingStreams,
  readLinuxMicrophone,
} from '../../electron/main/adapters/busy/linuxMicrophone';
import {
  createX11ActiveWindow,
  parseActiveWindow,
  parseActiveWindowId,
} from '../../electron/main/adapters/busy/x11ActiveWindow';
import { failed, fixture, missing, replies, stdout } from '../support/busyFixtures';

const server = (kind: 'pipewire' | 'pulseaudio', state: 'idle' | 'mic' | 'monitor') =>
  replies({
    'pactl list source-outputs': stdout(fixture(`linux/${kind}/source-outputs-${state}.txt`)),
    'pactl list sources short': stdout(fixture(`linux/${kind}/sources-short-${state}.txt`)),
  });

describe('the microphone on Linux (pactl)', () => {
  for (const kind of ['pipewire', 'pulseaudio'] as const) {
    it(`sees an app recording the microphone on ${kind}, and names it`, async () => {
      await expect(readLinuxMicrophone(server(kind, 'mic').run)).resolves.toEqual({
        state: 'busy',
        reason: { signal: 'microphone', apps: ['Meeting'] },
      });
    });

    it(`is free on ${kind} when nothing records, or only the speakers are recorded`, async () => {
      await expect(readLinuxMicrophone(server(kind, 'idle').run)).resolves.toEqual({
        state: 'free',
      });
      await expect(readLinuxMicrophone(server(kind, 'monitor').run)).resolves.toEqual({
        state: 'free',
      });
    });
  }

  it('reads each recording stream and which sources are monitors', () => {
    expect(parseRecordingStreams(fixture('linux/pulseaudio/source-outputs-mic.txt'))).toEqual([
      { source: 1, fromApp: false, corked: false, app: null },
      { source: 2, fromApp: true, corked: false, app: 'Meeting' },
    ]);
    expect(parseMonitorSources(fixture('linux/pulseaudio/sources-short-mic.txt'))).toEqual(
      new Set([0, 1]),
    );
    expect(parseMonitorSources(fixture('linux/pipewire/sources-short-mic.txt'))).toEqual(
      new Set([36]),
    );
  });

  it('does not count a paused (corked) recording', () => {
    // The PipeWire recording with its stream paused, as an app holding a muted call does.
    const corked = fixture('linux/pipewire/source-outputs-mic.txt').replace(
      'Corked: no',
      'Corked: yes',
    );
    expect(
      microphoneAnswer(
        parseRecordingStreams(corked),
        parseMonitorSources(fixture('linux/pipewire/sources-short-mic.txt')),
      ),
    ).toEqual({ state: 'free' });
  });

  it('cannot tell without pactl, and says which package brings it', async () => {
    const answer = await readLinuxMicrophone(replies({}, missing).run);
    expect(answer).toMatchObject({ state: 'unknown', cause: 'missing' });
    expect(answer.state === 'unknown' && answer.why).toBe('linux-microphone-needs-pactl');
  });

  it('cannot tell this time when the sound server does not answer', async () => {
    const noServer = failed(fixture('linux/pipewire/source-outputs-no-server.stderr.txt'));
    await expect(readLinuxMicrophone(replies({}, noServer).run)).resolves.toMatchObject({
      state: 'unknown',
      cause: 'failed',
    });
  });
});

describe('the camera on Linux (/proc)', () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true })));
  });

  async function procTree(processes: Record<string, { comm: string; fds: string[] }>) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'backbreak-proc-'));
    folders.push(root);
    for (const [pid, { comm, fds }] of Object.entries(processes)) {
      await mkdir(path.join(root, pid, 'fd'), { recursive: true });
      await writeFile(path.join(root, pid, 'comm'), `${comm}\n`);
      await Promise.all(
        fds.map((target, fd) => symlink(target, path.join(root, pid, 'fd', String(fd)))),
      );
    }
    // Entries that are not processes, as in the real /proc.
    await writeFile(path.join(root, 'uptime'), '1234.5 4321.0\n');
    await mkdir(path.join(root, 'self'));
    return root;
  }
  const scanOf = (procRoot: string): CameraScan => ({
    procRoot,
    devicePattern: /^\/dev\/video\d+$/,
  });

  it('finds the processes holding a video device open, by name', async () => {
    const root = await procTree({
      '812': { comm: 'pipewire', fds: ['/dev/snd/controlC0', 'socket:[3345]'] },
      '4410': { comm: 'zoom', fds: ['/dev/null', '/dev/video0', 'anon_inode:[eventfd]'] },
      '5120': { comm: 'obs', fds: ['/dev/video2', '/dev/video2'] },
    });
    await expect(camerasInUse(scanOf(root))).resolves.toEqual([
      { pid: 4410, device: '/dev/video0', app: 'zoom' },
      { pid: 5120, device: '/dev/video2', app: 'obs' },
    ]);
    await expect(readLinuxCamera(scanOf(root))).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'camera', apps: ['zoom', 'obs'] },
    });
  });

  it('is free when no process holds a camera, and skips processes it may not look into', async () => {
    const root = await procTree({
      '812': { comm: 'pipewire', fds: ['/dev/snd/pcmC0D0c'] },
      '900': { comm: 'bash', fds: ['/dev/pts/0', '/dev/video-notes.txt'] },
    });
    // A process with no fd folder stands for another user's, which cannot be read.
    await mkdir(path.join(root, '1'));
    await expect(readLinuxCamera(scanOf(root))).resolves.toEqual({ state: 'free' });
  });

  it('cannot tell where there is no process table', async () => {
    await expect(
      readLinuxCamera(scanOf(path.join(os.tmpdir(), 'backbreak-no-such-proc'))),
    ).resolves.toMatchObject({ state: 'unknown', cause: 'failed' });
  });

  it.skipIf(!existsSync('/proc/self/fd'))(
    'finds a real process that holds a real device file open',
    async () => {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'backbreak-video-'));
      folders.push(folder);
      const device = path.join(folder, 'video0');
      await writeFile(device, '');
      const holder = spawn(
        process.execPath,
        [
          '-e',
          `require('fs').openSync(${JSON.stringify(device)}, 'r'); setInterval(() => {}, 1000); console.log('open')`,
        ],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      try {
        await new Promise((resolve) => holder.stdout.once('data', resolve));
        const scan = {
          procRoot: '/proc',
          devicePattern: new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/video\\d+$`),
        };
        const uses = await camerasInUse(scan);
        expect(uses).toEqual([{ pid: holder.pid, device, app: 'node' }]);
      } finally {
        holder.kill();
      }
    },
  );
});

describe('Do Not Disturb on Linux', () => {
  const gsettings = 'gsettings get org.gnome.desktop.notifications show-banners';
  const gdbus = 'gdbus call --session';

  it('reads GNOME’s banners setting: off means Do Not Disturb', async () => {
    expect(parseShowBanners(fixture('linux/notifications/gsettings-show-banners-false.txt'))).toBe(
      false,
    );
    const off = replies({
      [gsettings]: stdout(fixture('linux/notifications/gsettings-show-banners-false.txt')),
    });
    await expect(readLinuxDoNotDisturb('ubuntu:GNOME', off.run)).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'do-not-disturb', how: 'focus' },
    });
    const on = replies({
      [gsettings]: stdout(fixture('linux/notifications/gsettings-show-banners-true.txt')),
    });
    await expect(readLinuxDoNotDisturb('GNOME', on.run)).resolves.toEqual({ state: 'free' });
    expect(on.calls).toEqual([gsettings]);
  });

  it('says plainly that it cannot tell where GNOME’s schema is not installed', async () => {
    const noSchema = replies({}, failed(fixture('linux/notifications/gsettings-no-schema.txt')));
    await expect(readLinuxDoNotDisturb('GNOME', noSchema.run)).resolves.toMatchObject({
      state: 'unknown',
      cause: 'unsupported',
    });
  });

  it('reads the freedesktop Inhibited property elsewhere, as KDE Plasma sets it', async () => {
    expect(parseInhibited(fixture('linux/notifications/gdbus-inhibited-true.txt'))).toBe(true);
    expect(parseInhibited(fixture('linux/notifications/gdbus-inhibited-false.txt'))).toBe(false);
    const inhibited = replies({
      [gdbus]: stdout(fixture('linux/notifications/gdbus-inhibited-true.txt')),
    });
    await expect(readLinuxDoNotDisturb('KDE', inhibited.run)).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'do-not-disturb', how: 'focus' },
    });
    const allowed = replies({
      [gdbus]: stdout(fixture('linux/notifications/gdbus-inhibited-false.txt')),
    });
    await expect(readLinuxDoNotDisturb(undefined, allowed.run)).resolves.toEqual({ state: 'free' });
  });

  it('cannot tell where no notification service has the property, and says why', async () => {
    for (const file of ['gdbus-inhibited-noservice.txt', 'gdbus-unknown-property.txt']) {
      const answer = await readLinuxDoNotDisturb(
        'XFCE',
        replies({}, failed(fixture(`linux/notifications/${file}`))).run,
      );
      expect(answer).toMatchObject({ state: 'unknown', cause: 'unsupported' });
      expect(answer.state === 'unknown' && answer.why).toBe('linux-dnd-not-told');
    }
  });

  it('cannot tell without the tools, or when they print something else', async () => {
    await expect(readLinuxDoNotDisturb('GNOME', replies({}, missing).run)).resolves.toMatchObject({
      cause: 'missing',
    });
    await expect(readLinuxDoNotDisturb('KDE', replies({}, missing).run)).resolves.toMatchObject({
      cause: 'missing',
    });
    await expect(
      readLinuxDoNotDisturb('KDE', replies({ [gdbus]: stdout('(<"maybe">,)') }).run),
    ).resolves.toMatchObject({ cause: 'failed' });
    await expect(
      readLinuxDoNotDisturb('KDE', replies({}, failed('Error: Timeout was reached')).run),
    ).resolves.toMatchObject({ cause: 'failed' });
  });
});

describe('full screen and the front app on X11 (xprop)', () => {
  const root = 'xprop -root _NET_ACTIVE_WINDOW';
  const window = 'xprop -id 0x400001 _NET_WM_STATE WM_CLASS';
  const x11 = (windowFile: string) =>
    replies({
      [root]: stdout(fixture('linux/x11/root-active-window.txt')),
      [window]: stdout(fixture(`linux/x11/${windowFile}`)),
    });

  it('reads the active window and its state', () => {
    expect(parseActiveWindowId(fixture('linux/x11/root-active-window.txt'))).toBe('0x400001');
    expect(parseActiveWindowId(fixture('linux/x11/root-active-empty.txt'))).toBeNull();
    expect(parseActiveWindowId(fixture('linux/x11/root-active-nowm.txt'))).toBeNull();
    expect(parseActiveWindowId('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0')).toBeNull();
    expect(parseActiveWindow(fixture('linux/x11/window-fullscreen.txt'))).toEqual({
      fullScreen: true,
      names: ['xlogo', 'XLogo'],
    });
    expect(parseActiveWindow(fixture('linux/x11/window-maximized.txt')).fullScreen).toBe(false);
  });

  it('sees a full-screen window, and not a maximised or ordinary one', async () => {
    await expect(
      createX11ActiveWindow(x11('window-fullscreen.txt').run).fullScreen(),
    ).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'full-screen', how: 'full-screen' },
    });
    for (const file of ['window-maximized.txt', 'window-normal.txt']) {
      await expect(createX11ActiveWindow(x11(file).run).fullScreen()).resolves.toEqual({
        state: 'free',
      });
    }
  });

  it('names the front app by its window class, sharing one look between both signals', async () => {
    const { run, calls } = x11('window-normal.txt');
    const active = createX11ActiveWindow(run);
    const [fullScreen, front] = await Promise.all([active.fullScreen(), active.frontApp()]);
    expect(fullScreen).toEqual({ state: 'free' });
    expect(front).toEqual({ state: 'known', names: ['xlogo', 'XLogo'] });
    expect(calls).toEqual([root, window]);
  });

  it('is free with no window in front, or no window manager', async () => {
    for (const file of ['root-active-empty.txt', 'root-active-nowm.txt']) {
      const active = createX11ActiveWindow(
        replies({ [root]: stdout(fixture(`linux/x11/${file}`)) }).run,
      );
      await expect(active.fullScreen()).resolves.toEqual({ state: 'free' });
      await expect(active.frontApp()).resolves.toEqual({ state: 'known', names: [] });
    }
  });

  it('cannot tell this time when the window closed meanwhile or the display is gone', async () => {
    const gone = replies({
      [root]: stdout(fixture('linux/x11/root-active-window.txt')),
      [window]: failed(fixture('linux/x11/window-gone.txt')),
    });
    await expect(createX11ActiveWindow(gone.run).fullScreen()).resolves.toMatchObject({
      state: 'unknown',
      cause: 'failed',
    });
    const noDisplay = replies({ [root]: failed(fixture('linux/x11/root-active-nodisplay.txt')) });
    await expect(createX11ActiveWindow(noDisplay.run).frontApp()).resolves.toMatchObject({
      state: 'unknown',
      cause: 'failed',
    });
  });

  it('cannot tell without xprop, and says which package brings it', async () => {
    const answer = await createX11ActiveWindow(replies({}, missing).run).fullScreen();
    expect(answer).toMatchObject({ state: 'unknown', cause: 'missing' });
    expect(answer.state === 'unknown' && answer.why).toBe('x11-needs-xprop');
  });
});
