import http from 'node:http';

/**
 * A small round-robin HTTP proxy on 127.0.0.1, standing in for the load balancer in front of several
 * Meridian instances (bench/multi.ts; README "Running on more than one machine"). Each request goes to
 * the next instance in turn, with keep-alive to each; nothing is sticky, so a session must be valid on
 * every instance (it is: sessions live in the database).
 */
export type Proxy = { url: string; counts: number[]; close: () => Promise<void> };

export function startProxy(targets: string[], port = 0): Promise<Proxy> {
  const upstreams = targets.map((t) => new URL(t));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const counts = upstreams.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next;
    next = (next + 1) % upstreams.length;
    counts[i] = (counts[i] ?? 0) + 1;
    const to = upstreams[i] as URL;
    const forward = http.request(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
        agent,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${bound}`,
        counts,
        close: () =>
          new Promise((done) => {
            agent.destroy();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    }),
  );
}

// `npx tsx bench/proxy.ts --port 8080 http://127.0.0.1:3001 http://127.0.0.1:3002`: the proxy on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--port');
  const port = at >= 0 ? Number(argv[at + 1]) : 8080;
  const targets = argv.filter((a, i) => a !== '--port' && i !== at + 1);
  startProxy(targets, port).then((p) => console.log(`round-robin ${p.url} → ${targets.join(', ')}`));
}
