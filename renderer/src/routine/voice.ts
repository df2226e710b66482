/**
 * Spoken cues with the system's speech synthesis. Each new cue replaces the one being spoken,
 * so the voice never falls behind the routine. The same words are always on screen.
 */
export interface Voice {
  readonly available: boolean;
  say(text: string): void;
  stop(): void;
}

export function createVoice(
  synthesis: SpeechSynthesis | undefined = globalThis.speechSynthesis,
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
      synthesis.speak(utterance);
    },
    stop() {
      last = '';
      synthesis?.cancel();
    },
  };
}
