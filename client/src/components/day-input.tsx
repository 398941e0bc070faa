import { TextInput, type TextInputProps } from '@mantine/core';
import { todayCalendarDate } from './calendar-date';

type DayInputProps = Omit<TextInputProps, 'type' | 'value' | 'onChange'> & {
  /** A calendar date ("YYYY-MM-DD"), or '' for none. */
  value: string;
  /** The date as typed, '' when cleared. */
  onDayChange: (day: string) => void;
  'data-testid'?: string;
};

/** A calendar day in the browser's own date field, its value as the GraphQL `Date` text. */
export function DayInput({ onDayChange, ...props }: DayInputProps) {
  return <TextInput type="date" {...props} onChange={(event) => onDayChange(event.currentTarget.value)} />;
}

/** The day something happened (an arrival, a visit, an assessment): required, never after today. */
export function HappenedOnInput(props: Omit<DayInputProps, 'required' | 'max'>) {
  return <DayInput required max={todayCalendarDate()} {...props} />;
}
