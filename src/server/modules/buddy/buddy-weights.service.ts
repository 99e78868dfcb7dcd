import type { Ctx } from '#server/http/context.js';
import { changeEntry } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { updateAudited } from '#server/lib/versioned.js';
import { buddyPolicy } from '#server/policies/buddy.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import type { BuddyWeightsUpdate } from '#shared/schemas/buddy.js';
import * as repo from './buddy.repository.js';
import { getRound, openRound, ROUND_ENTITY } from './buddy-round.service.js';
import { weightsOf } from './buddy-score.js';

/** OIA staff set a round's weights (null: back to the defaults); the next proposal uses them. */
export async function setWeights(ctx: Ctx, roundId: number, input: BuddyWeightsUpdate) {
  authorizeAny(buddyPolicy, ctx.actor, 'manage', ctx.units);
  const round = await openRound(ctx, roundId);
  const before = { weights: weightsOf(round), weightsDefault: round.weights_json === null };
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'buddy_rounds',
      id: roundId,
      version: input.version,
      values: { weights_json: input.weights && JSON.stringify(input.weights), updated_at: ctx.now },
      current: async () => ((await repo.findRound(trx, roundId)) ? getRound(ctx, roundId, trx) : undefined),
      after: () => getRound(ctx, roundId, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ROUND_ENTITY,
          roundId,
          auditSummary(after.weightsDefault ? 'auditSummaries.buddyWeightsDefault' : 'auditSummaries.buddyWeights', {
            round: bilingual(round.title_zh, round.title_en),
          }),
          before,
          { weights: after.weights, weightsDefault: after.weightsDefault },
        ),
    }),
  );
}
