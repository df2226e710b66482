import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChime } from '../../renderer/src/routine/chime';
import { createVoice, voiceFor } from '../../renderer/src/routine/voice';

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

/** A recording stand-in for speech synthesis with the given voices. */
function fakeSynthesis(voices: Partial<SpeechSynthesisVoice>[] = []) {
  const spoken: { text: string; lang: string; voice: SpeechSynthesisVoice | null }[] = [];
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      rate = 1;
      lang = '';
      voice: SpeechSynthesisVoice | null = null;
      constructor(public text: string) {}
    },
  );
  const synthesis = {
    cancel: vi.fn(),
    speak: (utterance: (typeof spoken)[number]) => spoken.push(utterance),
    getVoices: () => voices as SpeechSynthesisVoice[],
  };
  return { synthesis: synthesis as unknown as SpeechSynthesis, spoken, cancel: synthesis.cancel };
}

const voice = (lang: string, name: string, more: Partial<SpeechSynthesisVoice> = {}) =>
  ({ lang, name, default: false, localService: true, ...more }) as SpeechSynthesisVoice;

describe('voice', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('speaks each new cue, cutting off the one before, and never repeats itself', () => {
    const { synthesis, spoken, cancel } = fakeSynthesis();
    const speaker = createVoice(synthesis, () => 'en-GB');
    speaker.say('Breathe in and lift your chest.');
    speaker.say('Breathe in and lift your chest.');
    speaker.say('Breathe out and settle.');
    expect(spoken.map((u) => u.text)).toEqual([
      'Breathe in and lift your chest.',
      'Breathe out and settle.',
    ]);
    expect(cancel).toHaveBeenCalledTimes(2);
    speaker.stop();
    speaker.say('Breathe out and settle.');
    expect(spoken).toHaveLength(3);
  });

  it("speaks the page's language, in a voice for it where the system has one", () => {
    const german = voice('de-DE', 'Anna');
    const british = voice('en-GB', 'Daniel');
    const { synthesis, spoken } = fakeSynthesis([voice('en-US', 'Samantha'), british, german]);
    const page = document.documentElement.lang;
    document.documentElement.lang = 'de-AT';
    try {
      createVoice(synthesis).say('Einatmen und die Brust heben.');
    } finally {
      document.documentElement.lang = page;
    }
    expect(spoken[0]).toMatchObject({ lang: 'de-AT', voice: german });

    // The same tag wins over the same language.
    createVoice(synthesis, () => 'en-GB').say('Breathe out and settle.');
    expect(spoken[1]).toMatchObject({ lang: 'en-GB', voice: british });
  });

  it('leaves the voice to the system when it has none for the language', () => {
    const { synthesis, spoken } = fakeSynthesis([voice('en-US', 'Samantha')]);
    createVoice(synthesis, () => 'es-MX').say('Inhala y levanta el pecho.');
    expect(spoken[0]).toMatchObject({ lang: 'es-MX', voice: null });
  });

  it('picks the system default among voices for the language, and reads tags loosely', () => {
    const first = voice('es_ES', 'Jorge');
    const preferred = voice('es-MX', 'Paulina', { default: true });
    expect(voiceFor([first, preferred], 'es')).toBe(preferred);
    expect(voiceFor([first], 'ES-es')).toBe(first);
    expect(voiceFor([], 'es')).toBeNull();
  });

  it('is quietly unavailable without speech synthesis', () => {
    const speaker = createVoice(undefined);
    expect(speaker.available).toBe(false);
    expect(() => speaker.say('Hello')).not.toThrow();
  });
});
