import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual, recordName } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { jsonList as list } from '#server/lib/json-list.js';
import { updateAudited } from '#server/lib/versioned.js';
import { applicantPerson } from '#server/modules/people/applicant-person.js';
import { buddyPolicy } from '#server/policies/buddy.policy.js';
import { allows, authorizeAny, unitScope } from '#server/policies/policy.js';
import { CAPACITY_LIMITS } from '#shared/buddy.js';
import type {
  BuddyRound,
  BuddyRoundCreate,
  BuddyRoundDetail,
  Pair,
  Profile,
  ProfileCreate,
} from '#shared/schemas/buddy.js';
import * as repo from './buddy.repository.js';
import { matchBuddies } from './buddy-matching.js';
import { notifyPairs } from './buddy-notify.js';
import { pairScore, weightsOf } from './buddy-score.js';

export const ROUND_ENTITY = 'buddy_round';

function toRound(r: repo.RoundRow): BuddyRound {
  return {
    id: r.id,
    academicYear: r.academic_year,
    semester: r.semester,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    status: r.status,
    publishedAt: r.published_at,
    internationals: Number(r.internationals),
    locals: Number(r.locals),
    pairs: Number(r.pair_count),
    version: r.version,
  };
}

export function toProfile(p: repo.ProfileRow): Profile {
  return {
    id: p.id,
    roundId: p.round_id,
    personId: p.person_id,
    nameZh: p.name_zh,
    nameEn: p.name_en,
    nationality: p.nationality,
    side: p.side,
    mobilityId: p.mobility_id,
    languages: list(p.languages_json),
    interests: list(p.interests_json),
    gender: p.gender,
    genderPreference: p.gender_preference,
    unitId: p.unit_id,
    arrivalOn: p.arrival_on,
    capacity: p.capacity,
    version: p.version,
  };
}

const toPair = (x: repo.PairRow): Pair => ({
  id: x.id,
  roundId: x.round_id,
  internationalId: x.international_id,
  localId: x.local_id,
  score: x.score,
  origin: x.origin,
  notifiedAt: x.notified_at,
  firstContactOn: x.first_contact_on,
  meetings: Number(x.meetings),
  version: x.version,
});

/** Staff and coordinators list every round; a student the open ones (to fill their profile). */
export async function listRounds(ctx: Ctx) {
  const rounds = (await repo.listRounds(ctx.db)).map(toRound);
  if (allows(buddyPolicy, ctx.actor, 'read', ctx.units)) return { items: rounds };
  authorizeAny(buddyPolicy, ctx.actor, 'participate', ctx.units);
  return { items: rounds.filter((r) => r.status !== 'closed') };
}

/** The round with the profiles and pairs the reader may see (a coordinator: their college's students). */
export async function getRound(ctx: Ctx, id: number, db: Db = ctx.db): Promise<BuddyRoundDetail> {
  authorizeAny(buddyPolicy, ctx.actor, 'read', ctx.units);
  const row = await repo.findRound(db, id);
  if (!row) throw AppError.notFound();
  const visible = unitScope(buddyPolicy, ctx.actor, 'read', ctx.units);
  const profiles = (await repo.findProfiles(db, id)).filter(
    (p) => visible === 'all' || (p.unit_id !== null && visible.includes(p.unit_id)),
  );
  const shown = new Set(profiles.map((p) => p.id));
  const pairs = (await repo.findPairs(db, id)).filter((x) => shown.has(x.international_id) || shown.has(x.local_id));
  return {
    ...toRound(row),
    profiles: profiles.map(toProfile),
    pairList: pairs.map(toPair),
    weights: weightsOf(row),
    weightsDefault: row.weights_json === null,
  };
}

export async function createRound(ctx: Ctx, input: BuddyRoundCreate) {
  authorizeAny(buddyPolicy, ctx.actor, 'manage', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertRound(trx, {
      academic_year: input.academicYear,
      semester: input.semester,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      status: 'open',
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await getRound(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', ROUND_ENTITY, id, recordName(after.titleZh, after.titleEn), null, {
        ...after,
        profiles: undefined,
      }),
    );
    return after;
  });
}

export async function openRound(ctx: Ctx, id: number) {
  const round = await repo.findRound(ctx.db, id);
  if (!round) throw AppError.notFound();
  if (round.status === 'closed') throw new AppError('INVALID_TRANSITION', { messageKey: 'buddy_round_closed' });
  return round;
}

/**
 * A profile in a round: staff for anyone, a student for themselves. An international student must have
 * an inbound mobility record (it gives the arrival date when none is given); a local volunteer must be a
 * student without one. Capacities within the side's limits; one profile per person and round (409).
 */
