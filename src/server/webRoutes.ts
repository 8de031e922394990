import path from 'node:path';
import express, { type Router } from 'express';
import { PROJECT_ROOT } from '../config/config';

const WEB_DIR = path.join(PROJECT_ROOT, 'src', 'web');

/** The explorer: its page, stylesheets and bundle (built by `npm run build:web`). */
export function webRoutes(): Router {
  const router = express.Router();
  router.get('/', (_req, res) => res.sendFile(path.join(WEB_DIR, 'index.html')));
  router.get('/explorer.css', (_req, res) => res.sendFile(path.join(WEB_DIR, 'explorer.css')));
  router.get('/profiles.css', (_req, res) => res.sendFile(path.join(WEB_DIR, 'profiles.css')));
  router.use(express.static(path.join(WEB_DIR, 'dist'), { index: false, fallthrough: true }));
  return router;
}
