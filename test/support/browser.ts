import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TestHelper, type TestServer } from './TestHelper';

/** Screenshots for people to look at; the folder is git-ignored. */
export const SHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A real Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with a fresh, throwaway profile. */
export function launchChromium(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** What went wrong on a page while it was watched: uncaught errors, console errors, CSP violations. */
export interface PageProblems {
  errors: string[];
  /** Each as `<directive> blocked <what>`, from the page's securitypolicyviolation events. */
  csp: string[];
}

/**
 * Opens a page that records its problems from the first byte: a CSP violation is both a console
 * error and a securitypolicyviolation event (listened to before any script of the page runs).
 */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], csp: [] };
  page.on('pageerror', (e) => problems.errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('__reportCsp', (v: string) => problems.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __reportCsp(v: string): Promise<void> }).__reportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return { page, problems };
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** An axe-core finding: the rule, its impact and the elements it names. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it is and returns its serious and critical violations. Injecting
 * axe is an inline script, which the page's CSP refuses: the page must be in a context created
 * with `bypassCSP: true` (keep CSP checks to another context, where the policy holds).
 */
export async function seriousAxeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<Record<string, unknown>> }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id as string,
      impact: v.impact as string | null,
      help: v.help as string,
      targets: (v.nodes as Array<{ target: string[] }>).map((n) => n.target.join(' ')),
    }));
  }, include ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The seeded server and the browser a browser-test file shares, and how its tests open pages. */
export interface ExplorerBrowser {
  /** The server under test (set once the file's beforeAll has run). */
  readonly url: string;
  /**
   * Opens the explorer at `hash` in a fresh context and waits until it is ready. The page is
   * watched from its first byte, and after each test every page it opened must have had no
   * uncaught error, console error or CSP violation.
   */
  open(hash: string, options?: { bypassCSP?: boolean; height?: number }): Promise<{ page: Page; problems: PageProblems }>;
}

/** Registers the hooks of a browser-test file: the seeded graph, our server, one Chromium. */
export function useExplorerBrowser(): ExplorerBrowser {
  let helper: TestHelper | undefined;
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let watched: PageProblems[] = [];
  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    server = await helper.startServer();
    browser = await launchChromium();
  }, 120_000);
  afterEach(() => {
    const seen = watched;
    watched = [];
    for (const problems of seen) expect(problems).toEqual({ errors: [], csp: [] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await helper?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    async open(hash, options = {}) {
      const context = await browser!.newContext({
        viewport: { width: 1280, height: options.height ?? 900 },
        acceptDownloads: true,
        bypassCSP: options.bypassCSP ?? false,
      });
      const { page, problems } = await watchedPage(context);
      watched.push(problems);
      await page.goto(`${server!.url}/${hash}`);
      await page.waitForFunction(() => window.explorer !== undefined);
      await page.evaluate(() => window.explorer.ready);
      return { page, problems };
    },
  };
}
