import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { ServerOptions } from '../config/serverOptions';
import type { Logger } from '../logging/logger';
import { createApolloServer } from './createApolloServer';
import { createApp } from './createApp';
import type { RequestContext, ServerServices } from '../context/requestContext';

/** What the API server needs to start. */
export interface StartOptions {
  logger: Logger;
  options: ServerOptions;
  services: ServerServices;
  port: number;
  host: string;
  /** How long stop() lets requests in flight finish before it cuts their connections (10 s). */
  graceMs?: number;
}

/** A listening API server. */
export interface RunningServer {
  apollo: ApolloServer<RequestContext>;
  http: http.Server;
  /** `http://<host>:<port>`, with the port actually bound (port 0 picks a free one). */
  url: string;
  /**
   * Stops Apollo, which first drains the HTTP server: no new connection is accepted, idle ones
   * are closed, requests in flight get `graceMs` to finish, then their connections are cut.
   * So it resolves within about `graceMs`, whatever the clients do.
   */
  stop(): Promise<void>;
}

/** Starts Apollo and the HTTP app (API, explorer, exports, health) on `host:port`. */
export async function startServer({ logger, options, services, port, host, graceMs = 10_000 }: StartOptions): Promise<RunningServer> {
  // The HTTP server exists before Apollo, whose drain plugin watches its connections and requests.
  const server = http.createServer();
  const apollo = createApolloServer({ logger, options, httpServer: server, drainMs: graceMs });
  await apollo.start();
  server.on('request', createApp({ apollo, services, options, logger }));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await apollo.stop();
    throw err;
  }
  const { port: bound } = server.address() as AddressInfo;
  return {
    apollo,
    http: server,
    url: `http://${host}:${bound}`,
    stop: () => apollo.stop(),
  };
}
