// Middleware for the test server: pages under /test/e2e/pages/ that end in ".csp.html" are
// served with a strict Content-Security-Policy header, as a hardened intranet would send.
export const STRICT_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

export const testServerMiddleware = [
  async function strictCsp(context, next) {
    await next();
    if (/\.csp\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
  },
];
