import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks } from '#server/modules/integrations/webhook-sender.js';
import { verifyDelivery } from '#server/modules/integrations/webhook-signature.js';
import { REPLAY_WINDOW_SECONDS } from '#shared/integrations.js';
import { DIALECTS } from '#tests/setup/app.js';
import { createMobility, type MobilityWorld, mobilityWorld, outboundBody, step } from './mobility-fixtures.js';

type Received = { headers: http.IncomingHttpHeaders; body: string; verdict: string };

/**
 * A receiver as an integrator would write it, on 127.0.0.1: it checks the signature itself (HMAC-SHA256 of
 * `${timestamp}.${body}`), refuses a timestamp outside the replay window (400), and answers 500 while told to.
 */
function startReceiver(secretOf: () => Map<string, string>) {
  const received: Received[] = [];
  let failNext = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const secret = secretOf().get(req.url ?? '') ?? '';
      const ts = String(req.headers['x-meridian-timestamp']);
      const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`);
      const sent = Buffer.from(String(req.headers['x-meridian-signature']));
      const signed = expected.length === sent.length && timingSafeEqual(expected, sent);
      const fresh = Math.abs(Date.now() / 1000 - Number(ts)) <= REPLAY_WINDOW_SECONDS;
      const verdict = !signed ? 'bad signature' : !fresh ? 'stale' : failNext > 0 ? 'failing' : 'ok';
      received.push({ headers: req.headers, body, verdict });
      if (verdict === 'failing') failNext--;
      res.writeHead(verdict === 'ok' ? 200 : verdict === 'failing' ? 500 : 400, { 'content-type': 'text/plain' });
      res.end(verdict === 'failing' ? 'receiver down for maintenance' : verdict);
    });
  });
  return {
    received,
    failTimes: (n: number) => {
      failNext = n;
    },
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe.each(DIALECTS)('webhooks (%s)', (dialect) => {
  let w: MobilityWorld;
  const secrets = new Map<string, string>();
  const receiver = startReceiver(() => secrets);
  let base: string;
  const subscribe = async (path: string, body: Record<string, unknown>) => {
    const res = await w.as.admin.post('/api/v1/webhooks', { name: path, url: `${base}${path}`, ...body });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    secrets.set(path, created.secret);
    return created as { id: number; secret: string };
  };
  const deliveries = async (id: number) => (await w.as.admin.get(`/api/v1/webhooks/${id}/deliveries`)).json().items;
  const deliver = () => deliverDueWebhooks(w.t.app.deps);

  beforeAll(async () => {
    w = await mobilityWorld(dialect);
    base = await receiver.listen();
  });
  afterAll(async () => {
    await receiver.close();
    await w.t.close();
  });

  it('only administrators subscribe; the secret is shown once and kept encrypted', async () => {
    const body = {
      name: 'x',
      url: 'http://127.0.0.1:9/x',
      events: ['mobility.created'],
      role: 'oia_staff',
      unitId: w.unit.UNIV,
    };
    expect((await w.as.oia.post('/api/v1/webhooks', body)).statusCode).toBe(403);
    const bad = await w.as.admin.post('/api/v1/webhooks', { ...body, url: 'ftp://example.org', events: [] });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['events', 'url']);
    const made = await subscribe('/probe', {
      events: ['mobility.created'],
      role: 'oia_staff',
      unitId: w.unit.UNIV,
      active: false,
    });
    expect(made.secret).toMatch(/^whsec_/);
    const listed = (await w.as.admin.get('/api/v1/webhooks'))
      .json()
      .items.find((s: { id: number }) => s.id === made.id);
    expect(listed).not.toHaveProperty('secret');
    const row = await w.db
      .selectFrom('webhook_subscriptions')
      .select('secret_enc')
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(row.secret_enc).not.toContain(made.secret);
  });

  it('signs each delivery, retries after a 500 with backoff, and shows the answers', async () => {
    const sub = await subscribe('/oia', {
      events: ['mobility.created', 'mobility.changed'],
      role: 'oia_staff',
      unitId: w.unit.UNIV,
    });
    receiver.failTimes(1);
    const m = await createMobility(w.as.oia, outboundBody(w.people.engStudent));
    const first = await deliver();
    expect(first).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    let [d] = await deliveries(sub.id);
    expect(d).toMatchObject({ eventKind: 'mobility.created', status: 'pending', attempts: 1, responseStatus: 500 });
    expect(d.responseExcerpt).toBe('receiver down for maintenance');
    // Not due yet: nothing is sent before the backoff has passed.
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    w.t.clock.advance(61_000);
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    [d] = await deliveries(sub.id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 200, responseExcerpt: 'ok' });
    const attempts = receiver.received.filter((r) => r.headers['x-meridian-delivery'] === d.eventId);
    expect(attempts.map((r) => r.verdict)).toEqual(['failing', 'ok']);
    const payload = JSON.parse(attempts[1]?.body ?? '{}');
    expect(payload).toMatchObject({
      kind: 'mobility.created',
      data: { mobilityId: m.id, personId: w.people.engStudent },
    });
    expect(attempts[1]?.headers['x-meridian-event']).toBe('mobility.created');
    // The server's own check agrees; a changed body or an old timestamp does not pass.
    const headers = {
      timestamp: String(attempts[1]?.headers['x-meridian-timestamp']),
      signature: String(attempts[1]?.headers['x-meridian-signature']),
    };
    const now = Number(headers.timestamp);
    expect(verifyDelivery(sub.secret, headers, attempts[1]?.body ?? '', now)).toBe('ok');
    expect(verifyDelivery(sub.secret, headers, `${attempts[1]?.body} `, now)).toBe('bad_signature');
    expect(verifyDelivery(sub.secret, headers, attempts[1]?.body ?? '', now + REPLAY_WINDOW_SECONDS + 1)).toBe(
      'outside_window',
    );
    // A status action is a change too.
    await step(w.as.oia, m, 'nominate');
    await deliver();
    expect((await deliveries(sub.id))[0]).toMatchObject({ eventKind: 'mobility.changed', status: 'delivered' });
  });

  it('a receiver refuses a delivery stamped outside its replay window; it is retried, freshly signed', async () => {
    const sub = await subscribe('/window', { events: ['mobility.created'], role: 'oia_staff', unitId: w.unit.UNIV });
    await createMobility(w.as.oia, outboundBody(w.people.busStudent));
    // The sending server's clock runs ten minutes ahead of the receiver's: the timestamp is out of the window.
    w.t.clock.advance(10 * 60_000);
    await deliver();
    const [d] = await deliveries(sub.id);
    expect(d).toMatchObject({ status: 'pending', responseStatus: 400, responseExcerpt: 'stale' });
    expect(receiver.received.at(-1)?.verdict).toBe('stale');
  });

  it("never tells a subscriber what its scope could not read: another college's records, or people", async () => {
    const bus = await subscribe('/bus', {
      events: ['mobility.created', 'agreement.status_changed'],
      role: 'college_coordinator',
      unitId: w.unit.BUS,
    });
    const exec = await subscribe('/exec', { events: ['mobility.created'], role: 'executive', unitId: w.unit.UNIV });
    const eng = await createMobility(
      w.as.oia,
      outboundBody(w.people.engStudent, { startDate: '2027-02-01', endDate: '2027-06-30' }),
    );
    const busM = await createMobility(
      w.as.oia,
      outboundBody(w.people.busStudent, { startDate: '2027-02-01', endDate: '2027-06-30' }),
    );
    const forBus = (await deliveries(bus.id)).map((d: { payload: string }) => JSON.parse(d.payload).data.mobilityId);
    expect(forBus).toEqual([busM.id]);
    expect(forBus).not.toContain(eng.id);
    // Executives read mobility records but not people: the person's id is left out.
    const forExec = (await deliveries(exec.id)).map((d: { payload: string }) => JSON.parse(d.payload).data);
    expect(forExec.map((x: { mobilityId: number }) => x.mobilityId).sort()).toEqual([eng.id, busM.id].sort());
    expect(forExec.every((x: { personId: unknown }) => x.personId === null)).toBe(true);
    for (const d of await deliveries(exec.id)) expect(d.payload).not.toMatch(/Tester|測試|passport/i);
  });
});
