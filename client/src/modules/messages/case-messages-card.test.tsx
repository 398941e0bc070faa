import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { withoutIsolates } from '../../components/bidi-isolate';
import { caseQuery } from '../cases/case-operations';
import type { CaseMessageItemFragment } from '../../gql/graphql';
import { baghdad, caseDetails, prijedor, referral } from '../cases/case-test-fixtures';
import { baghdadPartner } from '../referrals/referral-test-data';
import { baghdadOrg, caseMessage, layla } from './message-test-data';
import { caseActivitySubscription, caseMessagesQuery, markCaseMessagesReadMutation, sendCaseMessageMutation } from './message-operations';

const message = caseMessage;

const conversation = [
  message('m-1', { body: 'Hej! Hawre landar på tisdag.', sentAt: '2026-03-01T09:00:00.000Z' }),
  message('m-2', { body: 'شكراً، سنكون في المطار.', sentAt: '2026-03-01T10:30:00.000Z', mine: false, author: layla, organisation: baghdadOrg }),
  message('m-3', { body: 'Flight IQ 204, 14:05.', sentAt: '2026-03-01T11:00:00.000Z', mine: false, author: layla, organisation: baghdadOrg }),
];

/** Stockholm's case with a pending referral to Baghdad (and, when asked, a declined one to Prijedor). */
function theCase({ declined = false, viewerIsOwner = true } = {}) {
  const item = caseDetails({
    viewerIsOwner,
    referrals: [
      referral('ref-1', baghdad, { allowedActions: [] }),
      ...(declined ? [referral('ref-2', prijedor, { status: 'DECLINED', declineReason: 'No housing.', sentAt: '2026-01-10T08:00:00.000Z', allowedActions: [] })] : []),
    ],
  });
  return { request: { query: caseQuery, variables: { id: item.id } }, result: { data: { case: item } } };
}

function threads(...items: { id: string; unread: number; messages: CaseMessageItemFragment[] }[]) {
  return {
    request: { query: caseMessagesQuery, variables: { caseId: 'case-42' } },
    result: {
      data: {
        case: {
          __typename: 'ReferralCase',
          id: 'case-42',
          referrals: items.map((item) => ({ __typename: 'Referral', id: item.id, unreadMessageCount: item.unread, messages: item.messages })),
        },
      },
    },
  };
}

function markRead(referralId: string, calls: string[], delay = 0) {
  return {
    request: { query: markCaseMessagesReadMutation, variables: { referralId } },
    delay,
    result: () => {
      calls.push(referralId);
      return { data: { markCaseMessagesRead: { __typename: 'Referral', id: referralId, unreadMessageCount: 0 } } };
    },
  };
}

