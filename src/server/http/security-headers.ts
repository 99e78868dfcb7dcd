import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

const DIRECTIVES = {
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
};

/**
 * helmet's security headers (CSP, HSTS, nosniff, frame and referrer policies…) on every response.
 * The headers never vary by request, so helmet runs once at start-up against a recorder and each
 * request only copies the result. @fastify/helmet rebuilt helmet's middleware, CSP parsing included,
 * on every request: 4–5% of the server's CPU on a detail read (issue 6, ADR 0016).
 */
function securityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  // Over plain HTTP (an intranet pilot at http://oia-server:3000) `upgrade-insecure-requests` would make the
  // browser fetch the scripts over https, and HSTS would lock the host to https: both only when the request
  // really came over TLS (directly, or through a proxy trusted with TRUST_PROXY).
  const options = https
    ? { contentSecurityPolicy: { directives: DIRECTIVES } }
    : {
        contentSecurityPolicy: { directives: { ...DIRECTIVES, 'upgrade-insecure-requests': null } },
        strictTransportSecurity: false,
      };
  helmet(options)(
    {} as Parameters<ReturnType<typeof helmet>>[0],
    recorder as unknown as Parameters<ReturnType<typeof helmet>>[1],
    (err?: unknown) => {
      if (err) throw err;
    },
  );
  return headers;
}

export function registerSecurityHeaders(app: FastifyInstance) {
  const plain = securityHeaders(false);
  const secure = securityHeaders(true);
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(req.protocol === 'https' ? secure : plain);
    done();
  });
  // What the API answers a signed-in user (people, applications, exports…) is kept by no cache, shared
  // or the browser's (issue 16); the web app's files keep their own caching, as does a route that sets it.
  app.addHook('onSend', (req, reply, payload, done) => {
    if ((req as { user?: unknown }).user && req.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
