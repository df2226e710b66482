/**
 * Spoken cues with the system's speech synthesis. Each new cue replaces the one being spoken,
 * so the voice never falls behind the routine. The same words are always on screen.
 *
 * The voice speaks the window's language (the page's `lang`): a voice for that language and
 * region if the system has one, else one for the language; with none, the system's default
 * voice is told the language, which some systems follow.
 */
export interface Voice {
  readonly available: boolean;
  say(text: string): void;
  stop(): void;
}

export function createVoice(
  synthesis: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  language: () => string = () => document.documentElement.lang,
): Voice {
  let last = '';
  return {
    available: synthesis !== undefined,
    say(text) {
      if (!synthesis || text === last) return;
      last = text;
      synthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.rate = 0.95;
      const lang = language();
      if (lang) {
        utterance.lang = lang;
        // The list can fill in late (Chromium loads it after the page), so it is read each time.
        const voice = voiceFor(synthesis.getVoices(), lang);
        if (voice) utterance.voice = voice;
      }
      synthesis.speak(utterance);
    },
    stop() {
      last = '';
      synthesis?.cancel();
    },
  };
}

/** The voice that speaks a language tag best: the same tag, else the same language. */
export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  tag: string,
): SpeechSynthesisVoice | null {
  const wanted = normalised(tag);
  const language = wanted.split('-')[0];
  const exact = voices.filter((voice) => normalised(voice.lang) === wanted);
  const same = voices.filter((voice) => normalised(voice.lang).split('-')[0] === language);
  const preferred = (list: SpeechSynthesisVoice[]) =>
    list.find((voice) => voice.default) ?? list.find((voice) => voice.localService) ?? list[0];
  return preferred(exact) ?? preferred(same) ?? null;
}

/** "en_GB" and "EN-gb" are the same tag as "en-gb". */
const normalised = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
