import { readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { SignalAnswer } from '../../core/busySignals';

/**
 * The camera on Linux: a video device (`/dev/video*`) held open by one of the person's
 * programs, found through each process's open files in /proc. Only the person's own processes
 * can be looked at, which is exactly the set that matters; no command, no permission. An app
 * that reaches the camera through PipeWire shows as PipeWire holding it.
 */

export interface CameraScan {
  /** Where the process table is: /proc, or a folder laid out the same way in tests. */
  procRoot: string;
  /** Which open files are cameras. */
  devicePattern: RegExp;
}

export const CAMERA_SCAN: CameraScan = {
  procRoot: '/proc',
  devicePattern: /^\/dev\/video\d+$/,
};

export interface CameraUse {
  pid: number;
  device: string;
  app: string | null;
}

async function openFiles(fdFolder: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(fdFolder);
  } catch {
    // Another user's process, or one that ended since the listing: not ours to see.
    return [];
  }
  const targets = await Promise.all(
    entries.map((entry) => readlink(path.join(fdFolder, entry)).catch(() => null)),
  );
  return targets.filter((target): target is string => target !== null);
}

/** Every process holding a camera open, with its program name. Throws if there is no /proc. */
export async function camerasInUse(scan: CameraScan = CAMERA_SCAN): Promise<CameraUse[]> {
  const pids = (await readdir(scan.procRoot)).filter((entry) => /^\d+$/.test(entry));
  const uses: CameraUse[] = [];
  // One process at a time: a few hundred small folders, read only when a reminder is due.
  for (const pid of pids) {
    const devices = (await openFiles(path.join(scan.procRoot, pid, 'fd'))).filter((target) =>
      scan.devicePattern.test(target),
    );
    if (devices.length === 0) continue;
    const app = await readFile(path.join(scan.procRoot, pid, 'comm'), 'utf8').then(
      (text) => text.trim() || null,
      () => null,
    );
    for (const device of new Set(devices)) uses.push({ pid: Number(pid), device, app });
  }
  return uses;
}

export async function readLinuxCamera(scan: CameraScan = CAMERA_SCAN): Promise<SignalAnswer> {
  let uses: CameraUse[];
  try {
    uses = await camerasInUse(scan);
  } catch {
    return {
      state: 'unknown',
      cause: 'failed',
      why: 'linux-camera-failed',
    };
  }
  if (uses.length === 0) return { state: 'free' };
  const apps = [...new Set(uses.flatMap((use) => (use.app ? [use.app] : [])))];
  return { state: 'busy', reason: { signal: 'camera', apps } };
}
