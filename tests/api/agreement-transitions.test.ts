import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#shared/calendar.js';
import type { Client } from '#tests/setup/app.js';
import { DIALECTS } from '#tests/setup/app.js';
import { activeAgreement, advance, agreementBody, agreementWorld, create, type World } from './agreement-fixtures.js';

const DAY = 86_400_000;

describe.each(DIALECTS)('agreement lifecycle (%s)', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await agreementWorld(dialect);
  });
  afterAll(() => w.t.close());

  /** Activations here say the signed copy will follow (no file is uploaded), unless a test says otherwise. */
  const post = (c: Client, a: { id: number; version: number }, action: string, extra: Record<string, unknown> = {}) =>
    c.post(`/api/v1/agreements/${a.id}/transitions`, {
      action,
      version: a.version,
      ...(action === 'activate' ? { signedCopyToFollow: true } : {}),
      ...extra,
    });
  /** A draft owned by the College of Engineering, written by its coordinator. */
  const engDraft = async () => create(w.as.coordEng, agreementBody((await w.partnerIn('DE')).id, w.today()));

  it('walks draft → under review → awaiting signature → active with who and when, and lists what each user may do', async () => {
    const draft = await engDraft();
    expect(draft).toMatchObject({ status: 'draft', owningUnitId: w.unit.ENG, transitions: ['submit'] });
    expect(draft.permissions).toEqual({ update: true, archive: false, upload: true, managePlaces: false });
    const submitted = (await post(w.as.coordEng, draft, 'submit')).json();
    expect(submitted).toMatchObject({ status: 'under_review', transitions: [] });
    expect(submitted.permissions.update).toBe(false); // no longer a draft: the coordinator cannot edit it
    const forOia = (await w.as.oia.get(`/api/v1/agreements/${draft.id}`)).json();
    expect(forOia.transitions).toEqual(['return', 'approve']);
    expect((await w.as.vp.get(`/api/v1/agreements/${draft.id}`)).json().transitions).toEqual([]);
    const approved = (await post(w.as.oia, forOia, 'approve')).json();
    expect(approved).toMatchObject({ status: 'awaiting_signature', transitions: ['return', 'activate'] });
    const active = (await post(w.as.admin, approved, 'activate')).json();
    expect(active).toMatchObject({ status: 'active', transitions: ['terminate', 'renew'] });
    expect(active.statusChangedAt).toBe(active.updatedAt);

    const history = (await w.as.oia.get(`/api/v1/agreements/${draft.id}/history`)).json().items;
    expect(history.map((h: any) => [h.action, h.summary, h.actorEmail])).toEqual([
      ['transition', expect.stringMatching(/^待簽署 → 生效中：\S/), 'admin@demo.meridian.tw'],
      ['transition', '審核中 → 待簽署', 'oia.ic@demo.meridian.tw'],
      ['transition', '草稿 → 審核中', 'coord.eng@demo.meridian.tw'],
      ['create', expect.stringContaining('測試交換協議'), 'coord.eng@demo.meridian.tw'], // the title in the reader's language
    ]);
    expect(history[0].before.status).toBe('awaiting_signature');
    // The same entries in English: stored as codes (ADR 0030), rendered in the reader's language.
    const en = (await w.as.oia.get(`/api/v1/agreements/${draft.id}/history`, { locale: 'en' })).json().items;
    expect(en.slice(1, 3).map((h: any) => h.summary)).toEqual([
      'Under review → Awaiting signature',
      'Draft → Under review',
    ]);
    expect(history[0].after.status).toBe('active');
  });

  it('refuses each transition to the roles that do not own it (403)', async () => {
    const draft = await engDraft();
    for (const c of [w.as.coordBus, w.as.oiaIss, w.as.vp, w.as.student])
      expect((await post(c, draft, 'submit')).statusCode).toBe(403);
    const review = await advance(w.as.coordEng, draft, 'submit');
    for (const action of ['approve', 'return'])
      for (const c of [w.as.coordEng, w.as.coordBus, w.as.oiaIss, w.as.vp])
        expect((await post(c, review, action, { comment: 'x' })).statusCode, action).toBe(403);
    const awaiting = await advance(w.as.oia, review, 'approve');
    for (const c of [w.as.coordEng, w.as.oiaIss, w.as.vp])
      expect((await post(c, awaiting, 'activate')).statusCode).toBe(403);
    const active = await advance(w.as.oia, awaiting, 'activate');
    for (const action of ['terminate', 'renew'])
      for (const c of [w.as.coordEng, w.as.oiaIss, w.as.vp, w.as.student])
        expect((await post(c, active, action, { comment: 'x' })).statusCode, action).toBe(403);
    // The coordinator of the same college may submit; of another college may not even see it.
    expect((await w.as.coordBus.get(`/api/v1/agreements/${draft.id}`)).statusCode).toBe(403);
  });

  it('refuses transitions that do not start from the current status (409 INVALID_TRANSITION)', async () => {
    const draft = await create(w.as.oia, agreementBody((await w.partnerIn('KR')).id, w.today()));
    const invalid = async (a: any, action: string) => {
      const res = await post(w.as.oia, a, action, { comment: 'x' });
      expect(res.statusCode, `${action} from ${a.status}`).toBe(409);
      expect(res.json().error.code).toBe('INVALID_TRANSITION');
    };
    for (const action of ['return', 'approve', 'activate', 'terminate', 'renew']) await invalid(draft, action);
    const review = await advance(w.as.oia, draft, 'submit');
    for (const action of ['submit', 'activate', 'terminate', 'renew']) await invalid(review, action);
    const active = await advance(w.as.oia, review, 'approve', 'activate');
    for (const action of ['submit', 'approve', 'activate', 'return']) await invalid(active, action);
    const terminated = (await post(w.as.oia, active, 'terminate', { comment: 'Programme closed' })).json();
    expect(terminated).toMatchObject({
      status: 'terminated',
      terminatedOn: w.today(),
      terminationReason: 'Programme closed',
    });
    expect(terminated.transitions).toEqual([]);
    for (const action of ['submit', 'return', 'approve', 'activate', 'terminate', 'renew'])
      await invalid(terminated, action);
  });

  it('returns to draft with a required comment, and terminates on a given date', async () => {
    const review = await advance(w.as.oia, await engDraft(), 'submit', 'approve');
    const noComment = await post(w.as.oia, review, 'return');
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields).toEqual([
      { path: 'comment', code: 'comment_required', message: expect.any(String) },
    ]);
    const back = (await post(w.as.oia, review, 'return', { comment: 'Fix the partner’s faculty' })).json();
    expect(back.status).toBe('draft');
    const history = (await w.as.oia.get(`/api/v1/agreements/${review.id}/history`)).json().items;
    expect(history[0].summary).toBe('待簽署 → 草稿：Fix the partner’s faculty');
    // Back in draft, its coordinator may edit it again.
    expect((await w.as.coordEng.get(`/api/v1/agreements/${review.id}`)).json().permissions.update).toBe(true);

    const active = await activeAgreement(w);
    expect((await post(w.as.oia, active, 'terminate')).json().error.fields[0].path).toBe('comment');
    const date = addDays(w.today(), 14);
    const ended = (await post(w.as.oia, active, 'terminate', { comment: 'Mutual consent', date })).json();
    expect(ended).toMatchObject({ status: 'terminated', terminatedOn: date });
  });

  it('activates only with a start date and an end date (or open-ended), naming what is missing in the user’s language', async () => {
    const partner = await w.partnerIn('US');
    const body = agreementBody(partner.id, w.today(), { startDate: null, endDate: null });
    const awaiting = await advance(w.as.oia, await create(w.as.oia, body), 'submit', 'approve');
    const zh = await w.as.oia.post(
      `/api/v1/agreements/${awaiting.id}/transitions`,
      { action: 'activate', version: awaiting.version },
      { locale: 'zh-TW' },
    );
    const enRes = await w.as.oia.post(
      `/api/v1/agreements/${awaiting.id}/transitions`,
      { action: 'activate', version: awaiting.version },
      { locale: 'en' },
    );
    expect(enRes.statusCode).toBe(400);
    expect(enRes.json().error.fields).toEqual([
      {
        path: 'startDate',
        code: 'missing_for_activation',
        message: 'Needed before it can take effect: Start date, End date.',
      },
      {
        path: 'endDate',
        code: 'missing_for_activation',
        message: 'Needed before it can take effect: Start date, End date.',
      },
    ]);
    expect(zh.json().error.fields[0].message).toBe('生效前需填寫：生效日、到期日。');
    const put = await w.as.oia.put(`/api/v1/agreements/${awaiting.id}`, {
      ...body,
      startDate: w.today(),
      openEnded: true,
      version: awaiting.version,
    });
    expect(put.statusCode, put.body).toBe(200);
    const active = (await post(w.as.oia, put.json(), 'activate')).json();
    expect(active).toMatchObject({ status: 'active', openEnded: true, endDate: null, noticeDate: null });
  });

  it('activates only with the signed file uploaded or said to follow, and records which', async () => {
    const awaiting = await advance(
      w.as.oia,
      await create(w.as.oia, agreementBody((await w.partnerIn('NL')).id, w.today())),
      'submit',
      'approve',
    );
    const bare = { action: 'activate', version: awaiting.version };
    const en = await w.as.oia.post(`/api/v1/agreements/${awaiting.id}/transitions`, bare, { locale: 'en' });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual([
      {
        path: 'signedCopyToFollow',
        code: 'signed_copy_required',
        message: expect.stringMatching(/^Upload the signed agreement first/),
      },
    ]);
    const zh = await w.as.oia.post(`/api/v1/agreements/${awaiting.id}/transitions`, bare, { locale: 'zh-TW' });
    expect(zh.json().error.fields[0].message).toMatch(/^請先上傳雙方簽署的協議檔/);
    expect((await w.as.oia.get(`/api/v1/agreements/${awaiting.id}`)).json().status).toBe('awaiting_signature');
    const ok = await w.as.oia.post(
      `/api/v1/agreements/${awaiting.id}/transitions`,
      { ...bare, signedCopyToFollow: true },
      { locale: 'en' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'active', hasSignedFile: false });
    const history = (await w.as.oia.get(`/api/v1/agreements/${awaiting.id}/history`, { locale: 'en' })).json().items;
    expect(history[0].summary).toBe('Awaiting signature → Active: Activated without the signed copy; it will follow.');
    const inZh = (await w.as.oia.get(`/api/v1/agreements/${awaiting.id}/history`)).json().items;
    expect(inZh[0].summary).toBe('待簽署 → 生效中：生效時尚未上傳簽署檔，將隨後補上。');
  });

  it('refuses a transition made on a stale version (409 with the current record)', async () => {
    const draft = await create(w.as.oia, agreementBody((await w.partnerIn('FR')).id, w.today()));
    await post(w.as.oia, draft, 'submit');
    const stale = await post(w.as.oia, { ...draft, version: draft.version }, 'submit');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('INVALID_TRANSITION'); // it is no longer a draft
    const review = (await w.as.oia.get(`/api/v1/agreements/${draft.id}`)).json();
    const conflict = await post(w.as.oia, { ...review, version: review.version - 1 }, 'approve');
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { id: draft.id, status: 'under_review' },
    });
  });

  it('renews as a new linked draft; activating it marks the old one renewed', async () => {
    const partners = [await w.partnerIn('JP'), await w.partnerIn('DE')];
    const body = agreementBody(partners[0]!.id, w.today(), {
      partners: partners.map((p, i) => ({ partnerId: p!.id, facultyEn: i ? 'Faculty of Engineering' : null })),
      code: 'SEA-RENEW-1',
      startDate: '2022-08-01',
      endDate: addDays(w.today(), 60),
      noticeMonths: 3,
    });
    const old = await advance(w.as.oia, await create(w.as.oia, body), 'submit', 'approve', 'activate');
    expect(old.status).toBe('expiring');
    const res = await post(w.as.oia, old, 'renew', { comment: 'Five more years' });
    expect(res.statusCode).toBe(201);
    const next = res.json();
    const oldEnd = old.endDate as string;
    expect(next).toMatchObject({
      status: 'draft',
      renewalOfId: old.id,
      generation: 2,
      code: null,
      kind: 'student_exchange',
      titleEn: old.titleEn,
      startDate: addDays(oldEnd, 1),
      noticeMonths: 3,
      partners: old.partners,
    });
    expect(next.endDate > oldEnd).toBe(true);
    expect(next.people.map((p: any) => [p.name, p.signedOn])).toEqual([
      ['陳明德', null],
      ['Hanako Yamada', null],
    ]);
    const oldNow = (await w.as.oia.get(`/api/v1/agreements/${old.id}`)).json();
    expect(oldNow).toMatchObject({ status: 'expiring', renewedById: next.id, version: old.version + 1 });
    expect(oldNow.transitions).toEqual(['terminate']); // renewed once already
    expect((await post(w.as.oia, oldNow, 'renew')).json().error.code).toBe('INVALID_TRANSITION');

    const activated = await advance(w.as.oia, next, 'submit', 'approve', 'activate');
    expect(activated.status).toBe('active');
    const renewed = (await w.as.oia.get(`/api/v1/agreements/${old.id}`)).json();
    expect(renewed).toMatchObject({ status: 'renewed', renewedById: next.id, transitions: [] });
    const history = (await w.as.oia.get(`/api/v1/agreements/${old.id}/history`)).json().items;
    expect(history[0]).toMatchObject({ action: 'transition', summary: '即將到期 → 已續約' });
    expect(history[1]).toMatchObject({
      action: 'transition',
      summary: `即將到期 → 已續約（新版本 #${next.id}）：Five more years`,
    });
    const en = (await w.as.oia.get(`/api/v1/agreements/${old.id}/history`, { locale: 'en' })).json().items;
    expect(en[1].summary).toBe(`Expiring → renewed (new version #${next.id}): Five more years`);
  });

  it('reads an active agreement as expiring inside its notice window and expired after its end date', async () => {
    const start = addDays(w.today(), -100);
    const end = addDays(w.today(), 200); // notice window: 6 months before
    const a = await activeAgreement(w, { startDate: start, endDate: end });
    expect(a.status).toBe('active');
    const byStatus = async (status: string) =>
      (await w.as.oia.get(`/api/v1/agreements?status=${status}&pageSize=200&q=${encodeURIComponent(a.titleEn)}`))
        .json()
        .items.map((x: any) => x.id);
    expect(await byStatus('active')).toEqual([a.id]);
    const noticeDate = a.noticeDate as string;
    while (w.today() < addDays(noticeDate, -1)) w.t.clock.advance(DAY);
    await w.signInAgain();
    expect((await w.as.oia.get(`/api/v1/agreements/${a.id}`)).json().status).toBe('active');
    w.t.clock.advance(DAY);
    await w.signInAgain();
    expect(w.today()).toBe(noticeDate);
    expect((await w.as.oia.get(`/api/v1/agreements/${a.id}`)).json().status).toBe('expiring');
    expect(await byStatus('expiring')).toEqual([a.id]);
    expect(await byStatus('active')).toEqual([]);
    while (w.today() <= end) w.t.clock.advance(DAY);
    await w.signInAgain();
    const expired = (await w.as.oia.get(`/api/v1/agreements/${a.id}`)).json();
    expect(expired).toMatchObject({ status: 'expired', transitions: ['renew'] });
    expect(await byStatus('expired')).toEqual([a.id]);
    expect(await byStatus('expiring')).toEqual([]);
  });
});
