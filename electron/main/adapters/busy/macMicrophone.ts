import type { SignalAnswer } from '../../core/busySignals';
import type { RunCommand } from './commands';

/**
 * The microphone on macOS, from the power assertions any user can list with
 * `pmset -g assertions`: while any app records, the audio daemon (coreaudiod) holds a
 * "prevent idle sleep" assertion for that audio context, listed with `Resources: audio-in`
 * and the device. Playing sound holds one with `audio-out` only. No permission is needed, and
 * it is the same whatever the app, like the orange dot in the menu bar.
 */

interface AudioAssertion {
  name: string;
  resources: string[];
}

/** The coreaudiod assertions, each with the resources listed under it. */
export function parseAudioAssertions(stdout: string): AudioAssertion[] {
  const assertions: AudioAssertion[] = [];
  let current: AudioAssertion | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    const header = /^\s*pid \d+\(([^)]*)\):.*named: "([^"]*)"/.exec(line);
    if (header) {
      current = header[1] === 'coreaudiod' ? { name: header[2]!, resources: [] } : null;
      if (current) assertions.push(current);
      continue;
    }
    const resources = /^\s*Resources: (.*)$/.exec(line);
    if (current && resources) current.resources.push(...resources[1]!.trim().split(/\s+/));
  }
  return assertions;
}

export function macMicrophoneAnswer(stdout: string): SignalAnswer {
  const recording = parseAudioAssertions(stdout).some(
    (assertion) =>
      assertion.resources.includes('audio-in') ||
      // Older macOS lists no resources; the built-in microphone is named in the assertion.
      (assertion.resources.length === 0 && assertion.name.includes('BuiltInMicrophoneDevice')),
  );
  return recording
    ? { state: 'busy', reason: { signal: 'microphone', apps: [] } }
    : { state: 'free' };
}

export async function readMacMicrophone(run: RunCommand): Promise<SignalAnswer> {
  const result = await run('pmset', ['-g', 'assertions']);
  if (!result.ok) {
    return {
      state: 'unknown',
      cause: result.missing ? 'missing' : 'failed',
      why: 'mac-microphone-failed',
    };
  }
  return macMicrophoneAnswer(result.stdout);
}
