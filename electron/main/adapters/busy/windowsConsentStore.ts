import type { SignalAnswer } from '../../core/busySignals';
import type { RunCommand } from './commands';

/**
 * The camera and microphone on Windows, from the records Windows keeps for its privacy
 * settings (the CapabilityAccessManager consent store, read with `reg query`, no permission
 * needed): each app that used the device has a start and a stop time, and an app using it now
 * has a stop time of 0. Windows writes them for the person (HKCU) and sometimes for the
 * machine (HKLM), so both are read.
 *
 * An app that crashed, or a computer that lost power, mid-call leaves a stop time of 0 behind
 * for good; so a use counts only if it started after the computer last started.
 */

export type WindowsDevice = 'webcam' | 'microphone';

const CONSENT_STORE =
  'Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

export interface DeviceUse {
  key: string;
  /** Wall ms, null when the entry has none. */
  startedAt: number | null;
  stoppedAt: number | null;
}

/** Windows FILETIME: 100 ns steps since 1601-01-01 UTC. */
const FILETIME_EPOCH_OFFSET_MS = 11_644_473_600_000;
function filetimeToWallMs(hex: string): number {
  const ticks = BigInt(hex);
  return ticks === 0n ? 0 : Number(ticks / 10_000n) - FILETIME_EPOCH_OFFSET_MS;
}

/** `reg query <key> /s`: key lines, each followed by its `    Name    TYPE    value` lines. */
export function parseConsentStore(stdout: string): DeviceUse[] {
  const uses: DeviceUse[] = [];
  let current: DeviceUse | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      current = { key: line.trim(), startedAt: null, stoppedAt: null };
      uses.push(current);
      continue;
    }
    const value = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+(0x[0-9a-f]+)\s*$/i.exec(
      line,
    );
    if (current && value) {
      const ms = filetimeToWallMs(value[2]!);
      if (value[1] === 'LastUsedTimeStart') current.startedAt = ms;
      else current.stoppedAt = ms;
    }
  }
  return uses.filter((use) => use.startedAt !== null || use.stoppedAt !== null);
}

/**
 * A readable name from the key: packaged apps are `Publisher.Name_hash` (`MSTeams_8wekyb3d8bbwe`
 * → "MSTeams"), desktop apps are their path with `#` for `\` (`C:#Program Files#Zoom#bin#Zoom.exe`
 * → "Zoom").
 */
export function appNameOfKey(key: string): string {
  const last = key.split('\\').pop() ?? key;
  if (last.includes('#')) {
    return (last.split('#').pop() ?? last).replace(/\.exe$/i, '');
  }
  const name = last.replace(/_[a-z0-9]{13}$/i, '');
  return name.split('.').pop() || name;
}

export function deviceAnswer(
  device: WindowsDevice,
  uses: readonly DeviceUse[],
  bootedAtMs: number,
): SignalAnswer {
  const inUse = uses.filter(
    (use) => use.stoppedAt === 0 && use.startedAt !== null && use.startedAt >= bootedAtMs,
  );
  if (inUse.length === 0) return { state: 'free' };
  const apps = [...new Set(inUse.map((use) => appNameOfKey(use.key)))];
  return {
    state: 'busy',
    reason: { signal: device === 'webcam' ? 'camera' : 'microphone', apps },
  };
}

export async function readWindowsDevice(
  device: WindowsDevice,
  run: RunCommand,
  bootedAtMs: number,
): Promise<SignalAnswer> {
  const results = await Promise.all(
    ['HKCU', 'HKLM'].map((hive) =>
      run('reg', ['query', `${hive}\\${CONSENT_STORE}\\${device}`, '/s']),
    ),
  );
  const answered = results.flatMap((result) => (result.ok ? [result.stdout] : []));
  if (answered.length === 0) {
    return {
      state: 'unknown',
      cause: results.some((result) => !result.ok && result.missing) ? 'missing' : 'failed',
      why: device === 'webcam' ? 'windows-camera-failed' : 'windows-microphone-failed',
    };
  }
  return deviceAnswer(device, answered.flatMap(parseConsentStore), bootedAtMs);
}
