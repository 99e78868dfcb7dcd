import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual, recordName } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { jsonList as tagsOf } from '#server/lib/json-list.js';
import { updateAudited } from '#server/lib/versioned.js';
import { applicantPerson, findPersonOfUser } from '#server/modules/people/applicant-person.js';
import { assistantPolicy } from '#server/policies/assistants.policy.js';
import { allows, authorizeAny, unitScope } from '#server/policies/policy.js';
import { STAGE_MOVES } from '#shared/assistants.js';
import { businessDate } from '#shared/calendar.js';
import type {
  ApplicationCreate,
  ApplicationSummary,
  Round,
  RoundCreate,
  RoundDetail,
  RoundUpdate,
  StageChange,
} from '#shared/schemas/assistants.js';
import * as repo from './round.repository.js';

export const ROUND_ENTITY = 'assistant_round';
export const APPLICATION_ENTITY = 'assistant_application';

function toRound(r: repo.RoundRow): Round {
  return {
    id: r.id,
    academicYear: r.academic_year,
    semester: r.semester,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    collegeIds: tagsOf(r.college_ids_json).map(Number),
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    places: r.places,
    applicants: Number(r.applicants ?? 0),
    selected: Number(r.selected ?? 0),
    version: r.version,
    createdAt: r.created_at,
  };
}

function toApplication(a: repo.ApplicationRow): ApplicationSummary {
  return {
    id: a.id,
    roundId: a.round_id,
    personId: a.person_id,
    nameZh: a.name_zh,
    nameEn: a.name_en,
    studentNo: a.student_no,
    unitId: a.unit_id,
    stage: a.stage,
    motivation: a.motivation,
    skills: tagsOf(a.skills_json),
    languages: tagsOf(a.languages_json),
    interviewOn: a.interview_on,
    interviewScore: a.interview_score,
    decisionReason: a.decision_reason,
    assistantId: a.assistant_id,
    version: a.version,
  };
}

const isStaff = (ctx: Ctx) => allows(assistantPolicy, ctx.actor, 'manage', ctx.units);

/** Staff see every round; a student sees the rounds open to their college (to apply). */
export async function listRounds(ctx: Ctx) {
  const rounds = (await repo.listRounds(ctx.db)).map(toRound);
  const readable = unitScope(assistantPolicy, ctx.actor, 'read', ctx.units);
  if (isStaff(ctx) || readable === 'all' || readable.length > 0) return { items: rounds };
  if (!allows(assistantPolicy, ctx.actor, 'apply', ctx.units)) throw AppError.forbidden();
  const me = await findPersonOfUser(ctx.db, ctx.actor.id);
  const unit = me?.unit_id ?? null;
  return { items: unit === null ? [] : rounds.filter((r) => r.collegeIds.some((c) => ctx.units.contains(c, unit))) };
}

export async function getRound(ctx: Ctx, id: number, db: Db = ctx.db): Promise<RoundDetail> {
  authorizeAny(assistantPolicy, ctx.actor, 'manage', ctx.units);
  const row = await repo.findRound(db, id);
  if (!row) throw AppError.notFound();
  return { ...toRound(row), applications: (await repo.findApplications(db, id)).map(toApplication) };
}

export async function createRound(ctx: Ctx, input: RoundCreate): Promise<RoundDetail> {
  authorizeAny(assistantPolicy, ctx.actor, 'manage', ctx.units);
  const bad = input.collegeIds.findIndex((id) => !ctx.units.has(id));
  if (bad >= 0) throw AppError.field(`collegeIds.${bad}`, 'unit');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertRound(trx, {
      academic_year: input.academicYear,
      semester: input.semester,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      college_ids_json: JSON.stringify(input.collegeIds),
      opens_on: input.opensOn,
      closes_on: input.closesOn,
      places: input.places,
      created_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await getRound(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', ROUND_ENTITY, id, recordName(after.titleZh, after.titleEn), null, after),
    );
    return after;
  });
}

/** Staff edit a round with its version (409 on a stale one); places never below those already selected. */
export async function updateRound(ctx: Ctx, id: number, input: RoundUpdate): Promise<RoundDetail> {
  authorizeAny(assistantPolicy, ctx.actor, 'manage', ctx.units);
  const before = await getRound(ctx, id);
  const bad = input.collegeIds.findIndex((c) => !ctx.units.has(c));
  if (bad >= 0) throw AppError.field(`collegeIds.${bad}`, 'unit');
  if (input.places < before.selected) throw AppError.field('places', 'assistant_places_below', { n: before.selected });
  const { version, ...fields } = input;
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'assistant_rounds',
      id,
      version,
      values: {
        academic_year: fields.academicYear,
        semester: fields.semester,
        title_zh: fields.titleZh,
        title_en: fields.titleEn,
        college_ids_json: JSON.stringify(fields.collegeIds),
        opens_on: fields.opensOn,
        closes_on: fields.closesOn,
        places: fields.places,
        updated_at: ctx.now,
      },
      current: async () => {
        const row = await repo.findRound(trx, id);
        return row && toRound(row);
      },
      after: () => getRound(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ROUND_ENTITY,
          id,
          recordName(after.titleZh, after.titleEn),
          { ...before, applications: undefined },
          { ...after, applications: undefined },
        ),
    }),
  );
}

