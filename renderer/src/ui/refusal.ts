/**
 * The words of a call main refused or could not carry out. Main writes them for the person
 * (see `electron/main/ipc.ts`); Electron wraps them in "Error invoking remote method '…':
 * Error: …", which is dropped here, in the one place every window uses.
 */
export function refusalWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']+': (?:Error|Refusal): /, '');
}
