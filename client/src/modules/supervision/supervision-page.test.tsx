import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { withoutIsolates } from '../../components/bidi-isolate';
import {
  addSupervisionCommentMutation,
  setSupervisionActionDoneMutation,
  supervisionSessionQuery,
  updateSupervisionNotesMutation,
} from './supervision-operations';
import { action, baghdad, eva, layla, sessionDetails } from './supervision-test-data';
import { answering, refusing } from '../../../test/mutation-mocks';

const sessionQuery = (session: ReturnType<typeof sessionDetails>) => ({
  request: { query: supervisionSessionQuery, variables: { id: session.id } },
  result: { data: { supervisionSession: session } },
});
const supervisor = () => signedIn(['SUPERVISOR'], { name: eva.name });
const baghdadCaseworker = (language: 'en' | 'ar' = 'en') =>
  signedIn(['PARTNER_CASEWORKER'], {
    id: layla.id,
    name: layla.name,
    language,
    organisation: { ...baghdad, kind: 'CLDD_OFFICE', country: 'IQ', timeZone: 'Asia/Baghdad', defaultLanguage: 'ar' },
  });

describe('supervision session page', () => {
  it('shows the notes with who changed what and when, the actions, comments, participants and linked cases', async () => {
    renderApp({ path: '/supervision/session-1', session: supervisor(), mocks: [sessionQuery(sessionDetails())] });

    expect(await screen.findByRole('heading', { name: 'Supervision on 2 Mar 2026' })).toBeInTheDocument();
    // Names keep their own direction inside a sentence (Unicode isolates around each).
    expect(screen.getByText((_, element) => element?.tagName === 'P' && withoutIsolates(element.textContent ?? '') === 'Stockholms stad, Frivillig återvandring with CLDD Baghdad')).toBeInTheDocument();
    expect(screen.getByTestId('supervision-notes')).toHaveTextContent('Discussed case load and housing in Karrada.');

    const [revision] = screen.getAllByTestId('notes-revision');
    expect(withoutIsolates(revision!.textContent ?? '')).toContain('Eva Sandberg (Stockholms stad, Frivillig återvandring) changed the notes');
    // The revision holds the text before the change; what came after is today's text.
    const diff = within(revision!).getByTestId('notes-diff');
    expect(diff.querySelector('del')).toHaveTextContent('removed: load.');
    expect(diff.querySelector('ins')).toHaveTextContent('added: load and housing in Karrada.');

    const actions = screen.getAllByTestId('supervision-action-row');
    expect(actions).toHaveLength(2);
    expect(within(actions[0]!).queryByTestId('action-overdue')).not.toBeInTheDocument();
    expect(within(actions[0]!).getByText('Due 20 Mar 2026')).toBeInTheDocument();
    expect(within(actions[1]!).getByTestId('action-overdue')).toHaveTextContent('Overdue');

    expect(screen.getByTestId('supervision-comment-row')).toHaveTextContent('شكرًا على الجلسة');
    expect(screen.getAllByTestId('supervision-participant').map((item) => item.textContent)).toEqual(['Eva Sandberg', 'Layla Al-Rawi']);
    expect(within(screen.getByTestId('supervision-linked-cases')).getByRole('link', { name: 'STO-2026-0042' })).toHaveAttribute('href', '/cases/case-42');
  });

  it('saves edited notes with the version they started from, and explains a conflict without losing the text', async () => {
    const sent: unknown[] = [];
    const theirs = sessionDetails({ version: 3, notes: 'Layla added: follow up on documents.' });
    const mine = 'Discussed case load, housing and documents.';
    let reloads = 0;
    const { user } = renderApp({
      path: '/supervision/session-1',
      session: supervisor(),
      mocks: [
        sessionQuery(sessionDetails()),
        {
          request: { query: supervisionSessionQuery, variables: { id: 'session-1' } },
          result: () => {
            reloads += 1;
            return { data: { supervisionSession: theirs } };
          },
        },
        refusing(updateSupervisionNotesMutation, (input) => sent.push(input), graphQLError('Someone else changed the notes. Reload them and try again.', 'CONFLICT')),
        answering(updateSupervisionNotesMutation, (input) => sent.push(input), { updateSupervisionNotes: sessionDetails({ version: 4, notes: mine }) }),
      ],
    });

    await user.click(await screen.findByTestId('supervision-notes-edit'));
    const editor = screen.getByTestId('supervision-notes-input');
    await user.clear(editor);
    await user.click(editor);
    await user.paste(mine);
    await user.click(screen.getByTestId('supervision-notes-save'));

    const conflict = await screen.findByTestId('notes-conflict');
    expect(conflict).toHaveTextContent('Someone else changed the notes meanwhile');
    expect(conflict).toHaveTextContent('Your text was not saved, so nothing was overwritten.');
    await waitFor(() => expect(screen.getByTestId('notes-latest')).toHaveTextContent('Layla added: follow up on documents.'));
    expect(reloads).toBe(1);
    expect(screen.getByTestId('supervision-notes-input')).toHaveValue(mine);

    // Saving again, having seen theirs, is deliberate: it goes with the version just read.
    await user.click(screen.getByTestId('supervision-notes-save'));
    await waitFor(() => expect(screen.getByTestId('supervision-notes')).toHaveTextContent(mine));
    expect(sent).toEqual([
      { sessionId: 'session-1', version: 2, notes: mine },
      { sessionId: 'session-1', version: 3, notes: mine },
    ]);
  });

  it('keeps the edited notes when the network fails', async () => {
    const { user } = renderApp({
      path: '/supervision/session-1',
      session: supervisor(),
      mocks: [sessionQuery(sessionDetails()), { request: { query: updateSupervisionNotesMutation, variables: () => true }, error: new Error('Failed to fetch') }],
    });

    await user.click(await screen.findByTestId('supervision-notes-edit'));
    await user.type(screen.getByTestId('supervision-notes-input'), ' More.');
    await user.click(screen.getByTestId('supervision-notes-save'));

    expect(await screen.findByTestId('notes-save-failed')).toHaveTextContent('Everything you entered is still here.');
    expect(screen.getByTestId('supervision-notes-input')).toHaveValue('Discussed case load and housing in Karrada. More.');
  });

  it('says how many linked cases are withheld from the reader, never that none are linked', async () => {
    renderApp({ path: '/supervision/session-1', session: baghdadCaseworker(), mocks: [sessionQuery(sessionDetails({ viewerCanEdit: false, linkedCases: [], linkedCasesHidden: 2 }))] });
    expect(await screen.findByTestId('supervision-cases-hidden')).toHaveTextContent('2 linked cases are not shared with you.');
    expect(screen.queryByTestId('supervision-cases-empty')).not.toBeInTheDocument();
  });

  it("shows one letter for an Arabic-script name in a comment's avatar, never two that spell a word", async () => {
    const comment = { __typename: 'SupervisionComment' as const, id: 'comment-ar', body: 'شكرًا', createdAt: '2026-03-02T12:00:00.000Z' };
    const session = sessionDetails({ comments: [{ ...comment, author: { ...layla, name: 'ليلى الراوي' } }, { ...comment, id: 'comment-en', author: eva }] });
    renderApp({ path: '/supervision/session-1', session: baghdadCaseworker(), mocks: [sessionQuery(session)] });
    const avatars = await screen.findAllByTestId('comment-avatar');
    expect(avatars.map((avatar) => avatar.textContent)).toEqual(['ل', 'ES']);
  });

  it('lists the cases the reader sees and says how many more are withheld', async () => {
    renderApp({ path: '/supervision/session-1', session: baghdadCaseworker(), mocks: [sessionQuery(sessionDetails({ viewerCanEdit: false, linkedCasesHidden: 1 }))] });
    expect(await screen.findByTestId('supervision-linked-case')).toHaveTextContent('STO-2026-0042');
    expect(screen.getByTestId('supervision-cases-hidden')).toHaveTextContent('1 more linked case is not shared with you.');
  });

  it('lets the partner caseworker tick off their own action and comment, but not edit the notes', async () => {
    let toggled: unknown;
    let commented: unknown;
    const session = sessionDetails({ viewerCanEdit: false, linkedCases: [] });
    const { user } = renderApp({
      path: '/supervision/session-1',
      session: baghdadCaseworker(),
      mocks: [
        sessionQuery(session),
        {
          request: { query: setSupervisionActionDoneMutation, variables: { id: 'action-1', done: true } },
          result: (variables) => {
            toggled = variables;
            return { data: { setSupervisionActionDone: action({ done: true, doneAt: '2026-03-04T09:00:00.000Z' }) } };
          },
        },
        {
          request: { query: addSupervisionCommentMutation, variables: () => true },
          result: (variables) => {
            commented = variables.input;
            return {
              data: {
                addSupervisionComment: {
                  __typename: 'SupervisionComment',
                  id: 'comment-2',
                  body: 'The checklist is shared.',
                  createdAt: '2026-03-04T09:05:00.000Z',
                  author: layla,
                },
              },
            };
          },
        },
      ],
    });

    const rows = await screen.findAllByTestId('supervision-action-row');
    expect(screen.queryByTestId('supervision-notes-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('supervision-action-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('supervision-cases-empty')).toBeInTheDocument();
    // Her own action can be ticked off; the supervisor's cannot.
    const mineBox = within(rows[0]!).getByRole('checkbox');
    expect(within(rows[1]!).getByRole('checkbox')).toBeDisabled();
    await user.click(mineBox);
    await waitFor(() => expect(within(screen.getAllByTestId('supervision-action-row')[0]!).getByRole('checkbox')).toBeChecked());
    expect(toggled).toEqual({ id: 'action-1', done: true });

    await user.type(screen.getByTestId('supervision-comment-input'), 'The checklist is shared.');
    await user.click(screen.getByTestId('supervision-comment-send'));
    await waitFor(() => expect(screen.getAllByTestId('supervision-comment-row')).toHaveLength(2));
    expect(commented).toEqual({ sessionId: 'session-1', body: 'The checklist is shared.' });
    expect(screen.getByTestId('supervision-comment-input')).toHaveValue('');
  });

  it('keeps a comment that could not be sent', async () => {
    const { user } = renderApp({
      path: '/supervision/session-1',
      session: baghdadCaseworker(),
      mocks: [
        sessionQuery(sessionDetails({ viewerCanEdit: false })),
        { request: { query: addSupervisionCommentMutation, variables: () => true }, error: new Error('Failed to fetch') },
      ],
    });

    await user.type(await screen.findByTestId('supervision-comment-input'), 'Thank you');
    await user.click(screen.getByTestId('supervision-comment-send'));

    expect(await screen.findByTestId('comment-save-failed')).toHaveTextContent('The comment was not sent');
    expect(screen.getByTestId('supervision-comment-input')).toHaveValue('Thank you');
  });

  it('reads right to left in Arabic, with Arabic dates and labels', async () => {
    renderApp({ path: '/supervision/session-1', session: baghdadCaseworker('ar'), mocks: [sessionQuery(sessionDetails({ viewerCanEdit: false }))] });

    await screen.findAllByTestId('supervision-action-row');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-03-02T00:00:00Z'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`جلسة إشراف بتاريخ ${date}`);
    expect(screen.getAllByTestId('supervision-action-row')[1]).toHaveTextContent('متأخر');
    expect(screen.getByTestId('supervision-comment-send')).toHaveTextContent('إرسال التعليق');
  });
});
