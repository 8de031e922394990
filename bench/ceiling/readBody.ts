import type http from 'node:http';

/** A GraphQL POST body, as the ceiling servers read it. */
export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** Reads a request's whole body and parses it as a GraphQL POST. */
export function readGraphqlRequest(req: http.IncomingMessage): Promise<GraphqlRequest> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphqlRequest);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  });
}

/** Answers a request with a JSON body. */
export function sendJson(res: http.ServerResponse, status: number, json: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(json);
}
