import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { supervisionCandidatesQuery, supervisionCaseOptionsQuery, supervisionPartnersQuery } from './supervision-operations';
import { eva } from './supervision-test-data';

// The participant picker names the partner's people in the reader's script (issue 11, point 4).

const baghdad = { __typename: 'Organisation' as const, id: 'org-bgw', name: 'مركز التنمية المحلية والمغتربين – بغداد', nameLatin: 'CLDD Baghdad', nameArabic: null };
const layla = { __typename: 'StaffMember' as const, id: 'user-layla', name: 'ليلى الراوي', nameLatin: 'Layla Al-Rawi', nameArabic: null, organisation: baghdad };

const mocks = [
  { request: { query: supervisionPartnersQuery }, result: { data: { supervisionPartners: [{ ...baghdad, country: 'IQ' }] } } },
  { request: { query: supervisionCandidatesQuery, variables: { partnerId: baghdad.id } }, result: { data: { supervisionCandidates: [eva, layla] } } },
  {
    request: { query: supervisionCaseOptionsQuery, variables: { partnerId: baghdad.id, first: 100 } },
    result: { data: { cases: { __typename: 'ReferralCaseConnection', totalCount: 0, edges: [] } } },
  },
];

// An option stands alone: the name as written is isolated beside the spelling (U+2068 … U+2069).
function field(path: string): HTMLElement {
  return document.querySelector<HTMLElement>(`input[data-path="${path}"]`)!;
}

/** The new-session form in this language, the Baghdad office chosen by the name the reader sees, and the participant picker open. */
async function participantsOffered(language: 'sv' | 'ar', office: string) {
  const { user } = renderApp({ path: '/supervision/new', session: signedIn(['SUPERVISOR'], { name: eva.name, language }), mocks });
  await screen.findByTestId('supervision-form');
  await user.click(field('partnerId'));
  await user.click(await screen.findByRole('option', { name: office }));
  await user.click(field('participantIds'));
  return user;
}

describe('the participant picker names people in the reader’s script', () => {
  it('in Swedish: the Latin spelling, with the Arabic name as written beside it', async () => {
    const user = await participantsOffered('sv', 'CLDD Baghdad (\u2068مركز التنمية المحلية والمغتربين – بغداد\u2069)');
    const option = await screen.findByRole('option', { name: 'Layla Al-Rawi (\u2068ليلى الراوي\u2069)' });
    expect(option).toBeInTheDocument();
    // Typing the name in either script finds the person.
    await user.type(field('participantIds'), 'Layla');
    expect(screen.getByRole('option', { name: /Layla Al-Rawi/ })).toBeInTheDocument();
  });

  it('in Arabic: the name as written, nothing beside it; the office by its Arabic name', async () => {
    await participantsOffered('ar', 'مركز التنمية المحلية والمغتربين – بغداد');
    const listbox = await screen.findByRole('listbox');
    expect(await within(listbox).findByRole('option', { name: 'ليلى الراوي' })).toBeInTheDocument();
    expect(listbox).not.toHaveTextContent('Layla Al-Rawi');
  });
});
