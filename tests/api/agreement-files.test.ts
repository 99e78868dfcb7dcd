import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { activeAgreement, agreementBody, agreementWorld, create, type World } from './agreement-fixtures.js';

const CHINESE_NAME = '合作備忘錄_東京大學.pdf';
/** A small but real-looking PDF: the header, some binary bytes (every value 0–255), and the trailer. */
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  randomBytes(4096),
  Buffer.from('\n%%EOF\n'),
]);

/** A multipart body as a browser sends it: the `kind` field, then the file with its name in raw UTF-8. */
function multipart(parts: { kind?: string; file?: { name: string; data: Buffer; type?: string } }) {
  const boundary = `----meridian${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  if (parts.kind !== undefined)
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${parts.kind}\r\n`));
  if (parts.file) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${parts.file.name}"\r\nContent-Type: ${parts.file.type ?? 'application/pdf'}\r\n\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), parts.file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(DIALECTS)('agreement files (%s)', (dialect) => {
  let w: World;
  let agreement: { id: number };
  beforeAll(async () => {
    w = await agreementWorld(dialect);
    agreement = await activeAgreement(w);
  });
  afterAll(() => w.t.close());

  const upload = (client: Client, id: number, parts: Parameters<typeof multipart>[0], locale = 'en') => {
    const { payload, contentType } = multipart(parts);
    return w.t.app.inject({
      method: 'POST',
      url: `/api/v1/agreements/${id}/files`,
      headers: {
        cookie: client.cookie as string,
        'x-csrf-token': client.csrf as string,
        'content-type': contentType,
        'x-locale': locale,
      },
      payload,
    });
  };

  it('stores a signed PDF with its Chinese name and SHA-256, and downloads it byte for byte', async () => {
    const res = await upload(w.as.oia, agreement.id, { kind: 'signed', file: { name: CHINESE_NAME, data: pdf } });
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({
      kind: 'signed',
      fileName: CHINESE_NAME,
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      uploadedBy: 'oia.ic@demo.meridian.tw',
      uploadedByNameZh: '陳國合',
      uploadedByNameEn: 'Grace Chen',
    });
    const detail = (await w.as.vp.get(`/api/v1/agreements/${agreement.id}`)).json();
    expect(detail.hasSignedFile).toBe(true);
    expect(detail.files.map((f: any) => f.fileName)).toEqual([CHINESE_NAME]);

    const download = await w.as.vp.get(`/api/v1/agreements/${agreement.id}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const disposition = download.headers['content-disposition'] as string;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] as string)).toBe(CHINESE_NAME);
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);

    const audit = (await w.as.admin.get(`/api/v1/audit?entityType=agreement_file&entityId=${file.id}`)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'upload', summary: expect.stringContaining(CHINESE_NAME) });
  });

  it('refuses a file that is not a PDF, whatever its name says (415), in the user’s language', async () => {
    const fake = { name: 'contract.pdf', data: Buffer.from('PK\x03\x04 this is a zip, not a pdf') };
    const en = await upload(w.as.oia, agreement.id, { kind: 'signed', file: fake }, 'en');
    expect(en.statusCode).toBe(415);
    expect(en.json().error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      fields: [{ path: 'file', code: 'not_pdf', message: 'Upload a PDF file.' }],
    });
    const zh = await upload(w.as.oia, agreement.id, { kind: 'signed', file: fake }, 'zh-TW');
    expect(zh.json().error.fields[0].message).toBe('請上傳 PDF 檔案。');
    const html = await upload(w.as.oia, agreement.id, {
      kind: 'draft',
      file: { name: 'x.pdf', data: Buffer.from('<html>%PDF-</html>'), type: 'application/pdf' },
    });
    expect(html.statusCode).toBe(415);
  });

  it('needs a known kind and a file, sent as multipart', async () => {
    const noKind = await upload(w.as.oia, agreement.id, { file: { name: 'a.pdf', data: pdf } });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error.fields[0]).toMatchObject({ path: 'kind', code: 'required' });
    const wrongKind = await upload(w.as.oia, agreement.id, { kind: 'secret', file: { name: 'a.pdf', data: pdf } });
    expect(wrongKind.json().error.fields[0]).toMatchObject({ path: 'kind', code: 'invalid_value' });
    const noFile = await upload(w.as.oia, agreement.id, { kind: 'signed' });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.fields[0]).toMatchObject({ path: 'file', code: 'required' });
    const json = await w.as.oia.post(`/api/v1/agreements/${agreement.id}/files`, { kind: 'signed' });
    expect(json.statusCode).toBe(415);
  });

  it('refuses a file over 20 MB with 413', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]);
    const res = await upload(w.as.oia, agreement.id, { kind: 'other', file: { name: 'big.pdf', data: big } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      fields: [{ path: 'file', code: 'file_too_large', message: 'The file cannot be larger than 20 MB.' }],
    });
  });

  it('removes a file softly: it no longer counts or downloads, and the removal is audited', async () => {
    const a = await activeAgreement(w);
    const draftFile = (await upload(w.as.oia, a.id, { kind: 'draft', file: { name: 'draft.pdf', data: pdf } })).json();
    expect((await w.as.oia.get(`/api/v1/agreements/${a.id}`)).json().hasSignedFile).toBe(false);
    const signed = (await upload(w.as.oia, a.id, { kind: 'signed', file: { name: '簽署版.pdf', data: pdf } })).json();
    expect(signed.sha256).toBe(draftFile.sha256);
    const stored = await w.t.db.db
      .selectFrom('stored_files')
      .select('id')
      .where('sha256', '=', signed.sha256)
      .execute();
    expect(stored).toHaveLength(1); // the same bytes are kept once
    expect((await w.as.coordEng.post(`/api/v1/agreements/${a.id}/files/${signed.id}/remove`)).statusCode).toBe(403);
    expect((await w.as.oia.post(`/api/v1/agreements/${a.id}/files/${signed.id}/remove`)).json()).toEqual({ ok: true });
    const after = (await w.as.oia.get(`/api/v1/agreements/${a.id}`)).json();
    expect(after.hasSignedFile).toBe(false);
    expect(after.files.map((f: any) => f.id)).toEqual([draftFile.id]);
    expect((await w.as.oia.get(`/api/v1/agreements/${a.id}/files/${signed.id}`)).statusCode).toBe(404);
    expect((await w.as.oia.post(`/api/v1/agreements/${a.id}/files/${signed.id}/remove`)).statusCode).toBe(404);
    const audit = (await w.as.admin.get(`/api/v1/audit?entityType=agreement_file&entityId=${signed.id}`)).json().items;
    expect(audit.map((e: any) => e.action)).toEqual(['delete', 'upload']);
    // A file of one agreement is not reachable through another.
    expect((await w.as.oia.get(`/api/v1/agreements/${agreement.id}/files/${draftFile.id}`)).statusCode).toBe(404);
  });

  it('lets the college coordinator upload to their college’s agreements; readers download; others neither', async () => {
    const eng = await create(w.as.coordEng, agreementBody((await w.partnerIn('DE')).id, w.today()));
    const ok = await upload(w.as.coordEng, eng.id, { kind: 'draft', file: { name: '草案.pdf', data: pdf } });
    expect(ok.statusCode).toBe(201);
    for (const c of [w.as.coordBus, w.as.oiaIss, w.as.vp, w.as.student])
      expect((await upload(c, eng.id, { kind: 'draft', file: { name: 'x.pdf', data: pdf } })).statusCode).toBe(403);
    const url = `/api/v1/agreements/${eng.id}/files/${ok.json().id}`;
    expect((await w.as.oiaIss.get(url)).statusCode).toBe(200);
    expect((await w.as.coordBus.get(url)).statusCode).toBe(403);
    expect((await w.as.student.get(url)).statusCode).toBe(403);
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(w.t.db.db, ['agreement_file']);
  });
});