export async function addProfile(ctx: Ctx, roundId: number, input: ProfileCreate): Promise<Profile> {
  await openRound(ctx, roundId);
  const staff = allows(buddyPolicy, ctx.actor, 'manage', ctx.units);
  if (!staff && !allows(buddyPolicy, ctx.actor, 'participate', ctx.units)) throw AppError.forbidden();
  const person = await applicantPerson(
    ctx.db,
    { staff, actorId: ctx.actor.id, personId: input.personId },
    { staff: 'buddy_person', self: 'buddy_no_person' },
  );
  if (person.kind !== 'student') throw AppError.field('personId', 'buddy_not_student');
  const inbound = await repo.findInboundMobility(ctx.db, person.id, input.mobilityId);
  if (input.side === 'international' && !inbound) throw AppError.field('side', 'buddy_no_inbound');
  if (input.side === 'local' && inbound) throw AppError.field('side', 'buddy_inbound_is_international');
  const limit = CAPACITY_LIMITS[input.side];
  if (input.capacity > limit.max) throw AppError.field('capacity', 'buddy_capacity', { max: limit.max });
  if (await repo.findProfileOf(ctx.db, roundId, person.id))
    throw new AppError('DUPLICATE', { fields: [{ path: 'personId', key: 'buddy_profile_exists' }] });
  return ctx.db.transaction().execute(async (trx) => {
    const id = await uniqueAsFieldError('personId', 'buddy_profile_exists', () =>
      repo.insertProfile(trx, {
        round_id: roundId,
        person_id: person.id,
        side: input.side,
        mobility_id: input.side === 'international' ? (inbound?.id ?? null) : null,
        languages_json: JSON.stringify(input.languages),
        interests_json: JSON.stringify(input.interests),
        gender_preference: input.genderPreference,
        unit_id: (input.side === 'international' ? inbound?.unit_id : null) ?? person.unit_id,
        arrival_on: input.side === 'international' ? (input.arrivalOn ?? inbound?.start_date ?? null) : null,
        capacity: input.capacity,
        created_at: ctx.now,
        updated_at: ctx.now,
      }),
    );
    const after = toProfile((await repo.findProfile(trx, id)) as repo.ProfileRow);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'create',
        'buddy_profile',
        id,
        auditSummary('auditSummaries.buddyProfile', {
          side: { t: `auditSummaries.buddySides.${input.side}` },
          name: bilingual(after.nameZh ?? after.nameEn ?? '', after.nameEn ?? after.nameZh ?? ''),
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
 * Runs the matching (buddy-matching.ts) over the round's profiles: unpublished proposals are replaced;
 * pairs staff added and published pairs stay and use up their people's capacity.
 */
export async function propose(ctx: Ctx, roundId: number, version: number): Promise<BuddyRoundDetail> {
  authorizeAny(buddyPolicy, ctx.actor, 'manage', ctx.units);
  const round = await openRound(ctx, roundId);
  if (round.version !== version) throw new AppError('VERSION_CONFLICT', { current: await getRound(ctx, roundId) });
  return ctx.db.transaction().execute(async (trx) => {
    await repo.deleteProposed(trx, roundId);
    const profiles = await repo.findProfiles(trx, roundId);
    const collegeOf = await repo.findCollegeOfUnits(trx);
    const kept = await repo.findPairs(trx, roundId);
    const used = new Map<number, number>();
    for (const x of kept) for (const p of [x.international_id, x.local_id]) used.set(p, (used.get(p) ?? 0) + 1);
    const keptKeys = new Set(kept.map((x) => `${x.international_id}:${x.local_id}`));
    const byId = new Map(profiles.map((p) => [p.id, p]));
    const weights = weightsOf(round);
    const forScore = (p: repo.ProfileRow) => ({
      languages: list(p.languages_json),
      interests: list(p.interests_json),
      gender: p.gender,
      genderPreference: p.gender_preference,
      unitId: p.unit_id === null ? null : (collegeOf.get(p.unit_id) ?? p.unit_id),
      arrivalOn: p.arrival_on,
    });
    const scored = new Map(profiles.map((p) => [p.id, forScore(p)]));
    const arrivals = profiles
      .map((p) => p.arrival_on)
      .filter((d): d is string => d !== null)
      .sort();
    const side = (s: 'international' | 'local') =>
      profiles
        .filter((p) => p.side === s)
        .map((p) => ({ id: p.id, capacity: Math.max(0, p.capacity - (used.get(p.id) ?? 0)) }));
    const pairs = matchBuddies(side('international'), side('local'), (i, l) => {
      if (keptKeys.has(`${i}:${l}`)) return null;
      const a = scored.get(i);
      const b = scored.get(l);
      return a && b && byId.has(i) ? pairScore(a, b, arrivals[0] ?? null, weights) : null;
    });
    await repo.insertPairs(
      trx,
      pairs.map((p) => ({
        round_id: roundId,
        international_id: p.internationalId,
        local_id: p.localId,
        score: p.score,
        origin: 'proposed' as const,
        created_at: ctx.now,
        updated_at: ctx.now,
      })),
    );
    return updateAudited(trx, {
      table: 'buddy_rounds',
      id: roundId,
      version,
      values: { updated_at: ctx.now },
      current: () => getRound(ctx, roundId, trx),
      after: () => getRound(ctx, roundId, trx),
      audit: () =>
        changeEntry(
          ctx,
          'update',
          ROUND_ENTITY,
          roundId,
          auditSummary('auditSummaries.buddyProposed', { count: pairs.length }),
          null,
          { pairs },
        ),
    });
  });
}

/** Staff add a pair by hand (any two profiles of the round, one of each side, within capacity). */
export async function addPair(ctx: Ctx, roundId: number, internationalId: number, localId: number): Promise<Pair> {
  authorizeAny(buddyPolicy, ctx.actor, 'manage', ctx.units);
  await openRound(ctx, roundId);
  const [a, b] = await Promise.all([repo.findProfile(ctx.db, internationalId), repo.findProfile(ctx.db, localId)]);
  if (!a || a.round_id !== roundId || a.side !== 'international')
    throw AppError.field('internationalId', 'buddy_profile_side');
  if (!b || b.round_id !== roundId || b.side !== 'local') throw AppError.field('localId', 'buddy_profile_side');
  const pairs = await repo.findPairs(ctx.db, roundId);
  if (pairs.some((x) => x.international_id === a.id && x.local_id === b.id))
    throw new AppError('DUPLICATE', { fields: [{ path: 'localId', key: 'buddy_pair_exists' }] });
  if (pairs.filter((x) => x.international_id === a.id).length >= a.capacity)
    throw AppError.field('internationalId', 'buddy_capacity_full');
  if (pairs.filter((x) => x.local_id === b.id).length >= b.capacity)
    throw AppError.field('localId', 'buddy_capacity_full');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertPair(trx, {
      round_id: roundId,
      international_id: a.id,
      local_id: b.id,
      score: null,
      origin: 'manual',
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = toPair((await repo.findPair(trx, id)) as repo.PairRow);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'create',
        'buddy_pair',
        id,
        auditSummary('auditSummaries.buddyPair', {
          a: bilingual(a.name_zh ?? a.name_en ?? '', a.name_en ?? a.name_zh ?? ''),
          b: bilingual(b.name_zh ?? b.name_en ?? '', b.name_en ?? b.name_zh ?? ''),
        }),
        null,
        after,
      ),
      parent: { type: ROUND_ENTITY, id: roundId },
    });
    return after;
  });
}

/** Staff remove a pair (with what was logged on it); the audit log keeps it. */
export async function removePair(ctx: Ctx, pairId: number) {
  authorizeAny(buddyPolicy, ctx.actor, 'manage', ctx.units);
  const pair = await repo.findPair(ctx.db, pairId);
  if (!pair) throw AppError.notFound();
  await openRound(ctx, pair.round_id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deletePair(trx, pairId);
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'delete',
        'buddy_pair',
        pairId,
        auditSummary('auditSummaries.buddyPairId', { id: pairId }),
        toPair(pair),
        null,
      ),
      parent: { type: ROUND_ENTITY, id: pair.round_id },
    });
  });
  return { ok: true as const };
}

