import { postGraphql } from '../../support/graphqlClient';
import { TestHelper, type TestServer } from '../../support/TestHelper';

describe('production settings, CSRF, CORS and security headers', () => {
  let helper: TestHelper;
  let production: TestServer;
  let open: TestServer;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    production = await helper.startServer(TestHelper.serverOptions({ NODE_ENV: 'production' }));
    open = await helper.startServer(
      TestHelper.serverOptions({
        NODE_ENV: 'production',
        KG_ENABLE_INTROSPECTION: 'true',
        KG_ENABLE_GRAPHIQL: 'true',
        KG_CORS_ORIGINS: 'https://research.example',
      }),
    );
  });
  afterAll(async () => {
    await production.close();
    await open.close();
    await helper.close();
  });

  it('NODE_ENV=production turns off introspection and GraphiQL unless enabled', async () => {
    const closed = await postGraphql(production.url, '{ __schema { queryType { name } } }');
    expect(closed.status).toBe(400);
    expect(closed.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    // Field suggestions would describe the schema that introspection hides.
    const typo = await postGraphql(production.url, '{ practise(id: "beta-groups") { id } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);

    const enabled = await postGraphql<{ __schema: { queryType: { name: string } } }>(open.url, '{ __schema { queryType { name } } }');
    expect(enabled.body.data?.__schema.queryType.name).toBe('Query');
    expect(await (await fetch(`${open.url}/graphql`, { headers: { accept: 'text/html' } })).text()).toContain('GraphiQL');
  });

  it('blocks a cross-site GET that could be a CSRF, and serves one that proves it is not', async () => {
    const simple = await fetch(`${production.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await fetch(`${production.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('allows only the configured CORS origins', async () => {
    const allowed = await fetch(`${open.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://research.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://research.example');
    const other = await fetch(`${open.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const none = await fetch(`${production.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://research.example', 'access-control-request-method': 'POST' },
    });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers with the explorer page', async () => {
    const res = await fetch(`${production.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
