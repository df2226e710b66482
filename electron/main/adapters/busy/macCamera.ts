import type { SignalAnswer } from '../../core/busySignals';
import type { RunCommand } from './commands';

/**
 * The camera on macOS. The built-in camera of Apple silicon Macs publishes
 * `FrontCameraStreaming` in the I/O Registry, which `ioreg` lists for any user. Intel Macs and
 * USB cameras publish nothing comparable that can be read without native code, so there the
 * answer is "cannot tell".
 */

/** `ioreg -r -k FrontCameraStreaming -d 1 -w 0`: `"FrontCameraStreaming" = Yes` or `No`. */
export function macCameraAnswer(stdout: string): SignalAnswer {
  const states = [...stdout.matchAll(/"FrontCameraStreaming" = (Yes|No)/g)].map((m) => m[1]);
  if (states.length === 0)
    return { state: 'unknown', cause: 'unsupported', why: 'mac-camera-not-told' };
  return states.includes('Yes')
    ? { state: 'busy', reason: { signal: 'camera', apps: [] } }
    : { state: 'free' };
}

export async function readMacCamera(run: RunCommand): Promise<SignalAnswer> {
  const result = await run('ioreg', ['-r', '-k', 'FrontCameraStreaming', '-d', '1', '-w', '0']);
  if (!result.ok) {
    return {
      state: 'unknown',
      cause: result.missing ? 'missing' : 'failed',
      why: 'mac-camera-failed',
    };
  }
  return macCameraAnswer(result.stdout);
}
