/**
 * Wakes the routine window at the moment it asks for. A hidden page's own timers are
 * throttled to once a second (or once a minute after a while); a dedicated worker's are not.
 * Each message replaces the previous request: a delay in ms, or a negative number to cancel.
 */

// The page's DOM typings are in scope here; the worker uses just these two members of its global.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<number>) => void) | null;
  postMessage(message: string): void;
};
let timer: ReturnType<typeof setTimeout> | undefined;

scope.onmessage = (event) => {
  clearTimeout(timer);
  if (event.data >= 0) timer = setTimeout(() => scope.postMessage('wake'), event.data);
};
