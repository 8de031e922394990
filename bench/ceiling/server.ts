import http from 'node:http';
import { loadConfig } from '../../src/config/config';
import { serverOptionsFrom } from '../../src/config/serverOptions';
import { createLogger } from '../../src/logging/logger';
import { loadTypeDefs } from '../../src/schema/loadTypeDefs';
import { apolloCeilingApp } from './apolloCeilingApp';
import { queryArmor } from '../../src/server/queryArmor';
import { CEILING_MODES } from './ceilingModes';
import { echoHandler } from './echoHandler';
import { graphqlFloorResolvers } from './graphqlFloorResolvers';
import { graphqlJsHandler } from './graphqlJsHandler';
import { readRecordedAnswers, recordedRoot } from './recordedAnswers';

// A ceiling server: our schema and the recorded answers of the read queries, no database,
// answering POST /graphql as one of CEILING_MODE=echo | graphql-js | apollo. Or, with
// CEILING_MODE=graphql-floor, the GraphQL floor: Apollo executing with graphql-jit as ours does,
// each read query's root field resolved by its hand-written Cypher on NEO4J_URI (see
// graphqlFloorResolvers.ts; CEILING_QUERIES, CEILING_PRACTICE_ID and CEILING_PARTNER_ID say which
// queries and graph). Started by `npm run bench:ceiling` as its own process, one per mode, so
// that its CPU time is its own.

async function listener(mode: string): Promise<http.RequestListener> {
  if (mode === 'graphql-floor') {
    const uri = process.env.NEO4J_URI;
    if (!uri) throw new Error('the GraphQL floor needs NEO4J_URI');
    const params = { practiceId: process.env.CEILING_PRACTICE_ID ?? '', partnerId: process.env.CEILING_PARTNER_ID ?? '' };
    const queryResolvers = await graphqlFloorResolvers(uri, params, (process.env.CEILING_QUERIES ?? '').split(','));
    const options = serverOptionsFrom(loadConfig());
    return apolloCeilingApp(loadTypeDefs(), {}, options, createLogger('warn', false, process.stderr), { queryResolvers, jit: true });
  }
  const file = process.env.CEILING_ANSWERS;
  if (!file) throw new Error('CEILING_ANSWERS (the recorded answers file) is required');
  const answers = readRecordedAnswers(file);
  const root = recordedRoot(answers);
  const options = serverOptionsFrom(loadConfig());
  switch (mode) {
    case 'echo':
      return echoHandler(answers);
    case 'graphql-js':
      return graphqlJsHandler(loadTypeDefs(), root, queryArmor(options).validationRules, options.maxTokens);
    case 'apollo':
      return apolloCeilingApp(loadTypeDefs(), root, options, createLogger('warn', false, process.stderr));
    default:
      throw new Error(`CEILING_MODE must be graphql-floor or one of ${CEILING_MODES.join(', ')}, got ${JSON.stringify(mode)}`);
  }
}

async function main(): Promise<void> {
  const mode = process.env.CEILING_MODE ?? '';
  const server = http.createServer(await listener(mode));
  const port = Number(process.env.PORT ?? 4003);
  server.listen(port, '127.0.0.1', () => process.stdout.write(`CEILING_READY ${mode} http://127.0.0.1:${port}/graphql\n`));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
