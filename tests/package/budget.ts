/** What the unpacked app may weigh beyond Electron itself: app.asar and the routines. */
export const PACKAGED_APP_BUDGET_MB = 5;
