import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import {
  addContactPersonMutation,
  changeContactStatusMutation,
  contactOrganisationQuery,
  contactTimelineQuery,
  removeContactOrganisationMutation,
  removeContactPersonMutation,
} from './contacts-operations';
import { contactDetail, person, timelinePage } from './contact-test-data';
import { answering } from '../../../test/mutation-mocks';

const hodan = person('p1', 'Hodan Warsame', { roleTitle: 'Ordförande', phone: '+46 70 123 45 67', email: 'hodan@hiddo.example', preferredLanguage: 'so' });
const base = { id: 'c1', name: 'Föreningen Hiddo iyo Dhaqan' };
const contact = contactDetail({
  ...base,
  status: 'CONTACTED',
  people: [hodan],
  letter: true,
  history: [
    { id: 'h2', from: 'PROSPECT', to: 'CONTACTED', note: 'Första mötet i Rinkeby' },
    { id: 'h1', from: null, to: 'PROSPECT' },
  ],
});
const loaded = (value: ReturnType<typeof contactDetail>) => ({
  request: { query: contactOrganisationQuery, variables: { id: 'c1' } },
  result: { data: { contactOrganisation: value } },
});
const timeline = {
  request: { query: contactTimelineQuery, variables: { first: 10, filter: { contactOrganisationId: 'c1' } } },
  result: timelinePage([
    { id: 'a2', title: 'Informationsmöte om återvandringsstöd', heldOn: '2026-10-14' },
    { id: 'a1', title: 'Telefonsamtal med ordföranden', heldOn: '2026-03-02' },
  ]),
};

function openContact(mocks: RenderAppOptions['mocks'], session = signedIn(['CASEWORKER'])) {
  return renderApp({ path: '/contacts/c1', session, mocks });
}

