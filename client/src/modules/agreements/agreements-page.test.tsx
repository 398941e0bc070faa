import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import { agreementsQuery, partnerDirectoryQuery, proposeAgreementMutation } from './agreement-operations';
import { agreementConnection, agreementDetail, agreementListItem, directory } from './agreement-test-data';

const firstPage = { first: 20 };
const directoryRequest = { request: { query: partnerDirectoryQuery, variables: { first: 100 } }, result: directory };

const seeded = [
  agreementListItem({ id: 'a1', title: 'Stockholm–Baghdad referrals', status: 'IN_FORCE', referenceNumber: 'KS 2025/0311' }),
  agreementListItem({
    id: 'a2',
    title: 'Letter of intent Stockholm–Gothenburg',
    status: 'EXPIRED',
    referenceNumber: 'KS 2012/0815',
    scopes: ['REFERRALS', 'SUPERVISION', 'REPORTING'],
    validFrom: '2013-01-01',
    validTo: '2014-12-31',
    responseTimeDays: 1,
    parties: [
      ['sto', '2012-08-20T10:00:00.000Z'],
      ['got', '2012-08-24T10:00:00.000Z'],
    ],
  }),
  agreementListItem({
    id: 'a3',
    title: 'Stockholm–Prijedor follow-up',
    status: 'PROPOSED',
    parties: [
      ['pri', '2026-02-01T10:00:00.000Z'],
      ['sto', null],
    ],
    viewerCanConfirm: true,
  }),
];

/** The agreements page, as a coordinator unless the test says who. */
function openAgreements(mocks: RenderAppOptions['mocks'], session = signedIn(['COORDINATOR'])) {
  return renderApp({ path: '/agreements', session, mocks });
}

type User = ReturnType<typeof renderApp>['user'];

/** From the empty list, the proposal dialog's content. */
async function openProposalForm(user: User) {
  await screen.findByTestId('agreements-empty');
  await user.click(screen.getAllByRole('button', { name: 'Propose agreement' })[0]!);
  return within(await screen.findByRole('dialog', { name: 'Propose a cooperation agreement' }));
}

/** Types the reference number and the title, and opens the partner list once the directory has loaded. */
async function typeReferenceAndTitle(user: User, form: ReturnType<typeof within>, input: { referenceNumber: string; title: string }) {
  await user.click(form.getByRole('textbox', { name: /^Reference number/ }));
  await user.paste(input.referenceNumber);
  await user.click(form.getByRole('textbox', { name: /^Title/ }));
  await user.paste(input.title);
  const partners = form.getByRole('combobox', { name: /^Partner organisations/ });
  await waitFor(() => expect(partners).toBeEnabled());
  await user.click(partners);
  return partners;
}

