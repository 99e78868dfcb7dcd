import type { Db } from '#server/db/client.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { identityProblem } from '#shared/identity.js';
import { kindsFor } from '#shared/mobility.js';
import { DEGREE_KINDS, type MobilityCreate } from '#shared/schemas/mobility.js';
import * as repo from './mobility.repository.js';
import type { MobilityWrite } from './mobility.writer.js';

export type MobilityFields = Omit<MobilityCreate, 'status'>;
export type Person = NonNullable<Awaited<ReturnType<typeof repo.findPerson>>>;
type Columns = Omit<
  MobilityWrite,
  'status' | 'person_id' | 'application_id' | 'departed_on' | 'returned_on' | 'closed_on'
>;

/** The person a mobility is about: it must exist and not be archived. */
export async function personFor(db: Db, personId: number): Promise<Person> {
  const person = await repo.findPerson(db, personId);
  if (!person || person.archived_at) throw AppError.field('personId', 'mobility_person');
  return person;
}

/**
 * Checks what spans fields and records (the kind fits the direction and the person, the Ministry's
 * category, the dual-degree flag, the partner and its agreements' place, credits) and returns the
 * mobilities columns. Every problem is reported at once, each on its field. Used by the service and import.
 */
export async function mobilityColumns(db: Db, input: MobilityFields, person: Person): Promise<Columns> {
  const problems: FieldProblem[] = [];
  const fail = (path: string, key: string, params?: Record<string, unknown>) => problems.push({ path, key, params });
  const student = person.kind === 'student';

  if (!kindsFor(person.kind, input.direction).includes(input.kind)) fail('kind', 'mobility_kind_mismatch');
  const inboundStudent = student && input.direction === 'inbound';
  if (inboundStudent && input.kind === 'degree' && !input.moeCategory) fail('moeCategory', 'mobility_moe_required');
  if (!inboundStudent && input.moeCategory) fail('moeCategory', 'mobility_moe_not_applicable');
  // The category must agree with who the person is, unless a reason says why it stands (docs/decisions/0021).
  const identity = inboundStudent ? identityProblem(input.moeCategory, input.kind, person.nationality) : null;
  if (identity && !input.categoryOverrideReason)
    fail('moeCategory', identity, { nationality: person.nationality?.toUpperCase() });
  if (input.dualDegree && !DEGREE_KINDS.has(input.kind)) fail('dualDegree', 'mobility_dual_degree_kind');
  if (input.creditBearing && !student) fail('creditBearing', 'mobility_credits_students');

  let country = input.country;
  if (input.partnerId) {
    const partner = await repo.findPartner(db, input.partnerId);
    if (!partner) fail('partnerId', 'mobility_partner');
    country ??= partner?.country ?? null;
  }
  let agreementId: number | null = null;
  if (input.placeId) {
    const place = input.partnerId ? await repo.findPlaceOfPartner(db, input.placeId, input.partnerId) : undefined;
    if (!student) fail('placeId', 'mobility_place_students');
    else if (!place) fail('placeId', 'mobility_place_partner');
    else if (place.direction !== input.direction) fail('placeId', 'mobility_place_direction');
    agreementId = place?.agreement_id ?? null;
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });

  return {
    direction: input.direction,
    kind: input.kind,
    person_category: person.kind,
    moe_category: inboundStudent ? input.moeCategory : null,
    category_override_reason: identity ? (input.categoryOverrideReason ?? null) : null,
    dual_degree: input.kind === 'dual_degree' || input.dualDegree ? 1 : 0,
    partner_id: input.partnerId,
    agreement_id: agreementId,
    place_id: input.placeId,
    host_name_zh: input.hostNameZh,
    host_name_en: input.hostNameEn,
    country,
    city: input.city,
    start_date: input.startDate,
    end_date: input.endDate,
    credit_bearing: input.creditBearing ? 1 : 0,
    credits: input.creditBearing ? input.credits : null,
    purpose: input.purpose,
    outputs: input.outputs,
    notes: input.notes,
  };
}
