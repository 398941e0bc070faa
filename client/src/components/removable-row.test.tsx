import { Button, MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RemovableRow } from './removable-row';

function Members({ initial }: { initial: string[] }) {
  const [members, setMembers] = useState(initial);
  return (
    <MantineProvider env="test">
      <fieldset>
        <legend>Household</legend>
        {members.map((member) => (
          <RemovableRow key={member} label={member} removeLabel={`Remove ${member}`} testId="member" onRemove={() => setMembers((all) => all.filter((other) => other !== member))}>
            <input aria-label={`Name of ${member}`} defaultValue={member} />
          </RemovableRow>
        ))}
        <Button onClick={() => setMembers((all) => [...all, `Member ${all.length + 1}`])}>Add member</Button>
      </fieldset>
    </MantineProvider>
  );
}

describe('removing a row', () => {
  it('leaves focus on the remove button of the row that took its place, then of the one before, then on "Add"', async () => {
    const user = userEvent.setup();
    render(<Members initial={['Amra', 'Edin', 'Lejla']} />);

    await user.click(screen.getByRole('button', { name: 'Remove Edin' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Lejla' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Remove Lejla' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Amra' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Remove Amra' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add member' })).toHaveFocus());
    expect(screen.queryAllByTestId('member')).toHaveLength(0);
  });
});
