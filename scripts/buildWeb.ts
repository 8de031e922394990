import path from 'node:path';
import { build } from 'esbuild';

// `npm run build:web`: bundles the explorer (src/web) with cytoscape into one script, so the
// page loads nothing from a CDN. `npm start` and `npm test` run it first.
const root = path.join(__dirname, '..');
build({
  entryPoints: [path.join(root, 'src', 'web', 'main.ts')],
  outfile: path.join(root, 'src', 'web', 'dist', 'explorer.js'),
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  format: 'iife',
  tsconfig: path.join(root, 'src', 'web', 'tsconfig.json'),
  logLevel: 'warning',
})
  .then(() => process.stdout.write('explorer bundled: src/web/dist/explorer.js\n'))
  .catch(() => process.exit(1));
