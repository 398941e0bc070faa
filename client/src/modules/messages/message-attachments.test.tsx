import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { withoutIsolates } from '../../components/bidi-isolate';
import type { CaseMessageItemFragment } from '../../gql/graphql';
import { caseQuery } from '../cases/case-operations';
import { baghdad, caseDetails, referral } from '../cases/case-test-fixtures';
import { baghdadPartner } from '../referrals/referral-test-data';
import { caseMessagesQuery } from './message-operations';
import { baghdadOrg, caseMessage, layla } from './message-test-data';
import { captureDownloads } from '../../../test/browser-downloads';

type MessageFile = CaseMessageItemFragment['attachments'][number];
const attachment = (id: string, fileName: string, contentType: string, size: number): MessageFile => ({
  __typename: 'MessageAttachment',
  id,
  fileName,
  contentType,
  size,
  url: `/attachments/messages/${id}`,
});

const message = (id: string, overrides: Partial<CaseMessageItemFragment> = {}) => caseMessage(id, { body: 'Receptet bifogat.', ...overrides });

function theCase(viewerIsOwner = true) {
  const item = caseDetails({ viewerIsOwner, referrals: [referral('ref-1', baghdad, { allowedActions: [] })] });
  return { request: { query: caseQuery, variables: { id: item.id } }, result: { data: { case: item } } };
}

function thread(messages: CaseMessageItemFragment[]) {
  return {
    request: { query: caseMessagesQuery, variables: { caseId: 'case-42' } },
    result: {
      data: { case: { __typename: 'ReferralCase', id: 'case-42', referrals: [{ __typename: 'Referral', id: 'ref-1', unreadMessageCount: 0, messages }] } },
    },
  };
}

const pdf = (name: string, size = 1200) => new File([new Uint8Array(size).fill(32)], name, { type: 'application/pdf' });

function stubFetch(answer: (url: string, init?: RequestInit) => Response) {
  const fetched = vi.fn(async (url: string, init?: RequestInit) => answer(url, init));
  vi.stubGlobal('fetch', fetched);
  onTestFinished(() => void vi.unstubAllGlobals());
  return fetched;
}

