/**
 * Text quoted from outside Backbreak (a key's name from a file or a payload), cut to `max`
 * characters with an ellipsis: whatever was sent, a message quoting it stays readable.
 */
export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max)}…` : text;
