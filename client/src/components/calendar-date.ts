/**
 * Calendar dates (the GraphQL `Date` scalar, "YYYY-MM-DD"). They name a day, not an instant:
 * they are formatted in UTC so that no time zone moves them to the day before.
 */
const pattern = /^\d{4}-\d{2}-\d{2}$/;

/** The scalar as a string, or null (codegen types `Date` as unknown). */
export function calendarDate(value: unknown): string | null {
  return typeof value === 'string' && pattern.test(value) ? value : null;
}

export function isCalendarDate(value: string): boolean {
  if (!pattern.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Today where the person is, as a calendar date. */
export function todayCalendarDate(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

export function formatCalendarDate(locale: string, value: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  } catch {
    return value;
  }
}
