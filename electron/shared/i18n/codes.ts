/**
 * What main and the windows pass instead of sentences: each code is said in the person's
 * language by the catalogue (see en/app.ts), where it is about to be read.
 */

/** A problem with a file, as the file adapters name it (Node's codes and their own). */
export const FILE_PROBLEMS = [
  'EISDIR',
  'NOT_A_FILE',
  'TOO_LARGE',
  'ELOOP',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'ENOTDIR',
  'ENOENT',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EBUSY',
  'OTHER',
] as const;
export type FileProblemCode = (typeof FILE_PROBLEMS)[number];

/** Why a settings value was refused: each a sentence in every language (settingsSchema.ts). */
export const SETTING_ERRORS = [
  'number',
  'onOff',
  'oneOf',
  'time',
  'rangeShape',
  'rangeEmpty',
  'rangesShape',
  'rangesMax',
  'rangesOverlap',
  'weekShape',
  'nightOverlap',
  'pickFromList',
  'listMax',
  'listOnce',
  'placesEmpty',
  'versionsList',
  'versionsMax',
  'easeUntil',
  'easeMax',
  'busySignals',
  'appName',
  'appNameLength',
  'appNameLetters',
  'appsList',
  'appsMax',
  'appsOnce',
  'shortcutFormat',
  'unreadableChange',
  'nothingToChange',
  'noSuchSetting',
] as const;
export type SettingError = (typeof SETTING_ERRORS)[number];
