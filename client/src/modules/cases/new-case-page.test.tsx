import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { renderApp, renderSignedIn } from '../../../test/render-app';
import { caseQuery, createCaseMutation } from './case-operations';
import { anna, baghdad, bilal, caseDetails } from './case-test-fixtures';
import { caseworkersQuery, referralPartnersQuery } from './cases-operations';
import { answering } from '../../../test/mutation-mocks';

const caseworkers = { request: { query: caseworkersQuery }, result: { data: { caseworkers: [anna, bilal] } } };

/** The least a case needs: a name, a sex, and where the person returns to. */
const minimalInput = {
  returnee: {
    firstName: 'Hawre',
    lastName: 'Karim',
    dateOfBirth: null,
    sex: 'MALE',
    citizenship: null,
    languages: [],
    identityNumber: '19880312-1235',
    documentLanguage: 'en',
  },
  household: [],
  destinationCountry: 'IQ',
  destinationPlace: 'Baghdad',
  plannedDeparture: null,
};

/** The visible input of a field on the case form, by its path ("destinationCountry"). */
function field(path: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`input[data-path="${path}"]`);
  if (!found) throw new Error(`no field ${path}`);
  return found;
}

/** Types a whole text at once (as pasting does): one change for the form, not one per letter. */
async function enter(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function choose(user: UserEvent, input: HTMLElement, search: string, option: string) {
  await user.click(input);
  await user.type(input, search);
  await user.click(await screen.findByRole('option', { name: option }));
}

async function fillMinimal(user: UserEvent) {
  const returnee = within(await screen.findByRole('group', { name: 'Returnee' }));
  await enter(user, returnee.getByRole('textbox', { name: 'First name' }), 'Hawre');
  await enter(user, returnee.getByRole('textbox', { name: 'Last name' }), 'Karim');
  await user.selectOptions(returnee.getByRole('combobox', { name: 'Sex' }), 'MALE');
  await enter(user, screen.getByTestId('identity-number'), '19880312-1235');
  const destination = within(screen.getByRole('group', { name: 'Destination and responsibility' }));
  await choose(user, field('destinationCountry'), 'Iraq', 'Iraq');
  await enter(user, destination.getByRole('textbox', { name: 'Municipality or town' }), 'Baghdad');
}

/** The new-case page, where creating the minimal case gets `answer` from the server. */
function createCaseAnswered(answer: Omit<MockLink.MockedResponse, 'request'>) {
  return renderSignedIn(
    '/cases/new',
    ['CASEWORKER'],
    [caseworkers, { request: { query: createCaseMutation, variables: { input: minimalInput } }, ...answer }],
  );
}

describe('new case page', () => {
  it('sends the returnee, household, needs, health and destination as typed', async () => {
    let sent: unknown;
    const { user, router } = renderSignedIn('/cases/new', ['CASEWORKER'], [
      caseworkers,
      answering(createCaseMutation, (input) => (sent = input), { createCase: caseDetails() }),
      { request: { query: caseQuery, variables: { id: 'case-42' } }, result: { data: { case: caseDetails() } } },
      { request: { query: referralPartnersQuery }, result: { data: { referralPartners: [baghdad] } } },
    ]);

    const returnee = within(await screen.findByRole('group', { name: 'Returnee' }));
    await enter(user, returnee.getByRole('textbox', { name: 'First name' }), '  Hawre ');
    await enter(user, returnee.getByRole('textbox', { name: 'Last name' }), 'Karim');
    await user.type(returnee.getByLabelText('Date of birth'), '1988-03-12');
    await user.selectOptions(returnee.getByRole('combobox', { name: 'Sex' }), 'MALE');
    await choose(user, field('returnee.citizenship'), 'Ira', 'Iraq');
    await choose(user, field('returnee.languages'), 'Central', 'Central Kurdish');
    await enter(user, returnee.getByRole('textbox', { name: /^Identity number/ }), '19880312-1234');
    await user.selectOptions(returnee.getByRole('combobox', { name: /^Language for documents/ }), 'so');

    const contact = within(screen.getByRole('group', { name: 'Contact' }));
    await enter(user, contact.getByRole('textbox', { name: 'Phone' }), '+46 70 123 45 67');

    await user.click(screen.getByRole('button', { name: 'Add household member' }));
    const member = within(screen.getByRole('group', { name: 'Household member 1' }));
    await enter(user, member.getByRole('textbox', { name: 'First name' }), 'Shilan');
    await enter(user, member.getByRole('textbox', { name: 'Last name' }), 'Karim');
    await user.selectOptions(member.getByRole('combobox', { name: 'Relation to the returnee' }), 'CHILD');
    await user.selectOptions(member.getByRole('combobox', { name: 'Sex' }), 'FEMALE');
    await user.click(member.getByRole('checkbox', { name: 'Travels with the returnee' }));
    // A second row, added and removed again, leaves no trace.
    await user.click(screen.getByRole('button', { name: 'Add household member' }));
    await user.click(within(screen.getByRole('group', { name: 'Household member 2' })).getByRole('button', { name: 'Remove' }));

    await enter(user, screen.getByRole('textbox', { name: /^Needs after the return/ }), 'Housing');
    expect(screen.getByTestId('health-sensitive-note')).toHaveTextContent('sensitive');
    await enter(user, screen.getByRole('textbox', { name: 'Health information' }), 'Diabetes');

    const destination = within(screen.getByRole('group', { name: 'Destination and responsibility' }));
    await choose(user, field('destinationCountry'), 'Iraq', 'Iraq');
    await enter(user, destination.getByRole('textbox', { name: /^Municipality or town/ }), 'Baghdad');
    await user.type(destination.getByLabelText('Planned departure'), '2026-05-04');
    await choose(user, field('responsibleCaseworkerId'), 'Bil', 'Bilal Rahimi');

    await user.click(screen.getByRole('button', { name: 'Create case' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-42'));
    expect(sent).toEqual({
      returnee: {
        firstName: 'Hawre',
        lastName: 'Karim',
        dateOfBirth: '1988-03-12',
        sex: 'MALE',
        citizenship: 'IQ',
        languages: ['ckb'],
        identityNumber: '19880312-1234',
        documentLanguage: 'so',
      },
      contact: { phone: '+46 70 123 45 67', email: null, addressInSweden: null, notes: null },
      household: [
        { firstName: 'Shilan', lastName: 'Karim', dateOfBirth: null, sex: 'FEMALE', relation: 'CHILD', identityNumber: null, travels: false },
      ],
      needs: 'Housing',
      health: { information: 'Diabetes', vulnerabilities: [] },
      destinationCountry: 'IQ',
      destinationPlace: 'Baghdad',
      plannedDeparture: '2026-05-04',
      responsibleCaseworkerId: 'user-bilal',
    });
    expect(await screen.findByText('Case STO-2026-0042 has been created.')).toBeInTheDocument();
  });

  it('asks for what is missing without asking the server', async () => {
    const { user } = renderApp({ path: '/cases/new', session: signedIn(['CASEWORKER']), mocks: [caseworkers] });

    await user.click(await screen.findByRole('button', { name: 'Create case' }));

    const returnee = within(screen.getByRole('group', { name: 'Returnee' }));
    const firstName = returnee.getByRole('textbox', { name: 'First name' });
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(firstName).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /^Municipality or town/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it("puts the server's refusal of the identity number on that field and keeps everything typed", async () => {
    const message = 'Personnumrets kontrollsiffra stämmer inte.';
    const { user } = createCaseAnswered({ result: graphQLError(message, 'BAD_USER_INPUT', { field: 'input.returnee.identityNumber' }) });

    await fillMinimal(user);
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    const identityNumber = screen.getByTestId('identity-number');
    await waitFor(() => expect(identityNumber).toHaveAttribute('aria-invalid', 'true'));
    expect(identityNumber).toHaveAccessibleDescription(expect.stringContaining(message));
    await waitFor(() => expect(identityNumber).toHaveFocus());
    expect(identityNumber).toHaveValue('19880312-1235');
    const returnee = within(screen.getByRole('group', { name: 'Returnee' }));
    expect(returnee.getByRole('textbox', { name: 'First name' })).not.toHaveAttribute('aria-invalid');
    expect(returnee.getByRole('textbox', { name: 'First name' })).toHaveValue('Hawre');
    expect(screen.queryByTestId('save-failed')).not.toBeInTheDocument();
  });

  it('places a refusal that names only the field ("identityNumber") on the returnee\'s number', async () => {
    const message = 'Invalid personal identity number.';
    const { user } = createCaseAnswered({ result: graphQLError(message, 'BAD_USER_INPUT', { field: 'identityNumber' }) });

    await fillMinimal(user);
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    await waitFor(() => expect(screen.getByTestId('identity-number')).toHaveAccessibleDescription(expect.stringContaining(message)));
  });

  it('keeps what was typed when the network fails, and says so', async () => {
    const { user, router } = createCaseAnswered({ error: new TypeError('Failed to fetch') });

    await fillMinimal(user);
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    const alert = await screen.findByTestId('save-failed');
    expect(alert).toHaveTextContent('The case could not be created');
    expect(alert).toHaveTextContent('Cirkel could not be reached.');
    expect(alert).toHaveTextContent('Nothing you entered has been lost');
    expect(router.state.location.pathname).toBe('/cases/new');
    const returnee = within(screen.getByRole('group', { name: 'Returnee' }));
    expect(returnee.getByRole('textbox', { name: 'First name' })).toHaveValue('Hawre');
    expect(returnee.getByRole('textbox', { name: 'Last name' })).toHaveValue('Karim');
    expect(screen.getByTestId('identity-number')).toHaveValue('19880312-1235');
    expect(screen.getByRole('textbox', { name: /^Municipality or town/ })).toHaveValue('Baghdad');
  });

  it('hints at the format of a Swedish personal identity number without refusing others', async () => {
    const { user } = renderApp({ path: '/cases/new', session: signedIn(['CASEWORKER']), mocks: [caseworkers] });

    const field = await screen.findByTestId('identity-number');
    await user.type(field, '1988031-12');
    expect(screen.getByTestId('identity-number-hint')).toHaveTextContent('YYYYMMDD-NNNN');
    await user.clear(field);
    await user.type(field, 'BA 1203988170012');
    expect(screen.queryByTestId('identity-number-hint')).not.toBeInTheDocument();
  });
});
