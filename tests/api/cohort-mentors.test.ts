import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

type Mentees = {
  programs: {
    programId: number;
    programName: string;
    mentees: { participantId: number; name: string; attendancePct: number; completed: boolean }[];
  }[];
};

/** The mentor's own page: their mentees with attendance, the link only for mentors, the log still guarded. */
describe.each(DIALECTS)('cohort mentors (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coord: Client;
  let student: Client;

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    coord = await t.login(DEMO.coordEng);
    student = await t.login(DEMO.student);
  });
  afterAll(() => t.close());

  const mentees = async (c: Client, locale = 'en') =>
    (await c.get('/api/v1/cohorts/mentees', { locale })).json() as Mentees;
  const isMentor = async (c: Client) => (await c.get('/api/v1/auth/me')).json().capabilities.cohorts?.mentor;

  it('lists only the signed-in user’s own mentees, with attendance, and flags mentors in /auth/me', async () => {
    const mine = await mentees(oia);
    expect(mine.programs).toHaveLength(1);
    const program = mine.programs[0]!;
    expect(program.programName).toMatch(/International Talent/);
    // Exactly the participants whose mentor is this user (read from the table, not the demo's size).
    const oiaId = (await oia.get('/api/v1/auth/me')).json().id as number;
    const assigned = await t.db.db
      .selectFrom('cohort_participants')
      .select('id')
      .where('mentor_id', '=', oiaId)
      .execute();
    expect(program.mentees.map((m) => m.participantId).sort((a, b) => a - b)).toEqual(
      assigned.map((r) => r.id).sort((a, b) => a - b),
    );
    expect(program.mentees.every((m) => m.attendancePct > 0 && m.completed)).toBe(true);
    expect((await mentees(oia, 'zh-TW')).programs[0]?.programName).toMatch(/國際/);
    expect(await isMentor(oia)).toBe(true);

    // Someone who mentors nobody: an empty list and no link, not a refusal.
    for (const c of [coord, student]) {
      const res = await c.get('/api/v1/cohorts/mentees');
      expect(res.statusCode).toBe(200);
      expect(res.json().programs).toEqual([]);
      expect(await isMentor(c)).toBe(false);
    }
  });

  it('follows a change of mentor, and the new mentor reads the log (logged) while the old one no longer may', async () => {
    const programId = (await mentees(oia)).programs[0]!.programId;
    const program0Count = (await mentees(oia)).programs[0]!.mentees.length;
    const people = (await oia.get(`/api/v1/cohorts/${programId}/participants`)).json().items as any[];
    const p = people[0];
    const coordId = (await coord.get('/api/v1/auth/me')).json().id as number;
    const url = `/api/v1/cohorts/${programId}/participants/${p.id}`;
    expect((await oia.put(url, { mentorId: coordId, withdrawnOn: null, version: p.version })).statusCode).toBe(200);

    const theirs = await mentees(coord);
    expect(theirs.programs.map((g) => g.mentees.map((m) => m.participantId))).toEqual([[p.id]]);
    expect(await isMentor(coord)).toBe(true);
    const left = (await mentees(oia)).programs[0]?.mentees.map((m) => m.participantId) ?? [];
    expect(left).not.toContain(p.id);
    expect(left.length + 1).toBe(program0Count);

    const before = await t.db.db
      .selectFrom('pii_access_log')
      .select('id')
      .where('field', '=', 'cohortCounselling')
      .where('detail', '=', `cohort_participant:${p.id}`)
      .execute();
    expect(
      (await coord.post(`${url}/counselling`, { metOn: '2025-01-10', note: 'Settling in well.' })).statusCode,
    ).toBe(201);
    const read = await coord.get(`${url}/counselling`);
    expect(read.json().items[0].note).toBe('Settling in well.');
    const after = await t.db.db
      .selectFrom('pii_access_log')
      .select(['user_id'])
      .where('field', '=', 'cohortCounselling')
      .where('detail', '=', `cohort_participant:${p.id}`)
      .execute();
    expect(after.length - before.length).toBe(2);
    expect(after.slice(-2).every((r) => r.user_id === coordId)).toBe(true);
    // Another participant's log stays closed to this mentor.
    expect((await coord.get(`/api/v1/cohorts/${programId}/participants/${people[1].id}/counselling`)).statusCode).toBe(
      403,
    );
  });
});
