/**
 * What went wrong with a file, in words for the person. File errors carry a `code` (Node's,
 * such as `EISDIR`, or the file adapter's own); the message text, which can hold paths and
 * internal detail, is never shown.
 */

const WORDS: Record<string, string> = {
  EISDIR: 'it is a folder, not a file',
  NOT_A_FILE: 'it is not an ordinary file',
  TOO_LARGE: 'it is too large',
  ELOOP: 'it is a link that leads back to itself',
  EACCES: 'Backbreak is not allowed to use it',
  EPERM: 'Backbreak is not allowed to use it',
  EROFS: 'the disk it is on cannot be written to',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a file is in the way of its folder',
  ENOENT: 'it is missing',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an error',
  EBUSY: 'another program is using it',
};

export function describeFileProblem(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return WORDS[code] ?? 'the system would not allow it';
}
