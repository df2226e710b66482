/**
 * Validates every bundled content file, and any extra folders given, the way the app does (a
 * folder of your own is read as the app reads its routines folder, limits and all): `file: path.to.field: message` for each problem, then one summary line. Exits 1 when
 * anything is wrong, so a bad file fails `npm test` and the build.
 *
 *   npm run routines:check [-- <folder of your own routines>]
 */
import { resolve } from 'node:path';
import { readContentFolder } from '../electron/main/adapters/contentFiles';
import { createUserRoutinesFolder } from '../electron/main/adapters/userRoutinesFolder';
import {
  buildLibrary,
  formatProblem,
  librarySummary,
  missingBundledTexts,
} from '../electron/main/core/routineLibrary';

const bundled = readContentFolder(resolve('routines'), 'bundled', 'routines');
const extra = await Promise.all(
  process.argv.slice(2).map(async (folder) => {
    const read = await (await createUserRoutinesFolder(resolve(folder)).scan()).read();
    const named = (file: string) => `${folder.replace(/\/+$/, '')}/${file}`;
    return {
      files: read.files.map((f) => ({ ...f, file: named(f.file) })),
      unreadable: read.unreadable.map((u) => ({ ...u, file: named(u.file) })),
    };
  }),
);
const library = buildLibrary([...bundled.files, ...extra.flatMap((read) => read.files)]);
const problems = [
  ...[bundled, ...extra].flatMap((read) => read.unreadable.map((u) => `${u.file}: ${u.message}`)),
  ...library.problems.map(formatProblem),
];
if (!library.safetyNote)
  problems.push('routines: no safety note (a file with "type": "safety-note")');
if (!library.worseNote)
  problems.push('routines: no note for a break that felt worse (a file with "type": "worse-note")');
// Every language Backbreak ships must cover every bundled text.
for (const [language, missing] of Object.entries(missingBundledTexts(library))) {
  for (const text of missing) problems.push(`routines/texts/${language}.json: missing ${text}`);
}

for (const problem of problems) console.error(problem);
console.log(librarySummary(library));
process.exitCode = problems.length > 0 ? 1 : 0;
