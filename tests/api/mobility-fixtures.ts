import { expect } from 'vitest';
import type { Dialect } from '#server/db/client.js';
import type { PersonKind } from '#shared/mobility.js';
import { type Client, DEMO } from '#tests/setup/app.js';
import { activeAgreement, agreementWorld } from './agreement-fixtures.js';

/**
 * A test file's world for mobility: the agreement world (demo accounts signed in, units, partners) plus
 * people inserted directly (the people API belongs to another module) and an active exchange agreement
 * with a place of two outbound bachelor seats.
 */
export type MobilityWorld = Awaited<ReturnType<typeof mobilityWorld>>;

let seq = 0;

export async function mobilityWorld(dialect: Dialect) {
  const w = await agreementWorld(dialect);
  const db = w.t.db.db;
  const now = new Date().toISOString();
  const studentUser = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO.student)
    .executeTakeFirstOrThrow();

  const person = async (kind: PersonKind, unitCode: string, extra: Record<string, unknown> = {}) => {
    seq += 1;
    const { id } = await db
      .insertInto('people')
      .values({
        kind,
        name_zh: `測試${seq}`,
        name_en: `Tester ${seq}`,
        student_no: kind === 'student' ? `TM${dialect.slice(0, 1)}${seq}` : null,
        staff_no: kind === 'staff' ? `SM${dialect.slice(0, 1)}${seq}` : null,
        unit_id: w.unit[unitCode] as number,
        degree_level: kind === 'student' ? 'bachelor' : null,
        program_type: kind === 'student' ? 'bachelor_four_year' : null,
        study_time: kind === 'student' ? 'day' : null,
        gender: seq % 2 ? 'female' : 'male',
        nationality: 'TW',
        passport_no_enc: 'cipher-text-not-for-export',
        passport_no_hint: '4321',
        search_text: `tester ${seq}`,
        created_at: now,
        updated_at: now,
        ...extra,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  };

  // The demo student's own person record (the people seed may already have made it).
  const own = await db.selectFrom('people').select('id').where('user_id', '=', studentUser.id).executeTakeFirst();
  if (own)
    await db
      .updateTable('people')
      .set({ unit_id: w.unit.CSIE as number })
      .where('id', '=', own.id)
      .execute();
  const people = {
    ownStudent: own?.id ?? (await person('student', 'CSIE', { user_id: studentUser.id })),
    engStudent: await person('student', 'ME'),
    busStudent: await person('student', 'IB'),
    inbound: await person('student', 'EE', { nationality: 'JP' }),
    staff: await person('staff', 'EE'),
    scholar: await person('scholar', 'ENG'),
  };

  const agreement = await activeAgreement(w);
  const partnerId = agreement.partners[0].id as number;
  const year = Number(w.today().slice(0, 4));
  const addPlace = async (places: number, direction = 'outbound', academicYear = year) => {
    const res = await w.as.oia.post(`/api/v1/agreements/${agreement.id}/places`, {
      academicYear,
      direction,
      level: 'bachelor',
      mobilityKind: 'study',
      places,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const unitStaff = await w.t.login(DEMO.unitStaff);
  return { ...w, as: { ...w.as, unitStaff }, db, people, agreement, partnerId, addPlace, year };
}

/** A valid outbound exchange body for a student, over a semester, credit-bearing. */
export function outboundBody(personId: number, overrides: Record<string, unknown> = {}) {
  return {
    personId,
    direction: 'outbound',
    kind: 'exchange',
    startDate: '2026-09-01',
    endDate: '2027-01-31',
    creditBearing: true,
    ...overrides,
  };
}

export async function createMobility(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/mobilities', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Applies transitions in order, each with the version the previous one returned. */
export async function step(client: Client, m: { id: number; version: number }, ...actions: string[]) {
  let current = m as any;
  for (const action of actions) {
    const res = await client.post(`/api/v1/mobilities/${current.id}/transitions`, {
      action,
      version: current.version,
    });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    current = res.json();
  }
  return current;
}
