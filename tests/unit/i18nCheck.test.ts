import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { buildLibrary, missingBundledTexts } from '../../electron/main/core/routineLibrary';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { checkCatalogues, checkLanguage, shareOf } from '../../scripts/i18n/catalogueCheck';

/**
 * What `npm run i18n:check` checks, as part of the suite: every shipped language says every
 * message, translated and with every value, and has a text for every bundled exercise, routine
 * and note.
 */
describe('every shipped language', () => {
  it('has its whole catalogue translated, every value said', () => {
    for (const report of checkCatalogues()) {
      expect(report.problems, report.locale).toEqual([]);
      expect(shareOf(report), report.locale).toBe(100);
    }
  });

  it('has a text for every bundled exercise, routine and note', () => {
    const library = buildLibrary(
      readContentFolder(resolve('routines'), 'bundled', 'routines').files,
    );
    expect(missingBundledTexts(library)).toEqual({ de: [], es: [] });
  });

  it('finds a message left in English, and one that drops a number', () => {
    const spanish = messagesFor('es');
    const english = messagesFor('en');
    const report = checkLanguage('es', {
      ...spanish,
      routine: {
        ...spanish.routine,
        done: { ...spanish.routine.done, taken: english.routine.done.taken },
        player: { ...spanish.routine.player, stepOf: () => 'Paso' },
      },
    });
    expect(report.problems).toEqual([
      'routine.player.stepOf(1,1): "Paso" does not say 1, 1',
      'routine.player.stepOf(7,7): "Paso" does not say 7, 7',
      'routine.done.taken: still reads "Well done"',
    ]);
    expect(report.translated).toBe(report.messages - 2);
  });
});
