import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { withoutIsolates } from '../../components/bidi-isolate';
import { caseQuery, createCaseMutation, updateCaseMutation } from './case-operations';
import { sourceActivitiesQuery, sourceConsultationsQuery, sourceContactsQuery } from './case-source-operations';
import { anna, baghdad, bilal, caseDetails, stockholm } from './case-test-fixtures';
import { caseworkersQuery, referralPartnersQuery } from './cases-operations';
import { answering } from '../../../test/mutation-mocks';

// The source of a case (issue 12, point 4) on the case form and the case page: the form sends the
// kind and only what it names; the page shows it to the owner with links, and a partner nothing.

const caseworkers = { request: { query: caseworkersQuery }, result: { data: { caseworkers: [anna, bilal] } } };
const partners = { request: { query: referralPartnersQuery }, result: { data: { referralPartners: [baghdad] } } };
const always = Number.POSITIVE_INFINITY;

const contactNode = (id: string, name: string, kind: string) => ({ __typename: 'ContactOrganisation' as const, id, name, kind });
const edges = (typename: string, nodes: object[]) => ({
  __typename: typename,
  edges: nodes.map((node) => ({ __typename: `${typename.replace(/Connection$/, '')}Edge`, node })),
});

const hearth = contactNode('contact-hearth', 'Somali Hearth Rinkeby', 'IMMIGRANT_ASSOCIATION');
const tigris = contactNode('contact-tigris', 'Tigris Cultural Circle', 'IMMIGRANT_ASSOCIATION');
const agency = contactNode('contact-agency', 'Migrationsverket', 'AUTHORITY');
const activity = {
  __typename: 'OutreachActivity' as const,
  id: 'activity-7',
  title: 'Information evening on return',
  heldOn: '2026-10-01',
  contacts: [{ __typename: 'ContactOrganisation' as const, id: hearth.id, name: hearth.name }],
};

/** The directory as the picker asks for it: everything, or what matches the text searched. */
const contacts = {
  request: { query: sourceContactsQuery, variables: () => true },
  maxUsageCount: always,
  result: (variables: { filter?: { text?: string } }) => {
    const all = [hearth, tigris, agency];
    const text = variables.filter?.text?.toLowerCase();
    const found = text ? all.filter((node) => node.name.toLowerCase().includes(text)) : all;
    return { data: { contactOrganisations: edges('ContactOrganisationConnection', found) } };
  },
};
const activities = {
  request: { query: sourceActivitiesQuery, variables: { first: 50 } },
  maxUsageCount: always,
  result: { data: { outreachActivities: edges('OutreachActivityConnection', [activity]) } },
};
const consultations = {
  request: { query: sourceConsultationsQuery, variables: { first: 50 } },
  maxUsageCount: always,
  result: { data: { staffConsultations: edges('StaffConsultationConnection', []) } },
};