describe('agreements page', () => {
  it('lists the agreements with translated statuses, scopes, parties and dates', async () => {
    openAgreements([{ request: { query: agreementsQuery, variables: firstPage }, result: agreementConnection(seeded) }], signedIn(['CASEWORKER'], { language: 'sv' }));

    const rows = await screen.findAllByTestId('agreement-row');
    expect(rows.map((row) => within(row).getByTestId('agreement-status').textContent)).toEqual(['Gäller', 'Har löpt ut', 'Föreslaget']);
    const expired = within(rows[1]!);
    expect(expired.getByRole('link', { name: 'Letter of intent Stockholm–Gothenburg' })).toHaveAttribute('href', '/agreements/a2');
    expect(expired.getByText('KS 2012/0815')).toBeInTheDocument();
    expect(expired.getByText('Göteborgs stad')).toBeInTheDocument();
    expect(within(expired.getByTestId('agreement-scopes')).getAllByText(/.+/).map((badge) => badge.textContent)).toEqual([
      'Remisser',
      'Handledning',
      'Rapportering',
    ]);
    expect(expired.getByText(/2013/)).toHaveTextContent(/1 jan\. 2013.*31 dec\. 2014/);
    expect(expired.getByText('1 dag att svara')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('7 dagar att svara')).toBeInTheDocument();
    expect(within(rows[2]!).getByTestId('awaiting-you')).toHaveTextContent('Väntar på er bekräftelse');
    expect(within(rows[0]!).queryByTestId('awaiting-you')).not.toBeInTheDocument();
    // Only coordinators propose.
    expect(screen.queryByRole('button', { name: 'Föreslå avtal' })).not.toBeInTheDocument();
  });

  it('translates statuses into Arabic and Bosnian', async () => {
    const arabic = openAgreements([{ request: { query: agreementsQuery, variables: firstPage }, result: agreementConnection(seeded) }], signedIn(['CASEWORKER'], { language: 'ar' }));
    expect((await screen.findAllByTestId('agreement-status')).map((badge) => badge.textContent)).toEqual(['سارية', 'منتهية', 'مقترحة']);
    arabic.unmount();

    openAgreements([{ request: { query: agreementsQuery, variables: firstPage }, result: agreementConnection(seeded) }], signedIn(['CASEWORKER'], { language: 'bs' }));
    expect((await screen.findAllByTestId('agreement-status')).map((badge) => badge.textContent)).toEqual(['Na snazi', 'Istekao', 'Predložen']);
  });

  it('says so when the organisation has no agreements, and offers coordinators to propose one', async () => {
    openAgreements([{ request: { query: agreementsQuery, variables: firstPage }, result: agreementConnection([]) }]);
    const empty = await screen.findByTestId('agreements-empty');
    expect(within(empty).getByText('No agreements yet')).toBeInTheDocument();
    expect(within(empty).getByRole('button', { name: 'Propose agreement' })).toBeInTheDocument();
  });

  it('sends a proposal with the chosen partners, scopes, dates and response time', async () => {
    let sent: unknown;
    const input = {
      referenceNumber: 'KS 2026/0142',
      title: 'Stockholm–Prijedor referrals',
      partnerIds: ['org-pri', 'org-bgw'],
      scopes: ['REFERRALS', 'FOLLOW_UP'],
      validFrom: '2026-04-01',
      validTo: '2027-03-31',
      responseTimeDays: 10,
    };
    const proposed = agreementDetail({
      id: 'a9',
      title: input.title,
      referenceNumber: input.referenceNumber,
      status: 'PROPOSED',
      parties: [
        ['sto', '2026-03-01T10:00:00.000Z'],
        ['pri', null],
        ['bgw', null],
      ],
      viewerCanTerminate: true,
    });
    const { user } = openAgreements([
      { request: { query: agreementsQuery, variables: firstPage }, result: agreementConnection([]) },
      directoryRequest,
      {
        request: { query: proposeAgreementMutation, variables: { input } },
        result: (variables) => {
          sent = variables.input;
          return { data: { proposeAgreement: proposed } };
        },
      },
      { request: { query: agreementsQuery, variables: firstPage }, result: agreementConnection([agreementListItem({ id: 'a9', title: input.title, status: 'PROPOSED' })]) },
    ]);

    const form = await openProposalForm(user);
    const partners = await typeReferenceAndTitle(user, form, input);
    // The directory without the proposer's own organisation.
    expect(screen.queryByRole('option', { name: 'Stockholms stad, Frivillig återvandring' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Općina Prijedor' }));
    await user.click(partners);
    await user.click(await screen.findByRole('option', { name: 'CLDD Baghdad' }));

    await user.click(form.getByRole('checkbox', { name: /^Referrals/ }));
    await user.click(form.getByRole('checkbox', { name: /^Follow-up/ }));
    fireEvent.change(form.getByLabelText(/^Valid from/), { target: { value: input.validFrom } });
    fireEvent.change(form.getByLabelText(/^Valid to/), { target: { value: input.validTo } });
    const responseTime = form.getByRole('textbox', { name: /^Days to answer a referral/ });
    expect(responseTime).toHaveValue('7');
    await user.clear(responseTime);
    await user.type(responseTime, '10');

    await user.click(form.getByRole('button', { name: 'Propose agreement' }));

    await waitFor(() => expect(sent).toEqual(input));
    expect(await screen.findByText('Agreement KS 2026/0142 was proposed. It waits for the partners to confirm it.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: input.title })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('checks the form before sending: required fields, and a start no later than the end', async () => {
    const { user } = openAgreements([{ request: { query: agreementsQuery, variables: firstPage }, result: agreementConnection([]) }, directoryRequest]);
    const form = await openProposalForm(user);

    await user.click(form.getByRole('button', { name: 'Propose agreement' }));
    expect(form.getByRole('textbox', { name: /^Reference number/ })).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByText('Choose at least one partner organisation.')).toBeInTheDocument();
    expect(form.getByText('Choose at least one scope.')).toBeInTheDocument();

    fireEvent.change(form.getByLabelText(/^Valid from/), { target: { value: '2026-06-01' } });
    fireEvent.change(form.getByLabelText(/^Valid to/), { target: { value: '2026-05-31' } });
    await user.click(form.getByRole('button', { name: 'Propose agreement' }));
    const validTo = form.getByLabelText(/^Valid to/);
    expect(validTo).toHaveAttribute('aria-invalid', 'true');
    expect(validTo).toHaveAccessibleDescription('The end date must be on or after the start date.');
    expect(form.getByLabelText(/^Valid from/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it("puts the server's refusal on the field it names, and keeps the form when the network fails", async () => {
    const input = {
      referenceNumber: 'KS 2025/0311',
      title: 'Duplicate',
      partnerIds: ['org-bgw'],
      scopes: ['REFERRALS'],
      validFrom: '2026-04-01',
      validTo: '2026-04-01',
      responseTimeDays: 7,
    };
    const message = 'Det finns redan ett avtal med det diarienumret.';
    const { user } = openAgreements([
      { request: { query: agreementsQuery, variables: firstPage }, result: agreementConnection([]) },
      directoryRequest,
      {
        request: { query: proposeAgreementMutation, variables: { input } },
        result: graphQLError(message, 'BAD_USER_INPUT', { field: 'input.referenceNumber' }),
      },
      { request: { query: proposeAgreementMutation, variables: { input } }, error: new Error('offline') },
    ]);
    const form = await openProposalForm(user);
    const reference = form.getByRole('textbox', { name: /^Reference number/ });
    const partners = await typeReferenceAndTitle(user, form, input);
    await user.click(await screen.findByRole('option', { name: 'CLDD Baghdad' }));
    await user.click(form.getByRole('checkbox', { name: /^Referrals/ }));
    fireEvent.change(form.getByLabelText(/^Valid from/), { target: { value: input.validFrom } });
    fireEvent.change(form.getByLabelText(/^Valid to/), { target: { value: input.validTo } });
    await user.click(form.getByRole('button', { name: 'Propose agreement' }));

    await waitFor(() => expect(reference).toHaveAttribute('aria-invalid', 'true'));
    expect(reference).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(form.getByRole('textbox', { name: /^Title/ })).not.toHaveAttribute('aria-invalid', 'true');

    await user.click(form.getByRole('button', { name: 'Propose agreement' }));
    const alert = await form.findByRole('alert');
    expect(alert).toHaveTextContent('Cirkel could not be reached');
    expect(alert).toHaveTextContent('What you typed is still here');
    expect(reference).toHaveValue(input.referenceNumber);
    expect(form.getByRole('textbox', { name: /^Title/ })).toHaveValue(input.title);
    expect(form.getByRole('checkbox', { name: /^Referrals/ })).toBeChecked();
  });
});