/**
 * A student applies for themselves while the round is open, if their department lies in one of the
 * round's colleges; staff may enter an application for a student (paper forms), dates aside. One
 * application per person and round (409).
 */
export async function apply(ctx: Ctx, roundId: number, input: ApplicationCreate): Promise<ApplicationSummary> {
  const round = await repo.findRound(ctx.db, roundId);
  if (!round) throw AppError.notFound();
  const staff = isStaff(ctx);
  if (!staff && !allows(assistantPolicy, ctx.actor, 'apply', ctx.units)) throw AppError.forbidden();
  const person = await applicantPerson(
    ctx.db,
    { staff, actorId: ctx.actor.id, personId: input.personId },
    { staff: 'assistant_person', self: 'assistant_no_person' },
  );
  if (person.kind !== 'student') throw AppError.field('personId', 'assistant_not_student');
  const unit = person.unit_id;
  if (unit === null || !tagsOf(round.college_ids_json).some((c) => ctx.units.contains(Number(c), unit)))
    throw AppError.field('personId', 'assistant_college_closed');
  const today = businessDate(new Date(ctx.now));
  if (!staff && (today < round.opens_on || today > round.closes_on))
    throw new AppError('INVALID_TRANSITION', { messageKey: 'assistant_round_closed' });
  if (await repo.findApplicationOf(ctx.db, roundId, person.id))
    throw new AppError('DUPLICATE', { fields: [{ path: 'personId', key: 'assistant_application_exists' }] });
  return ctx.db.transaction().execute(async (trx) => {
    const id = await uniqueAsFieldError('personId', 'assistant_application_exists', () =>
      repo.insertApplication(trx, {
        round_id: roundId,
        person_id: person.id,
        stage: 'applied',
        motivation: input.motivation,
        skills_json: JSON.stringify(input.skills),
        languages_json: JSON.stringify(input.languages),
        created_at: ctx.now,
        updated_at: ctx.now,
      }),
    );
    const after = toApplication((await repo.findApplication(trx, id)) as repo.ApplicationRow);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'create',
        APPLICATION_ENTITY,
        id,
        auditSummary('auditSummaries.assistantApplication', {
          round: bilingual(round.title_zh, round.title_en),
          name: bilingual(person.name_zh ?? person.name_en ?? '', person.name_en ?? person.name_zh ?? ''),
        }),
        null,
        after,
      ),
      parent: { type: ROUND_ENTITY, id: roundId },
    });
    return after;
  });
}

/**
 * Moves an application along the recruitment stages (applied → interview → selected | rejected;
 * withdrawn before a decision). Selecting makes the student an assistant of the round's semester,
 * within the round's places (409 when full).
 */
export async function changeStage(ctx: Ctx, id: number, input: StageChange): Promise<ApplicationSummary> {
  authorizeAny(assistantPolicy, ctx.actor, 'manage', ctx.units);
  const before = await repo.findApplication(ctx.db, id);
  if (!before) throw AppError.notFound();
  if (!STAGE_MOVES[before.stage].includes(input.stage))
    throw new AppError('INVALID_TRANSITION', { messageKey: 'assistant_stage_move' });
  const round = (await repo.findRound(ctx.db, before.round_id)) as repo.RoundRow;
  if (input.stage === 'selected' && Number(round.selected ?? 0) >= round.places)
    throw new AppError('INVALID_TRANSITION', { messageKey: 'assistant_round_full' });
  const read = async (db: Db) => toApplication((await repo.findApplication(db, id)) as repo.ApplicationRow);
  return ctx.db.transaction().execute(async (trx) => {
    let assistantId = before.assistant_id;
    if (input.stage === 'selected') {
      const existing = await repo.findAssistantOfTerm(trx, before.person_id, round.academic_year, round.semester);
      assistantId =
        existing?.id ??
        (await repo.insertAssistant(trx, {
          person_id: before.person_id,
          unit_id: before.unit_id,
          round_id: round.id,
          academic_year: round.academic_year,
          semester: round.semester,
          skills_json: before.skills_json,
          languages_json: before.languages_json,
          started_on: businessDate(new Date(ctx.now)),
          created_at: ctx.now,
          updated_at: ctx.now,
        }));
    }
    return updateAudited(trx, {
      table: 'assistant_applications',
      id,
      version: input.version,
      values: {
        stage: input.stage,
        interview_on: input.interviewOn ?? before.interview_on,
        interview_score: input.interviewScore ?? before.interview_score,
        decision_reason: input.reason ?? before.decision_reason,
        assistant_id: assistantId,
        updated_at: ctx.now,
      },
      current: () => read(trx),
      after: () => read(trx),
      audit: (after) => ({
        ...changeEntry(
          ctx,
          'update',
          APPLICATION_ENTITY,
          id,
          auditSummary('auditSummaries.statusChange', {
            from: { t: `auditSummaries.assistantStages.${before.stage}` },
            to: { t: `auditSummaries.assistantStages.${input.stage}` },
          }),
          toApplication(before),
          after,
        ),
        parent: { type: ROUND_ENTITY, id: round.id },
      }),
    });
  });
}
