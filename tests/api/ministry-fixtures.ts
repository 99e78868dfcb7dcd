import { expect } from 'vitest';
import type { Dialect } from '#server/db/client.js';
import { invalidateUnitTrees } from '#server/modules/units/unit-tree.loader.js';
import type { Gender } from '#shared/mobility.js';
import type { ActivityKind } from '#shared/reporting.js';
import type { UnitKind } from '#shared/roles.js';
import { createMobility, mobilityWorld } from './mobility-fixtures.js';

/** A nationality that fits each Ministry category (docs/decisions/0021). */
const NATIONALITY_OF: Record<string, string> = {
  hk_macau: 'HK',
  mainland: 'CN',
  overseas_chinese: 'MY',
  foreign: 'JP',
};

/**
 * A test file's world for the Ministry's tables: the mobility world plus a college of its own (MX, with
 * departments MXA and MXB) so its rows hold only the records the test makes, and a reporting period
 * in 2031/32 (no demo records there): 2031-08-01 to 2032-01-31, reference date 2031-10-15.
 */
export async function ministryWorld(dialect: Dialect) {
  const w = await mobilityWorld(dialect);
  const db = w.db;
  const now = new Date().toISOString();
  const unit = async (code: string, kind: UnitKind, parent: number | null) =>
    (
      await db
        .insertInto('units')
        .values({
          code,
          name_zh: `測${code}`,
          name_en: `Test ${code}`,
          kind,
          parent_id: parent,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const college = await unit('MX', 'college', w.unit.UNIV ?? null);
  const mxa = await unit('MXA', 'department', college);
  const mxb = await unit('MXB', 'department', college);
  invalidateUnitTrees();

  let seq = 0;
  const person = async (
    unitId: number,
    gender: Gender | null,
    level: 'bachelor' | 'master' | 'doctoral' = 'bachelor',
    nationality = 'JP',
    extra: Record<string, unknown> = {},
  ) => {
    seq += 1;
    return (
      await db
        .insertInto('people')
        .values({
          kind: 'student',
          name_zh: `部報${seq}`,
          name_en: `Ministry ${seq}`,
          student_no: `MX${dialect.slice(0, 1)}${seq}`,
          unit_id: unitId,
          degree_level: level,
          program_type: level === 'bachelor' ? 'bachelor_four_year' : level,
          study_time: 'day',
          gender,
          nationality,
          search_text: `ministry ${seq}`,
          created_at: now,
          updated_at: now,
          ...extra,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  };
  /**
   * A person with one mobility made through the API; returns the mobility. The person's nationality fits
   * the record unless given: Taiwanese going out, and for inbound students their Ministry category's.
   */
  const mobility = async (
    unitId: number,
    gender: Gender | null,
    body: Record<string, unknown>,
    level?: 'bachelor' | 'master' | 'doctoral',
    nationality: string = body.direction === 'outbound' ? 'TW' : (NATIONALITY_OF[String(body.moeCategory)] ?? 'JP'),
    personExtra: Record<string, unknown> = {},
  ) => createMobility(w.as.oia, { personId: await person(unitId, gender, level, nationality, personExtra), ...body });
  const act = async (m: { id: number; version: number }, action: string, date?: string) => {
    const res = await w.as.oia.post(`/api/v1/mobilities/${m.id}/transitions`, { action, date, version: m.version });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  const period = (
    await db
      .insertInto('reporting_periods')
      .values({
        kind: 'moe_october',
        year: 2031,
        name_zh: '測試 2031 十月填報',
        name_en: 'Test October 2031 window',
        covers_from: '2031-08-01',
        covers_to: '2032-01-31',
        reference_date: '2031-10-15',
        opens_on: '2031-09-01',
        closes_on: '2031-10-31',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

  const activity = async (unitId: number, kind: ActivityKind, extra: Record<string, unknown> = {}) =>
    (
      await db
        .insertInto('activities')
        .values({
          unit_id: unitId,
          kind,
          start_date: '2031-10-05',
          title_zh: `部報活動${++seq}`,
          created_at: now,
          updated_at: now,
          ...extra,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  return { ...w, college, mxa, mxb, addUnit: unit, person, mobility, act, period, activity };
}
