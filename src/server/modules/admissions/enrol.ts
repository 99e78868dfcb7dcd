import type { Db } from '#server/db/client.js';
import type { AppDeps } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { loadAcademicTerms } from '#server/modules/academic-calendar/academic-terms.loader.js';
import { ensureDefaults } from '#server/modules/checklist/checklist.service.js';
import { startHistory } from '#server/modules/mobility/enrolment-history.js';
import { insertMobility } from '#server/modules/mobility/mobility.writer.js';
import { flowOf, INITIAL_STATUS } from '#server/modules/mobility/mobility-lifecycle.js';
import { searchTextOf } from '#server/modules/people/people.columns.js';
import { termDates } from '#shared/calendar.js';
import { identityProblem } from '#shared/identity.js';
import type { Gender } from '#shared/mobility.js';
import type { ApplicationRow } from './application.repository.js';
import * as apps from './application.repository.js';
import * as rounds from './round.repository.js';

/**
 * An accepted applicant becomes who Meridian counts, from what they typed once: a person (student, in
 * the program's department, at its degree level) and an inbound mobility — degree study from a degree
 * round, an exchange from an exchange round — with the Ministry category the applicant declared, checked
 * against the nationality by the same rule as the Ministry's pre-filing check (src/shared/identity.ts).
 * Dates come from the round's academic year and semester through the academic calendar. After commit
 * the inbound document checklist (visa, residence permit, insurance, …) starts for the mobility.
 */
async function enrol(deps: AppDeps, trx: Db, app: ApplicationRow, at: string): Promise<number> {
  const round = await rounds.findRound(trx, app.round_id);
  const program = app.program_id ? await rounds.findProgram(trx, app.program_id) : undefined;
  if (!round || !program) throw AppError.field('programId', 'required');
  const kind = round.kind === 'degree' ? 'degree' : 'exchange_in';
  if (identityProblem(app.identity, kind, app.country_code))
    throw AppError.field('identity', 'admission_requirement_identity');
  const nameEn = [app.given_name, app.family_name].filter(Boolean).join(' ') || null;
  const degreeLevel = program.degree_level as 'bachelor' | 'master' | 'doctoral';
  const { id: personId } = await trx
    .insertInto('people')
    .values({
      kind: 'student',
      user_id: null,
      name_zh: app.name_zh,
      name_en: nameEn,
      unit_id: program.unit_id,
      degree_level: degreeLevel,
      program_type: degreeLevel,
      study_time: 'day',
      nationality: app.country_code,
      gender: app.gender as Gender | null,
      birth_date: app.birth_date,
      email: app.email,
      phone: app.phone,
      gpa: app.gpa,
      search_text: searchTextOf({ nameZh: app.name_zh, nameEn }),
      archived_at: null,
      created_at: at,
      updated_at: at,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const semesterTerm = round.semester === 1 ? 'fall' : 'spring';
  const dates = termDates(
    round.academic_year,
    kind === 'degree' ? semesterTerm : semesterTerm,
    await loadAcademicTerms(trx),
  );
  const flow = flowOf({ direction: 'inbound', kind, person_category: 'student' });
  const status = flow === 'enrolment' ? INITIAL_STATUS.enrolment : 'accepted';
  const endDate = kind === 'degree' ? null : dates.end;
  const mobilityId = await insertMobility(
    trx,
    {
      person_id: personId,
      direction: 'inbound',
      kind,
      person_category: 'student',
      moe_category: app.identity as 'foreign' | 'overseas_chinese' | 'hk_macau' | 'mainland',
      status,
      partner_id: app.partner_id,
      agreement_id: null,
      place_id: null,
      application_id: null,
      host_name_zh: null,
      host_name_en: null,
      country: app.country_code,
      city: null,
      start_date: dates.start,
      end_date: endDate,
      departed_on: null,
      returned_on: null,
      closed_on: null,
      credits: null,
      purpose: null,
      outputs: null,
      notes: `admission #${app.id}`,
      dual_degree: 0,
      credit_bearing: 1,
      la_status: null,
    },
    { dialect: deps.dialect, actorId: null, now: at },
  );
  if (flow === 'enrolment')
    await startHistory(trx, {
      id: mobilityId,
      status,
      start_date: dates.start,
      end_date: endDate,
      status_changed_on: null,
      created_at: at,
    });
  await apps.setApplication(trx, app.id, { person_id: personId, mobility_id: mobilityId });
  await recordAudit(trx, {
    at,
    actorId: null,
    action: 'create',
    entityType: 'person',
    entityId: personId,
    summary: auditSummary('auditSummaries.admission', { id: app.id }),
  });
  await recordAudit(trx, {
    at,
    actorId: null,
    action: 'create',
    entityType: 'mobility',
    entityId: mobilityId,
    summary: auditSummary('auditSummaries.admission', { id: app.id }),
  });
  return mobilityId;
}

/** Starts the visa/ARC checklist once the mobility is committed (ensureDefaults runs its own transaction). */
async function afterCommit(deps: AppDeps, mobilityId: number, at: string) {
  await ensureDefaults(deps.db, at, mobilityId);
}

export const enrolAccepted = Object.assign(enrol, { afterCommit });
