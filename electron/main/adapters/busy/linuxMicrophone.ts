import type { SignalAnswer } from '../../core/busySignals';
import type { RunCommand } from './commands';

/**
 * The microphone on Linux, from the sound server (PulseAudio, or PipeWire's PulseAudio
 * service) through `pactl`: a recording stream from an app on a real input is a microphone
 * in use, whatever the app. Recordings of a monitor (what the speakers play, as screen
 * recorders take) are not, nor are the server's own internal streams (echo cancelling,
 * remapping), which have no client and run all day.
 */

export interface RecordingStream {
  /** Index of the source it records from. */
  source: number | null;
  /** Opened by an app, not by a module of the server itself. */
  fromApp: boolean;
  corked: boolean;
  app: string | null;
}

/** `pactl list source-outputs`: one block per recording stream. */
export function parseRecordingStreams(stdout: string): RecordingStream[] {
  return stdout
    .split(/^Source Output #\d+\s*$/m)
    .slice(1)
    .map((block) => {
      const field = (name: string) => new RegExp(`^\\t${name}: (.*)$`, 'm').exec(block)?.[1];
      const source = field('Source');
      const client = field('Client');
      return {
        source: source !== undefined && /^\d+$/.test(source) ? Number(source) : null,
        fromApp: client !== undefined && client !== 'n/a',
        corked: field('Corked') === 'yes',
        app: /^\t\tapplication\.name = "(.*)"$/m.exec(block)?.[1] ?? null,
      };
    });
}

/** `pactl list sources short`: `index<TAB>name<TAB>...`; monitors are named `*.monitor`. */
export function parseMonitorSources(stdout: string): Set<number> {
  const monitors = new Set<number>();
  for (const line of stdout.split(/\r?\n/)) {
    const [index, name] = line.split('\t');
    if (index !== undefined && /^\d+$/.test(index) && name?.endsWith('.monitor')) {
      monitors.add(Number(index));
    }
  }
  return monitors;
}

export function microphoneAnswer(
  streams: readonly RecordingStream[],
  monitors: ReadonlySet<number>,
): SignalAnswer {
  const recording = streams.filter(
    (stream) =>
      stream.fromApp && !stream.corked && stream.source !== null && !monitors.has(stream.source),
  );
  if (recording.length === 0) return { state: 'free' };
  const apps = [...new Set(recording.flatMap((stream) => (stream.app ? [stream.app] : [])))];
  return { state: 'busy', reason: { signal: 'microphone', apps } };
}

export async function readLinuxMicrophone(run: RunCommand): Promise<SignalAnswer> {
  const [streams, sources] = await Promise.all([
    run('pactl', ['list', 'source-outputs']),
    run('pactl', ['list', 'sources', 'short']),
  ]);
  if ((!streams.ok && streams.missing) || (!sources.ok && sources.missing)) {
    return { state: 'unknown', cause: 'missing', why: 'linux-microphone-needs-pactl' };
  }
  if (!streams.ok || !sources.ok)
    return { state: 'unknown', cause: 'failed', why: 'linux-microphone-failed' };
  return microphoneAnswer(
    parseRecordingStreams(streams.stdout),
    parseMonitorSources(sources.stdout),
  );
}
