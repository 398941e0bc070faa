import { screen, waitFor, within } from '@testing-library/react';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { onAPhone } from '../../../test/phone-screen';
import { field } from '../../../test/form-fields';
import { renderApp, renderSignedIn } from '../../../test/render-app';
import { todayCalendarDate } from '../../components/calendar-date';
import {
  outreachActivityQuery,
  outreachContactOptionsQuery,
  outreachContactPeopleQuery,
  outreachStaffQuery,
  recordOutreachActivityMutation,
} from './outreach-operations';
import { activityDetails, amra, cabdi, hodan, johan, somali } from './outreach-test-data';

const formMocks = [
  { request: { query: outreachStaffQuery }, result: { data: { colleagues: [amra, johan] } } },
  {
    request: { query: outreachContactOptionsQuery, variables: { text: null, first: 20 } },
    result: {
      data: {
        contactOrganisations: {
          __typename: 'ContactOrganisationConnection',
          edges: [{ __typename: 'ContactOrganisationEdge', node: { ...somali, kind: 'IMMIGRANT_ASSOCIATION', focusCountries: ['SO'], languages: ['so', 'sv'] } }],
        },
      },
    },
  },
  {
    request: { query: outreachContactPeopleQuery, variables: { id: somali.id } },
    result: { data: { contactOrganisation: { ...somali, people: [hodan, cabdi] } } },
  },
];

/** Answers the mutation, whatever it is sent; `keep` gets the input first. */
function answering(query: DocumentNode, keep: (input: unknown) => void, answer: Record<string, unknown>) {
  return {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      keep(variables.input);
      return answer;
    },
  };
}

describe('recording an outreach activity', () => {
  onAPhone();

  it('starts from today, the viewer and an information meeting, and sends what was picked', async () => {
    let sent: unknown;
    const { user, router } = renderSignedIn('/outreach/new', ['CASEWORKER'], [
      ...formMocks,
      answering(recordOutreachActivityMutation, (input) => (sent = input), { data: { recordOutreachActivity: activityDetails() } }),
      { request: { query: outreachActivityQuery, variables: { id: 'activity-1' } }, result: { data: { outreachActivity: activityDetails() } } },
    ]);
    await screen.findByTestId('outreach-form');
    expect(field('heldOn')).toHaveValue(todayCalendarDate());
    expect(within(screen.getByTestId('outreach-kind')).getByRole('radio', { name: 'Information meeting' })).toBeChecked();
    // Counts open the numeric keyboard on a phone.
    expect(field('participantsWomen')).toHaveAttribute('inputmode', 'numeric');

    await user.click(field('contacts'));
    await user.click(await screen.findByRole('option', { name: somali.name }));
    await user.click(await screen.findByRole('checkbox', { name: /Hodan Warsame/ }));
    await user.type(field('participantsWomen'), '14');
    await user.type(field('participantsMen'), '9');
    await user.type(field('participantsUnder18'), '3');
    await user.click(screen.getByRole('switch', { name: 'Add a follow-up' }));
    await user.type(field('followUp.description'), 'Send the leaflet in Somali');
    await user.type(field('followUp.dueOn'), '2030-01-15');
    await user.click(screen.getByTestId('outreach-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/outreach/activity-1'));
    expect(sent).toEqual({
      kind: 'INFORMATION_MEETING',
      title: `Information meeting · ${somali.name}`,
      heldOn: todayCalendarDate(),
      durationMinutes: null,
      contactOrganisationIds: [somali.id],
      contactPersonIds: [hodan.id],
      focusCountries: ['SO'],
      languages: ['so', 'sv'],
      topics: ['RETURN_SUPPORT'],
      participantsWomen: 14,
      participantsMen: 9,
      participantsUnder18: 3,
      heldByIds: ['user-1'],
      notes: null,
      followUp: { description: 'Send the leaflet in Somali', dueOn: '2030-01-15', ownerId: 'user-1' },
    });
    expect(await screen.findByTestId('outreach-saved')).toHaveTextContent('The activity is saved.');
  });

  it('puts the server’s refusal of a field on that field and keeps what was typed', async () => {
    const { user, router } = renderSignedIn('/outreach/new', ['CASEWORKER'], [
      ...formMocks,
      answering(recordOutreachActivityMutation, () => undefined, graphQLError('The staff member is not one of yours.', 'BAD_USER_INPUT', { field: 'input.heldByIds[0]' })),
    ]);
    await screen.findByTestId('outreach-form');
    await user.type(field('title'), 'Radio Xamar interview');
    await user.click(screen.getByTestId('outreach-submit'));

    expect(await screen.findByText('The staff member is not one of yours.')).toBeInTheDocument();
    expect(field('heldByIds')).toHaveAttribute('aria-invalid', 'true');
    expect(field('title')).toHaveValue('Radio Xamar interview');
    expect(router.state.location.pathname).toBe('/outreach/new');
  });

  it('refuses more young people than participants before sending', async () => {
    const { user } = renderApp({ path: '/outreach/new', session: signedIn(['CASEWORKER']), mocks: formMocks });
    await screen.findByTestId('outreach-form');
    await user.type(field('participantsWomen'), '2');
    await user.type(field('participantsUnder18'), '5');
    await user.click(screen.getByTestId('outreach-submit'));
    expect(await screen.findByText('There cannot be more under 18 than women and men together.')).toBeInTheDocument();
    expect(field('participantsUnder18')).toHaveAttribute('aria-invalid', 'true');
  });
});
