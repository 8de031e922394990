import neo4j from 'neo4j-driver';
import { poolMax } from '../metrics/metrics';

const MAX_POOL_SIZE = 100;

/** Creates the project's driver with settings that make an unreachable server fail fast. */
export function createDriver(uri: string, username: string, password: string) {
  // The embedded server runs without authentication; a remote one needs credentials.
  const auth = password ? neo4j.auth.basic(username, password) : undefined;
  poolMax.set(MAX_POOL_SIZE);
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 1_500,
    // Waiting for a free pooled connection under load is not a fault: queue rather than fail.
    // (A database that is down fails at connect, which connectionTimeout bounds.)
    connectionAcquisitionTimeout: 30_000,
    // The driver then retries a transient failure once, about a second later: enough to ride out
    // a cluster's leader switch, short enough that a dead database fails a request within 2 s.
    maxTransactionRetryTime: 0,
    maxConnectionPoolSize: MAX_POOL_SIZE,
    userAgent: 'migrant-rights-kg/0.1',
    // Nothing reads the server's query notifications (deprecations, cartesian products, unbounded
    // paths); the server would build them and the driver decode them for every statement.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}
