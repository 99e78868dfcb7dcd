import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import { effectiveStatusSql } from '#server/modules/agreements/agreement-lifecycle.js';
import type { ReportEntity } from '#shared/reporting.js';
import type { Locale } from '#shared/roles.js';

/**
 * The SQL side of the builder's field registry (src/shared/schemas/report-builder.ts): per entity, the
 * rows it reports on (archived records left out, joins to the MoE region table) and, per registered
 * field key, the expression that reads it. Only these expressions ever reach SQL; user input becomes
 * bound parameters. The people entity reads no personal-data column.
 */
export type FieldSql = Record<string, RawBuilder<unknown>>;
type Base = SelectQueryBuilder<any, any, any>;
type EntitySql = { base: (db: Db) => Base; id: string; fields: (o: { today: string; locale: Locale }) => FieldSql };

const ref = (column: string) => sql.ref(column) as RawBuilder<unknown>;
/** An assistant's logged hours of one review status, in hours (minutes / 60, two decimals). */
const hoursOf = (status: string) =>
  sql`round((select coalesce(sum(h.minutes), 0) from assistant_hours h where h.assistant_id = s.id and h.status = ${status}) / 60.0, 2)`;
const dateOf = (column: string) => sql`substr(${sql.ref(column)}, 1, 10)`;
/** The first partner of an agreement (in the agreement's order) and a column of it or its region. */
const firstPartner = (select: RawBuilder<unknown>) => sql`(select ${select} from agreement_partners ap
  join partners fp on fp.id = ap.partner_id left join country_regions fcr on fcr.country = fp.country
  where ap.agreement_id = agreements.id order by ap.sort_order, ap.partner_id limit 1)`;
const bilingual = (locale: Locale, zh: string[], en: string[]) =>
  sql`coalesce(${sql.join((locale === 'zh-TW' ? [...zh, ...en] : [...en, ...zh]).map((c) => sql.ref(c)))})`;