function field(path: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-path="${path}"]`);
  if (!found) throw new Error(`no field ${path}`);
  return found;
}

async function enter(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function fillMinimal(user: UserEvent) {
  const returnee = within(await screen.findByRole('group', { name: 'Returnee' }));
  await enter(user, returnee.getByRole('textbox', { name: 'First name' }), 'Hodan');
  await enter(user, returnee.getByRole('textbox', { name: 'Last name' }), 'Warsame');
  await user.selectOptions(returnee.getByRole('combobox', { name: 'Sex' }), 'FEMALE');
  await user.click(field('destinationCountry'));
  await user.type(field('destinationCountry'), 'Somalia');
  await user.click(await screen.findByRole('option', { name: 'Somalia' }));
  await enter(user, screen.getByRole('textbox', { name: /^Municipality or town/ }), 'Hargeisa');
}

function newCase(sent: { input?: Record<string, unknown> }) {
  return renderApp({
    path: '/cases/new',
    session: signedIn(['CASEWORKER']),
    mocks: [
      caseworkers,
      contacts,
      activities,
      consultations,
      answering(createCaseMutation, (input) => (sent.input = input), { createCase: caseDetails() }),
      { request: { query: caseQuery, variables: { id: 'case-42' } }, result: { data: { case: caseDetails() } } },
      partners,
    ],
  });
}

/** The new-case form with the least filled in; `create()` sends it and waits for the case's page. */
async function newCaseFilledIn() {
  const sent: { input?: Record<string, unknown> } = {};
  const { user, router } = newCase(sent);
  await fillMinimal(user);
  const create = async () => {
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-42'));
  };
  return { user, sent, create };
}

describe('the source on the new-case form', () => {
  it('sends an outreach activity chosen from the newest ones, shown with its day and associations', async () => {
    const { user, sent, create } = await newCaseFilledIn();
    const source = within(screen.getByRole('group', { name: 'How the returnee came to us' }));
    await user.selectOptions(source.getByRole('combobox', { name: /^Came through/ }), 'OUTREACH_ACTIVITY');
    await user.click(field('source.outreachActivityId'));
    const option = await screen.findByRole('option', { name: /Information evening on return/ });
    expect(withoutIsolates(option.textContent ?? '')).toBe('1 Oct 2026 · Information evening on return — Somali Hearth Rinkeby');
    await user.click(option);
    await create();
    expect(sent.input?.source).toEqual({ kind: 'OUTREACH_ACTIVITY', outreachActivityId: 'activity-7' });
  });

  it('searches the directory for an association and sends only the entry; an authority is not offered for an association', async () => {
    const { user, sent, create } = await newCaseFilledIn();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Came through/ }), 'ASSOCIATION');
    const picker = field('source.contactOrganisationId');
    await user.click(picker);
    expect(await screen.findByRole('option', { name: /Tigris Cultural Circle/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Migrationsverket/ })).not.toBeInTheDocument();
    await user.type(picker, 'Somali');
    await waitFor(() => expect(screen.queryByRole('option', { name: /Tigris/ })).not.toBeInTheDocument());
    await user.click(await screen.findByRole('option', { name: /Somali Hearth Rinkeby/ }));
    await create();
    expect(sent.input?.source).toEqual({ kind: 'ASSOCIATION', contactOrganisationId: 'contact-hearth' });
  });

  it('asks for the association before sending, and sends no source when none is recorded', async () => {
    const { user, sent, create } = await newCaseFilledIn();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Came through/ }), 'ASSOCIATION');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(field('source.contactOrganisationId')).toHaveAttribute('aria-invalid', 'true'));
    expect(sent.input).toBeUndefined();

    await user.selectOptions(screen.getByRole('combobox', { name: /^Came through/ }), '');
    await create();
    expect(sent.input).not.toHaveProperty('source');
  });
});

const attributed = caseDetails({
  source: {
    __typename: 'CaseSource',
    kind: 'CITY_DEPARTMENT',
    contactOrganisation: { __typename: 'ContactOrganisation', id: 'contact-soc', name: 'Socialtjänsten Rinkeby-Kista', kind: 'CITY_DEPARTMENT' },
    outreachActivity: null,
    staffConsultation: { __typename: 'StaffConsultation', id: 'consultation-3', heldOn: '2026-09-14', department: null, departmentContact: { __typename: 'ContactOrganisation', id: 'contact-soc', name: 'Socialtjänsten Rinkeby-Kista' } },
  },
});

describe('the source on the case page', () => {
  it('shows the owner where the returnee came from, with links to the entry and the consultation', async () => {
    renderApp({
      path: '/cases/case-42',
      session: signedIn(['CASEWORKER']),
      mocks: [{ request: { query: caseQuery, variables: { id: 'case-42' } }, result: { data: { case: attributed } } }, partners],
    });
    const card = within(await screen.findByTestId('case-source-card'));
    expect(card.getByText('A city department')).toBeInTheDocument();
    expect(card.getByTestId('case-source-contact')).toHaveAttribute('href', '/contacts/contact-soc');
    expect(card.getByTestId('case-source-consultation')).toHaveAttribute('href', '/staff-support/consultation-3');
    expect(withoutIsolates(card.getByTestId('case-source-consultation').textContent ?? '')).toBe('14 Sept 2026 · Socialtjänsten Rinkeby-Kista');
  });

  it('a partner sees no source card', async () => {
    const partnerView = caseDetails({ viewerIsOwner: false, organisation: stockholm, allowedTransitions: [], source: null });
    renderApp({
      path: '/cases/case-42',
      session: signedIn(['PARTNER_CASEWORKER']),
      mocks: [{ request: { query: caseQuery, variables: { id: 'case-42' } }, result: { data: { case: partnerView } } }],
    });
    expect(await screen.findByTestId('partner-view-note')).toBeInTheDocument();
    expect(screen.queryByTestId('case-source-card')).not.toBeInTheDocument();
  });

  it('an edit that clears the source sends it as null; an edit of something else does not send it', async () => {
    const sent: Array<Record<string, unknown>> = [];
    const { user } = renderApp({
      path: '/cases/case-42',
      session: signedIn(['CASEWORKER']),
      mocks: [
        { request: { query: caseQuery, variables: { id: 'case-42' } }, result: { data: { case: attributed } }, maxUsageCount: always },
        partners,
        caseworkers,
        contacts,
        consultations,
        answering(updateCaseMutation, (input) => sent.push(input), { updateCase: attributed }, always),
      ],
    });
    await user.click(await screen.findByTestId('edit-case'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit case STO-2026-0042' }));
    expect(dialog.getByRole('combobox', { name: /^Came through/ })).toHaveValue('CITY_DEPARTMENT');
    await user.click(dialog.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).not.toHaveProperty('source');

    await user.click(await screen.findByTestId('edit-case'));
    const again = within(await screen.findByRole('dialog', { name: 'Edit case STO-2026-0042' }));
    await user.selectOptions(again.getByRole('combobox', { name: /^Came through/ }), '');
    await user.click(again.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toHaveProperty('source', null);
  });
});
