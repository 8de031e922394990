import { loadConfig } from './config/config';
import type { CurationJournal } from './curation/curationJournal';
import type { Executor } from './db/executor';
import type { Logger } from './logging/logger';
import { connectDatabase } from './db/connect';
import { createLogger } from './logging/logger';
import { prepareGraph } from './load/prepareGraph';
import { limitsFrom } from './config/limits';
import { serverOptionsFrom } from './config/serverOptions';
import { ReferenceCache } from './reference/referenceCache';
import { ResultCache } from './cache/resultCache';
import { startServer, type RunningServer } from './server/startServer';
import { warmUp } from './server/warmUp';
import { curationServices } from './curation/curationServices';
import { CurationRepository } from './curation/curationRepository';
import { reconcileJournal } from './curation/reconcileJournal';

/**
 * `npm start`: starts (or finds) Neo4j, applies the schema, loads the seed graph, and serves
 * the API and explorer until SIGINT or SIGTERM, then stops everything it started.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const db = await connectDatabase(config, logger);
  let server: RunningServer | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping`);
    // Bounded: the drain by startServer's grace period, the embedded Neo4j's stop by its own kill timer.
    await server?.stop().catch((err: unknown) => logger.error({ err }, 'stopping the server failed'));
    await db.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await prepareGraph(db.executor, { loadSeed: config.KG_LOAD_SEED === 'true', log: (m) => logger.info(m) });
    const options = serverOptionsFrom(config);
    const curation = curationServices(config);
    await settleJournal(curation.journal, db.executor, logger);
    const services = {
      executor: db.executor,
      reference: new ReferenceCache(db.executor),
      results: new ResultCache(config.KG_RESULT_CACHE_MS),
      limits: limitsFrom(config),
      ...curation,
    };
    server = await startServer({ logger, options, services, port: config.PORT, host: config.HOST }).catch((err: NodeJS.ErrnoException) => {
      throw err.syscall === 'listen' ? new Error(`cannot listen on ${config.HOST}:${config.PORT}: ${err.message} (set PORT to a free port)`) : err;
    });
    logger.info(`GraphQL API on http://localhost:${config.PORT}/graphql, explorer on http://localhost:${config.PORT}/, health on /health`);
    if (config.KG_WARM_UP === 'true') void warmUp(server.apollo, services, (m) => logger.info(m));
  } catch (err) {
    logger.fatal(err instanceof Error ? err.message : String(err));
    await db.close();
    process.exit(1);
  }
}

/**
 * Before serving: settles the changes a crash left between the journal and the database (see
 * reconcileJournal.ts) and says when the store lacks committed changes (a lost or replaced store).
 */
async function settleJournal(journal: CurationJournal, executor: Executor, logger: Logger): Promise<void> {
  const report = await reconcileJournal(journal, new CurationRepository(executor, journal));
  if (report.committed || report.aborted)
    logger.info(`curation journal settled: ${report.committed} committed, ${report.aborted} aborted (changes a crash left open)`);
  if (report.tornLines.length) logger.warn(`curation journal ${journal.file}: lines ${report.tornLines.join(', ')} were cut short by a crash and are ignored`);
  if (report.missing)
    logger.warn(`the database lacks ${report.missing} committed curation changes of ${journal.file}: run \`npm run kg -- curation replay\` to apply them`);
}

main().catch((err: unknown) => {
  // Configuration and start-up errors are written for people: print the message, not a trace.
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
