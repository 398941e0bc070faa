import { Anchor, Button, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayCalendarDate } from '../../components/calendar-date';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { intlLocale } from '../../core/i18n/intl-locale';
import type { OutreachListItemFragment } from '../../gql/graphql';
import { firstDayOfWeek, monthWeeks, weekdayNames } from './month-grid';

interface OutreachMonthProps {
  /** "2026-11" */
  month: string;
  activities: readonly OutreachListItemFragment[];
  onMonthChange: (delta: number) => void;
}

/** The month's activities on a calendar: each day lists its activities as links. */
export function OutreachMonth({ month, activities, onMonthChange }: OutreachMonthProps) {
  const { t, i18n } = useTranslation('outreach');
  const locale = intlLocale(currentLanguage(i18n));
  const firstDay = firstDayOfWeek(locale);
  const weeks = useMemo(() => monthWeeks(month, firstDay), [month, firstDay]);
  const names = useMemo(() => weekdayNames(locale, firstDay), [locale, firstDay]);
  const byDay = useMemo(() => {
    const days = new Map<string, OutreachListItemFragment[]>();
    for (const activity of activities) {
      const day = String(activity.heldOn);
      days.set(day, [...(days.get(day) ?? []), activity]);
    }
    return days;
  }, [activities]);
  const today = todayCalendarDate();
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const dayName = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const dayNumber = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });

  return (
    <section aria-labelledby="outreach-month-title" data-testid="outreach-month" data-first-day={firstDay}>
      <div className="outreach-month-header">
        <Button variant="default" size="compact-sm" onClick={() => onMonthChange(-1)} data-testid="outreach-month-previous">
          {t('month.previous')}
        </Button>
        <Text component="h2" fw={600} size="lg" id="outreach-month-title" ta="center" data-testid="outreach-month-title">
          {monthName}
        </Text>
        <Button variant="default" size="compact-sm" onClick={() => onMonthChange(1)} data-testid="outreach-month-next">
          {t('month.next')}
        </Button>
      </div>
      <div className="outreach-month" aria-hidden="true">
        {names.map((name) => (
          <div key={name} className="outreach-month-weekday" data-testid="outreach-weekday">
            {name}
          </div>
        ))}
      </div>
      <ol className="outreach-month" aria-label={monthName} style={{ borderTop: 0, borderStartStartRadius: 0, borderStartEndRadius: 0 }}>
        {weeks.flat().map((day) => {
          const items = byDay.get(day.date) ?? [];
          const date = new Date(`${day.date}T00:00:00Z`);
          return (
            <li
              key={day.date}
              className="outreach-month-day"
              data-outside={day.inMonth ? undefined : true}
              data-today={day.date === today ? true : undefined}
              data-date={day.date}
              data-testid="outreach-day"
            >
              <span className="outreach-month-number" aria-hidden="true">
                {dayNumber.format(date)}
              </span>
              <VisuallyHidden>
                {dayName.format(date)}
                {items.length > 0 && `: ${t('month.count', { count: items.length })}`}
              </VisuallyHidden>
              {items.length > 0 && (
                <ul className="outreach-month-items">
                  {items.map((activity) => (
                    <li key={activity.id}>
                      <Anchor component={Link} to={`/outreach/${activity.id}`} title={activity.title} data-testid="outreach-day-activity">
                        <bdi>{activity.title}</bdi>
                      </Anchor>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
