import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { onAPhone } from '../../../test/phone-screen';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import { contactDistrictsQuery, contactOrganisationQuery, contactOrganisationsQuery, createContactOrganisationMutation } from './contacts-operations';
import { contactConnection, contactDetail, contactListItem } from './contact-test-data';
import { answering } from '../../../test/mutation-mocks';

const districts = { request: { query: contactDistrictsQuery }, result: { data: { contactDistricts: ['Rinkeby-Kista', 'Spånga-Tensta'] } } };
const listRequest = (filter: Record<string, unknown>, nodes: ReturnType<typeof contactListItem>[]) => ({
  request: { query: contactOrganisationsQuery, variables: { first: 20, filter } },
  result: contactConnection(nodes),
});

const seeded = [
  contactListItem({ id: 'c1', name: 'Föreningen Hiddo iyo Dhaqan', focusCountries: ['SO'] }),
  contactListItem({ id: 'c2', name: 'Migrationsverket', kind: 'AUTHORITY', status: 'COOPERATING', focusCountries: [], district: null }),
  contactListItem({ id: 'c3', name: 'جمعية الرافدين الثقافية', status: 'PROSPECT', focusCountries: ['IQ'], district: 'Spånga-Tensta' }),
];

function openContacts(mocks: RenderAppOptions['mocks'], session = signedIn(['CASEWORKER']), path = '/contacts') {
  return renderApp({ path, session, mocks });
}

