import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';

/** A list with nothing to show says so in the element `testId`, in place of its table. */
export async function expectEmptyList(testId: string, sentence: string) {
  const empty = await screen.findByTestId(testId);
  expect(within(empty).getByText(sentence)).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  return empty;
}
