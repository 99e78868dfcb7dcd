import { piiCipher } from '#server/lib/pii.js';
import { atLeastSemester } from '#server/modules/mobility/mobility.writer.js';
import { arcFormat } from '#shared/mobility.js';
import { day, Weighted } from '../random.js';
import type { DataModule } from './types.js';

/**
 * People (local students, international students, staff) and their mobility records: outbound
 * exchanges and the direct kinds at partner institutions, inbound degree and non-degree students,
 * staff trips. Written as bulk rows with the derived columns the app's writer computes (person
 * snapshots, the at-least-one-semester flag); they use no exchange places, so the agreements' ledger
 * stays as the agreements module made it. Personal data is encrypted with BENCH_PII_KEY, which the
 * runner passes to the server as PII_KEY.
 */
export const BENCH_PII_KEY = Buffer.alloc(32, 7).toString('base64');

const DEPARTMENTS = ['CSIE', 'EE', 'ME', 'IB', 'AJ', 'VCD', 'ENG', 'BUS', 'HSS', 'DD'];
const PROGRAMS = new Weighted<[level: string, program: string]>([
  [['bachelor', 'bachelor_four_year'], 60],
  [['bachelor', 'bachelor_two_year'], 8],
  [['associate', 'five_year_associate'], 5],
  [['master', 'master'], 22],
  [['doctoral', 'doctoral'], 5],
]);
const OUTBOUND = new Weighted<[kind: string, credit: boolean, minDays: number, maxDays: number]>([
  [['exchange', true, 120, 300], 35],
  [['short_term', false, 14, 45], 25],
  [['ipbl', true, 10, 30], 10],
  [['camp', false, 7, 21], 12],
  [['internship', true, 28, 180], 12],
  [['competition', false, 3, 10], 4],
  [['dual_degree', true, 300, 700], 2],
]);
const INBOUND = new Weighted<[kind: string, category: string | null]>([
  [['degree', 'foreign'], 40],
  [['degree', 'overseas_chinese'], 15],
  [['degree', 'hk_macau'], 8],
  [['degree', 'mainland'], 4],
  [['exchange_in', null], 15],
  [['short_term_in', null], 6],
  [['chinese_language', null], 7],
  [['teep', null], 5],
]);
const STAFF = ['research', 'teaching', 'conference', 'visit'];

