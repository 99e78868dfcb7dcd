import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchMailboxEnquiries, imapClient } from '#server/modules/enquiries/imap-intake.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { dovecotMissing, type ImapServer, startDovecot } from '#tests/setup/imap-server.js';

if (dovecotMissing) console.warn(dovecotMissing);

const mail = (o: { from: string; subject: string; body: string; id: string; headers?: string }) =>
  [
    `From: ${o.from}`,
    'To: desk@test.local',
    `Subject: ${o.subject}`,
    `Message-ID: <${o.id}@example.org>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    ...(o.headers ? [o.headers] : []),
    '',
    o.body,
    '',
  ].join('\r\n');

/** Issue 20, item 3: the desk's mailbox read over IMAP from a real Dovecot on 127.0.0.1. */
describe.skipIf(dovecotMissing).each(DIALECTS)('enquiries from the desk mailbox by IMAP (%s)', (dialect) => {
  let t: TestApp;
  let imap: ImapServer;
  beforeAll(async () => {
    imap = await startDovecot();
    t = await setupApp(dialect);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    imap?.stop();
  });

  const config = () => ({ url: imap.url, category: 'other' });
  async function deliver(...raw: string[]) {
    const { client, mailbox } = imapClient(imap.url);
    await client.connect();
    for (const r of raw) await client.append(mailbox, r);
    await client.logout();
  }
  async function unseenCount() {
    const { client, mailbox } = imapClient(imap.url);
    await client.connect();
    const status = await client.status(mailbox, { unseen: true, messages: true });
    await client.logout();
    if (status === false) throw new Error('STATUS refused');
    return status;
  }
  const enquiry = (reference: string) =>
    t.db.db.selectFrom('enquiries').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();

  it('turns each unseen mail into a routed, acknowledged enquiry in the language it was written in', async () => {
    await deliver(
      mail({
        from: 'Ana Lima <ana.lima@example.org>',
        subject: 'Housing for the spring semester',
        body: 'Is there a dormitory place for exchange students in February?',
        id: 'housing-1',
      }),
      mail({
        from: '陳小華 <chen@example.tw>',
        subject: '交換學生宿舍',
        body: '請問下學期交換學生可以申請宿舍嗎？',
        id: 'housing-zh',
      }),
    );
    const run = await fetchMailboxEnquiries(t.app.deps, config());
    expect(run.received).toHaveLength(2);
    const [en, zh] = await Promise.all(run.received.map(enquiry));
    expect(en).toMatchObject({
      source: 'imap',
      category_code: 'other',
      locale: 'en',
      name: 'Ana Lima',
      email: 'ana.lima@example.org',
      subject: 'Housing for the spring semester',
      message_id: '<housing-1@example.org>',
      status: 'new',
    });
    expect(en?.body).toContain('dormitory place');
    expect(zh).toMatchObject({ locale: 'zh-TW', name: '陳小華', subject: '交換學生宿舍' });
    const ack = await t.db.db
      .selectFrom('mail_outbox')
      .select(['subject', 'locale'])
      .where('to_address', '=', 'chen@example.tw')
      .execute();
    expect(ack).toEqual([expect.objectContaining({ locale: 'zh-TW' })]);
    expect(ack[0]?.subject).toContain(zh?.reference);
    expect((await unseenCount()).unseen).toBe(0); // marked seen once stored
    // In the routed division's queue like a web question.
    const iss = await t.login(DEMO.oiaIss);
    const queue = (await iss.get('/api/v1/enquiries?pageSize=200')).json();
    expect(queue.items.map((e: { id: number }) => e.id)).toContain(en?.id);
  });

  it('stores a mail once even when it is seen unseen again, and never answers an auto-reply', async () => {
    await deliver(
      mail({
        from: 'Mailer <mailer-daemon@example.org>',
        subject: 'Out of office',
        body: 'I am away.',
        id: 'auto-1',
        headers: 'Auto-Submitted: auto-replied',
      }),
    );
    const second = await fetchMailboxEnquiries(t.app.deps, config());
    expect(second).toEqual({ received: [], skipped: 1 });
    // A crash between storing and marking seen: the mail comes back unseen, its Message-ID is known.
    const { client, mailbox } = imapClient(imap.url);
    await client.connect();
    const lock = await client.getMailboxLock(mailbox);
    await client.messageFlagsRemove('1:*', ['\\Seen']);
    lock.release();
    await client.logout();
    const before = await t.db.db.selectFrom('enquiries').select('id').execute();
    const again = await fetchMailboxEnquiries(t.app.deps, config());
    expect(again.received).toEqual([]);
    expect(await t.db.db.selectFrom('enquiries').select('id').execute()).toHaveLength(before.length);
    expect((await unseenCount()).unseen).toBe(0);
  });

  it('refuses a wrong password with the server’s answer, storing nothing', async () => {
    const wrong = imap.url.replace(`:${imap.pass}@`, ':not-the-password@');
    await expect(fetchMailboxEnquiries(t.app.deps, { url: wrong, category: 'other' })).rejects.toThrow();
  });
});
