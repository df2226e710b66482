import { describe, expect, it, vi } from 'vitest';
import { createChime } from '../../renderer/src/routine/chime';
import { createVoice } from '../../renderer/src/routine/voice';

/** A recording stand-in for the parts of Web Audio the chime uses. */
function fakeAudio() {
  const notes: { frequency: number; peak: number }[] = [];
  const context = {
    state: 'running',
    currentTime: 0,
    destination: {},
    resume: vi.fn(),
    close: vi.fn(),
    createOscillator() {
      const oscillator = {
        type: '',
        frequency: { value: 0 },
        connect: (gain: { gain: { peak: number } }) => {
          notes.push({ frequency: oscillator.frequency.value, peak: gain.gain.peak });
          return { connect: () => undefined };
        },
        start: vi.fn(),
        stop: vi.fn(),
      };
      return oscillator;
    },
    createGain() {
      const gain = {
        gain: {
          peak: 0,
          setValueAtTime: () => undefined,
          linearRampToValueAtTime: (value: number) => {
            gain.gain.peak = value;
          },
          exponentialRampToValueAtTime: () => undefined,
        },
      };
      return gain;
    },
  };
  return { context: context as unknown as AudioContext, notes };
}

describe('chime', () => {
  it('plays one soft note for a step, two for a side change and three when done', () => {
    const { context, notes } = fakeAudio();
    const chime = createChime(() => context);
    chime.play('step', 50);
    expect(notes.filter((n) => n.peak > 0)).toHaveLength(2);
    notes.length = 0;
    chime.play('side', 50);
    expect(new Set(notes.map((n) => Math.round(n.frequency)))).toEqual(
      new Set([659, 1325, 784, 1576]),
    );
    notes.length = 0;
    chime.play('done', 50);
    expect(notes).toHaveLength(6);
  });

  it('follows the volume setting and stays silent at 0', () => {
    const { context, notes } = fakeAudio();
    const make = vi.fn(() => context);
    const chime = createChime(make);
    chime.play('step', 0);
    expect(make).not.toHaveBeenCalled();
    chime.play('step', 100);
    const loud = notes[0]!.peak;
    notes.length = 0;
    chime.play('step', 30);
    expect(notes[0]!.peak).toBeLessThan(loud);
  });

  it('does nothing where there is no Web Audio', () => {
    expect(() => createChime(() => null).play('done', 80)).not.toThrow();
  });
});

describe('voice', () => {
  it('speaks each new cue, cutting off the one before, and never repeats itself', () => {
    const spoken: string[] = [];
    const synthesis = { cancel: vi.fn(), speak: (u: { text: string }) => spoken.push(u.text) };
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        rate = 1;
        constructor(public text: string) {}
      },
    );
    const voice = createVoice(synthesis as unknown as SpeechSynthesis);
    voice.say('Breathe in and lift your chest.');
    voice.say('Breathe in and lift your chest.');
    voice.say('Breathe out and settle.');
    expect(spoken).toEqual(['Breathe in and lift your chest.', 'Breathe out and settle.']);
    expect(synthesis.cancel).toHaveBeenCalledTimes(2);
    voice.stop();
    voice.say('Breathe out and settle.');
    expect(spoken).toHaveLength(3);
    vi.unstubAllGlobals();
  });

  it('is quietly unavailable without speech synthesis', () => {
    const voice = createVoice(undefined);
    expect(voice.available).toBe(false);
    expect(() => voice.say('Hello')).not.toThrow();
  });
});
