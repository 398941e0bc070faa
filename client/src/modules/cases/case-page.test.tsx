import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import {
  caseAuditTrailQuery,
  caseQuery,
  changeCaseStatusMutation,
  recordConsentMutation,
  sendReferralMutation,
  updateCaseMutation,
} from './case-operations';
import { withoutIsolates } from '../../components/bidi-isolate';
import { anna, baghdad, bilal, caseDetails, consent, gothenburg, prijedor, referral } from './case-test-fixtures';
import { caseworkersQuery, referralPartnersQuery } from './cases-operations';
import { captureDownloads } from '../../../test/browser-downloads';
import { answering, refusing } from '../../../test/mutation-mocks';

const partners = { request: { query: referralPartnersQuery }, result: { data: { referralPartners: [baghdad, prijedor] } } };
const caseworkers = { request: { query: caseworkersQuery }, result: { data: { caseworkers: [anna, bilal] } } };
const theCase = (item = caseDetails()) => ({ request: { query: caseQuery, variables: { id: item.id } }, result: { data: { case: item } } });

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Case STO-2026-0042's page, as a caseworker of its office unless the test says who. */
function openCase(mocks: RenderAppOptions['mocks'], session = signedIn(['CASEWORKER'])) {
  return renderApp({ path: '/cases/case-42', session, mocks });
}

