import { deflateSync } from 'node:zlib';
import type { Db } from '#server/db/client.js';
import { storeUpload } from '#server/lib/stored-files.js';
import { academicYearOf, businessDate } from '#shared/calendar.js';
import { demoSignedPdf } from './demo-pdf.js';

/**
 * The portal's demo content (issue 20), in both languages: a dozen partners with places this year made
 * public with a summary and factsheet, testimonials with consent, three news items (one with a photo), and
 * resources in the staff area — public ones, staff ones and an agreement template.
 */
export async function seedPortalDemo(db: Db, now: string) {
  const today = businessDate(new Date(now));
  const year = academicYearOf(today);
  const offered = await db
    .selectFrom('exchange_places')
    .innerJoin('agreement_partners', 'agreement_partners.agreement_id', 'exchange_places.agreement_id')
    .innerJoin('agreements', 'agreements.id', 'exchange_places.agreement_id')
    .select('agreement_partners.partner_id')
    .distinct()
    .where('exchange_places.direction', '=', 'outbound')
    .where('exchange_places.academic_year', '=', year)
    .where('agreements.status', '=', 'active')
    .orderBy('agreement_partners.partner_id')
    .limit(12)
    .execute();
  for (const [i, { partner_id }] of offered.entries()) {
    await db
      .insertInto('portal_partner_profiles')
      .values({
        partner_id,
        published: 1,
        summary_zh: '本校重要的交換夥伴，提供多元的英語授課課程與完善的國際學生支援。',
        summary_en:
          'A long-standing exchange partner with a wide range of courses taught in English and good support for international students.',
        term_dates_zh: '秋季班：9月至隔年1月；春季班：2月至6月',
        term_dates_en: 'Autumn: September to January; spring: February to June',
        catalogue_url: 'https://example.org/courses',
        contact_office: 'International Office',
        contact_email: 'exchange@example.org',
        updated_at: now,
      })
      .execute();
    const sheet = await db
      .selectFrom('partner_factsheets')
      .select('partner_id')
      .where('partner_id', '=', partner_id)
      .executeTakeFirst();
    if (!sheet)
      await db
        .insertInto('partner_factsheets')
        .values({
          partner_id,
          // Month-day, as the factsheet form stores them (a full date broke the partner page's deadlines).
          deadlines_json: JSON.stringify([
            { term: 'autumn', nomination: '03-15', application: '04-15' },
            { term: 'spring', nomination: '09-15', application: '10-15' },
          ]),
          instruction_languages: 'English',
          requirements_zh: '英語能力須達 CEFR B2（如 IELTS 6.0、TOEFL iBT 80）。',
          requirements_en: 'English at CEFR B2 (e.g. IELTS 6.0, TOEFL iBT 80).',
          housing_zh: '提供交換學生宿舍，須於錄取後申請。',
          housing_en: 'Student residences are offered to exchange students; apply after admission.',
          visa_zh: '停留超過90天須申請學生簽證。',
          visa_en: 'A student visa is required for stays over 90 days.',
          insurance_zh: '須投保涵蓋交換期間的醫療保險。',
          insurance_en: 'Health insurance covering the whole stay is required.',
          notes_zh: null,
          notes_en: null,
          links_json: '[]',
          updated_at: now,
        })
        .execute();
    if (i < 4)
      await db
        .insertInto('portal_testimonials')
        .values({
          partner_id,
          first_name: ['怡君', 'Wei', '家豪', 'Ting'][i] as string,
          program: ['外國語文學系', 'Electrical Engineering', '企業管理學系', 'Computer Science'][i] as string,
          academic_year: year - 1,
          text_zh: '課程紮實，老師很願意協助交換學生，宿舍離校園很近，是很難忘的一學期。',
          text_en:
            'Solid courses, teachers happy to help exchange students, and the residence was close to campus: an unforgettable term.',
          consented: 1,
          approved: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
  }
  const photo = await storeUpload(db, demoPhoto(), ['png'], now);
  const news = [
    [
      '116學年度出國交換說明會',
      'Information session on exchange in 2027–28',
      '歡迎有意出國交換的同學參加說明會，了解姊妹校與申請流程。',
      'Students thinking of an exchange are welcome to learn about our partners and how to apply.',
      photo.fileId,
    ],
    [
      '姊妹校訪問團來訪',
      'Partner delegation visits the campus',
      '本週接待來自歐洲姊妹校的訪問團，雙方討論擴大交換名額。',
      'This week we hosted a delegation from a European partner; both sides discussed more exchange places.',
      null,
    ],
    [
      '國際學生迎新活動',
      'Welcome event for international students',
      '新學期國際學生迎新活動圓滿完成，感謝所有志工同學。',
      'The welcome event for new international students went well; thanks to all student volunteers.',
      null,
    ],
  ] as const;
  for (const [i, [titleZh, titleEn, bodyZh, bodyEn, fileId]] of news.entries())
    await db
      .insertInto('portal_news')
      .values({
        title_zh: titleZh,
        title_en: titleEn,
        body_zh: bodyZh,
        body_en: bodyEn,
        photo_file_id: fileId,
        photo_alt_zh: fileId ? '說明會會場' : null,
        photo_alt_en: fileId ? 'The information session' : null,
        published: 1,
        published_on: businessDate(new Date(Date.parse(now) - i * 7 * 86_400_000)),
        created_at: now,
        updated_at: now,
      })
      .execute();
  await seedResources(db, now, today);
}

async function seedResources(db: Db, now: string, today: string) {
  const category = async (code: string) =>
    (await db.selectFrom('resource_categories').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const pdf = await storeUpload(db, demoSignedPdf(), ['pdf'], now);
  const items = [
    {
      code: 'agreements',
      zh: '合作備忘錄範本',
      en: 'Memorandum of understanding template',
      audience: 'staff',
      kind: 'document',
      agreement: 'sister_mou',
      tags: 'template,mou',
    },
    {
      code: 'study_abroad',
      zh: '出國交換申請須知',
      en: 'Exchange application guide',
      audience: 'public',
      kind: 'document',
      agreement: null,
      tags: 'exchange,guide',
    },
    {
      code: 'international_students',
      zh: '台灣留學資訊',
      en: 'Study in Taiwan',
      audience: 'public',
      kind: 'link',
      agreement: null,
      tags: 'study in taiwan',
    },
    {
      code: 'visitors',
      zh: '外賓接待標準作業程序',
      en: 'Visitor hosting SOP',
      audience: 'staff',
      kind: 'document',
      agreement: null,
      tags: 'sop',
    },
  ] as const;
  for (const it of items) {
    const { id } = await db
      .insertInto('resource_items')
      .values({
        category_id: await category(it.code),
        kind: it.kind,
        title_zh: it.zh,
        title_en: it.en,
        description_zh: null,
        description_en: null,
        languages: 'both',
        url: it.kind === 'link' ? 'https://www.studyintaiwan.org/' : null,
        audience: it.audience,
        unit_id: null,
        tags: `,${it.tags},`,
        search_text: [it.zh, it.en, it.tags].join(' ').toLowerCase(),
        agreement_kind: it.agreement,
        owner_id: null,
        review_on: today,
        current_version_id: null,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (it.kind !== 'document') continue;
    const v = await db
      .insertInto('resource_versions')
      .values({
        item_id: id,
        number: 1,
        file_id: pdf.fileId,
        file_name: `${it.en}.pdf`,
        size: pdf.size,
        note: null,
        uploaded_by: null,
        uploaded_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.updateTable('resource_items').set({ current_version_id: v.id }).where('id', '=', id).execute();
  }
}

/** A 160×100 two-tone PNG (sky over a lawn) standing for an event photo. */
function demoPhoto(): Buffer {
  const [w, h] = [160, 100];
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const [r, g, b] = y < 60 ? [120, 170, 220] : [90, 160, 90];
    for (let x = 0; x < w; x++) rows.set([r, g, b], y * (w * 3 + 1) + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
