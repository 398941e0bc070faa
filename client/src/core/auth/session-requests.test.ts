import { describe, expect, it, vi } from 'vitest';
import { describeRequestError, fetchSessionRequests, SessionRequestError } from './session-requests';
import { loginMutation, refreshSessionMutation } from './session-operations';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const t = (key: string) => `[${key}]`;

describe('session requests over fetch (the first page has no Apollo Client)', () => {
  it('posts the printed document with its variables, as JSON, in the interface language', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(json({ data: { login: { accessToken: 'a' } } }));
    const requests = fetchSessionRequests({ getLanguage: () => 'bs', fetch });

    const data = await requests.execute(loginMutation, { input: { email: 'a@b.example', password: 'secret' } });

    expect(data).toEqual({ login: { accessToken: 'a' } });
    const [uri, init] = fetch.mock.calls[0]!;
    expect(uri).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    const headers = init?.headers as Record<string, string>;
    // JSON is never a "simple" request: the server's CSRF prevention lets it through, a form post not.
    expect(headers['content-type']).toBe('application/json');
    expect(headers['accept-language']).toBe('bs');
    const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
    expect(body.variables).toEqual({ input: { email: 'a@b.example', password: 'secret' } });
    expect(body.query).toMatch(/mutation Login\(\$input: LoginInput!\)/);
    // The fragments the document spreads travel with it.
    expect(body.query).toMatch(/fragment SessionPayload on AuthPayload/);
    expect(body.query).toMatch(/fragment SessionUser on User/);
  });

  it('sends no variables for a document without any', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(json({ data: { refreshSession: { accessToken: 'b' } } }));
    await fetchSessionRequests({ getLanguage: () => 'sv', fetch }).execute(refreshSessionMutation);
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).not.toHaveProperty('variables');
  });

  it("rejects with the server's GraphQL errors, whatever the HTTP status", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(
      json({ errors: [{ message: 'Fel e-post eller lösenord.', extensions: { code: 'INVALID_CREDENTIALS' } }] }, 200),
    );
    const failure = await fetchSessionRequests({ getLanguage: () => 'sv', fetch }).execute(refreshSessionMutation).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SessionRequestError);
    expect((failure as SessionRequestError).kind).toBe('graphql');
    expect((failure as SessionRequestError).errors[0]!.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(describeRequestError(failure, t)).toBe('Fel e-post eller lösenord.');
  });

  it('tells a server that answered something other than GraphQL from a network that did not answer', async () => {
    const proxyPage = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));
    const server = await fetchSessionRequests({ getLanguage: () => 'en', fetch: proxyPage }).execute(refreshSessionMutation).catch((e: unknown) => e);
    expect(describeRequestError(server, t)).toBe('[errors.server]');

    const offline = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    const network = await fetchSessionRequests({ getLanguage: () => 'en', fetch: offline }).execute(refreshSessionMutation).catch((e: unknown) => e);
    expect(describeRequestError(network, t)).toBe('[errors.network]');
  });
});
