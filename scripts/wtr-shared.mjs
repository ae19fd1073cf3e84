// @ts-check
// What the Chromium-only and the three-engine test runs share.
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** Serves test fixtures that need response headers (a strict CSP page) the runner cannot set per test. */
function cspFixtureMiddleware(ctx, next) {
  return next().then(() => {
    if (ctx.path.startsWith('/test/fixtures/csp-')) {
      ctx.set('Content-Security-Policy', "default-src 'self'; style-src 'self'");
    }
  });
}

export const sharedConfig = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [cspFixtureMiddleware],
  testFramework: {
    config: { timeout: 10000 },
  },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
};