describe('contact page', () => {
  it('shows the details, status history, people, letter and outreach timeline newest first', async () => {
    openContact([loaded(contact), timeline]);
    expect(await screen.findByRole('heading', { level: 1, name: /Föreningen Hiddo iyo Dhaqan/ })).toBeInTheDocument();
    expect(screen.getAllByTestId('contact-status')[0]).toHaveTextContent('Contacted');
    expect(screen.getByTestId('contact-countries')).toHaveTextContent('Somalia');
    expect(screen.getByTestId('contact-letter')).toHaveTextContent('avsiktsforklaring.pdf');

    const history = screen.getAllByTestId('status-history-entry');
    expect(history[0]).toHaveTextContent('Prospect → Contacted');
    expect(history[0]).toHaveTextContent('Amra Hodžić');
    expect(history[0]).toHaveTextContent('Första mötet i Rinkeby');
    expect(history[1]).toHaveTextContent('Started as Prospect');

    const people = within(screen.getByTestId('contact-people'));
    // Names in Unicode isolates, so that an Arabic name keeps its direction in any sentence.
    expect(people.getByTestId('person-name').textContent).toBe('\u2068Hodan Warsame\u2069');
    expect(people.getByRole('link', { name: 'hodan@hiddo.example' })).toHaveAttribute('href', 'mailto:hodan@hiddo.example');
    expect(people.getByText(/Somali/)).toBeInTheDocument();

    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries.map((entry) => within(entry).getByText(/^(Informationsmöte|Telefonsamtal)/).textContent)).toEqual([
      'Informationsmöte om återvandringsstöd',
      'Telefonsamtal med ordföranden',
    ]);
    expect(entries[0]).toHaveTextContent('Information meeting');
    expect(entries[0]).toHaveTextContent('Return support rules');
    expect(entries[0]).toHaveTextContent('14 participants');
  });

  it('moves the cooperation status with a note', async () => {
    let sent: unknown;
    const cooperating = contactDetail({
      ...base,
      status: 'COOPERATING',
      people: [hodan],
      history: [
        { id: 'h3', from: 'CONTACTED', to: 'COOPERATING', note: 'Avsiktsförklaring undertecknad' },
        { id: 'h2', from: 'PROSPECT', to: 'CONTACTED' },
        { id: 'h1', from: null, to: 'PROSPECT' },
      ],
    });
    const { user } = openContact([
      loaded(contact),
      timeline,
      answering(changeContactStatusMutation, (input) => (sent = input), { changeContactStatus: cooperating }),
    ]);
    await user.click(await screen.findByTestId('change-status'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Change the cooperation status' }));
    // The current status is no choice.
    expect(dialog.queryByRole('option', { name: 'Contacted' })).not.toBeInTheDocument();
    await user.selectOptions(dialog.getByTestId('new-status'), 'COOPERATING');
    await user.type(dialog.getByRole('textbox', { name: /^Note/ }), 'Avsiktsförklaring undertecknad');
    await user.click(dialog.getByRole('button', { name: 'Change status' }));
    await waitFor(() => expect(sent).toEqual({ id: 'c1', status: 'COOPERATING', note: 'Avsiktsförklaring undertecknad' }));
    expect(await screen.findByText('The status is now “Cooperating”.')).toBeInTheDocument();
    expect(screen.getAllByTestId('status-history-entry')[0]).toHaveTextContent('Contacted → Cooperating');
  });

  it('adds a contact person, and removes one after asking', async () => {
    let added: unknown;
    const warsan = person('p2', 'وارسان علي', { preferredLanguage: 'ar' });
    const withBoth = contactDetail({ ...base, status: 'CONTACTED', people: [hodan, warsan] });
    const withWarsan = contactDetail({ ...base, status: 'CONTACTED', people: [warsan] });
    const { user } = openContact([
      loaded(contact),
      timeline,
      answering(addContactPersonMutation, (input) => (added = input), { addContactPerson: warsan }),
      loaded(withBoth),
      { request: { query: removeContactPersonMutation, variables: { id: 'p1' } }, result: { data: { removeContactPerson: withWarsan } } },
    ]);
    await user.click(await screen.findByTestId('add-person'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add a contact person' }));
    await user.type(dialog.getByRole('textbox', { name: /^Name/ }), 'وارسان علي');
    await user.selectOptions(dialog.getByRole('combobox', { name: /^Preferred language/ }), 'ar');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(added).toEqual({ contactOrganisationId: 'c1', name: 'وارسان علي', roleTitle: null, phone: null, email: null, preferredLanguage: 'ar' }),
    );
    await waitFor(() => expect(screen.getAllByTestId('contact-person')).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Remove Hodan Warsame' }));
    const confirm = within(await screen.findByRole('dialog', { name: 'Remove this contact person?' }));
    expect(confirm.getByText(/is removed from the directory for good/)).toBeInTheDocument();
    await user.click(confirm.getByTestId('confirm-remove-person'));
    await waitFor(() => expect(screen.getAllByTestId('contact-person')).toHaveLength(1));
    expect(screen.getByTestId('person-name')).toHaveTextContent('وارسان علي');
    expect(screen.getByText(/Hodan Warsame.*was removed\./)).toBeInTheDocument();
  });

  it("says that a contact with history was archived instead of removed", async () => {
    const archived = contactDetail({ ...base, status: 'CONTACTED', people: [hodan], archived: true });
    const { user } = openContact([
      loaded(contact),
      timeline,
      { request: { query: removeContactOrganisationMutation, variables: { id: 'c1' } }, result: { data: { removeContactOrganisation: { __typename: 'RemovedContactOrganisation', id: 'c1', archived: true } } } },
      loaded(archived),
    ]);
    await user.click(await screen.findByTestId('remove-contact'));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove this contact?' })).getByTestId('confirm-remove-contact'));
    expect(await screen.findByText(/has outreach history, so it was archived instead of deleted/)).toBeInTheDocument();
    expect(await screen.findByTestId('contact-archived-notice')).toBeInTheDocument();
    expect(screen.getByTestId('restore-contact')).toBeInTheDocument();
  });

  it('downloads the letter of intent with the session token', async () => {
    const download = vi.fn(async () => new Response(new Blob(['%PDF']), { status: 200, headers: { 'content-type': 'application/pdf' } }));
    vi.stubGlobal('fetch', download);
    URL.createObjectURL = vi.fn(() => 'blob:letter');
    URL.revokeObjectURL = vi.fn();
    const { user } = openContact([loaded(contact), timeline]);
    await user.click(await screen.findByTestId('download-letter'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(download.mock.calls[0]).toEqual(['/attachments/file-1', { headers: expect.objectContaining({ authorization: 'Bearer token-1' }) }]);
  });
});
