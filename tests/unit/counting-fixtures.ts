import type { Insertable } from 'kysely';
import type { ActivitiesTable, AgreementsTable, MobilitiesTable, UnitsTable } from '#server/db/schema.js';
import { atLeastSemester } from '#server/modules/mobility/mobility.writer.js';
import { createTestDb, type TestDb } from '#tests/setup/db.js';

/**
 * Hand-made records for the counting rules, inserted directly (no demo data, no API): one college with
 * two departments, and helpers that insert a person with one mobility, an agreement or an activity.
 */
export async function countingWorld(dialect: 'sqlite' | 'postgres') {
  const t: TestDb = await createTestDb(dialect, { demo: false });
  const db = t.db;
  const now = new Date().toISOString();
  const unit = async (code: string, kind: UnitsTable['kind'], parent: number | null) =>
    (
      await db
        .insertInto('units')
        .values({ code, name_zh: code, name_en: code, kind, parent_id: parent, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const college = await unit('XC', 'college', null);
  const deptA = await unit('XA', 'department', college);
  const deptB = await unit('XB', 'department', college);
  const other = await unit('XO', 'college', null);
  let seq = 0;

  type M = Insertable<MobilitiesTable>;
  type Mob = {
    direction?: M['direction'];
    kind?: M['kind'];
    category?: M['person_category'];
    moe?: M['moe_category'];
    dual?: boolean;
    status?: string;
    changedOn?: string | null;
    start?: string | null;
    end?: string | null;
    credit?: boolean;
    unitId?: number;
    gender?: M['gender'];
    level?: NonNullable<M['degree_level']>;
    program?: NonNullable<M['program_type']>;
    studyTime?: NonNullable<M['study_time']>;
    country?: string | null;
    archived?: boolean;
  };
  const mobility = async (m: Mob = {}) => {
    seq += 1;
    const category = m.category ?? 'student';
    const person = await db
      .insertInto('people')
      .values({
        kind: category,
        name_zh: `計數${seq}`,
        name_en: `Counted ${seq}`,
        unit_id: m.unitId ?? deptA,
        search_text: `counted ${seq}`,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = {
      credit_bearing: m.credit === false ? 0 : 1,
      start_date: m.start === undefined ? '2031-09-01' : m.start,
      end_date: m.end === undefined ? '2032-01-31' : m.end,
    };
    const { id } = await db
      .insertInto('mobilities')
      .values({
        person_id: person.id,
        direction: m.direction ?? 'outbound',
        kind: m.kind ?? 'exchange',
        person_category: category,
        moe_category: m.moe ?? null,
        dual_degree: m.dual ? 1 : 0,
        status: m.status ?? 'abroad',
        status_changed_on: m.changedOn ?? null,
        country: m.country === undefined ? 'JP' : m.country,
        ...row,
        at_least_semester: atLeastSemester(row) ? 1 : 0,
        unit_id: m.unitId ?? deptA,
        degree_level: m.level ?? 'bachelor',
        program_type: m.program ?? 'bachelor_four_year',
        study_time: m.studyTime ?? 'day',
        gender: m.gender === undefined ? 'female' : m.gender,
        archived_at: m.archived ? now : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  };

  const activity = async (
    kind: ActivitiesTable['kind'],
    start: string,
    unitId = deptA,
    extra: Record<string, unknown> = {},
  ) =>
    (
      await db
        .insertInto('activities')
        .values({
          kind,
          unit_id: unitId,
          start_date: start,
          title_zh: `活動${++seq}`,
          created_at: now,
          updated_at: now,
          ...extra,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const agreement = async (a: {
    status?: AgreementsTable['status'];
    start: string;
    end?: string | null;
    unitId?: number;
    terminatedOn?: string;
  }) =>
    (
      await db
        .insertInto('agreements')
        .values({
          kind: 'student_exchange',
          title_en: `Counted agreement ${++seq}`,
          search_text: `counted ${seq}`,
          status: a.status ?? 'active',
          owning_unit_id: a.unitId ?? deptA,
          start_date: a.start,
          end_date: a.end === undefined ? '2035-12-31' : a.end,
          open_ended: a.end === null ? 1 : 0,
          auto_renew: 0,
          generation: 1,
          terminated_on: a.terminatedOn ?? null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const setSetting = async (key: string, value: unknown) => {
    await db.deleteFrom('report_settings').where('key', '=', key).execute();
    await db
      .insertInto('report_settings')
      .values({ key, value: JSON.stringify(value), updated_at: now })
      .execute();
  };
  const clearSettings = () => db.deleteFrom('report_settings').execute();

  return { t, db, college, deptA, deptB, other, mobility, activity, agreement, setSetting, clearSettings };
}
