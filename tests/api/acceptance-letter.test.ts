import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterDocument } from '#server/modules/checklist/acceptance-letter.js';
import type { MobilityRow } from '#server/modules/checklist/checklist.repository.js';
import { DIALECTS } from '#tests/setup/app.js';
import { type ChecklistWorld, checklistOf, checklistWorld, type InboundFixture } from './checklist-fixtures.js';

/** The decompressed streams of a PDF (content, fonts, ToUnicode maps), as latin1 text. */
function streams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index as number) + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream (e.g. the embedded font program's own encoding)
    }
  }
  return out;
}

/** Code points the PDF's ToUnicode maps say its text contains (bfchar and bfrange arrays). */
function mappedCodePoints(pdf: Buffer): Set<number> {
  const points = new Set<number>();
  for (const s of streams(pdf).filter((x) => x.includes('begincmap'))) {
    for (const m of s.matchAll(/<([0-9a-fA-F]{4,})>/g)) points.add(Number.parseInt(m[1] as string, 16));
  }
  return points;
}

describe.each(DIALECTS)('acceptance letter (%s)', (dialect) => {
  let w: ChecklistWorld;
  beforeAll(async () => {
    w = await checklistWorld(dialect);
  });
  afterAll(() => w.t.close());

  const url = (id: number) => `/api/v1/mobilities/${id}/acceptance-letter.pdf`;

  it('is a bilingual PDF in Noto Sans TC with the student’s Chinese and English names', async () => {
    const s = await w.inbound({ nameZh: '鈴木蘭', nameEn: 'Ran Suzuki', nationality: 'JP' });
    const res = await w.as.oiaIc.get(url(s.mobilityId));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('acceptance-letter-Ran-Suzuki.pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansHant-(Regular|Bold)/);

    const points = mappedCodePoints(pdf);
    for (const ch of '鈴木蘭') expect(points.has(ch.codePointAt(0) as number), ch).toBe(true);
    // The university's Chinese name, the title, and the nationality in Chinese (日本).
    for (const ch of '南方子午科技大學入學許可日本') expect(points.has(ch.codePointAt(0) as number), ch).toBe(true);
    // Latin text prints too (the English half).
    for (const ch of 'Letter of Acceptance Suzuki') expect(points.has(ch.codePointAt(0) as number), ch).toBe(true);
  });

  it('the student downloads their own; others are refused; the checklist says when it is available', async () => {
    const s = await w.inbound({ status: 'arrived' });
    const own = await s.client!.get(url(s.mobilityId));
    expect(own.statusCode).toBe(200);
    expect((await checklistOf(s.client!, s.mobilityId)).acceptanceLetter).toBe(true);
    expect((await checklistOf(w.as.oiaIss, s.mobilityId)).acceptanceLetter).toBe(true);
    expect((await checklistOf(w.as.admin, s.mobilityId)).acceptanceLetter).toBe(false);
    expect((await w.as.student.get(url(s.mobilityId))).statusCode).toBe(403);
    expect((await w.as.coordEng.get(url(s.mobilityId))).statusCode).toBe(403);
    expect((await w.as.admin.get(url(s.mobilityId))).statusCode).toBe(403);
    expect((await w.t.anon.get(url(s.mobilityId))).statusCode).toBe(401);
    expect((await w.as.oiaIc.get(url(999_999))).statusCode).toBe(404);
  });

  it('is refused with 409 before acceptance, for degree students and for outbound mobilities', async () => {
    const refused: InboundFixture[] = [
      { status: 'nominated' },
      { status: 'applied' },
      { status: 'cancelled' },
      { kind: 'degree', status: 'enrolled' },
      { direction: 'outbound', kind: 'exchange', status: 'accepted' },
    ];
    for (const f of refused) {
      const s = await w.inbound(f);
      const res = await w.as.oiaIc.get(url(s.mobilityId), { locale: 'zh-TW' });
      expect(res.statusCode, JSON.stringify(f)).toBe(409);
      expect(res.json().error.message).toContain('入學許可通知書');
      expect((await checklistOf(w.as.oiaIc, s.mobilityId)).acceptanceLetter).toBe(false);
    }
  });
});

describe('acceptance letter wording', () => {
  const issuer = { nameZh: '南方子午科技大學', nameEn: 'Meridian University', officeZh: '國際事務處', officeEn: 'OIA' };
  const row = (over: Partial<MobilityRow>) =>
    ({
      id: 7,
      kind: 'exchange_in',
      name_zh: '鈴木蘭',
      name_en: 'Ran Suzuki',
      nationality: 'JP',
      partner_name_zh: '九州工業大學',
      partner_name_en: 'Kyushu Institute of Technology',
      unit_name_zh: '電機工程系',
      unit_name_en: 'Department of Electrical Engineering',
      start_date: '2025-09-01',
      end_date: null,
      ...over,
    }) as MobilityRow;
  const text = (m: MobilityRow) => JSON.stringify(letterDocument(m, issuer as never, '2025-06-01').content);

  it('an open end date reads "starting …" / 「…起」, never a dash for the missing date', () => {
    const open = text(row({}));
    expect(open).toContain('研修期間：2025年9月1日起。');
    expect(open).toContain('for the period starting 1 September 2025.');
    expect(open).not.toMatch(/至 —|– —|— 至/);
    const closed = text(row({ end_date: '2026-01-31' }));
    expect(closed).toContain('2025年9月1日至2026年1月31日');
    expect(closed).toContain('1 September 2025 – 31 January 2026');
  });

  it('the status line names the status as a noun, and the sending school is the partner', () => {
    const t = text(row({}));
    expect(t).toContain('"Exchange student"');
    expect(t).not.toContain('"an exchange student"');
    expect(t).toContain('Kyushu Institute of Technology');
  });
});
