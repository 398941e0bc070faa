import { useState } from 'react';
import { useCurrentUser } from '../core/auth/session-context';
import { todayCalendarDate } from './calendar-date';

/** A new record's form as it starts: today's date, and the signed-in person as the one who held it (kept while the page is open). */
export function useNewFormValues<Values>(empty: (today: string, userId: string) => Values): Values {
  const me = useCurrentUser();
  const [values] = useState(() => empty(todayCalendarDate(), me.id));
  return values;
}
