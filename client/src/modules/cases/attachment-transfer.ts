import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../core/auth/session-context';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { sessionCheckQuery } from './case-operations';

/** What `POST /attachments` answers with 201. */
export interface UploadedAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

export const maxAttachmentBytes = 10 * 1024 * 1024;
export const acceptedAttachmentTypes = ['application/pdf', 'image/png', 'image/jpeg'];

/**
 * Why a transfer failed. `rejected` carries the server's sentence (already in the person's
 * language); the others are worded by the client.
 */
export class AttachmentTransferError extends Error {
  constructor(
    readonly kind: 'rejected' | 'unauthenticated' | 'not-found' | 'network' | 'server',
    message: string = kind,
    /** For `rejected`: the input the server named (`files.1`, `body`), when it named one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<AttachmentTransferError> {
  if (response.status === 401) return new AttachmentTransferError('unauthenticated');
  if (response.status === 404) return new AttachmentTransferError('not-found');
  if (response.status >= 400 && response.status < 500) {
    const body = (await response.json().catch(() => null)) as { message?: unknown; field?: unknown } | null;
    if (typeof body?.message === 'string' && body.message) {
      return new AttachmentTransferError('rejected', body.message, typeof body.field === 'string' ? body.field : undefined);
    }
  }
  return new AttachmentTransferError('server');
}

async function send(request: () => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await request();
  } catch {
    throw new AttachmentTransferError('network');
  }
  if (!response.ok) throw await failure(response);
  return response;
}

/**
 * Uploads and downloads attachments over REST with the session's bearer token. Access tokens are
 * short-lived; when one has run out, a GraphQL request renews the session (through the session
 * links, which take turns with other tabs) and the transfer is tried once more.
 */
export function useAttachmentTransfer() {
  const session = useSession();
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const currentToken = session.status === 'authenticated' ? session.accessToken : null;
  const token = useRef(currentToken);
  useEffect(() => {
    token.current = currentToken;
  }, [currentToken]);

  const withSession = useCallback(
    async (request: (headers: Record<string, string>) => Promise<Response>) => {
      const headers = () => ({
        'accept-language': currentLanguage(i18n),
        ...(token.current ? { authorization: `Bearer ${token.current}` } : {}),
      });
      try {
        return await send(() => request(headers()));
      } catch (error) {
        if (!(error instanceof AttachmentTransferError) || error.kind !== 'unauthenticated') throw error;
        const sent = token.current;
        await client.query({ query: sessionCheckQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
        // The renewed token reaches the ref with the next render of the session.
        for (let wait = 0; wait < 20 && token.current === sent; wait += 1) await new Promise((resolve) => setTimeout(resolve, 25));
        if (token.current === sent) throw error;
        return send(() => request(headers()));
      }
    },
    [client, i18n],
  );

  const upload = useCallback(
    async (file: File): Promise<UploadedAttachment> => {
      const response = await withSession((headers) =>
        fetch('/attachments', {
          method: 'POST',
          headers: { ...headers, 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
          body: file,
        }),
      );
      return (await response.json()) as UploadedAttachment;
    },
    [withSession],
  );

  /** Posts a form (a message with its files) with the token; the JSON answer. */
  const postForm = useCallback(
    async <T>(url: string, form: () => FormData): Promise<T> => {
      const response = await withSession((headers) => fetch(url, { method: 'POST', headers, body: form() }));
      return (await response.json()) as T;
    },
    [withSession],
  );

  /** Fetches the file with the token and hands it to the browser as a download. */
  const download = useCallback(
    async (url: string, fileName: string): Promise<void> => {
      const response = await withSession((headers) => fetch(url, { headers }));
      // A web page in place of the file (the app shell, a proxy's error page) is never saved as the form.
      if (/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) throw new AttachmentTransferError('server');
      const blob = await response.blob();
      const objectUrl = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = objectUrl;
      link.download = fileName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
    },
    [withSession],
  );

  return { upload, download, postForm };
}

/** A sentence for a failed transfer, in the interface language. */
export function useAttachmentErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation(['cases', 'common']);
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof AttachmentTransferError)) return t('attachments.failed');
      switch (error.kind) {
        case 'rejected':
          return error.message;
        case 'unauthenticated':
          return t('attachments.signedOut');
        case 'not-found':
          return t('attachments.notFound');
        case 'network':
          return t('common:errors.network');
        default:
          return t('common:errors.server');
      }
    },
    [t],
  );
}
