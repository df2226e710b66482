/**
 * Fingerprints the reference articles for the originality test: every run of six words in them,
 * normalised as the test normalises the bundled content, hashed, sorted and written to
 * `tests/unit/referenceFingerprint.json`. The test reads only that file, so it runs anywhere;
 * the articles themselves stay outside the project.
 *
 *   npm run originality:fingerprint [-- <folder of .txt articles>]   (default ../shared/reference)
 *
 * Run it again whenever the reference articles change, and commit the result.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RUN, hashRun, runsOf, type ReferenceFingerprint } from '../tests/support/originality';

const folder = resolve(process.argv[2] ?? '../shared/reference');
const articles = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort();
if (articles.length === 0) {
  console.error(`No .txt articles in ${folder}.`);
  process.exit(1);
}
const runs = new Set<string>();
for (const name of articles) {
  for (const run of runsOf(readFileSync(join(folder, name), 'utf8'))) runs.add(hashRun(run));
}
const fingerprint: ReferenceFingerprint = {
  run: RUN,
  hash: 'sha256, first 12 hex digits',
  articles: articles.length,
  runs: [...runs].sort(),
};
const out = resolve('tests/unit/referenceFingerprint.json');
writeFileSync(out, `${JSON.stringify(fingerprint, null, 2)}\n`);
console.log(`${articles.length} articles, ${runs.size} runs of ${RUN} words -> ${out}`);
