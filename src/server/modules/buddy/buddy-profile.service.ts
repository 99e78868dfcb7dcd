import type { Ctx } from '#server/http/context.js';
import { changeEntry } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { buddyPolicy } from '#server/policies/buddy.policy.js';
import { allows } from '#server/policies/policy.js';
import { CAPACITY_LIMITS } from '#shared/buddy.js';
import type { Profile, ProfileUpdate } from '#shared/schemas/buddy.js';
import * as repo from './buddy.repository.js';
import { openRound, ROUND_ENTITY, toProfile } from './buddy-round.service.js';

/**
 * Edits a profile (issue 18, d): staff for anyone, a student their own; the version decides (409 with the
 * profile as it is now). The side and the person stay; an arrival date is kept for international students only.
 */
export async function updateProfile(ctx: Ctx, id: number, input: ProfileUpdate): Promise<Profile> {
  const before = await repo.findProfile(ctx.db, id);
  if (!before) throw AppError.notFound();
  const staff = allows(buddyPolicy, ctx.actor, 'manage', ctx.units);
  if (!staff && before.user_id !== ctx.actor.id) throw AppError.forbidden();
  await openRound(ctx, before.round_id);
  const limit = CAPACITY_LIMITS[before.side];
  if (input.capacity > limit.max) throw AppError.field('capacity', 'buddy_capacity', { max: limit.max });
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'buddy_profiles',
      id,
      version: input.version,
      values: {
        languages_json: JSON.stringify(input.languages),
        interests_json: JSON.stringify(input.interests),
        gender_preference: input.genderPreference,
        arrival_on: before.side === 'international' ? input.arrivalOn : null,
        capacity: input.capacity,
        updated_at: ctx.now,
      },
      current: async () => {
        const row = await repo.findProfile(trx, id);
        return row && toProfile(row);
      },
      after: async () => toProfile((await repo.findProfile(trx, id)) as repo.ProfileRow),
      audit: (after) => ({
        ...changeEntry(
          ctx,
          'update',
          'buddy_profile',
          id,
          auditSummary('auditSummaries.buddyProfile', {
            side: { t: `auditSummaries.buddySides.${before.side}` },
            name: bilingual(after.nameZh ?? after.nameEn ?? '', after.nameEn ?? after.nameZh ?? ''),
          }),
          toProfile(before),
          after,
        ),
        parent: { type: ROUND_ENTITY, id: before.round_id },
      }),
    }),
  );
}
