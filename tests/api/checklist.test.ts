import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_SEEDS } from '#server/demo/units.data.js';
import { addDays } from '#shared/calendar.js';
import { DIALECTS } from '#tests/setup/app.js';
import { type ChecklistWorld, checklistOf, checklistWorld, type Item, PDF, PNG, upload } from './checklist-fixtures.js';

const ISS = USER_SEEDS.find((u) => u.email === 'oia.iss@demo.meridian.tw')!;
const byKind = (items: Item[], kind: string) => items.find((i) => i.kind === kind) as Item;

describe.each(DIALECTS)('inbound checklist (%s)', (dialect) => {
  let w: ChecklistWorld;
  beforeAll(async () => {
    w = await checklistWorld(dialect);
  });
  afterAll(() => w.t.close());

  const review = (client: any, item: Item, body: Record<string, unknown>) =>
    client.post(`/api/v1/checklist/items/${item.id}/review`, { version: item.version, ...body });
  const healthLog = (personId: number) =>
    w.db
      .selectFrom('pii_access_log as l')
      .innerJoin('users as u', 'u.id', 'l.user_id')
      .select(['u.email', 'l.action', 'l.field', 'l.detail'])
      .where('l.person_id', '=', personId)
      .orderBy('l.id')
      .execute();

  describe('default items', () => {
    it('creates one item per kind on first read, owned by its office; a second read adds nothing', async () => {
      const s = await w.inbound();
      const list = await checklistOf(w.as.oiaIss, s.mobilityId);
      expect(list).toMatchObject({ applicable: true, direction: 'inbound' });
      const visible = list.items.filter((i) => !i.restricted);
      expect(visible.map((i) => [i.kind, i.owningUnit.code, i.status, i.version])).toEqual([
        ['visa', 'OIA-ISS', 'pending', 1],
        ['residence_permit', 'OIA-ISS', 'pending', 1],
        ['insurance', 'OIA-ISS', 'pending', 1],
        ['financial_proof', 'OIA-ISS', 'pending', 1],
      ]);
      expect(list.items.find((i) => i.kind === 'health_check')).toEqual({ kind: 'health_check', restricted: true });
      await checklistOf(w.as.oiaIc, s.mobilityId);
      const rows = await w.db
        .selectFrom('mobility_documents as d')
        .innerJoin('units as u', 'u.id', 'd.owning_unit_id')
        .select(['d.kind', 'u.code'])
        .where('d.mobility_id', '=', s.mobilityId)
        .orderBy('d.id')
        .execute();
      expect(rows).toHaveLength(5);
      expect(rows.find((r) => r.kind === 'health_check')?.code).toBe('SA');
      const audit = await w.db
        .selectFrom('audit_log')
        .select(['action', 'parent_type', 'parent_id'])
        .where('entity_type', '=', 'mobility_document')
        .where('parent_id', '=', s.mobilityId)
        .execute();
      expect(audit).toHaveLength(5);
      expect(audit.every((a) => a.action === 'create' && a.parent_type === 'mobility')).toBe(true);
    });

    it('an outbound mobility has no checklist', async () => {
      const s = await w.inbound({ direction: 'outbound', kind: 'exchange', status: 'planned' });
      const list = await checklistOf(w.as.oiaIc, s.mobilityId);
      expect(list).toMatchObject({ applicable: false, direction: 'outbound', items: [], acceptanceLetter: false });
      const rows = await w.db
        .selectFrom('mobility_documents')
        .select('id')
        .where('mobility_id', '=', s.mobilityId)
        .execute();
      expect(rows).toEqual([]);
    });

    it('a student reads only their own checklist; a coordinator none', async () => {
      const s = await w.inbound();
      const own = await checklistOf(s.client!, s.mobilityId);
      expect(own.items.filter((i) => !i.restricted)).toHaveLength(5);
      await checklistOf(w.as.student, s.mobilityId, 403);
      await checklistOf(w.as.coordEng, s.mobilityId, 403);
      await checklistOf(w.as.academic, s.mobilityId, 403);
    });
  });

  describe('review', () => {
    it('only the owning office reviews; rejecting needs a reason; a stale version gets 409', async () => {
      const s = await w.inbound();
      const visa = byKind((await checklistOf(w.as.oiaIss, s.mobilityId)).items, 'visa');
      expect(visa.permissions).toEqual({ upload: true, review: true });
      expect(byKind((await checklistOf(w.as.oiaIc, s.mobilityId)).items, 'visa').permissions).toEqual({
        upload: false,
        review: false,
      });
      expect((await review(w.as.oiaIc, visa, { decision: 'approve' })).statusCode).toBe(403);
      expect((await review(w.as.sa, visa, { decision: 'approve' })).statusCode).toBe(403);
      expect((await review(s.client, visa, { decision: 'approve' })).statusCode).toBe(403);
      expect((await review(w.as.admin, visa, { decision: 'approve' })).statusCode).toBe(403);

      const noReason = await review(w.as.oiaIss, visa, { decision: 'reject' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.fields[0].path).toBe('reason');

      const rejected = await review(w.as.oiaIss, visa, { decision: 'reject', reason: 'Page cut off' });
      expect(rejected.statusCode, rejected.body).toBe(200);
      expect(rejected.json()).toMatchObject({
        status: 'rejected',
        rejectionReason: 'Page cut off',
        reviewedBy: 'oia.iss@demo.meridian.tw',
        version: 2,
      });
      const stale = await review(w.as.oiaIss, visa, { decision: 'approve' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.current).toMatchObject({ status: 'rejected', version: 2 });

      const approved = await review(w.as.oiaIss, rejected.json(), { decision: 'approve' });
      expect(approved.json()).toMatchObject({ status: 'approved', rejectionReason: null, version: 3 });

      const updated = await w.as.oiaIss.put(`/api/v1/checklist/items/${visa.id}`, {
        version: 3,
        expiresOn: '2027-02-28',
        notes: 'Multiple entry',
      });
      expect(updated.json()).toMatchObject({ expiresOn: '2027-02-28', notes: 'Multiple entry', version: 4 });
      const byStudent = await s.client!.put(`/api/v1/checklist/items/${visa.id}`, { version: 4, expiresOn: null });
      expect(byStudent.statusCode).toBe(403);

      const audit = await w.db
        .selectFrom('audit_log')
        .select(['action', 'parent_id', 'after_json'])
        .where('entity_type', '=', 'mobility_document')
        .where('entity_id', '=', visa.id)
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'update']);
      expect(audit.every((a) => a.parent_id === s.mobilityId)).toBe(true);
      expect(JSON.parse(audit[1]?.after_json as string)).toMatchObject({
        status: 'rejected',
        rejectionReason: 'Page cut off',
      });
      // Its history in the reader's language (ADR 0030), not "checklist: visa reject".
      const words = async (locale: string) =>
        (await w.as.admin.get(`/api/v1/audit?entityType=mobility_document&entityId=${visa.id}&order=asc`, { locale }))
          .json()
          .items.map((e: { summary: string }) => e.summary);
      expect((await words('zh-TW')).slice(0, 3)).toEqual([
        '入境檢核：簽證',
        '入境檢核：簽證（退回）',
        '入境檢核：簽證（核准）',
      ]);
      expect((await words('en')).slice(1, 3)).toEqual(['Checklist: Visa (rejected)', 'Checklist: Visa (approved)']);
    });
  });

  describe('uploads', () => {
    it('the student uploads their own document (pending → under review) and downloads it byte for byte', async () => {
      const s = await w.inbound();
      const visa = byKind((await checklistOf(s.client!, s.mobilityId)).items, 'visa');
      const res = await upload(
        w.t,
        s.client!,
        visa.id,
        { version: '1', expiresOn: '2027-03-01' },
        { name: '簽證.pdf', data: PDF },
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'under_review',
        expiresOn: '2027-03-01',
        file: { name: '簽證.pdf', contentType: 'application/pdf', size: PDF.length },
        version: 2,
        // The student's account has no name: it is shown by its e-mail.
        uploadedBy: { nameZh: null, nameEn: s.email },
      });
      expect(res.json().uploadedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
      const file = await w.as.oiaIss.get(`/api/v1/checklist/items/${visa.id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(PDF)).toBe(true);
      expect(file.headers['content-disposition']).toContain("filename*=UTF-8''%E7%B0%BD%E8%AD%89.pdf");

      // Another student may not; the office may (a PNG scan); after approval the student no longer replaces it.
      expect(
        (await upload(w.t, w.as.student, visa.id, { version: '2' }, { name: 'x.pdf', data: PDF })).statusCode,
      ).toBe(403);
      expect((await upload(w.t, w.as.oiaIc, visa.id, { version: '2' }, { name: 'x.pdf', data: PDF })).statusCode).toBe(
        403,
      );
      const byOffice = await upload(
        w.t,
        w.as.oiaIss,
        visa.id,
        { version: '2' },
        { name: 'scan.png', data: PNG, type: 'image/png' },
      );
      expect(byOffice.json()).toMatchObject({
        file: { name: 'scan.png', contentType: 'image/png' },
        version: 3,
        uploadedBy: { nameZh: ISS.zh, nameEn: ISS.en },
      });
      // Who uploaded stays after the review (which records its own reviewer).
      const approved = await review(w.as.oiaIss, byOffice.json(), { decision: 'approve' });
      expect(approved.json()).toMatchObject({ uploadedBy: { nameEn: ISS.en }, uploadedAt: byOffice.json().uploadedAt });
      const late = await upload(w.t, s.client!, visa.id, { version: '4' }, { name: 'new.pdf', data: PDF });
      expect(late.statusCode).toBe(403);
    });

    it('refuses a wrong type (415), an oversize file (413), an empty one (400), a missing or stale version', async () => {
      const s = await w.inbound();
      const insurance = byKind((await checklistOf(s.client!, s.mobilityId)).items, 'insurance');
      const text = await upload(
        w.t,
        s.client!,
        insurance.id,
        { version: '1' },
        {
          name: 'policy.pdf',
          data: Buffer.from('just text, not a PDF'),
        },
      );
      expect(text.statusCode).toBe(415);
      expect(text.json().error.fields[0]).toMatchObject({ path: 'file', code: 'file_type' });
      const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
      const oversize = await upload(w.t, s.client!, insurance.id, { version: '1' }, { name: 'big.pdf', data: big });
      expect(oversize.statusCode).toBe(413);
      expect(oversize.json().error.fields[0]).toMatchObject({ path: 'file', code: 'file_too_large' });
      const empty = await upload(
        w.t,
        s.client!,
        insurance.id,
        { version: '1' },
        { name: 'empty.pdf', data: Buffer.alloc(0) },
      );
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.fields[0]).toMatchObject({ path: 'file', code: 'file_empty' });
      const noVersion = await upload(w.t, s.client!, insurance.id, {}, { name: 'a.pdf', data: PDF });
      expect(noVersion.statusCode).toBe(400);
      expect(noVersion.json().error.fields[0].path).toBe('version');
      const stale = await upload(w.t, s.client!, insurance.id, { version: '7' }, { name: 'a.pdf', data: PDF });
      expect(stale.statusCode).toBe(409);
      const after = byKind((await checklistOf(s.client!, s.mobilityId)).items, 'insurance');
      expect(after).toMatchObject({ status: 'pending', file: null, version: 1 });
    });
  });

  describe('health check (special-category data)', () => {
    it('only Student Affairs and the student see it; others get a restricted placeholder or nothing', async () => {
      const s = await w.inbound({ login: 'zh-TW' });
      const own = byKind((await checklistOf(s.client!, s.mobilityId)).items, 'health_check');
      expect(own).toMatchObject({ restricted: false, owningUnit: { code: 'SA' }, status: 'pending' });
      const up = await upload(w.t, s.client!, own.id, { version: '1' }, { name: '體檢報告.pdf', data: PDF });
      expect(up.statusCode, up.body).toBe(200);

      const sa = await checklistOf(w.as.sa, s.mobilityId);
      expect(sa.items.map((i) => i.kind)).toEqual(['health_check']); // the other documents are not theirs
      expect(sa.items[0]).toMatchObject({ status: 'under_review', file: { name: '體檢報告.pdf' } });
      expect(sa.items[0]?.permissions).toEqual({ upload: true, review: true });

      for (const client of [w.as.oiaIss, w.as.oiaIc, w.as.admin]) {
        const list = await checklistOf(client, s.mobilityId);
        expect(list.items.filter((i) => i.kind === 'health_check')).toEqual([
          { kind: 'health_check', restricted: true },
        ]);
        expect(JSON.stringify(list)).not.toContain('體檢報告');
        expect((await client.get(`/api/v1/checklist/items/${own.id}/file`)).statusCode).toBe(404);
        expect((await review(client, own as Item, { decision: 'approve', version: 2 })).statusCode).toBe(404);
      }
      expect((await w.as.oiaIss.put(`/api/v1/checklist/items/${own.id}`, { version: 2, notes: 'x' })).statusCode).toBe(
        404,
      );

      const approved = await review(w.as.sa, { ...own, version: 2 }, { decision: 'approve' });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(byKind((await checklistOf(s.client!, s.mobilityId)).items, 'health_check').status).toBe('approved');

      // The audit log (read by administrators) keeps no status, file name or reason of a health document.
      const audit = await w.db
        .selectFrom('audit_log')
        .select(['before_json', 'after_json'])
        .where('entity_type', '=', 'mobility_document')
        .where('entity_id', '=', own.id)
        .execute();
      expect(audit.length).toBe(3);
      expect(audit.map((a) => `${a.before_json}${a.after_json}`).join('')).not.toMatch(
        /體檢報告|approved|under_review/,
      );
    });

    it('logs every reveal to others and every download in pii_access_log (healthDocument)', async () => {
      const s = await w.inbound();
      const own = byKind((await checklistOf(s.client!, s.mobilityId)).items, 'health_check');
      await upload(w.t, s.client!, own.id, { version: '1' }, { name: 'report.pdf', data: PDF });
      expect(await healthLog(s.personId)).toEqual([]); // the student's own view is not a reveal

      await checklistOf(w.as.sa, s.mobilityId);
      await checklistOf(w.as.oiaIss, s.mobilityId); // restricted: nothing revealed, nothing logged
      const dl = await w.as.sa.get(`/api/v1/checklist/items/${own.id}/file`);
      expect(dl.rawPayload.equals(PDF)).toBe(true);
      await s.client!.get(`/api/v1/checklist/items/${own.id}/file`);
      const queue = (await w.as.sa.get('/api/v1/checklist?kind=health_check&pageSize=200')).json();
      expect(queue.items.some((i: any) => i.id === own.id)).toBe(true);

      const log = await healthLog(s.personId);
      expect(log.map((l) => [l.email, l.action, l.field])).toEqual([
        ['sa.staff@test.meridian.tw', 'reveal', 'healthDocument'],
        ['sa.staff@test.meridian.tw', 'download', 'healthDocument'],
        [s.email, 'download', 'healthDocument'],
        ['sa.staff@test.meridian.tw', 'reveal', 'healthDocument'],
      ]);
      expect(log[0]?.detail).toContain(`mobility_document:${own.id}`);
    });
  });

  describe('office queue', () => {
    it("lists the office's own items with filters, paging and counts per status; health only for its office", async () => {
      const s = await w.inbound();
      const items = (await checklistOf(w.as.oiaIss, s.mobilityId)).items;
      const permit = byKind(items, 'residence_permit');
      const soon = addDays(w.today(), 20);
      await w.as.oiaIss.put(`/api/v1/checklist/items/${permit.id}`, { version: 1, expiresOn: soon });
      await upload(w.t, s.client!, byKind(items, 'visa').id, { version: '1' }, { name: 'v.pdf', data: PDF });

      const page = async (client: any, query: string) => {
        const res = await client.get(`/api/v1/checklist?pageSize=200&${query}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json();
      };
      const all = await page(w.as.oiaIss, '');
      // The demo's checklists are in the queue too: read every page.
      for (let n = 2; all.items.length < all.total; n += 1)
        all.items.push(...(await page(w.as.oiaIss, `page=${n}`)).items);
      const mine = all.items.filter((i: any) => i.mobilityId === s.mobilityId);
      expect(mine.map((i: any) => i.kind).sort()).toEqual(['financial_proof', 'insurance', 'residence_permit', 'visa']);
      expect(all.items.every((i: any) => i.kind !== 'health_check' && i.owningUnit.code === 'OIA-ISS')).toBe(true);
      expect(mine[0]).toMatchObject({
        person: { id: s.personId, nameZh: '山田花子' },
        mobility: { kind: 'exchange_in' },
      });
      const sum = Object.values(all.counts as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(sum).toBe(all.total);

      const review = await page(w.as.oiaIss, 'status=under_review');
      expect(review.items.every((i: any) => i.status === 'under_review')).toBe(true);
      expect(review.items.some((i: any) => i.mobilityId === s.mobilityId && i.kind === 'visa')).toBe(true);
      expect(review.counts).toEqual(all.counts); // counts ignore the status filter

      const expiring = await page(w.as.oiaIss, 'expiringWithinDays=30&kind=residence_permit');
      expect(expiring.items.some((i: any) => i.id === permit.id)).toBe(true);
      expect(expiring.items.every((i: any) => i.expiresOn >= w.today() && i.expiresOn <= addDays(w.today(), 30))).toBe(
        true,
      );
      const narrow = await page(w.as.oiaIss, 'expiringWithinDays=10&kind=residence_permit');
      expect(narrow.items.some((i: any) => i.id === permit.id)).toBe(false);

      const paged = await (await w.as.oiaIss.get('/api/v1/checklist?pageSize=2&page=2')).json();
      expect(paged).toMatchObject({ page: 2, pageSize: 2, total: all.total });
      expect(paged.items).toHaveLength(Math.min(2, Math.max(0, all.total - 2)));

      const sa = await page(w.as.sa, '');
      expect(sa.items.length).toBeGreaterThan(0);
      expect(sa.items.every((i: any) => i.kind === 'health_check')).toBe(true);
      const ic = await page(w.as.oiaIc, '');
      expect(ic.items).toEqual([]);
      expect((await w.as.admin.get('/api/v1/checklist')).statusCode).toBe(403);
      expect((await s.client!.get('/api/v1/checklist')).statusCode).toBe(403);
    });
  });
});
