export interface ReminderNotice {
  title: string;
  body: string;
}

/** The words of a reminder: how long they sat, and what is on offer. */
export function reminderNotice(sittingMs: number, count: number): ReminderNotice {
  const minutes = Math.max(1, Math.floor(sittingMs / 60_000));
  const sat =
    minutes >= 90 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} minutes`;
  return {
    title: count > 1 ? 'Still sitting: time for your back' : 'Time for a back break',
    body: `You have been sitting for ${sat}. A short guided routine is ready when you are.`,
  };
}
