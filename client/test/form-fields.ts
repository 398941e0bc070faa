import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The visible input or text area of a field on a form, by its path ("heldOn", "followUp.ownerId"). */
export function field(path: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`input[data-path="${path}"], textarea[data-path="${path}"]`);
  if (!found) throw new Error(`no field ${path}`);
  return found;
}

/** Opens a select's options and picks one by its name. */
export async function choose(user: UserEvent, input: HTMLElement, option: string) {
  await user.click(input);
  await user.click(await screen.findByRole('option', { name: option }));
}
