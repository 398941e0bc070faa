import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onAPhone } from '../../test/phone-screen';
import { ListTable, type ListColumn } from './data-table';

interface Referral {
  id: string;
  number: string;
  status: string;
}

const columns: ListColumn<Referral>[] = [
  { label: 'Case', cell: (item) => item.number },
  { label: 'Status', cell: (item) => <span data-testid="status">{item.status}</span> },
  { label: 'Actions', visuallyHiddenHeading: true, cell: (item) => <button type="button">Accept {item.number}</button> },
];

const items: Referral[] = [
  { id: 'r1', number: 'STO-2026-0001', status: 'Pending' },
  { id: 'r2', number: 'STO-2026-0002', status: 'Accepted' },
];

function show() {
  return render(
    <MantineProvider env="test">
      <ListTable caption="Referrals received" items={items} columns={columns} rowTestId="row" idAttribute="data-id" minWidth={800} />
    </MantineProvider>,
  );
}

describe('a list on a wide screen', () => {
  it('is a table named by its caption, one row a record', () => {
    show();
    const table = screen.getByRole('table', { name: 'Referrals received' });
    expect(within(table).getAllByRole('columnheader').map((heading) => heading.textContent)).toEqual(['Case', 'Status', 'Actions']);
    const rows = screen.getAllByTestId('row');
    expect(rows.map((row) => row.tagName)).toEqual(['TR', 'TR']);
    expect(rows[1]).toHaveAttribute('data-id', 'r2');
  });
});

describe('a list on a phone', () => {
  onAPhone();

  it('is a list of cards, each with every column’s label and value, status and actions included', () => {
    show();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Referrals received' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveAttribute('data-testid', 'row');
    expect(cards[0]).toHaveAttribute('data-id', 'r1');

    const second = within(cards[1]!);
    const terms = second.getAllByRole('term').map((term) => term.textContent);
    const definitions = second.getAllByRole('definition').map((definition) => definition.textContent);
    expect(terms).toEqual(['Case', 'Status', 'Actions']);
    expect(definitions).toEqual(['STO-2026-0002', 'Accepted', 'Accept STO-2026-0002']);
    expect(second.getByRole('button', { name: 'Accept STO-2026-0002' })).toBeVisible();
  });
});
