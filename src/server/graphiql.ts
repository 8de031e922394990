import type { RequestHandler } from 'express';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const DEFAULT_QUERY = `# Which instruments back the Beta Groups practice, and through which steps?
{
  search(text: "Beta Groups", first: 3) { __typename score id label }
}
`;

/**
 * Serves GraphiQL on `GET /graphql` to browsers. The page inlines its scripts and styles,
 * so it works with no internet access, unlike Apollo's CDN-hosted landing page.
 */
export function graphiqlHandler(endpoint: string): RequestHandler {
  const html = renderGraphiQL({ endpoint, title: 'Migrant-rights knowledge graph — GraphiQL', defaultQuery: DEFAULT_QUERY });
  return (req, res, next) => {
    const wantsHtml = req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html';
    if (!wantsHtml || req.query.query !== undefined) return next();
    res.type('html').send(html);
  };
}
