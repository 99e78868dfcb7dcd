import { createHash } from 'node:crypto';
import { PLACE_KINDS } from '#shared/enums.js';
import { day } from '../random.js';
import type { PlannedAgreement } from './agreements.js';
import type { GenContext } from './types.js';

const FACULTIES: [string, string][] = [
  ['Faculty of Engineering', '工學部'],
  ['School of Business', '商學院'],
  ['Faculty of Letters', '文學部'],
  ['Graduate School of Informatics', '資訊學研究科'],
  ['School of Design', '設計學院'],
];
/** The language of instruction a place asks for, by the partner's country. */
const LANGUAGE: Record<string, string> = { JP: 'ja', KR: 'ko', FR: 'fr', DE: 'de', ES: 'es', IT: 'it', CN: 'zh' };
const SIGNED = new Set(['active', 'renewed', 'terminated']);

/** Academic year of a date: 2026 is 2026/27, starting in August. */
const academicYear = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) >= 8 ? 0 : 1);

/** Partners, signatories and contacts, signed files, exchange places and their use, for planned agreements. */
export async function writeAgreementDetails(ctx: GenContext, planned: PlannedAgreement[], ids: Map<string, number>) {
  const { random, names, writer, asOf } = ctx;
  const idOf = (p: PlannedAgreement) => ids.get(p.code) as number;

  await writer.insert(
    'agreement_partners',
    planned.flatMap((p) =>
      p.partners.map((partner, sortOrder) => {
        const faculty = random.chance(0.15) ? random.pick(FACULTIES) : null;
        return {
          agreement_id: idOf(p),
          partner_id: partner.id,
          faculty_en: faculty?.[0] ?? null,
          faculty_zh: faculty?.[1] ?? null,
          sort_order: sortOrder,
        };
      }),
    ),
  );

  const people: Record<string, unknown>[] = [];
  for (const p of planned) {
    const first = p.partners[0];
    if (!first) continue;
    const signedOn = SIGNED.has(p.row.status as string) ? (p.row.start_date as string) : null;
    const mine: Record<string, unknown>[] = [];
    const person = (role: string, side: 'ours' | 'partner', name: string, title: string, email: string | null) =>
      mine.push({
        agreement_id: idOf(p),
        role,
        side,
        name,
        title,
        email,
        phone: null,
        signed_on: role === 'signatory' ? signedOn : null,
        sort_order: mine.length,
      });
    if (signedOn) {
      person('signatory', 'ours', names.person('ours'), '校長 President', null);
      person('signatory', 'partner', names.person(first.country.style), 'President', null);
    }
    const partnerEmail = `intl@${first.domain}.${first.country.tld}`;
    if (random.chance(0.6))
      person('contact', 'partner', names.person(first.country.style), 'International Office', partnerEmail);
    if (random.chance(0.4))
      person('contact', 'ours', names.person('ours'), '國際合作組 承辦人', 'oia.ic@demo.meridian.tw');
    people.push(...mine);
  }
  await writer.insert('agreement_people', people);

  // Signed PDFs: small, distinct files (the content names the agreement), stored in the database like uploads.
  const withFile = planned.filter((p) => SIGNED.has(p.row.status as string) && random.chance(0.8));
  const files = withFile.map((p) => {
    const data = Buffer.from(`%PDF-1.4\n% ${p.code} ${p.row.title_en}\n%%EOF\n`, 'utf8');
    const uploadedAt = day.at(day.min(p.row.start_date as string, asOf), random);
    return { p, data, sha256: createHash('sha256').update(data).digest('hex'), uploadedAt };
  });
  const fileIds = await writer.insertReturning(
    'stored_files',
    files.map((f) => ({
      sha256: f.sha256,
      size: f.data.length,
      content_type: 'application/pdf',
      data: f.data,
      created_at: f.uploadedAt,
    })),
    ['sha256'],
    (r) => String(r.sha256),
  );
  await writer.insert(
    'agreement_files',
    files.map((f) => ({
      agreement_id: idOf(f.p),
      file_id: fileIds.get(f.sha256),
      kind: 'signed',
      file_name: `${f.p.code}.pdf`,
      uploaded_by: null,
      uploaded_at: f.uploadedAt,
      removed_at: null,
    })),
  );

  await writePlaces(ctx, planned, idOf);
}

/** Places per academic year and direction while an exchange agreement runs; past years partly used. */
async function writePlaces(ctx: GenContext, planned: PlannedAgreement[], idOf: (p: PlannedAgreement) => number) {
  const { random, writer, asOf } = ctx;
  const nowYear = academicYear(asOf);
  const places: Record<string, unknown>[] = [];
  for (const p of planned) {
    const kind = p.row.kind as (typeof PLACE_KINDS)[number];
    if (!PLACE_KINDS.includes(kind) || !SIGNED.has(p.row.status as string)) continue;
    const from = academicYear(p.row.start_date as string);
    const to = Math.min(p.row.end_date ? academicYear(p.row.end_date as string) : nowYear + 1, nowYear + 1);
    const language = LANGUAGE[p.partners[0]?.country.code ?? ''] ?? 'en';
    const created = p.row.created_at as string;
    for (let year = from; year <= to; year++) {
      for (const direction of ['outbound', 'inbound'] as const) {
        if (!random.chance(0.9)) continue;
        for (const level of random.chance(0.2) ? (['bachelor', 'master'] as const) : (['bachelor'] as const)) {
          places.push({
            agreement_id: idOf(p),
            academic_year: year,
            direction,
            level,
            mobility_kind: kind === 'staff_exchange' ? 'teaching' : 'study',
            places: random.int(1, 4),
            duration: kind === 'staff_exchange' ? random.int(5, 14) : random.pick([5, 5, 10]),
            duration_unit: kind === 'staff_exchange' ? 'days' : 'months',
            languages_json: JSON.stringify(random.chance(0.5) ? [{ language, cefr: random.pick(['B1', 'B2']) }] : []),
            isced_json: JSON.stringify(random.chance(0.3) ? [random.pick(['0413', '0613', '0714', '0231'])] : []),
            notes: null,
            version: 1,
            created_at: created,
            updated_at: created,
          });
        }
      }
    }
  }
  const placeKey = (r: Record<string, unknown>) =>
    [r.agreement_id, r.academic_year, r.direction, r.level, r.mobility_kind].join('|');
  const placeIds = await writer.insertReturning(
    'exchange_places',
    places,
    ['agreement_id', 'academic_year', 'direction', 'level', 'mobility_kind'],
    placeKey,
  );
  // Years that have begun: most places were (partly) filled by nominations.
  const usages = places
    .filter((pl) => (pl.academic_year as number) <= nowYear && random.chance(0.7))
    .map((pl) => ({
      place_id: placeIds.get(placeKey(pl)),
      count: random.int(1, pl.places as number),
      label: 'Nominated students 提名學生',
      source_type: 'manual',
      source_id: null,
      created_by: null,
      created_at: `${pl.academic_year}-05-15T02:00:00.000Z`,
    }));
  await writer.insert('place_usages', usages);
}
