#!/usr/bin/env node
// The `kg` command (package.json "bin"): runs src/cli/kg.ts through tsx, so no build step is needed.
require('tsx/cjs');
require('../src/cli/kg.ts')
  .run(process.argv)
  .then((code) => process.exit(code));
