import { ensureLauncherBuilt } from '../src/db/neo4jLauncherBuild';

// `npm run neo4j:build`: resolves Neo4j and APOC with Maven and compiles the launcher, so that
// the first `npm start` or `npm test` does not have to.
ensureLauncherBuilt((m) => process.stdout.write(`${m}\n`))
  .then(() => process.stdout.write('Neo4j launcher is built.\n'))
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