describe('case page', () => {
  it('shows the case to its owner: header, the person, household, needs, health, consent, referrals and history', async () => {
    const item = caseDetails({
      consents: [consent('consent-1', baghdad, ['IDENTITY', 'CONTACT'])],
      referrals: [referral('ref-1', prijedor, { status: 'DECLINED', declineReason: 'No housing available this month.', allowedActions: [] })],
    });
    openCase([theCase(item), partners]);

    expect(await screen.findByTestId('case-title')).toHaveTextContent('STO-2026-0042 · Hawre Karim');
    expect(screen.getByTestId('case-status')).toHaveTextContent('Intake');
    expect(screen.getByTestId('case-destination')).toHaveTextContent('To Baghdad, Iraq');
    expect(within(screen.getByTestId('returnee-card')).getByText('19880312-1234')).toBeInTheDocument();
    expect(within(screen.getByTestId('household-card')).getByText('Shilan Karim')).toBeInTheDocument();
    expect(within(screen.getByTestId('health-card')).getByText('Diabetes, needs insulin.')).toBeInTheDocument();
    const consents = within(screen.getByTestId('consents-card'));
    expect(consents.getByText('CLDD Baghdad')).toBeInTheDocument();
    expect(consents.getByText('Active')).toBeInTheDocument();
    const referrals = within(screen.getByTestId('referrals-card'));
    expect(referrals.getByText('Grad Prijedor')).toBeInTheDocument();
    expect(referrals.getByTestId('decline-reason')).toHaveTextContent('No housing available this month.');
    expect(within(screen.getByTestId('status-history-card')).getByText('Intake')).toBeInTheDocument();
    expect(screen.getByTestId('edit-case')).toBeInTheDocument();
    // The audit trail is for coordinators.
    expect(screen.queryByTestId('audit-trail-card')).not.toBeInTheDocument();
  });

  it('offers only referral partners, and only the sections their active consent covers', async () => {
    let sent: unknown;
    const item = caseDetails({
      consents: [
        consent('c-active', baghdad, ['IDENTITY', 'CONTACT']),
        consent('c-withdrawn', baghdad, ['HEALTH', 'NEEDS'], false),
        consent('c-prijedor', prijedor, ['IDENTITY', 'HOUSEHOLD'], false),
        // Consent alone is not enough: Gothenburg has no agreement in force for referrals.
        consent('c-gothenburg', gothenburg, ['IDENTITY']),
      ],
    });
    const { user } = openCase([
      theCase(item),
      partners,
      {
        request: { query: sendReferralMutation, variables: { input: { caseId: 'case-42', partnerId: baghdad.id, sections: ['CONTACT'] } } },
        result: (variables) => {
          sent = variables.input;
          return graphQLError('Samtycket täcker inte: Kontaktuppgifter.', 'CONSENT_MISSING', { missingSections: ['CONTACT'] });
        },
      },
    ]);

    await user.click(await screen.findByTestId('send-referral'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Send a referral' }));
    const partner = dialog.getByRole('combobox', { name: /^Partner organisation/ });
    const offered = [...partner.querySelectorAll('option')].filter((option) => option.value).map((option) => option.textContent);
    expect(offered).toEqual(['CLDD Baghdad', 'Grad Prijedor']);

    const section = (name: string) => dialog.getByRole('checkbox', { name });
    // Nothing can be ticked before a partner is chosen.
    expect(section('Identity')).toBeDisabled();

    await user.selectOptions(partner, baghdad.id);
    expect(section('Identity')).toBeEnabled();
    expect(section('Contact details')).toBeEnabled();
    expect(section('Household')).toBeDisabled();
    expect(section('Needs')).toBeDisabled();
    expect(section('Health')).toBeDisabled();
    expect(dialog.queryByTestId('no-consent')).not.toBeInTheDocument();
    // What the returnee consented to share with this partner is ticked for the caseworker (issue 11);
    // nothing the consent does not cover.
    expect(section('Identity')).toBeChecked();
    expect(section('Contact details')).toBeChecked();
    for (const name of ['Household', 'Needs', 'Health']) expect(section(name)).not.toBeChecked();

    await user.click(section('Identity'));
    expect(section('Identity')).not.toBeChecked();
    await user.selectOptions(partner, prijedor.id);
    for (const name of ['Identity', 'Contact details', 'Household', 'Needs', 'Health']) expect(section(name)).toBeDisabled();
    for (const name of ['Identity', 'Contact details']) expect(section(name)).not.toBeChecked();
    expect(dialog.getByTestId('no-consent')).toHaveTextContent('Grad Prijedor');

    // Back to Baghdad: its consent decides again, nothing is carried over from before.
    await user.selectOptions(partner, baghdad.id);
    expect(section('Identity')).toBeChecked();
    expect(section('Contact details')).toBeChecked();
    await user.click(section('Identity'));
    await user.click(dialog.getByRole('button', { name: 'Send referral' }));

    expect(await dialog.findByTestId('send-referral-failed')).toHaveTextContent('Samtycket täcker inte: Kontaktuppgifter.');
    expect(sent).toEqual({ caseId: 'case-42', partnerId: baghdad.id, sections: ['CONTACT'] });
  });

  it('sends a cover note with the referral, trimmed, and refuses one too long before sending', async () => {
    let sent: unknown;
    const item = caseDetails({ consents: [consent('c-active', baghdad, ['IDENTITY', 'CONTACT'])] });
    const { user } = openCase([
      theCase(item),
      partners,
      refusing(sendReferralMutation, (input) => (sent = input), graphQLError('Samtycket täcker inte: Kontaktuppgifter.', 'CONSENT_MISSING', { missingSections: ['CONTACT'] })),
    ]);
    await user.click(await screen.findByTestId('send-referral'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Send a referral' }));
    await user.selectOptions(dialog.getByRole('combobox', { name: /^Partner organisation/ }), baghdad.id);
    const note = dialog.getByRole('textbox', { name: /Cover note to the partner/ });
    await user.click(note);
    await user.paste('x'.repeat(2001));
    await user.click(dialog.getByRole('button', { name: 'Send referral' }));
    expect(await dialog.findByText('The note can be at most 2000 characters long.')).toBeInTheDocument();
    expect(sent).toBeUndefined();
    await user.clear(note);
    await user.paste('  Two children; call before visiting.  ');
    await user.click(dialog.getByRole('button', { name: 'Send referral' }));
    await dialog.findByTestId('send-referral-failed');
    expect(sent).toEqual({ caseId: 'case-42', partnerId: baghdad.id, sections: ['IDENTITY', 'CONTACT'], coverNote: 'Two children; call before visiting.' });
  });

  it('explains a conflicting edit and starts again from the latest version on reload', async () => {
    let sentVersion: unknown;
    const latest = caseDetails({ version: 4, destinationPlace: 'Erbil' });
    const { user } = openCase([
      theCase(),
      partners,
      caseworkers,
      {
        request: { query: updateCaseMutation, variables: () => true },
        result: (variables) => {
          sentVersion = variables.input.version;
          return graphQLError('Someone else changed this at the same time. Reload and try again.', 'CONFLICT');
        },
      },
      theCase(latest),
    ]);

    await user.click(await screen.findByTestId('edit-case'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit case STO-2026-0042' }));
    const place = dialog.getByRole('textbox', { name: /^Municipality or town/ });
    expect(place).toHaveValue('Baghdad');
    await user.clear(place);
    await user.click(place);
    await user.paste('Sulaymaniyah');
    await user.click(dialog.getByRole('button', { name: 'Save changes' }));

    const conflict = await dialog.findByTestId('conflict');
    expect(conflict).toHaveTextContent('Someone else changed this case');
    expect(conflict).toHaveTextContent('your change was not saved and nothing was overwritten');
    expect(sentVersion).toBe(3);
    // Until reloaded, what was typed stays.
    expect(dialog.getByRole('textbox', { name: /^Municipality or town/ })).toHaveValue('Sulaymaniyah');

    await user.click(within(conflict).getByRole('button', { name: 'Reload the case' }));

    // (By its path: role queries over the whole form are slow in jsdom.)
    await waitFor(() => expect(document.querySelector('input[data-path="destinationPlace"]')).toHaveValue('Erbil'));
    expect(dialog.queryByTestId('conflict')).not.toBeInTheDocument();
  });

  it('asks for the reason before closing a case', async () => {
    const closed = caseDetails({ status: 'CLOSED', closureReason: 'CONTACT_LOST', version: 4, allowedTransitions: [] });
    const { user } = openCase([
      theCase(),
      partners,
      {
        request: { query: changeCaseStatusMutation, variables: { input: { caseId: 'case-42', version: 3, to: 'CLOSED', closureReason: 'CONTACT_LOST' } } },
        result: { data: { changeCaseStatus: closed } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Close case' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Close the case' }));
    // Only the reasons the server allows from this status are offered.
    expect(dialog.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['WITHDREW', 'DID_NOT_DEPART', 'CONTACT_LOST']);
    await user.click(dialog.getByRole('button', { name: 'Close case' }));
    expect(dialog.getByText('Choose why the case is closed.')).toBeInTheDocument();

    await user.click(dialog.getByRole('radio', { name: 'Contact lost' }));
    await user.click(dialog.getByRole('button', { name: 'Close case' }));

    await waitFor(() => expect(screen.getByTestId('case-status')).toHaveTextContent('Closed'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByTestId('status-actions')).not.toBeInTheDocument();
  });

  it('uploads the signed form with the session token, then records the consent with it', async () => {
    const upload = vi.fn(async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify({ id: 'file-9', fileName: 'samtycke.pdf', contentType: 'application/pdf', size: 12 }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      }),
    );
    vi.stubGlobal('fetch', upload);
    let recorded: unknown;
    const { user } = openCase([
      theCase(),
      partners,
      answering(recordConsentMutation, (input) => (recorded = input), { recordConsent: { __typename: 'Consent', id: 'consent-9', active: true } }),
      theCase(caseDetails({ consents: [consent('consent-9', baghdad, ['IDENTITY', 'NEEDS'])] })),
    ]);

    await user.click(await screen.findByTestId('record-consent'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Record consent' }));
    await user.selectOptions(dialog.getByRole('combobox', { name: /^Partner organisation/ }), baghdad.id);
    await user.click(dialog.getByRole('checkbox', { name: /^Identity/ }));
    await user.click(dialog.getByRole('checkbox', { name: /^Needs/ }));
    expect(dialog.getByRole('link', { name: 'Print the consent form for these choices' })).toHaveAttribute(
      'href',
      `/cases/case-42/consent-form?partner=${baghdad.id}&sections=IDENTITY,NEEDS`,
    );
    const givenOn = dialog.getByLabelText(/^Date of consent/);
    await user.clear(givenOn);
    await user.type(givenOn, '2026-01-20');
    const file = new File(['%PDF-1.4 signed'], 'samtycke hawre.pdf', { type: 'application/pdf' });
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, file);
    await user.click(dialog.getByRole('button', { name: 'Record consent' }));

    await waitFor(() => expect(recorded).toEqual({ caseId: 'case-42', partnerId: baghdad.id, sections: ['IDENTITY', 'NEEDS'], givenOn: '2026-01-20', formAttachmentId: 'file-9' }));
    expect(upload).toHaveBeenCalledTimes(1);
    const [url, init] = upload.mock.calls[0]!;
    expect(url).toBe('/attachments');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ authorization: 'Bearer token-1', 'content-type': 'application/pdf', 'x-file-name': 'samtycke%20hawre.pdf' });
    expect(init?.body).toBe(file);
    expect(await screen.findByText((_, element) => element?.getAttribute('role') === 'status' && withoutIsolates(element.textContent ?? '') === 'The consent to share with CLDD Baghdad has been recorded.')).toBeInTheDocument();
  });

  it('downloads the signed form with the session token, and never saves a web page in its place', async () => {
    const pdf = '%PDF-1.4 signed';
    const answers = [
      new Response(pdf, { status: 200, headers: { 'content-type': 'application/pdf' } }),
      new Response('<!doctype html><div id="root"></div>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }),
    ];
    const download = vi.fn(async (_url: string, _init?: RequestInit) => answers.shift()!);
    vi.stubGlobal('fetch', download);
    // jsdom has no object URLs and cannot save files: record what would be handed to the browser.
    const { saved, clicked } = captureDownloads('blob:form');
    const { user } = openCase([theCase(caseDetails({ consents: [consent('consent-9', baghdad, ['IDENTITY'])] }))]);

    await user.click(await screen.findByTestId('download-consent-form'));
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const [url, init] = download.mock.calls[0]!;
    expect(url).toBe('/attachments/file-consent-9');
    expect(init?.headers).toMatchObject({ authorization: 'Bearer token-1' });
    expect(await saved[0]!.text()).toBe(pdf);

    await user.click(screen.getByTestId('download-consent-form'));
    expect(await screen.findByText('The server could not handle the request just now. Please try again in a moment.')).toBeInTheDocument();
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(saved).toHaveLength(1);
  });

  it("puts the server's refusal of an uploaded file on the file field, in the person's words", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ code: 'BAD_USER_INPUT', message: 'Filen är varken PDF, PNG eller JPEG.' }), { status: 400 })),
    );
    const { user } = openCase([theCase(), partners]);

    await user.click(await screen.findByTestId('record-consent'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Record consent' }));
    await user.selectOptions(dialog.getByRole('combobox', { name: /^Partner organisation/ }), baghdad.id);
    await user.click(dialog.getByRole('checkbox', { name: /^Identity/ }));
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, new File(['MZ'], 'form.pdf', { type: 'application/pdf' }));
    await user.click(dialog.getByRole('button', { name: 'Record consent' }));

    expect(await dialog.findByText('Filen är varken PDF, PNG eller JPEG.')).toBeInTheDocument();
    expect(dialog.getByRole('combobox', { name: /^Partner organisation/ })).toHaveValue(baghdad.id);
  });

  it('hides owner-only actions from a partner and says which parts are not shared', async () => {
    const item = caseDetails({
      viewerIsOwner: false,
      visibleSections: ['IDENTITY', 'NEEDS'],
      contact: null,
      household: null,
      health: null,
      consents: [],
      allowedTransitions: [],
      referrals: [referral('ref-1', baghdad, { sections: ['IDENTITY', 'NEEDS'], allowedActions: ['ACCEPT', 'DECLINE'], coverNote: 'الأسرة تصل مع طفلين.' })],
    });
    openCase([theCase(item)], signedIn(['PARTNER_CASEWORKER', 'COORDINATOR'], {
        organisation: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: baghdad.id, name: baghdad.name, kind: 'CLDD_OFFICE', country: 'IQ', timeZone: 'Asia/Baghdad', defaultLanguage: 'ar' },
      }));

    expect(await screen.findByTestId('case-title')).toHaveTextContent('STO-2026-0042 · Hawre Karim');
    expect(withoutIsolates(screen.getByTestId('partner-view-note').textContent ?? '')).toContain('referred to your organisation by Stockholms stad');
    for (const owned of ['owner-actions', 'edit-case', 'status-actions', 'consents-card', 'record-consent', 'send-referral', 'print-consent-form', 'audit-trail-card']) {
      expect(screen.queryByTestId(owned), owned).not.toBeInTheDocument();
    }
    for (const card of ['contact-card', 'household-card', 'health-card']) {
      expect(within(screen.getByTestId(card)).getByTestId('section-not-shared')).toHaveTextContent('Not shared with your organisation.');
    }
    expect(within(screen.getByTestId('needs-card')).getByText('Housing in Baghdad for the first months.')).toBeInTheDocument();
    // The partner answers the referral with the actions the server allows it.
    const referrals = within(screen.getByTestId('referrals-card'));
    expect(referrals.getByText((_, element) => element?.tagName === 'P' && withoutIsolates(element.textContent ?? '') === 'From Stockholms stad, Frivillig återvandring')).toBeInTheDocument();
    expect(referrals.getByTestId('referral-action-ACCEPT')).toBeInTheDocument();
    expect(referrals.getByTestId('referral-action-DECLINE')).toBeInTheDocument();
    // The sender's cover note, in its own direction.
    expect(referrals.getByTestId('referral-cover-note-text')).toHaveTextContent('Note from the sender');
    expect(referrals.getByText('الأسرة تصل مع طفلين.')).toHaveAttribute('dir', 'auto');
  });

  it("shows the owner's coordinators the audit trail, and no changes they may not make", async () => {
    openCase([
      theCase(),
      partners,
      {
        request: { query: caseAuditTrailQuery, variables: { id: 'case-42', first: 20 } },
        result: {
          data: {
            case: {
              __typename: 'ReferralCase',
              id: 'case-42',
              auditTrail: {
                __typename: 'AuditEventConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', endCursor: 'a1', hasNextPage: false },
                edges: [
                  {
                    __typename: 'AuditEventEdge',
                    cursor: 'a1',
                    node: {
                      __typename: 'AuditEvent',
                      id: 'event-1',
                      occurredAt: '2026-01-21T08:00:00.000Z',
                      action: 'case.read',
                      entityType: 'case',
                      entityId: 'case-42',
                      requestId: 'req-1',
                      actor: anna,
                      organisation: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring' },
                    },
                  },
                ],
              },
            },
          },
        },
      },
    ], signedIn(['COORDINATOR']));

    const audit = within(await screen.findByTestId('audit-trail-card'));
    const row = within((await audit.findAllByTestId('audit-row'))[0]!);
    expect(row.getByText('Read the case')).toBeInTheDocument();
    expect(row.getByText('Anna Lindqvist')).toBeInTheDocument();
    expect(row.getByText('Case')).toBeInTheDocument();
    // Coordinators read; caseworkers and supervisors change cases, consent and referrals.
    for (const action of ['edit-case', 'record-consent', 'send-referral']) expect(screen.queryByTestId(action), action).not.toBeInTheDocument();
    expect(screen.getByTestId('print-consent-form')).toBeInTheDocument();
  });
});
