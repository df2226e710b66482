import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { RUN, hashRun, runsOf, strings, type ReferenceFingerprint } from '../support/originality';

/**
 * Every word of the bundled content is ours: no run of six words is copied from the reference
 * articles it was written from. The articles live outside the project; this test reads their
 * fingerprint (`npm run originality:fingerprint` makes it), so it runs from any clone.
 */

const fingerprint = JSON.parse(
  readFileSync(resolve('tests/unit/referenceFingerprint.json'), 'utf8'),
) as ReferenceFingerprint;
const reference = new Set(fingerprint.runs);
const copiedRuns = (text: string) => [...runsOf(text)].filter((run) => reference.has(hashRun(run)));

describe('originality', () => {
  it('has a fingerprint of the reference articles made the way this test reads it', () => {
    expect(fingerprint.run).toBe(RUN);
    expect(fingerprint.articles).toBe(4);
    expect(reference.size).toBeGreaterThan(1000);
  });

  it('would catch a copied run however it is written: case, punctuation and apostrophes aside', () => {
    // Six words in a row from one of the articles, written three ways.
    for (const text of [
      'Begin in a kneeling position, sitting back onto your heels.',
      'BEGIN in a kneeling position — sitting back',
      'begin in a kneeling-position sitting',
    ]) {
      expect(copiedRuns(text), text).not.toEqual([]);
    }
    expect(copiedRuns('Kneel, then sit back toward your heels.')).toEqual([]);
  });

  it(`copies no run of ${RUN} words from the reference articles`, () => {
    const read = readContentFolder(resolve('routines'), 'bundled', 'routines');
    expect(read.files.length).toBeGreaterThan(20);
    const copied = read.files.flatMap((file) =>
      strings(JSON.parse(file.text)).flatMap((text) =>
        copiedRuns(text).map((run) => `${file.file}: "${run}"`),
      ),
    );
    expect(copied).toEqual([]);
  });
});
