import { FILE_PROBLEMS, type FileProblemCode } from '../../shared/i18n/codes';
import { messagesFor } from '../../shared/i18n/messages';

/**
 * What went wrong with a file, as a code the message catalogue says in words (`fileProblem`).
 * File errors carry a `code` (Node's, such as `EISDIR`, or the file adapter's own); the
 * message text, which can hold paths and internal detail, is never shown.
 */

const KNOWN = new Set<string>(FILE_PROBLEMS.filter((code) => code !== 'OTHER'));

export function fileProblemOf(error: unknown): FileProblemCode {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return KNOWN.has(code) ? (code as FileProblemCode) : 'OTHER';
}

/**
 * The problem in English, for what stays in English: messages about a person's own routine
 * files, whose format is written up in English, and the log.
 */
export function fileProblemInEnglish(error: unknown): string {
  return messagesFor('en').fileProblem[fileProblemOf(error)];
}
