import { describe, expect, it } from 'vitest';
import { macCameraAnswer, readMacCamera } from '../../electron/main/adapters/busy/macCamera';
import {
  parseDisplayName,
  parseFrontAppId,
  readMacFrontApp,
} from '../../electron/main/adapters/busy/macFrontApp';
import {
  macMicrophoneAnswer,
  parseAudioAssertions,
  readMacMicrophone,
} from '../../electron/main/adapters/busy/macMicrophone';
import { failed, fixture, missing, replies, stdout } from '../support/busyFixtures';

describe('the microphone on macOS (pmset assertions)', () => {
  it('sees a call: coreaudiod holds an audio-in assertion', async () => {
    const { run, calls } = replies({
      'pmset -g assertions': stdout(fixture('macos/pmset-assertions-call.txt')),
    });
    await expect(readMacMicrophone(run)).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'microphone', apps: [] },
    });
    expect(calls).toEqual(['pmset -g assertions']);
    expect(macMicrophoneAnswer(fixture('macos/pmset-assertions-headset-call.txt'))).toMatchObject({
      state: 'busy',
    });
  });

  it('is free while only sound plays, or nothing at all', () => {
    expect(macMicrophoneAnswer(fixture('macos/pmset-assertions-music.txt'))).toEqual({
      state: 'free',
    });
    expect(macMicrophoneAnswer(fixture('macos/pmset-assertions-idle.txt'))).toEqual({
      state: 'free',
    });
  });

  it('reads only coreaudiod’s assertions, with their resources', () => {
    expect(parseAudioAssertions(fixture('macos/pmset-assertions-call.txt'))).toEqual([
      {
        name: 'com.apple.audio.BuiltInMicrophoneDevice.context.preventuseridlesleep',
        resources: ['audio-in', 'BuiltInMicrophoneDevice'],
      },
      {
        name: 'com.apple.audio.BuiltInSpeakerDevice.context.preventuseridlesleep',
        resources: ['audio-out', 'BuiltInSpeakerDevice'],
      },
    ]);
  });

  it('on older macOS, without resource lines, knows the built-in microphone by name', () => {
    const older = fixture('macos/pmset-assertions-call.txt')
      .split('\n')
      .filter((line) => !/^\s*(Resources|Created for PID):/.test(line))
      .join('\n');
    expect(macMicrophoneAnswer(older)).toMatchObject({ state: 'busy' });
  });

  it('cannot tell when pmset is missing or fails', async () => {
    await expect(readMacMicrophone(replies({}, missing).run)).resolves.toMatchObject({
      cause: 'missing',
    });
    await expect(readMacMicrophone(replies({}, failed('')).run)).resolves.toMatchObject({
      cause: 'failed',
    });
  });
});

describe('the camera on macOS (ioreg)', () => {
  it('reads the Apple silicon camera’s streaming flag', async () => {
    const { run, calls } = replies({
      'ioreg -r -k FrontCameraStreaming': stdout(fixture('macos/ioreg-camera-streaming.txt')),
    });
    await expect(readMacCamera(run)).resolves.toEqual({
      state: 'busy',
      reason: { signal: 'camera', apps: [] },
    });
    expect(calls).toEqual(['ioreg -r -k FrontCameraStreaming -d 1 -w 0']);
    expect(macCameraAnswer(fixture('macos/ioreg-camera-idle.txt'))).toEqual({ state: 'free' });
  });

  it('says plainly that a Mac without that camera cannot tell', () => {
    const answer = macCameraAnswer(fixture('macos/ioreg-no-camera-key.txt'));
    expect(answer).toMatchObject({ state: 'unknown', cause: 'unsupported' });
    expect(answer.state === 'unknown' && answer.why).toBe('mac-camera-not-told');
  });

  it('cannot tell when ioreg fails', async () => {
    await expect(readMacCamera(replies({}, failed('')).run)).resolves.toMatchObject({
      cause: 'failed',
    });
  });
});

describe('the front app on macOS (lsappinfo)', () => {
  it('names the front app without any permission', async () => {
    expect(parseFrontAppId(fixture('macos/lsappinfo-front.txt'))).toBe('ASN:0x0-0x2c02c:');
    expect(parseDisplayName(fixture('macos/lsappinfo-info-name.txt'))).toBe('zoom.us');
    const { run, calls } = replies({
      'lsappinfo front': stdout(fixture('macos/lsappinfo-front.txt')),
      'lsappinfo info': stdout(fixture('macos/lsappinfo-info-name.txt')),
    });
    await expect(readMacFrontApp(run)).resolves.toEqual({ state: 'known', names: ['zoom.us'] });
    expect(calls).toEqual(['lsappinfo front', 'lsappinfo info -only name ASN:0x0-0x2c02c:']);
  });

  it('knows no app is in front when there is no front id', async () => {
    const { run, calls } = replies({ 'lsappinfo front': stdout('\n') });
    await expect(readMacFrontApp(run)).resolves.toEqual({ state: 'known', names: [] });
    expect(calls).toEqual(['lsappinfo front']);
  });

  it('cannot tell when lsappinfo is missing or fails', async () => {
    await expect(readMacFrontApp(replies({}, missing).run)).resolves.toMatchObject({
      cause: 'missing',
    });
    const halfway = replies({ 'lsappinfo front': stdout(fixture('macos/lsappinfo-front.txt')) });
    await expect(readMacFrontApp(halfway.run)).resolves.toMatchObject({ cause: 'failed' });
  });
});