describe('the composer with files', () => {
  it('attaches files from the keyboard, shows them with localized sizes and remove buttons, and sends them with the message in one request', async () => {
    const fetched = stubFetch(() => new Response(JSON.stringify({ id: 'm-2' }), { status: 201, headers: { 'content-type': 'application/json' } }));
    const sent = message('m-2', { body: 'Receptet och intyget.', attachments: [attachment('f-1', 'recept.pdf', 'application/pdf', 1200)] });
    const { user } = renderApp({
      path: '/cases/case-42',
      session: signedIn(['CASEWORKER'], { language: 'sv' }),
      browserLanguages: ['sv'],
      mocks: [theCase(), thread([]), thread([sent])],
    });

    const composer = within(await screen.findByTestId('message-composer'));
    const attach = composer.getByRole('button', { name: 'Bifoga filer' });
    expect(attach).toHaveAccessibleDescription('PDF, PNG eller JPEG: högst 5 filer, var och en högst 10 MB.');
    // The button is reached with Tab from the message and opens the picker with Enter.
    const picker = composer.getByTestId('message-file-input') as HTMLInputElement;
    const opened = vi.spyOn(picker, 'click');
    composer.getByTestId('message-input').focus();
    await user.tab();
    expect(attach).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalled();

    await user.upload(picker, [pdf('recept.pdf', 1200), pdf('intyg Åsa.pdf', 1_300_000), pdf('tom.pdf', 0)]);
    const rows = composer.getAllByTestId('message-file');
    expect(rows.map((row) => within(row).getByTestId('message-file-name').textContent)).toEqual(['recept.pdf', 'intyg Åsa.pdf', 'tom.pdf']);
    expect(within(rows[0]!).getByTestId('message-file-size').textContent?.replace(/\s/g, ' ')).toBe('PDF, 1,2 kB');
    expect(within(rows[1]!).getByTestId('message-file-size').textContent?.replace(/\s/g, ' ')).toBe('PDF, 1,2 MB');
    // An empty file is marked at once, with a stable code and a sentence in Swedish.
    expect(rows[2]).toHaveAttribute('data-problem', 'FILE_EMPTY');
    expect(withoutIsolates(within(rows[2]!).getByTestId('message-file-error').textContent ?? '')).toBe('tom.pdf är tom.');

    await user.type(composer.getByTestId('message-input'), 'Receptet och intyget.');
    await user.click(composer.getByTestId('message-send'));
    expect(composer.getByTestId('message-files-error')).toHaveTextContent('Ta bort filerna som är markerade med rött och skicka igen.');
    expect(fetched).not.toHaveBeenCalled();

    await user.click(composer.getByRole('button', { name: 'Ta bort tom.pdf' }));
    expect(composer.getAllByTestId('message-file')).toHaveLength(2);
    expect(attach).toHaveFocus();
    await user.click(composer.getByTestId('message-send'));

    await waitFor(() => expect(fetched).toHaveBeenCalledTimes(1));
    const [url, init] = fetched.mock.calls[0]!;
    expect(url).toBe('/attachments/messages');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ authorization: 'Bearer token-1', 'accept-language': 'sv' });
    const form = init?.body as FormData;
    expect(form.get('referralId')).toBe('ref-1');
    expect(form.get('body')).toBe('Receptet och intyget.');
    expect(form.getAll('files').map((file) => (file as File).name)).toEqual(['recept.pdf', 'intyg Åsa.pdf']);

    // The thread is read again and shows the message with its file; the composer is empty.
    const sentRow = await screen.findByTestId('message-row');
    expect(within(sentRow).getByTestId('message-file-link')).toHaveTextContent('recept.pdf');
    expect(composer.getByTestId('message-input')).toHaveValue('');
    expect(composer.queryByTestId('message-file')).not.toBeInTheDocument();
  });

  it("keeps the text and the files when the server refuses one, and marks that file with the server's sentence", async () => {
    stubFetch(
      () =>
        new Response(JSON.stringify({ code: 'BAD_USER_INPUT', field: 'files.1', message: 'Only PDF, PNG and JPEG files can be uploaded.' }), {
          status: 400,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const { user } = renderApp({ path: '/cases/case-42', session: signedIn(['CASEWORKER']), mocks: [theCase(), thread([])] });
    const composer = within(await screen.findByTestId('message-composer'));
    await user.upload(composer.getByTestId('message-file-input'), [pdf('recept.pdf'), pdf('intyg.pdf')]);
    await user.type(composer.getByTestId('message-input'), 'Two files');
    await user.click(composer.getByTestId('message-send'));

    const refused = await composer.findAllByTestId('message-file-error');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toHaveTextContent('Only PDF, PNG and JPEG files can be uploaded.');
    expect(composer.getAllByTestId('message-file')[1]).toHaveAttribute('data-problem', 'REFUSED');
    expect(composer.getByTestId('message-input')).toHaveValue('Two files');
    expect(screen.queryByTestId('message-row')).not.toBeInTheDocument();
  });

  it('takes at most five files, says why in the reader’s language, and refuses a file past the size limit before sending', async () => {
    const { user } = renderApp({ path: '/cases/case-42', session: baghdadPartner('ar'), browserLanguages: ['ar'], mocks: [theCase(false), thread([])] });
    const composer = within(await screen.findByTestId('message-composer'));
    const picker = composer.getByTestId('message-file-input');
    await user.upload(picker, [1, 2, 3, 4, 5, 6].map((n) => pdf(`صفحة-${n}.pdf`)));
    expect(composer.getAllByTestId('message-file')).toHaveLength(5);
    expect(composer.getByTestId('message-files-error')).toHaveTextContent('يمكن أن تحمل الرسالة 5 ملفات كحد أقصى.');
    expect(composer.getByTestId('message-attach')).toBeDisabled();

    await user.click(composer.getAllByTestId('message-file-remove')[0]!);
    await user.upload(picker, pdf('كبير.pdf', 10 * 1024 * 1024 + 1));
    const large = composer.getAllByTestId('message-file')[4]!;
    expect(large).toHaveAttribute('data-problem', 'FILE_TOO_LARGE');
    expect(within(large).getByTestId('message-file-error').textContent).toContain('كبير جدًا');
  });
});

describe('files in the thread', () => {
  it("lists each message's files with name, type and size, and downloads one with the session's token", async () => {
    const fetched = stubFetch(() => new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }));
    const { saved, clicked } = captureDownloads('blob:file');
    const { user } = renderApp({
      path: '/cases/case-42',
      session: baghdadPartner('en'),
      mocks: [
        theCase(false),
        thread([
          message('m-1', { mine: false, attachments: [attachment('f-1', 'recept Åsa.pdf', 'application/pdf', 2_500_000), attachment('f-2', 'intyg.png', 'image/png', 800)] }),
          message('m-2', { body: 'شكرًا', mine: true, author: layla, organisation: baghdadOrg }),
        ]),
      ],
    });

    const [first, second] = await screen.findAllByTestId('message-row');
    const files = within(first!).getAllByTestId('message-file');
    expect(files.map((file) => within(file).getByTestId('message-file-link').textContent)).toEqual(['recept Åsa.pdf', 'intyg.png']);
    expect(files.map((file) => within(file).getByTestId('message-file-size').textContent)).toEqual(['PDF, 2.4 MB', 'PNG, 0.8 kB']);
    const link = within(files[0]!).getByRole('link', { name: 'Download recept Åsa.pdf (PDF, 2.4 MB)' });
    expect(link).toHaveAttribute('href', '/attachments/messages/f-1');
    expect(within(second!).queryByTestId('message-files')).not.toBeInTheDocument();

    await user.click(link);
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const [url, init] = fetched.mock.calls[0]!;
    expect(url).toBe('/attachments/messages/f-1');
    expect(init?.headers).toMatchObject({ authorization: 'Bearer token-1' });
    expect(await saved[0]!.text()).toBe('%PDF-1.7');
  });
});
