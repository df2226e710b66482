import type { Weekday } from '../settingsLimits';
import { HOUR_MS, MINUTE_MS, SECOND_MS } from '../units';
import { intlLocale, PSEUDO_LOCALE, type Locale } from './locales';
import { pseudoFormat } from './pseudoText';

/**
 * Numbers, durations, times, dates, weekdays, lists and plurals in a locale, all from Intl, so
 * each language reads the way its speakers write it: "1 hr 15 min", "1 Std. 15 Min.",
 * "2:05 PM", "14:05". One Format per locale; the catalogues build their sentences on it.
 */
export interface Format {
  readonly locale: Locale;
  number(n: number): string;
  /** A span of minutes: "45 min", "2.5 min", "1 hr 15 min". */
  minutes(minutes: number): string;
  /** Minutes as briefly as the language writes them, for the macOS menu bar: "46m". */
  narrowMinutes(minutes: number): string;
  /** A sitting time in whole minutes, rounded down. */
  sitting(ms: number): string;
  /** A short span in minutes and seconds: "40 sec", "3 min 5 sec". */
  seconds(ms: number): string;
  /** The time of day of a wall-clock moment, 12- or 24-hour as the locale writes it. */
  time(ms: number): string;
  /** A time of day written "HH:MM" (working hours), as the locale writes it. */
  clock(hhmm: string): string;
  weekday(day: Weekday, width: 'long' | 'short'): string;
  /** "Monday 9 June" / "Montag, 9. Juni". */
  longDate(ms: number): string;
  /** "9 Jun" / "9. Juni". */
  shortDate(ms: number): string;
  /** "Mon 9 Jun". */
  dayAndDate(ms: number): string;
  /** "a, b and c" / "a, b und c". */
  list(items: readonly string[], kind?: 'and' | 'or'): string;
  /** The form for `n`: `{ one: …, other: … }` (and `few`, `many` where a language has them). */
  plural<T>(n: number, forms: { one?: T; two?: T; few?: T; many?: T; zero?: T; other: T }): T;
}

/** A Monday, to name the weekdays from (dates only: any Monday will do). */
const A_MONDAY = Date.UTC(2024, 0, 1, 12);
const WEEKDAY_INDEX: Record<Weekday, number> = {
  mon: 0,
  tue: 1,
  wed: 2,
  thu: 3,
  fri: 4,
  sat: 5,
  sun: 6,
};

/** A locale's formats, following `tag`'s region where it has one (see `formatTag`). */
export function createFormat(locale: Locale, tag: string = intlLocale(locale)): Format {
  const numbers = new Intl.NumberFormat(tag);
  const unit = (name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short' });
  const hours = unit('hour');
  const minutes = unit('minute');
  const seconds = unit('second');
  const narrowMinutes = new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'narrow',
  });
  // Times and dates are formatted in the time zone of the moment they are asked for (a laptop
  // travels, and Intl fixes the zone when a formatter is made), so those formatters are made
  // on each use: a few a minute, which costs nothing worth keeping them for.
  const inZone = (options: Intl.DateTimeFormatOptions) => (ms: number | Date) =>
    new Intl.DateTimeFormat(tag, options).format(ms);
  // The locale's own short time: 09:30 in German, 9:30 in Spanish, 9:30 AM in American English.
  const timeOfDay = inZone({ timeStyle: 'short' });
  const plurals = new Intl.PluralRules(tag);
  const lists = {
    and: new Intl.ListFormat(tag, { type: 'conjunction' }),
    or: new Intl.ListFormat(tag, { type: 'disjunction' }),
  };
  const dates = {
    long: inZone({ weekday: 'long', day: 'numeric', month: 'long' }),
    short: inZone({ day: 'numeric', month: 'short' }),
    dayAndDate: inZone({ weekday: 'short', day: 'numeric', month: 'short' }),
  };
  const weekdays = {
    long: new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' }),
  };

  const spanOfMinutes = (total: number) => {
    // Under an hour a routine's length can hold a half minute: "2.5 min".
    if (total < 59.95) return minutes.format(Math.max(0, Math.round(total * 10) / 10));
    const whole = Math.round(total);
    const rest = whole % 60;
    const h = hours.format(Math.floor(whole / 60));
    return rest === 0 ? h : `${h} ${minutes.format(rest)}`;
  };

  const format: Format = {
    locale,
    number: (n) => numbers.format(n),
    minutes: spanOfMinutes,
    narrowMinutes: (n) => narrowMinutes.format(Math.round(n)),
    sitting: (ms) => spanOfMinutes(Math.floor(ms / MINUTE_MS)),
    seconds(ms) {
      const whole = Math.max(0, Math.round(ms / SECOND_MS));
      if (whole < 60) return seconds.format(whole);
      const rest = whole % 60;
      const m = minutes.format(Math.floor(whole / 60));
      return rest === 0 ? m : `${m} ${seconds.format(rest)}`;
    },
    time: (ms) => timeOfDay(ms),
    clock(hhmm) {
      const [h, m] = hhmm.split(':').map(Number);
      return timeOfDay(new Date(2024, 0, 1, h ?? 0, m ?? 0));
    },
    weekday: (day, width) => weekdays[width].format(A_MONDAY + WEEKDAY_INDEX[day] * 24 * HOUR_MS),
    longDate: (ms) => dates.long(ms),
    shortDate: (ms) => dates.short(ms),
    dayAndDate: (ms) => dates.dayAndDate(ms),
    list: (items, kind = 'and') => lists[kind].format(items),
    plural(n, forms) {
      const category = plurals.select(n) as keyof typeof forms;
      return forms[category] ?? forms.other;
    },
  };
  return locale === PSEUDO_LOCALE ? pseudoFormat(format) : format;
}
