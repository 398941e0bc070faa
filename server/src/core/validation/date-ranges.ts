import { Extensions } from '@nestjs/graphql';
import { today } from '../graphql/date.scalar.js';

/**
 * Every Date input has a range that fits what it is: a date of birth in year 0100 or a due date
 * of 9999-12-31 is a typing error (or a probe), never a fact. The central input check
 * (core/graphql/input-rules.ts) refuses a date outside its range with BAD_USER_INPUT naming the
 * field, before any resolver runs. "today" is the server's UTC date, as the services' own checks
 * use it.
 *
 * | kind      | fields                                                              | earliest   | latest           |
 * | --------- | ------------------------------------------------------------------- | ---------- | ---------------- |
 * | birth     | returnee.dateOfBirth, household.N.dateOfBirth                       | 1900-01-01 | today            |
 * | event     | givenOn (consent), actualDeparture, arrivedOn, visitedOn, assessedOn | 2000-01-01 | today            |
 * | session   | heldOn (a supervision session may be recorded ahead)                | 2000-01-01 | today + 1 year   |
 * | schedule  | plannedDeparture, targetDate, nextVisitOn, dueOn                    | 2000-01-01 | today + 10 years |
 * | validity  | validFrom, validTo (cooperation agreements)                         | 2000-01-01 | today + 10 years |
 * | (none)    | a Date input that declares no kind                                  | 1900-01-01 | today + 10 years |
 *
 * 2000-01-01 is before the first cooperation (the Stockholm–Gothenburg letter of intent is from
 * 2012) and after any date someone could mean for a case handled in this portal. Rules between
 * fields (validTo after validFrom, no planned departure in the past on a new case, the next visit
 * after the visit) stay with the services.
 */
export enum DateKind {
  BIRTH = 'birth',
  EVENT = 'event',
  SESSION = 'session',
  SCHEDULE = 'schedule',
  VALIDITY = 'validity',
}

type Bound = { fixed: string } | { yearsFromToday: number };

const ranges: Record<DateKind | 'default', { earliest: Bound; latest: Bound }> = {
  [DateKind.BIRTH]: { earliest: { fixed: '1900-01-01' }, latest: { yearsFromToday: 0 } },
  [DateKind.EVENT]: { earliest: { fixed: '2000-01-01' }, latest: { yearsFromToday: 0 } },
  [DateKind.SESSION]: { earliest: { fixed: '2000-01-01' }, latest: { yearsFromToday: 1 } },
  [DateKind.SCHEDULE]: { earliest: { fixed: '2000-01-01' }, latest: { yearsFromToday: 10 } },
  [DateKind.VALIDITY]: { earliest: { fixed: '2000-01-01' }, latest: { yearsFromToday: 10 } },
  default: { earliest: { fixed: '1900-01-01' }, latest: { yearsFromToday: 10 } },
};

/** The extension key under which a Date input field declares its kind. */
export const DATE_KIND = 'dateKind';

/** Declares what a Date input field is, and so its range (see the table above). */
export function DateOf(kind: DateKind): PropertyDecorator {
  return Extensions({ [DATE_KIND]: kind }) as PropertyDecorator;
}

function resolve(bound: Bound, now: string): string {
  if ('fixed' in bound) return bound.fixed;
  if (bound.yearsFromToday === 0) return now;
  const [year, month, day] = now.split('-').map(Number) as [number, number, number];
  // 29 February plus whole years is 28 February, never 1 March.
  const date = new Date(Date.UTC(year + bound.yearsFromToday, month - 1, Math.min(day, month === 2 ? 28 : day)));
  return date.toISOString().slice(0, 10);
}

/** The earliest and latest date of a kind, today. */
export function dateRange(kind: DateKind | undefined, now = today()): { earliest: string; latest: string } {
  const range = ranges[kind ?? 'default'];
  return { earliest: resolve(range.earliest, now), latest: resolve(range.latest, now) };
}

export interface DateRangeFault {
  key: string;
  params: Record<string, string>;
}

/** Why a date (YYYY-MM-DD, already a valid calendar date) is out of its range, if it is. */
export function dateRangeFault(value: string, kind: DateKind | undefined, now = today()): DateRangeFault | undefined {
  const { earliest, latest } = dateRange(kind, now);
  if (value < earliest) return { key: 'validation.dateBefore', params: { other: earliest } };
  if (value > latest) return latest === now ? { key: 'validation.dateInFuture', params: {} } : { key: 'validation.dateAfter', params: { other: latest } };
  return undefined;
}
