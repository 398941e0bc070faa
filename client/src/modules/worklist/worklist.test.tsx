import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionUser, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { withoutIsolates } from '../../components/bidi-isolate';
import { homeProfileQuery } from '../profile/profile-operations';
import { worklistCasesPageQuery } from './worklist-operations';
import { emptyWorklist, ownerLists, ownerWorklist, partnerWorklist, worklistMock, worklistOf } from './worklist-test-data';

const baghdadOrganisation = {
  __typename: 'Organisation' as const, nameLatin: null, nameArabic: null,
  id: 'org-bgw',
  name: 'CLDD Baghdad',
  kind: 'CLDD_OFFICE' as const,
  country: 'IQ',
  timeZone: 'Asia/Baghdad',
  defaultLanguage: 'ar' as const,
};

function profile(user = sessionUser()) {
  return { request: { query: homeProfileQuery }, result: { data: { me: { ...user, createdAt: '2026-01-15T09:00:00.000Z' } } } };
}

const items = (section: HTMLElement) => within(section).queryAllByTestId('worklist-item');
/** What a person reads: names come wrapped in Unicode isolates so that they keep their own direction. */
const text = (element: HTMLElement | undefined) => withoutIsolates(element?.textContent ?? '');

describe('start page worklists', () => {
  it("lists a caseworker's cases needing action with the reason, overdue follow-ups and supervision actions due, with links and counts", async () => {
    renderApp({ path: '/', session: signedIn(['CASEWORKER']), mocks: [profile(), worklistMock(ownerWorklist())] });

    const cases = await screen.findByTestId('worklist-cases');
    await within(cases).findAllByTestId('worklist-item');
    expect(within(cases).getByTestId('worklist-count')).toHaveTextContent('2');
    const [declined, noConsent] = items(cases);
    expect(within(declined!).getByRole('link')).toHaveAttribute('href', '/cases/case-42');
    expect(declined).toHaveTextContent('STO-2026-0042 · Hawre Karim');
    expect(within(declined!).getByTestId('worklist-reason')).toHaveTextContent('Referral declined');
    expect(declined).toHaveTextContent('Since 1 Mar 2026');
    expect(within(noConsent!).getByTestId('worklist-reason')).toHaveTextContent('No consent recorded');

    const overdue = screen.getByTestId('worklist-overdue');
    expect(items(overdue)).toHaveLength(1);
    expect(text(items(overdue)[0])).toContain('Followed up by CLDD Baghdad');
    expect(items(overdue)[0]).toHaveTextContent('Visit due 28 Feb 2026');
    expect(within(overdue).getByRole('link', { name: /STO-2026-0040/ })).toHaveAttribute('href', '/cases/case-40');

    const actions = screen.getByTestId('worklist-actions');
    expect(items(actions)[0]).toHaveTextContent('Book the next session');
    expect(text(items(actions)[0])).toContain('Session of 2 Mar 2026 with CLDD Baghdad');
    expect(items(actions)[0]).toHaveTextContent('Overdue');
    expect(within(actions).getByRole('link', { name: 'Book the next session' })).toHaveAttribute('href', '/supervision/session-1');

    // A Stockholm caseworker answers no referrals: that list is left out.
    expect(screen.queryByTestId('worklist-referrals')).not.toBeInTheDocument();
  });

  it('shows a case with two reasons once, with both reasons', async () => {
    const lists = ownerLists();
    const [declined] = lists.casesNeedingAction;
    const both = { ...declined!, reason: 'ARRIVAL_CONFIRMED' as const, reasons: ['ARRIVAL_CONFIRMED' as const, 'NEW_MESSAGES' as const] };
    renderApp({ path: '/', session: signedIn(['CASEWORKER']), mocks: [profile(), worklistMock(worklistOf({ ...lists, casesNeedingAction: [both] }))] });

    const cases = await screen.findByTestId('worklist-cases');
    await within(cases).findAllByTestId('worklist-item');
    expect(items(cases)).toHaveLength(1);
    expect(within(items(cases)[0]!).getAllByTestId('worklist-reason').map((reason) => reason.textContent)).toEqual(['Arrival confirmed: update the status', 'New messages from the partner']);
  });

  it('gives partner staff the referrals awaiting their answer, and says when a list is empty', async () => {
    const layla = sessionUser({ id: 'user-layla', name: 'Layla Al-Rawi', roles: ['PARTNER_CASEWORKER'], organisation: baghdadOrganisation });
    renderApp({
      path: '/',
      session: signedIn(['PARTNER_CASEWORKER'], { id: layla.id, name: layla.name, organisation: baghdadOrganisation }),
      mocks: [profile(layla), worklistMock(partnerWorklist())],
    });

    const referrals = await screen.findByTestId('worklist-referrals');
    await within(referrals).findAllByTestId('worklist-item');
    expect(items(referrals)[0]).toHaveTextContent('STO-2026-0044 · Ali Hassan');
    expect(text(items(referrals)[0])).toContain('From Stockholms stad, Frivillig återvandring, sent 1 Mar 2026');
    expect(within(referrals).getByRole('link', { name: 'Open the inbox' })).toHaveAttribute('href', '/inbox');
    expect(screen.queryByTestId('worklist-cases')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('worklist-overdue')).getByTestId('worklist-empty')).toHaveTextContent('No follow-up visit is overdue.');
    expect(within(screen.getByTestId('worklist-actions')).getByTestId('worklist-empty')).toHaveTextContent(
      'None of your supervision actions is due in the next seven days.',
    );
    expect(within(screen.getByTestId('worklist-actions')).getByTestId('worklist-count')).toHaveTextContent('0');
  });

  it('shows every list loading, then empty', async () => {
    renderApp({ path: '/', session: signedIn(['CASEWORKER']), mocks: [profile(), worklistMock(emptyWorklist(), 150)] });

    const cases = await screen.findByTestId('worklist-cases');
    expect(within(cases).getByRole('status', { name: 'Loading the list' })).toBeInTheDocument();
    expect(cases).toHaveAttribute('aria-busy', 'true');

    expect(await within(cases).findByTestId('worklist-empty')).toHaveTextContent('None of your cases needs anything right now.');
    for (const id of ['worklist-overdue', 'worklist-actions']) {
      expect(within(screen.getByTestId(id)).getByTestId('worklist-empty')).toBeInTheDocument();
    }
  });

  it('names the partner in the reader’s script, with the name as written beside its spelling', async () => {
    const baghdadArabic = 'مركز التنمية المحلية والمغتربين – بغداد';
    const lists = ownerLists();
    const [late] = lists.overdueFollowUps;
    const [due] = lists.supervisionActionsDue;
    const spelled = { ...late!.followUp!.partner, name: baghdadArabic, nameLatin: 'CLDD Baghdad' };
    const worklist = worklistOf({
      ...lists,
      overdueFollowUps: [{ ...late!, followUp: { ...late!.followUp!, partner: spelled } }],
      supervisionActionsDue: [{ ...due!, session: { ...due!.session, partner: spelled } }],
    });
    renderApp({ path: '/', session: signedIn(['CASEWORKER']), mocks: [profile(), worklistMock(worklist)] });

    const overdue = await screen.findByTestId('worklist-overdue');
    await within(overdue).findAllByTestId('worklist-item');
    expect(text(items(overdue)[0])).toContain(`Followed up by CLDD Baghdad (${baghdadArabic})`);
    expect(text(items(screen.getByTestId('worklist-actions'))[0])).toContain(`Session of 2 Mar 2026 with CLDD Baghdad (${baghdadArabic})`);
  });

  it('reads right to left in Arabic, with the reasons translated', async () => {
    renderApp({ path: '/', session: signedIn(['CASEWORKER'], { language: 'ar' }), mocks: [profile(sessionUser({ language: 'ar' })), worklistMock(ownerWorklist())] });

    const cases = await screen.findByTestId('worklist-cases');
    await within(cases).findAllByTestId('worklist-item');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { name: 'ما ينتظرك' })).toBeInTheDocument();
    expect(within(cases).getAllByTestId('worklist-reason').map((reason) => reason.textContent)).toEqual(['رُفضت الإحالة', 'لم تُسجَّل موافقة']);
    expect(within(cases).getByTestId('worklist-count')).toHaveAttribute('aria-label', 'عنصران');
  });
});

