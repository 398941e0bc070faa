/**
 * The month calendar's arithmetic, on calendar dates ("2026-11-03") at UTC so that no time zone
 * moves a day. Weeks start on the day the language's conventions say (Intl's week info: Monday in
 * Sweden and Bosnia, Saturday in most Arabic-speaking countries, Sunday in the United States).
 */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => monthPattern.test(value);

const pad = (value: number) => String(value).padStart(2, '0');
const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));
const dateOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

function parts(month: string): [year: number, monthIndex: number] {
  const match = monthPattern.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  return [Number(match[1]), Number(match[2]) - 1];
}

/** The month of a calendar date ("2026-11-03" → "2026-11"). */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The month `delta` months away (negative: earlier). */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthIndex] = parts(month);
  return dateOf(utc(year, monthIndex + delta, 1)).slice(0, 7);
}

/** The first and the last day of a month, for the list's date filter. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, monthIndex] = parts(month);
  return { from: dateOf(utc(year, monthIndex, 1)), to: dateOf(utc(year, monthIndex + 1, 0)) };
}

// Where the runtime has no week info (Intl.Locale#getWeekInfo is recent): CLDR's first days by region.
const saturdayFirst = new Set(['AE', 'AF', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'IR', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY']);
const sundayFirst = new Set([
  'AG', 'AS', 'BD', 'BR', 'BS', 'BT', 'BW', 'BZ', 'CA', 'CN', 'CO', 'DM', 'DO', 'ET', 'GT', 'GU', 'HK', 'HN', 'ID', 'IL', 'IN', 'JM', 'JP', 'KE',
  'KH', 'KR', 'LA', 'MH', 'MM', 'MO', 'MT', 'MX', 'MZ', 'NI', 'NP', 'PA', 'PE', 'PH', 'PK', 'PR', 'PT', 'PY', 'SA', 'SG', 'SV', 'TH', 'TT',
  'TW', 'UM', 'US', 'VE', 'VI', 'WS', 'YE', 'ZA', 'ZW',
]);

interface WeekInfoLocale extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/** The first day of the week for a locale, ISO-numbered: 1 Monday … 6 Saturday, 7 Sunday. */
export function firstDayOfWeek(locale: string): number {
  try {
    const intl = new Intl.Locale(locale) as WeekInfoLocale;
    const info = intl.getWeekInfo?.() ?? intl.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
    const region = intl.maximize().region ?? '';
    if (saturdayFirst.has(region)) return 6;
    if (sundayFirst.has(region)) return 7;
    return 1;
  } catch {
    return 1;
  }
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
const isoWeekday = (date: Date) => ((date.getUTCDay() + 6) % 7) + 1;

export interface CalendarDay {
  date: string;
  /** False for the days before and after the month that fill its first and last week. */
  inMonth: boolean;
}

/** The month's weeks, each seven days from the locale's first day, padded with the neighbouring months' days. */
export function monthWeeks(month: string, firstDay: number): CalendarDay[][] {
  const [year, monthIndex] = parts(month);
  const first = utc(year, monthIndex, 1);
  const lead = (isoWeekday(first) - firstDay + 7) % 7;
  const last = utc(year, monthIndex + 1, 0).getUTCDate();
  const cells = Math.ceil((lead + last) / 7) * 7;
  const weeks: CalendarDay[][] = [];
  for (let index = 0; index < cells; index += 1) {
    const date = utc(year, monthIndex, 1 - lead + index);
    if (index % 7 === 0) weeks.push([]);
    weeks.at(-1)!.push({ date: dateOf(date), inMonth: date.getUTCMonth() === monthIndex });
  }
  return weeks;
}

/** The weekdays' short names in the calendar's order ("mån", "tis" …). */
export function weekdayNames(locale: string, firstDay: number, width: 'short' | 'narrow' | 'long' = 'short'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday (ISO weekday 1).
  return Array.from({ length: 7 }, (_, index) => format.format(utc(2024, 0, 1 + ((firstDay - 1 + index) % 7))));
}
