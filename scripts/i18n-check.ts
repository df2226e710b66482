/**
 * Checks every language Backbreak ships: its message catalogue (electron/shared/i18n/<lang>)
 * says every message, translated, with every value the English gives it; its content texts
 * (routines/texts/<lang>.json) cover every bundled exercise, routine and note. Prints each
 * problem, then one line per part, and exits 1 when anything is missing.
 *
 *   npm run i18n:check
 */
import { resolve } from 'node:path';
import { readContentFolder } from '../electron/main/adapters/contentFiles';
import { buildLibrary, missingBundledTexts } from '../electron/main/core/routineLibrary';
import { textsShare } from '../electron/main/core/contentTexts';
import { TRANSLATED } from '../electron/shared/i18n/locales';
import { checkCatalogues, shareOf } from './i18n/catalogueCheck';

const catalogues = checkCatalogues();
for (const report of catalogues) {
  for (const problem of report.problems) console.error(`${report.locale}: ${problem}`);
}

const library = buildLibrary(readContentFolder(resolve('routines'), 'bundled', 'routines').files);
const missing = missingBundledTexts(library);
for (const [language, texts] of Object.entries(missing)) {
  for (const text of texts) console.error(`routines/texts/${language}.json: missing ${text}`);
}

const content = {
  exercises: [...library.exercises.values()],
  routines: [...library.routines.values()],
  safetyNote: library.safetyNote,
  worseNote: library.worseNote,
};
console.log(
  `catalogue: ${catalogues.map((r) => `${r.locale} ${shareOf(r)}% of ${r.messages}`).join(', ')}`,
);
console.log(
  `texts: ${TRANSLATED.map((language) => `${language} ${textsShare(content, library.texts[language])}%`).join(', ')}`,
);
process.exitCode =
  catalogues.some((r) => r.problems.length > 0) || Object.values(missing).some((m) => m.length > 0)
    ? 1
    : 0;
