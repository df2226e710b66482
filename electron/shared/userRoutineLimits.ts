/**
 * How much of the person's own routines folder Backbreak reads. A hand-written routine is a
 * few kilobytes; these bounds keep a folder that holds something else (thousands of files, a
 * huge file, links that loop) from slowing the app. The settings window (in the catalogue's
 * `settings.userRoutines.limits`) and the README say them.
 */
export const USER_ROUTINE_LIMITS = {
  /** Levels of folders inside the routines folder that are looked into. */
  depth: 3,
  /** Names looked at in all, files and folders alike. */
  entries: 1000,
  /** `.json` files read. */
  files: 100,
  fileBytes: 256 * 1024,
  totalBytes: 2 * 1024 * 1024,
} as const;

export type UserRoutineLimits = { [K in keyof typeof USER_ROUTINE_LIMITS]: number };
