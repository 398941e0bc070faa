import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onAPhone } from '../../../test/phone-screen';
import { renderSignedIn } from '../../../test/render-app';
import { caseConnection, caseListFilterMocks, caseListItem, casesAnswer } from './case-test-fixtures';

describe('the case list on a phone', () => {
  onAPhone();

  it('shows each case as a card with its status, and folds the filters behind a button that counts the active ones', async () => {
    const { user } = renderSignedIn('/cases?status=INTAKE&country=BA', ['CASEWORKER'], [
      ...caseListFilterMocks,
      casesAnswer({ filter: { status: ['INTAKE'], destinationCountry: 'BA' }, orderBy: { field: 'UPDATED_AT', direction: 'DESC' }, first: 20 }, caseConnection([caseListItem('c1', 'STO-2026-0007')])),
    ]);

    const [card] = await screen.findAllByTestId('case-row');
    expect(card!.tagName).toBe('LI');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const inCard = within(card!);
    expect(inCard.getAllByRole('term').map((term) => term.textContent)).toEqual(['Case number', 'Returnee', 'Status', 'Destination', 'Planned departure', 'Responsible caseworker']);
    expect(inCard.getByText('Intake')).toBeVisible();
    expect(inCard.getByRole('link', { name: 'STO-2026-0007' })).toHaveAttribute('href', '/cases/c1');

    // The search stays in view; the other filters fold away, the button saying two are set.
    expect(screen.getByTestId('cases-filter-text')).toBeVisible();
    const toggle = screen.getByTestId('filters-toggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('Filters');
    expect(screen.getByTestId('filters-active')).toHaveTextContent('2 active');
    expect(screen.getByTestId('filters-panel')).not.toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('filters-panel')).toBeVisible();
    expect(screen.getByTestId('filters-panel')).toHaveAttribute('id', toggle.getAttribute('aria-controls'));
  });
});