/**
 * Publishes the round: every pair not yet announced is told to both people, each in their own language
 * (in-app and by mail through the outbox; by a bilingual mail when the person has no account). Pairs
 * added later are announced by publishing again.
 */
export async function publish(ctx: Ctx, roundId: number, version: number): Promise<BuddyRoundDetail> {
  authorizeAny(buddyPolicy, ctx.actor, 'manage', ctx.units);
  const round = await openRound(ctx, roundId);
  return ctx.db.transaction().execute(async (trx) => {
    const pending = (await repo.findPairs(trx, roundId)).filter((x) => x.notified_at === null);
    if (pending.length === 0) throw new AppError('INVALID_TRANSITION', { messageKey: 'buddy_nothing_to_publish' });
    await notifyPairs(trx, ctx.now, round, pending);
    await repo.markNotified(
      trx,
      pending.map((x) => x.id),
      ctx.now,
    );
    return updateAudited(trx, {
      table: 'buddy_rounds',
      id: roundId,
      version,
      values: { status: 'published', published_at: ctx.now, updated_at: ctx.now },
      current: () => getRound(ctx, roundId, trx),
      after: () => getRound(ctx, roundId, trx),
      audit: () =>
        changeEntry(
          ctx,
          'update',
          ROUND_ENTITY,
          roundId,
          auditSummary('auditSummaries.buddyPublished', { count: pending.length }),
          null,
          {
            pairs: pending.map((x) => x.id),
          },
        ),
    });
  });
}