describe('a long worklist', () => {
  const lists = ownerLists();
  const third = {
    ...lists.casesNeedingAction[0]!,
    reason: 'DEPARTURE_DUE' as const,
    reasons: ['DEPARTURE_DUE' as const],
    case: { ...lists.casesNeedingAction[0]!.case, id: 'case-45', number: 'STO-2026-0045' },
  };
  /** The first page: two of the three cases needing action, and every other list whole. */
  const firstPage = () => worklistOf(lists, { casesNeedingAction: 3 });
  const nextCases = (result: { data?: Record<string, unknown>; error?: Error }) => ({
    request: { query: worklistCasesPageQuery, variables: { after: 'c-casesNeedingAction-2' } },
    ...('error' in result ? { error: result.error } : { result: { data: result.data } }),
  });
  const nextPageData = {
    myWorklist: {
      __typename: 'Worklist',
      casesNeedingAction: {
        __typename: 'CaseWorkItemConnection',
        totalCount: 3,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c-casesNeedingAction-3' },
        edges: [{ __typename: 'CaseWorkItemEdge', cursor: 'c-casesNeedingAction-3', node: third }],
      },
    },
  };

  it('counts all of a list (its totalCount), says how many are shown, and shows more of that list only', async () => {
    const { user } = renderApp({ path: '/', session: signedIn(['CASEWORKER']), mocks: [profile(), worklistMock(firstPage()), nextCases({ data: nextPageData })] });

    const cases = await screen.findByTestId('worklist-cases');
    await within(cases).findAllByTestId('worklist-item');
    expect(items(cases)).toHaveLength(2);
    expect(within(cases).getByTestId('worklist-count')).toHaveTextContent('3');
    expect(within(cases).getByTestId('worklist-count')).toHaveAttribute('aria-label', '3 items');
    expect(within(cases).getByTestId('worklist-shown')).toHaveTextContent('Showing 2 of 3');
    // The lists that are whole have no "show more".
    for (const id of ['worklist-overdue', 'worklist-actions']) {
      expect(within(screen.getByTestId(id)).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    }

    await user.click(within(cases).getByRole('button', { name: 'Show more' }));

    expect(await within(cases).findByRole('link', { name: /STO-2026-0045/ })).toHaveAttribute('href', '/cases/case-45');
    expect(items(cases).map((item) => within(item).getByTestId('worklist-reason').textContent)).toEqual([
      'Referral declined',
      'No consent recorded',
      'Departure within a week',
    ]);
    // All shown: no button, no "showing"; the other lists are as they were.
    expect(within(cases).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(within(cases).queryByTestId('worklist-shown')).not.toBeInTheDocument();
    expect(items(screen.getByTestId('worklist-overdue'))).toHaveLength(1);
    expect(items(screen.getByTestId('worklist-actions'))).toHaveLength(1);
  });

  it('keeps what it shows when the next page fails, and says so', async () => {
    const { user } = renderApp({
      path: '/',
      session: signedIn(['CASEWORKER']),
      mocks: [profile(), worklistMock(firstPage()), nextCases({ error: new Error('offline') })],
    });

    const cases = await screen.findByTestId('worklist-cases');
    await within(cases).findAllByTestId('worklist-item');
    await user.click(within(cases).getByRole('button', { name: 'Show more' }));

    expect(await within(cases).findByRole('alert')).toBeInTheDocument();
    expect(items(cases)).toHaveLength(2);
    expect(within(cases).getByRole('button', { name: 'Show more' })).toBeEnabled();
  });

  it('says how many are shown in Swedish, Bosnian and Arabic too', async () => {
    for (const [language, shown, more] of [
      ['sv', 'Visar 2 av 3', 'Visa fler'],
      ['bs', 'Prikazana 2 od 3', 'Prikaži još'],
      ['ar', 'عرض 2 من أصل 3', 'عرض المزيد'],
    ] as const) {
      const view = renderApp({
        path: '/',
        session: signedIn(['CASEWORKER'], { language }),
        mocks: [profile(sessionUser({ language })), worklistMock(firstPage())],
      });
      const cases = await screen.findByTestId('worklist-cases');
      await within(cases).findAllByTestId('worklist-item');
      expect(within(cases).getByTestId('worklist-shown')).toHaveTextContent(shown);
      expect(within(cases).getByRole('button', { name: more })).toBeInTheDocument();
      view.unmount();
    }
  });
});