describe('contacts directory', () => {
  it('lists the directory with kinds, countries, districts and statuses in the interface language', async () => {
    openContacts([districts, listRequest({}, seeded)], signedIn(['CASEWORKER'], { language: 'sv' }));
    const rows = await screen.findAllByTestId('contact-row');
    expect(rows).toHaveLength(3);
    const first = within(rows[0]!);
    expect(first.getByRole('link', { name: /Föreningen Hiddo iyo Dhaqan/ })).toHaveAttribute('href', '/contacts/c1');
    expect(first.getByText('Invandrarförening')).toBeInTheDocument();
    expect(first.getByText('Somalia')).toBeInTheDocument();
    expect(first.getByTestId('contact-status')).toHaveTextContent('Kontaktad');
    expect(within(rows[1]!).getByTestId('contact-status')).toHaveTextContent('Samarbetar');
    expect(within(rows[2]!).getByText('Irak')).toBeInTheDocument();
    expect(screen.getByTestId('contacts-count')).toHaveTextContent('Visar 3 av 3 kontakter');
  });

  it('sends the chosen kind, status, district and name to the server, and reads them from the address', async () => {
    const { user, router } = openContacts([
      districts,
      listRequest({}, seeded),
      listRequest({ kind: 'IMMIGRANT_ASSOCIATION' }, [seeded[0]!]),
      listRequest({ kind: 'IMMIGRANT_ASSOCIATION', status: 'PROSPECT' }, []),
      listRequest({ kind: 'IMMIGRANT_ASSOCIATION', status: 'PROSPECT', district: 'Spånga-Tensta' }, [seeded[2]!]),
      listRequest({ kind: 'IMMIGRANT_ASSOCIATION', status: 'PROSPECT', district: 'Spånga-Tensta', text: 'rafidain' }, [seeded[2]!]),
    ]);
    await screen.findAllByTestId('contact-row');
    await user.selectOptions(screen.getByTestId('contacts-filter-kind'), 'IMMIGRANT_ASSOCIATION');
    await waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('contacts-filter-status'), 'PROSPECT');
    expect(await screen.findByTestId('contacts-empty')).toHaveTextContent('No contact matches');
    await waitFor(() => expect(screen.getByTestId('contacts-filter-district')).toHaveTextContent('Spånga-Tensta'));
    await user.selectOptions(screen.getByTestId('contacts-filter-district'), 'Spånga-Tensta');
    expect(await screen.findByRole('link', { name: /جمعية الرافدين الثقافية/ })).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('contacts-filter-text'), { target: { value: 'rafidain' } });
    await waitFor(() => expect(router.state.location.search).toContain('q=rafidain'));
    expect(router.state.location.search).toBe('?kind=IMMIGRANT_ASSOCIATION&status=PROSPECT&district=Sp%C3%A5nga-Tensta&q=rafidain');
    await waitFor(() => expect(screen.getByTestId('contacts-count')).toHaveTextContent('Showing 1 of 1 contact'));
  });

  it('starts from the filters in the address, the country among them', async () => {
    openContacts([districts, listRequest({ country: 'IQ', includeArchived: true }, [seeded[2]!])], signedIn(['CASEWORKER']), '/contacts?country=iq&archived=1');
    expect(await screen.findAllByTestId('contact-row')).toHaveLength(1);
    expect(screen.getByTestId('contacts-filter-archived')).toBeChecked();
  });

  it('says when the directory could not be loaded', async () => {
    openContacts([districts, { request: { query: contactOrganisationsQuery, variables: { first: 20, filter: {} } }, error: new Error('offline') }]);
    expect(await screen.findByText('The contacts could not be loaded')).toBeInTheDocument();
  });

  it('creates a contact and opens its page', async () => {
    let sent: unknown;
    const created = contactDetail({ id: 'c9', name: 'Bosanski kulturni centar Sjever', kind: 'IMMIGRANT_ASSOCIATION', status: 'PROSPECT', focusCountries: [], languages: [], district: null });
    const { user, router } = openContacts([
      districts,
      listRequest({}, []),
      answering(createContactOrganisationMutation, (input) => (sent = input), { createContactOrganisation: created }),
      listRequest({}, [contactListItem({ id: 'c9', name: created.name })]),
      { request: { query: contactOrganisationQuery, variables: { id: 'c9' } }, result: { data: { contactOrganisation: created } } },
    ]);
    await user.click(await screen.findByTestId('new-contact'));
    const form = within(await screen.findByRole('dialog', { name: 'New contact' }));
    await user.type(form.getByRole('textbox', { name: /^Name/ }), created.name);
    await user.selectOptions(form.getByTestId('contact-kind'), 'IMMIGRANT_ASSOCIATION');
    await user.type(form.getByRole('textbox', { name: /^District/ }), '  Järva ');
    await user.click(form.getByRole('button', { name: 'Add contact' }));
    await waitFor(() =>
      expect(sent).toEqual({
        name: created.name,
        kind: 'IMMIGRANT_ASSOCIATION',
        status: 'PROSPECT',
        focusCountries: [],
        languages: [],
        district: 'Järva',
        address: null,
        website: null,
        letterOfIntentAttachmentId: null,
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/contacts/c9'));
    expect(await screen.findByText(/was added to the directory/)).toBeInTheDocument();
  });

  it("puts the server's refusal on its field, and points to the existing entry when the name is taken", async () => {
    const message = 'Write the website as an http(s) address.';
    const duplicate = 'The directory already has “Migrationsverket” of this kind.';
    const { user } = openContacts([
      districts,
      listRequest({}, []),
      { request: { query: createContactOrganisationMutation, variables: () => true }, result: graphQLError(message, 'BAD_USER_INPUT', { field: 'input.website' }) },
      { request: { query: createContactOrganisationMutation, variables: () => true }, result: graphQLError(duplicate, 'CONFLICT', { field: 'name', existingId: 'c2' }) },
    ]);
    await user.click(await screen.findByTestId('new-contact'));
    const form = within(await screen.findByRole('dialog', { name: 'New contact' }));
    const name = form.getByRole('textbox', { name: /^Name/ });
    await user.type(name, 'Migrationsverket');
    await user.selectOptions(form.getByTestId('contact-kind'), 'AUTHORITY');
    const website = form.getByRole('textbox', { name: /^Website/ });
    await user.type(website, 'ftp://x');
    await user.click(form.getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(website).toHaveAttribute('aria-invalid', 'true'));
    expect(website).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(name).not.toHaveAttribute('aria-invalid', 'true');

    await user.clear(website);
    await user.click(form.getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(form.getByText(duplicate)).toBeInTheDocument();
    expect(form.getByTestId('duplicate-link')).toHaveAttribute('href', '/contacts/c2');
  });

  it('is in the navigation of those who work with personal data, and not of analysts', async () => {
    const caseworker = openContacts([districts, listRequest({}, [])]);
    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
    caseworker.unmount();

    renderApp({ path: '/contacts', session: signedIn(['ANALYST']) });
    expect(await screen.findByRole('heading', { name: 'Not available to you' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main navigation' })).queryByRole('link', { name: 'Contacts' })).not.toBeInTheDocument();
  });

  describe('on a phone', () => {
    onAPhone();

    it('shows cards and folds the filters behind one button, in Arabic', async () => {
      const { user } = openContacts([districts, listRequest({}, seeded)], signedIn(['CASEWORKER'], { language: 'ar' }));
      const cards = await screen.findByTestId('list-cards');
      expect(within(cards).getAllByTestId('contact-row')).toHaveLength(3);
      expect(document.documentElement.dir).toBe('rtl');
      expect(screen.getByTestId('filters-panel')).not.toBeVisible();
      await user.click(screen.getByTestId('filters-toggle'));
      expect(screen.getByTestId('contacts-filter-kind')).toBeVisible();
      expect(within(cards).getAllByText('جمعية مهاجرين').length).toBeGreaterThan(0);
    });
  });
});
