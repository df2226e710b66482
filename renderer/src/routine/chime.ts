/**
 * A soft bell made with Web Audio: no sound files to ship. Each note is two sine partials with
 * a quick attack and a long, gentle fade, so it marks a change without startling anyone.
 */

export type ChimeKind = 'step' | 'side' | 'done';

const NOTES: Record<ChimeKind, number[]> = {
  step: [659.25],
  side: [659.25, 783.99],
  done: [523.25, 659.25, 783.99],
};

export interface Chime {
  play(kind: ChimeKind, volume: number): void;
  close(): void;
}

export function createChime(makeContext: () => AudioContext | null = defaultContext): Chime {
  let context: AudioContext | null = null;
  return {
    play(kind, volume) {
      if (volume <= 0) return;
      context ??= makeContext();
      if (!context) return;
      if (context.state === 'suspended') void context.resume();
      const peak = 0.25 * (volume / 100) ** 2;
      NOTES[kind].forEach((frequency, i) => {
        const at = context!.currentTime + i * 0.18;
        for (const [multiple, share] of [
          [1, 1],
          [2.01, 0.25],
        ] as const) {
          const oscillator = context!.createOscillator();
          const gain = context!.createGain();
          oscillator.type = 'sine';
          oscillator.frequency.value = frequency * multiple;
          gain.gain.setValueAtTime(0, at);
          gain.gain.linearRampToValueAtTime(peak * share, at + 0.012);
          gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.4);
          oscillator.connect(gain).connect(context!.destination);
          oscillator.start(at);
          oscillator.stop(at + 1.5);
        }
      });
    },
    close() {
      void context?.close();
      context = null;
    },
  };
}

function defaultContext(): AudioContext | null {
  return typeof AudioContext === 'undefined' ? null : new AudioContext();
}
