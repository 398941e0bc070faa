import type { ApolloClient } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql/language/printer';

/**
 * How the session talks to the server before Apollo Client is here: signing in and renewing the
 * session from the refresh cookie. The login page must not wait for Apollo (51 KB gzip of the
 * first page, issue 11 point 7), so in the browser these go over a plain `fetch`; the tests route
 * them through their mocked Apollo link instead (`apolloSessionRequests`), with the same documents.
 */
export interface SessionRequests {
  execute<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData>;
}

/** Why a session request failed, as the login form tells it: the server's own (translated) words, or no answer. */
export class SessionRequestError extends Error {
  constructor(
    readonly kind: 'graphql' | 'server' | 'network',
    readonly errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> = [],
    readonly statusCode?: number,
  ) {
    super(errors.map((error) => error.message).join(' ') || kind);
    this.name = 'SessionRequestError';
  }
}

export interface FetchSessionRequestsOptions {
  /** Same origin: the refresh cookie is scoped to /graphql here. */
  uri?: string;
  /** The interface language, so that the server's messages come back in it. */
  getLanguage: () => string;
  fetch?: typeof globalThis.fetch;
}

/** GraphQL over one JSON POST, as Apollo's HttpLink sends it (a JSON body is never a "simple" request, so CSRF prevention lets it through). */
export function fetchSessionRequests({ uri = '/graphql', getLanguage, fetch = globalThis.fetch.bind(globalThis) }: FetchSessionRequestsOptions): SessionRequests {
  return {
    async execute(document, variables) {
      let response: Response;
      try {
        response = await fetch(uri, {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            'accept-language': getLanguage(),
          },
          body: JSON.stringify({ query: print(document), ...(variables ? { variables } : {}) }),
        });
      } catch {
        throw new SessionRequestError('network');
      }
      let body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new SessionRequestError('server', [], response.status);
      }
      if (Array.isArray(body.errors) && body.errors.length > 0) throw new SessionRequestError('graphql', body.errors, response.status);
      if (!response.ok || body.data == null) throw new SessionRequestError('server', [], response.status);
      return body.data as never;
    },
  };
}

/** The same requests through an Apollo client (the tests' mocked server), without the session-refresh link. */
export function apolloSessionRequests(client: ApolloClient): SessionRequests {
  return {
    async execute(document, variables) {
      const { data } = await client.mutate({ mutation: document, variables: variables as never, context: { skipSessionRefresh: true } });
      if (!data) throw new SessionRequestError('server');
      return data as never;
    },
  };
}

/**
 * The words for a failed request, without Apollo's error classes (they live in the Apollo chunk):
 * GraphQL errors (ours or Apollo's CombinedGraphQLErrors) are already translated by the server.
 */
export function describeRequestError(error: unknown, t: (key: 'errors.unexpected' | 'errors.server' | 'errors.network') => string): string {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const messages = [...new Set(errors.map((e) => (e as { message?: string }).message).filter(Boolean))];
    return messages.length > 0 ? messages.join(' ') : t('errors.unexpected');
  }
  const kind = (error as { kind?: string; name?: string } | null);
  if (kind?.kind === 'server' || kind?.name === 'ServerError') return t('errors.server');
  return t('errors.network');
}
