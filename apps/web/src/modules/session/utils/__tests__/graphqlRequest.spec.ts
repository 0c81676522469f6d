import { describe, expect, it, vi } from 'vitest';
import { SIGN_IN_MUTATION } from '../../../auth/graphql/mutations/signInMutation';
import { createFetchRequester, GraphQLRequestError } from '../graphqlRequest';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const variables = { input: { email: 'li.wei@example.com', password: 'Secret-passw0rd' } };

describe('session requester', () => {
  it('posts the operation with the refresh cookie and the current access token', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ data: { signIn: { accessToken: 't' } } }));
    const request = createFetchRequester({ url: '/graphql', accessToken: () => 'abc', fetch });

    await request(SIGN_IN_MUTATION, variables);

    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.credentials).toBe('include');
    expect((init?.headers as Record<string, string>)['authorization']).toBe('Bearer abc');
    const body = JSON.parse(String(init?.body)) as { operationName: string; query: string; variables: unknown };
    expect(body.operationName).toBe('SignIn');
    expect(body.query).toContain('fragment ViewerFields on Viewer');
    // Apollo's cache needs __typename on the viewer this returns; Apollo is not there to add it.
    expect(body.query).toMatch(/user \{\s*__typename/);
    expect(body.variables).toEqual(variables);
  });

  it('sends no Authorization header when signed out', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ data: { signIn: {} } }));
    await createFetchRequester({ url: '/graphql', accessToken: () => null, fetch })(SIGN_IN_MUTATION, variables);
    expect(fetch.mock.calls[0]?.[1]?.headers).not.toHaveProperty('authorization');
  });

  it('turns GraphQL errors into a GraphQLRequestError, even on HTTP 4xx', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValue(jsonResponse({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] }, 429));
    const request = createFetchRequester({ url: '/graphql', accessToken: () => null, fetch });

    const error = await request(SIGN_IN_MUTATION, variables).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors[0]?.extensions?.['code']).toBe('RATE_LIMITED');
  });

  it('reports a non-GraphQL failure as a plain error', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));
    const request = createFetchRequester({ url: '/graphql', accessToken: () => null, fetch });
    await expect(request(SIGN_IN_MUTATION, variables)).rejects.toThrow('HTTP 502');
  });
});