export const mobilityModule: DataModule = {
  name: 'mobility',
  tables: [
    { name: 'people', key: ['id'], omit: ['passport_no_enc', 'arc_no_enc'] },
    { name: 'mobilities', key: ['id'] },
  ],
  async generate(ctx) {
    const { random, names, asOf, scale, units, writer } = ctx;
    const pii = piiCipher({ PII_KEY: BENCH_PII_KEY, DATA_DIR: '', NODE_ENV: 'production' });
    const people: Record<string, unknown>[] = [];
    const meta: {
      kind: 'local' | 'intl' | 'staff';
      country: string;
      unit: number;
      gender: string;
      level: string;
      program: string;
    }[] = [];
    for (let i = 0; i < scale.people; i++) {
      const roll = random.next();
      const kind = roll < 0.7 ? 'local' : roll < 0.92 ? 'intl' : 'staff';
      const country = kind === 'intl' ? random.pick(ctx.countries).code : 'TW';
      const unit = units.get(random.pick(DEPARTMENTS)) as number;
      const gender = random.chance(0.5) ? 'male' : 'female';
      const [level, program] = kind === 'staff' ? [null, null] : PROGRAMS.draw(random);
      const nameZh =
        random.pick(['陳', '林', '黃', '張', '李', '王', '吳', '劉']) +
        random.pick(['怡君', '志豪', '家豪', '雅婷', '冠宇', '思妤']);
      const nameEn = kind === 'intl' ? names.person(random.pick(ctx.countries).style) : `${nameZh} (student ${i})`;
      const studentNo = kind === 'staff' ? null : `B${String(1_000_000 + i)}`;
      const passport = kind === 'intl' ? `P${String(random.int(10_000_000, 99_999_999))}` : null;
      const arc =
        kind === 'intl'
          ? `${String.fromCharCode(65 + random.int(0, 25))}${gender === 'male' ? 8 : 9}${String(random.int(10_000_000, 99_999_999))}`
          : null;
      if (arc && !arcFormat(arc, asOf)) throw new Error(`generator made an invalid ARC: ${arc}`);
      people.push({
        kind: kind === 'staff' ? 'staff' : 'student',
        name_zh: kind === 'intl' ? null : nameZh,
        name_en: nameEn,
        student_no: studentNo,
        staff_no: kind === 'staff' ? `T${String(100_000 + i)}` : null,
        unit_id: unit,
        degree_level: level,
        program_type: program,
        study_time: kind === 'staff' ? null : random.chance(0.9) ? 'day' : 'evening',
        nationality: country,
        gender,
        email: `p${i}@bench.meridian.tw`,
        passport_no_enc: passport && pii.encrypt(passport),
        passport_no_hint: passport?.slice(-3) ?? null,
        passport_expiry: passport ? day.add(asOf, random.int(-30, 3000)) : null,
        arc_no_enc: arc && pii.encrypt(arc),
        arc_no_hint: arc?.slice(-3) ?? null,
        arc_expiry: arc ? day.add(asOf, random.int(-30, 700)) : null,
        search_text: `${nameZh} ${nameEn} ${studentNo ?? ''}`.toLowerCase(),
        created_at: `${asOf}T00:00:00.000Z`,
        updated_at: `${asOf}T00:00:00.000Z`,
      });
      meta.push({ kind, country, unit, gender, level: level ?? '', program: program ?? '' });
    }
    const ids = await writer.insertReturning('people', people, ['email'], (r) => String(r.email));
    const personId = (i: number) => ids.get(`p${i}@bench.meridian.tw`) as number;

    const partners = ctx.partners.filter((p) => p.country.code !== 'TW');
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < scale.mobilities; i++) {
      const p = random.int(0, scale.people - 1);
      const m = meta[p] as (typeof meta)[number];
      const start = day.add(asOf, -random.int(0, 3 * 365));
      const partner = random.pick(partners);
      let row: Record<string, unknown>;
      if (m.kind === 'local') {
        const [kind, credit, minDays, maxDays] = OUTBOUND.draw(random);
        const end = day.add(start, random.int(minDays, maxDays));
        row = {
          direction: 'outbound',
          kind,
          person_category: 'student',
          moe_category: null,
          status: end < asOf ? (random.chance(0.8) ? 'closed' : 'returned') : 'abroad',
          partner_id: partner.id,
          country: partner.country.code,
          start_date: start,
          end_date: end,
          credit_bearing: credit ? 1 : 0,
          credits: credit ? random.int(3, 18) : null,
        };
      } else if (m.kind === 'intl') {
        const [kind, category] = INBOUND.draw(random);
        const degree = kind === 'degree';
        const end = day.add(start, degree ? random.int(700, 1500) : random.int(30, 330));
        row = {
          direction: 'inbound',
          kind,
          person_category: 'student',
          moe_category: category,
          status: degree
            ? random.pick(['enrolled', 'enrolled', 'enrolled', 'on_leave', 'graduated', 'withdrawn'])
            : end < asOf
              ? 'completed'
              : 'arrived',
          partner_id: degree ? null : partner.id,
          country: m.country,
          start_date: start,
          end_date: end,
          credit_bearing: degree || kind === 'exchange_in' ? 1 : 0,
          credits: null,
        };
      } else {
        const end = day.add(start, random.int(3, 60));
        row = {
          direction: 'outbound',
          kind: random.pick(STAFF),
          person_category: 'staff',
          moe_category: null,
          status: end < asOf ? 'completed' : 'planned',
          partner_id: random.chance(0.5) ? partner.id : null,
          country: partner.country.code,
          start_date: start,
          end_date: end,
          credit_bearing: 0,
          credits: null,
        };
      }
      rows.push({
        ...row,
        person_id: personId(p),
        dual_degree: row.kind === 'degree' && random.chance(0.05) ? 1 : 0,
        unit_id: m.unit,
        degree_level: m.level || null,
        program_type: m.program || null,
        study_time: m.kind === 'staff' ? null : 'day',
        gender: m.gender,
        at_least_semester: atLeastSemester(row as never) ? 1 : 0,
        created_at: `${start}T00:00:00.000Z`,
        updated_at: `${start}T00:00:00.000Z`,
      });
    }
    await writer.insert('mobilities', rows);
  },
};
