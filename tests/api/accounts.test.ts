import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#server/db/client.js';
import { unitIdsByCode } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, sessionCookie, setupApp, type TestApp } from '#tests/setup/app.js';

/** The token of the newest password link mailed to this address (read from the outbox, as SMTP would send it). */
async function mailedToken(db: Db, to: string): Promise<{ token: string; subject: string; text: string }> {
  const mail = await db
    .selectFrom('mail_outbox')
    .select(['subject', 'body_text'])
    .where('to_address', '=', to)
    .where('dedupe_key', 'like', 'account:%')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const token = mail.body_text.match(/\/set-password\?token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no link in: ${mail.body_text}`);
  return { token, subject: mail.subject, text: mail.body_text };
}

const countMails = async (db: Db, to: string) =>
  Number(
    (
      await db
        .selectFrom('mail_outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('to_address', '=', to)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each(DIALECTS)('accounts: invitations, password links, deactivation (%s)', (dialect) => {
  let t: TestApp;
  let db: Db;
  let admin: Client;
  let units: Record<string, number>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    db = t.db.db;
    admin = await t.login(DEMO.admin);
    units = await unitIdsByCode(admin);
  });
  afterAll(() => t.close());

  const invite = (email: string, extra: Record<string, unknown> = {}) =>
    admin.post('/api/v1/users', {
      email,
      nameZh: '受邀者',
      nameEn: 'Invitee',
      locale: 'en',
      roles: [{ role: 'unit_staff', unitId: units.AA }],
      ...extra,
    });
  const setPassword = (token: string, password = 'a-brand-new-pw') =>
    t.anon.post('/api/v1/auth/set-password', { token, password }, { locale: 'en' });

  it('invites a user without a password: the mail carries a link whose token sets the password and signs in', async () => {
    const res = await invite('invitee@example.edu');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ invitePending: true, personId: null });
    const mail = await mailedToken(db, 'invitee@example.edu');
    expect(mail.subject).toContain('set your password');
    // The token is stored only as its hash.
    const stored = await db.selectFrom('account_tokens').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(mail.token);
    // No password works before it is set.
    expect(
      (await t.anon.post('/api/v1/auth/login', { email: 'invitee@example.edu', password: '!unset' })).statusCode,
    ).toBe(401);

    const set = await setPassword(mail.token);
    expect(set.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: sessionCookie(set) } });
    expect(me.json().email).toBe('invitee@example.edu');
    await t.login('invitee@example.edu', 'a-brand-new-pw');
    const user = (await admin.get(`/api/v1/users/${res.json().id}`)).json();
    expect(user.invitePending).toBe(false);
  });

  it('refuses a used link and an expired one with the same answer', async () => {
    const res = await invite('twice@example.edu');
    const { token } = await mailedToken(db, 'twice@example.edu');
    expect((await setPassword(token)).statusCode).toBe(200);
    const again = await setPassword(token, 'another-password');
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toMatch(/invalid, already used or expired/);

    await admin.post(`/api/v1/users/${res.json().id}/invite`);
    const fresh = await mailedToken(db, 'twice@example.edu');
    expect(fresh.token).not.toBe(token);
    t.clock.advance(7 * 86_400_000 + 60_000);
    try {
      const expired = await setPassword(fresh.token);
      expect(expired.statusCode).toBe(400);
      expect(expired.json()).toEqual(again.json());
    } finally {
      t.clock.advance(-(7 * 86_400_000 + 60_000));
    }
  });

  it('a new link retires the earlier one', async () => {
    const res = await invite('relink@example.edu');
    const first = await mailedToken(db, 'relink@example.edu');
    await admin.post(`/api/v1/users/${res.json().id}/invite`);
    expect((await setPassword(first.token)).statusCode).toBe(400);
    expect((await setPassword((await mailedToken(db, 'relink@example.edu')).token)).statusCode).toBe(200);
  });

  it('forgot password: the same answer for a known and an unknown e-mail; the link resets and ends other sessions', async () => {
    const known = await t.anon.post('/api/v1/auth/forgot-password', { email: DEMO.executive });
    const unknown = await t.anon.post('/api/v1/auth/forgot-password', { email: 'nobody@example.edu' });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(await countMails(db, 'nobody@example.edu')).toBe(0);

    const other = await t.login(DEMO.executive);
    const mail = await mailedToken(db, DEMO.executive);
    expect(mail.text).toContain('重設密碼：'); // the VP reads Chinese
    expect((await setPassword(mail.token, 'reset-password-1')).statusCode).toBe(200);
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(401);
    await t.login(DEMO.executive, 'reset-password-1');
    expect(
      (await t.anon.post('/api/v1/auth/login', { email: DEMO.executive, password: 'meridian-demo' })).statusCode,
    ).toBe(401);
  });

  it('forgot password: a reset link lasts an hour', async () => {
    await t.anon.post('/api/v1/auth/forgot-password', { email: DEMO.oiaIss }, { headers: {} });
    const { token } = await mailedToken(db, DEMO.oiaIss);
    t.clock.advance(61 * 60_000);
    try {
      expect((await setPassword(token)).statusCode).toBe(400);
    } finally {
      t.clock.advance(-61 * 60_000);
    }
  });

  it('forgot password: limited per e-mail (known or not, same 429) and per address', async () => {
    const ask = (email: string, ip = '10.0.0.1') =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email }, remoteAddress: ip });
    for (let i = 0; i < 3; i++) {
      expect((await ask(DEMO.coordBus, `10.1.0.${i}`)).statusCode).toBe(200);
      expect((await ask('ghost@example.edu', `10.2.0.${i}`)).statusCode).toBe(200);
    }
    const knownLimited = await ask(DEMO.coordBus, '10.1.0.9');
    const unknownLimited = await ask('ghost@example.edu', '10.2.0.9');
    expect(knownLimited.statusCode).toBe(429);
    expect(unknownLimited.statusCode).toBe(429);
    expect(unknownLimited.body).toBe(knownLimited.body);
    expect(await countMails(db, DEMO.coordBus)).toBe(3);

    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await ask(`someone${i}@example.edu`, '10.3.0.1')).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 200)).toBe(true);
    expect(codes[20]).toBe(429);
  });

  it('a deactivated user cannot sign in, their sessions end, no reset mail goes out; reactivated they can', async () => {
    const session = await t.login(DEMO.unitStaff);
    const id = (await admin.get(`/api/v1/users?q=${DEMO.unitStaff}`)).json().items[0].id;
    const user = (await admin.get(`/api/v1/users/${id}`)).json();
    const body = (active: boolean, version: number) => ({
      email: user.email,
      nameZh: user.nameZh,
      nameEn: user.nameEn,
      locale: user.locale,
      active,
      roles: user.roles,
      version,
    });
    const off = await admin.put(`/api/v1/users/${id}`, body(false, user.version));
    expect(off.statusCode).toBe(200);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect(
      (await t.anon.post('/api/v1/auth/login', { email: DEMO.unitStaff, password: 'meridian-demo' })).statusCode,
    ).toBe(401);
    const before = await countMails(db, DEMO.unitStaff);
    expect((await t.anon.post('/api/v1/auth/forgot-password', { email: DEMO.unitStaff })).statusCode).toBe(200);
    expect(await countMails(db, DEMO.unitStaff)).toBe(before);
    expect((await admin.post(`/api/v1/users/${id}/invite`)).statusCode).toBe(409);

    expect((await admin.put(`/api/v1/users/${id}`, body(true, off.json().version))).statusCode).toBe(200);
    await t.login(DEMO.unitStaff);
  });

  it('a student account linked to a person sees only that person and their mobility records', async () => {
    const person = await db
      .selectFrom('people')
      .innerJoin('mobilities', 'mobilities.person_id', 'people.id')
      .select(['people.id'])
      .where('people.kind', '=', 'student')
      .where('people.user_id', 'is', null)
      .where('mobilities.archived_at', 'is', null)
      .executeTakeFirstOrThrow();
    const res = await invite('linked.student@example.edu', {
      roles: [{ role: 'student', unitId: units.UNIV }],
      personId: person.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().personId).toBe(person.id);
    // Nobody else's record can be linked to a second account.
    const taken = await invite('second@example.edu', {
      roles: [{ role: 'student', unitId: units.UNIV }],
      personId: person.id,
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.fields[0].path).toBe('personId');

    await setPassword((await mailedToken(db, 'linked.student@example.edu')).token, 'harbour-violet-88');
    const student = await t.login('linked.student@example.edu', 'harbour-violet-88');
    expect((await student.get('/api/v1/people/me')).json().id).toBe(person.id);
    const people = (await student.get('/api/v1/people')).json();
    expect(people.items.map((p: any) => p.id)).toEqual([person.id]);
    const mobilities = (await student.get('/api/v1/mobilities?pageSize=100')).json();
    expect(mobilities.total).toBeGreaterThan(0);
    const own = await db.selectFrom('mobilities').select('id').where('person_id', '=', person.id).execute();
    for (const m of mobilities.items) expect(own.map((o) => o.id)).toContain(m.id);
    const someoneElse = await db
      .selectFrom('mobilities')
      .select('id')
      .where('person_id', '!=', person.id)
      .executeTakeFirstOrThrow();
    expect((await student.get(`/api/v1/mobilities/${someoneElse.id}`)).statusCode).toBe(403);
  });
});
