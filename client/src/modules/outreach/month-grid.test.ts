import { describe, expect, it } from 'vitest';
import { firstDayOfWeek, monthRange, monthWeeks, shiftMonth, weekdayNames } from './month-grid';

describe('month grid', () => {
  it('starts the week on Monday in Swedish and Bosnian, on Saturday in Arabic, on Sunday in the United States', () => {
    expect(firstDayOfWeek('sv-SE')).toBe(1);
    expect(firstDayOfWeek('bs-BA')).toBe(1);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('ar')).toBe(6);
    expect(firstDayOfWeek('en-US')).toBe(7);
  });

  it('lays out November 2026 in whole weeks from the first day, padded with October and December', () => {
    // 1 November 2026 is a Sunday.
    const monday = monthWeeks('2026-11', 1);
    expect(monday).toHaveLength(6);
    expect(monday[0]!.map((day) => day.date)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01']);
    expect(monday[0]!.map((day) => day.inMonth)).toEqual([false, false, false, false, false, false, true]);
    expect(monday.at(-1)!.at(-1)).toEqual({ date: '2026-12-06', inMonth: false });

    const sunday = monthWeeks('2026-11', 7);
    expect(sunday).toHaveLength(5);
    expect(sunday[0]![0]).toEqual({ date: '2026-11-01', inMonth: true });

    const saturday = monthWeeks('2026-11', 6);
    expect(saturday[0]!.slice(0, 2).map((day) => day.date)).toEqual(['2026-10-31', '2026-11-01']);
  });

  it('names the weekdays in the calendar order of the language', () => {
    expect(weekdayNames('en-GB', 1, 'long')).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(weekdayNames('en-GB', 6, 'long').slice(0, 2)).toEqual(['Saturday', 'Sunday']);
  });

  it('moves between months across years and knows their last day', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});