describe('case messages', () => {
  it('shows the thread oldest first, each body in its own direction, own messages on the end side, and marks it read', async () => {
    const marked: string[] = [];
    renderApp({
      path: '/cases/case-42',
      session: signedIn(['CASEWORKER']),
      mocks: [theCase(), threads({ id: 'ref-1', unread: 2, messages: conversation }), markRead('ref-1', marked, 300)],
    });

    const thread = within(await screen.findByTestId('message-thread'));
    expect(withoutIsolates(thread.getByRole('heading', { name: /With/ }).textContent ?? '')).toBe('With CLDD Baghdad');
    expect(await thread.findByTestId('message-unread')).toHaveTextContent('2 unread');

    const rows = thread.getAllByTestId('message-row');
    expect(rows.map((row) => within(row).getByTestId('message-body').textContent)).toEqual([
      'Hej! Hawre landar på tisdag.',
      'شكراً، سنكون في المطار.',
      'Flight IQ 204, 14:05.',
    ]);
    for (const row of rows) expect(within(row).getByTestId('message-body')).toHaveAttribute('dir', 'auto');
    expect(withoutIsolates(within(rows[0]!).getByTestId('message-author').textContent ?? '')).toBe('Anna Lindqvist, Stockholms stad, Frivillig återvandring');
    expect(withoutIsolates(within(rows[1]!).getByTestId('message-author').textContent ?? '')).toBe('Layla Al-Rawi, CLDD Baghdad');
    expect(rows[0]).toHaveAttribute('data-mine', 'true');
    expect(rows[0]).toHaveStyle({ alignSelf: 'flex-end' });
    expect(rows[1]).not.toHaveAttribute('data-mine');
    expect(rows[1]).toHaveStyle({ alignSelf: 'flex-start' });
    const time = rows[1]!.querySelector('time');
    expect(time).toHaveAttribute('datetime', '2026-03-01T10:30:00.000Z');
    expect(time?.textContent).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-03-01T10:30:00.000Z')));

    // Open and on screen: read.
    await waitFor(() => expect(thread.queryByTestId('message-unread')).not.toBeInTheDocument());
    expect(marked).toEqual(['ref-1']);
  });

  it('leaves a closed thread unread until it is opened, and offers no composer on it', async () => {
    const marked: string[] = [];
    const { user } = renderApp({
      path: '/cases/case-42',
      session: signedIn(['CASEWORKER']),
      mocks: [
        theCase({ declined: true }),
        threads(
          { id: 'ref-1', unread: 0, messages: [] },
          { id: 'ref-2', unread: 1, messages: [message('m-9', { body: 'Nažalost nemamo smještaj.', mine: false, author: { __typename: 'StaffMember', nameLatin: null, nameArabic: null, id: 'user-amra', name: 'Amra Hodžić' }, organisation: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: prijedor.id, name: prijedor.name } })] },
        ),
        markRead('ref-2', marked),
      ],
    });

    const [open, closed] = await screen.findAllByTestId('message-thread');
    // The open referral comes first, with a composer and nothing said yet.
    expect(open).toHaveAttribute('data-referral-id', 'ref-1');
    expect(within(open!).getByTestId('messages-empty')).toBeInTheDocument();
    expect(within(open!).getByTestId('message-input')).toBeInTheDocument();

    expect(closed).toHaveAttribute('data-referral-id', 'ref-2');
    expect(within(closed!).getByTestId('message-unread')).toHaveTextContent('1 unread');
    expect(within(closed!).getByText('1 message')).toBeInTheDocument();
    expect(within(closed!).queryByTestId('message-row')).not.toBeInTheDocument();
    expect(marked).toEqual([]);

    await user.click(within(closed!).getByTestId('message-thread-toggle'));

    expect(within(closed!).getByTestId('message-body')).toHaveTextContent('Nažalost nemamo smještaj.');
    expect(within(closed!).getByTestId('thread-closed')).toBeInTheDocument();
    expect(within(closed!).queryByTestId('message-input')).not.toBeInTheDocument();
    await waitFor(() => expect(marked).toEqual(['ref-2']));
    await waitFor(() => expect(within(closed!).queryByTestId('message-unread')).not.toBeInTheDocument());
  });

  it('sends a message, and keeps the text when sending fails', async () => {
    const sent: unknown[] = [];
    const body = 'Kan ni bekräfta adressen i Karrada?';
    const { user } = renderApp({
      path: '/cases/case-42',
      session: signedIn(['CASEWORKER']),
      mocks: [
        theCase(),
        threads({ id: 'ref-1', unread: 0, messages: conversation.slice(0, 2) }),
        { request: { query: sendCaseMessageMutation, variables: { input: { referralId: 'ref-1', body } } }, error: new TypeError('Failed to fetch') },
        {
          request: { query: sendCaseMessageMutation, variables: { input: { referralId: 'ref-1', body } } },
          result: (variables) => {
            sent.push(variables.input);
            return { data: { sendCaseMessage: message('m-4', { body, sentAt: '2026-03-02T08:00:00.000Z' }) } };
          },
        },
      ],
    });

    const thread = within(await screen.findByTestId('message-thread'));
    await thread.findAllByTestId('message-row');
    await user.click(thread.getByTestId('message-send'));
    expect(thread.getByTestId('message-input')).toHaveAccessibleDescription(expect.stringContaining('Write a message first.'));

    await user.type(thread.getByTestId('message-input'), `  ${body}  `);
    await user.click(thread.getByTestId('message-send'));

    const failed = await thread.findByTestId('save-failed');
    expect(failed).toHaveTextContent('The message could not be sent');
    expect(failed).toHaveTextContent('Cirkel could not be reached');
    expect(thread.getByTestId('message-input')).toHaveValue(`  ${body}  `);

    await user.click(thread.getByTestId('message-send'));

    await waitFor(() => expect(thread.getAllByTestId('message-row')).toHaveLength(3));
    expect(sent).toEqual([{ referralId: 'ref-1', body }]);
    const last = thread.getAllByTestId('message-row')[2]!;
    expect(within(last).getByTestId('message-body')).toHaveTextContent(body);
    expect(last).toHaveAttribute('data-mine', 'true');
    expect(thread.getByTestId('message-input')).toHaveValue('');
    expect(thread.queryByTestId('save-failed')).not.toBeInTheDocument();
  });

  it('shows a message from the other side as soon as its notification arrives', async () => {
    const reply = message('m-3', { body: 'Flight IQ 204, 14:05.', sentAt: '2026-03-01T11:00:00.000Z', mine: false, author: layla, organisation: baghdadOrg });
    const marked: string[] = [];
    renderApp({
      path: '/cases/case-42',
      session: signedIn(['CASEWORKER']),
      mocks: [
        theCase(),
        threads({ id: 'ref-1', unread: 0, messages: conversation.slice(0, 2) }),
        {
          request: { query: caseActivitySubscription },
          delay: 300,
          result: { data: { notificationAdded: { __typename: 'Notification', id: 'n-1', kind: 'MESSAGE_RECEIVED', caseId: 'case-42', referralId: 'ref-1' } } },
        },
        threads({ id: 'ref-1', unread: 1, messages: [...conversation.slice(0, 2), reply] }),
        markRead('ref-1', marked),
      ],
    });

    const thread = within(await screen.findByTestId('message-thread'));
    expect(await thread.findAllByTestId('message-row')).toHaveLength(2);

    await waitFor(() => expect(thread.getAllByTestId('message-row')).toHaveLength(3));
    expect(within(thread.getAllByTestId('message-row')[2]!).getByTestId('message-body')).toHaveTextContent('Flight IQ 204, 14:05.');
    await waitFor(() => expect(marked).toEqual(['ref-1']));
  });

  it('reads right to left in Arabic for the partner, with the referring office as the other side', async () => {
    renderApp({
      path: '/cases/case-42',
      session: baghdadPartner('ar'),
      browserLanguages: ['ar'],
      mocks: [
        theCase({ viewerIsOwner: false }),
        threads({ id: 'ref-1', unread: 0, messages: conversation.map((item) => ({ ...item, mine: item.organisation.id === baghdad.id })) }),
      ],
    });

    const thread = within(await screen.findByTestId('message-thread'));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(withoutIsolates(thread.getByRole('heading', { name: /Stockholms/ }).textContent ?? '')).toBe('مع Stockholms stad, Frivillig återvandring');
    expect(thread.getByTestId('message-send')).toHaveTextContent('إرسال');
    const rows = await thread.findAllByTestId('message-row');
    // The end side is the left in Arabic: flex-end follows the direction.
    expect(rows[1]).toHaveAttribute('data-mine', 'true');
    expect(rows[1]).toHaveStyle({ alignSelf: 'flex-end' });
    for (const row of rows) expect(within(row).getByTestId('message-body')).toHaveAttribute('dir', 'auto');
  });
});