export const ENTITY_SQL: Record<ReportEntity, EntitySql> = {
  partners: {
    base: (db) =>
      db
        .selectFrom('partners')
        .leftJoin('country_regions as cr', 'cr.country', 'partners.country')
        .where('partners.archived_at', 'is', null),
    id: 'partners.id',
    fields: () => ({
      code: ref('partners.code'),
      nameZh: ref('partners.name_zh'),
      nameEn: ref('partners.name_en'),
      country: ref('partners.country'),
      region: ref('cr.region'),
      city: ref('partners.city'),
      type: ref('partners.type'),
      status: ref('partners.status'),
      owningUnit: ref('partners.owning_unit_id'),
      createdAt: dateOf('partners.created_at'),
    }),
  },
  agreements: {
    base: (db) => db.selectFrom('agreements').where('agreements.archived_at', 'is', null),
    id: 'agreements.id',
    fields: ({ today }) => ({
      code: ref('agreements.code'),
      kind: ref('agreements.kind'),
      titleZh: ref('agreements.title_zh'),
      titleEn: ref('agreements.title_en'),
      status: effectiveStatusSql(today),
      country: firstPartner(sql.ref('fp.country')),
      region: firstPartner(sql.ref('fcr.region')),
      owningUnit: ref('agreements.owning_unit_id'),
      startDate: ref('agreements.start_date'),
      endDate: ref('agreements.end_date'),
      openEnded: ref('agreements.open_ended'),
      autoRenew: ref('agreements.auto_renew'),
    }),
  },
  mobilities: {
    base: (db) =>
      db
        .selectFrom('mobilities as m')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .leftJoin('partners as pa', 'pa.id', 'm.partner_id')
        .leftJoin('country_regions as cr', 'cr.country', 'm.country')
        .where('m.archived_at', 'is', null),
    id: 'm.id',
    fields: ({ locale }) => ({
      personNameZh: ref('p.name_zh'),
      personNameEn: ref('p.name_en'),
      personNo: sql`coalesce(p.student_no, p.staff_no)`,
      unit: ref('m.unit_id'),
      direction: ref('m.direction'),
      personCategory: ref('m.person_category'),
      kind: ref('m.kind'),
      moeCategory: ref('m.moe_category'),
      dualDegree: ref('m.dual_degree'),
      status: ref('m.status'),
      institution: bilingual(locale, ['pa.name_zh', 'm.host_name_zh'], ['pa.name_en', 'm.host_name_en']),
      country: ref('m.country'),
      region: ref('cr.region'),
      city: ref('m.city'),
      startDate: ref('m.start_date'),
      endDate: ref('m.end_date'),
      creditBearing: ref('m.credit_bearing'),
      credits: ref('m.credits'),
      atLeastSemester: ref('m.at_least_semester'),
      degreeLevel: ref('m.degree_level'),
      programType: ref('m.program_type'),
      studyTime: ref('m.study_time'),
      gender: ref('m.gender'),
    }),
  },
  // Never passport_no_*, arc_no_*, their expiry dates, birth_date, email, phone or gpa.
  people: {
    base: (db) =>
      db
        .selectFrom('people as p')
        .leftJoin('country_regions as cr', 'cr.country', 'p.nationality')
        .where('p.archived_at', 'is', null),
    id: 'p.id',
    fields: () => ({
      kind: ref('p.kind'),
      nameZh: ref('p.name_zh'),
      nameEn: ref('p.name_en'),
      studentNo: ref('p.student_no'),
      staffNo: ref('p.staff_no'),
      unit: ref('p.unit_id'),
      degreeLevel: ref('p.degree_level'),
      programType: ref('p.program_type'),
      studyTime: ref('p.study_time'),
      nationality: ref('p.nationality'),
      region: ref('cr.region'),
      gender: ref('p.gender'),
    }),
  },
  activities: {
    base: (db) =>
      db
        .selectFrom('activities as a')
        .leftJoin('country_regions as cr', 'cr.country', 'a.country')
        .where('a.archived_at', 'is', null),
    id: 'a.id',
    fields: () => ({
      kind: ref('a.kind'),
      unit: ref('a.unit_id'),
      titleZh: ref('a.title_zh'),
      titleEn: ref('a.title_en'),
      counterpartZh: ref('a.counterpart_zh'),
      counterpartEn: ref('a.counterpart_en'),
      personName: ref('a.person_name'),
      country: ref('a.country'),
      region: ref('cr.region'),
      city: ref('a.city'),
      startDate: ref('a.start_date'),
      endDate: ref('a.end_date'),
      participants: ref('a.participants'),
      foreignParticipants: ref('a.foreign_participants'),
      credits: ref('a.credits'),
      amountGovernment: ref('a.amount_government'),
      amountIndustry: ref('a.amount_industry'),
      amountOther: ref('a.amount_other'),
      amountUniversity: ref('a.amount_university'),
      commissioning: ref('a.commissioning'),
    }),
  },
  assistants: {
    base: (db) => db.selectFrom('assistants as s'),
    id: 's.id',
    fields: () => ({
      unit: ref('s.unit_id'),
      academicYear: ref('s.academic_year'),
      semester: ref('s.semester'),
      startedOn: ref('s.started_on'),
      approvedHours: hoursOf('approved'),
      pendingHours: hoursOf('pending'),
      tasks: sql`(select count(*) from assistant_tasks t where t.assistant_id = s.id and t.status <> 'cancelled')`,
      // Published buddy pairs in which the assistant is the local buddy, in the same semester's rounds.
      buddyPairs: sql`(select count(*) from buddy_pairs bp join buddy_profiles bl on bl.id = bp.local_id
        join buddy_rounds br on br.id = bp.round_id
        where bl.person_id = s.person_id and bp.notified_at is not null
          and br.academic_year = s.academic_year and br.semester = s.semester)`,
    }),
  },
  cohort_applications: {
    base: (db) =>
      db.selectFrom('cohort_applications as ca').innerJoin('cohort_programs as cp', 'cp.id', 'ca.program_id'),
    id: 'ca.id',
    fields: ({ locale }) => ({
      program: bilingual(locale, ['cp.name_zh'], ['cp.name_en']),
      programUnit: ref('cp.unit_id'),
      programStart: ref('cp.start_date'),
      stage: ref('ca.stage'),
      source: ref('ca.source'),
      nationality: ref('ca.nationality'),
      score: ref('ca.score'),
      // The outcome: the accepted applicant became a participant, the hours they attended, a certificate.
      participant: sql`case when exists (select 1 from cohort_participants q where q.application_id = ca.id) then 1 else 0 end`,
      attendedHours: sql`(select coalesce(sum(ss.hours), 0) from cohort_participants q
        join cohort_attendance at on at.participant_id = q.id and at.present = 1
        join cohort_sessions ss on ss.id = at.session_id where q.application_id = ca.id)`,
      certified: sql`case when exists (select 1 from cohort_participants q join cohort_certificates cc
        on cc.participant_id = q.id where q.application_id = ca.id) then 1 else 0 end`,
      appliedOn: dateOf('ca.created_at'),
    }),
  },
};
