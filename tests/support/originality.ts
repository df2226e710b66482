import { createHash } from 'node:crypto';

/**
 * The originality check's one definition of a "run of words", shared by the script that
 * fingerprints the reference articles and the test that checks the bundled content against
 * that fingerprint, so the two can never disagree.
 */

/** Six words in a row in the same order is copying; five can happen by chance. */
export const RUN = 6;

/** Lower case, apostrophes dropped (so "child’s" is "childs"), split on anything else. */
export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export function runsOf(text: string): Set<string> {
  const list = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) runs.add(list.slice(i, i + RUN).join(' '));
  return runs;
}

/**
 * A run as it is kept in the fingerprint: the start of its SHA-256, 48 bits. With a few
 * thousand runs on each side, a chance match is about one in a million.
 */
export const hashRun = (run: string): string =>
  createHash('sha256').update(run).digest('hex').slice(0, 12);

/** Every string anywhere in a JSON value. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

export interface ReferenceFingerprint {
  run: number;
  hash: string;
  articles: number;
  /** Sorted, each once. */
  runs: string[];
}
