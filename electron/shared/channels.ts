/**
 * The channel of every IPC call and push event. `contract.ts` builds the full contract (schemas,
 * answers, allowed windows) on these names; they live apart so the preload, which needs only
 * the names, does not ship a validator.
 */
export const invokeChannels = {
  getBreak: 'break:get',
  anotherRoutine: 'break:another',
  startBreak: 'break:start',
  reportProgress: 'break:progress',
  finishBreak: 'break:finish',
  rateBreak: 'break:rate',
  swapExercise: 'break:swap',
  snoozeBreak: 'break:snooze',
  acknowledgeSafetyNote: 'break:safety-seen',
  closeWindow: 'window:close',
  reportError: 'window:error',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  resetSettings: 'settings:reset',
  getLibrary: 'library:get',
  getBusySupport: 'busy:support',
  getStatus: 'status:get',
  getHistory: 'history:get',
  exportHistory: 'history:export',
} as const;

export const eventChannels = {
  statusChanged: 'status:changed',
  settingsChanged: 'settings:changed',
  historyChanged: 'history:changed',
} as const;
