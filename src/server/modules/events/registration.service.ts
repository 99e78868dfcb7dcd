import type { FastifyInstance } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { parseJson } from '#server/modules/visits/engagement-parts.js';
import { businessDate } from '#shared/calendar.js';
import type { Event, PublicEvent, PublicRegistrationCreate, RegistrationCreate } from '#shared/schemas/events.js';
import type { ProgrammeSlot } from '#shared/schemas/visits.js';
import * as repo from './event.repository.js';
import { ENTITY, getEvent } from './event.service.js';

/** Registrations: staff add them for anyone; the public form adds them for public events only. */

/** Staff who may edit the event register someone (an internal guest, a walk-in). */
export async function registerInternal(ctx: Ctx, eventId: number, input: RegistrationCreate): Promise<Event> {
  const event = await getEvent(ctx, eventId);
  if (!event.permissions.update) throw AppError.forbidden();
  if (await repo.registrationExists(ctx.db, eventId, input.email)) throw AppError.field('email', 'registration_exists');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertRegistration(trx, eventId, input, 'internal', ctx.now);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'create', ENTITY, eventId, auditSummary('auditSummaries.registration', { id }), null, {
        id,
        ...input,
      }),
      parent: { type: ENTITY, id: eventId },
    });
    return getEvent(ctx, eventId, trx);
  });
}

type Deps = FastifyInstance['deps'];
const today = (deps: Deps) => businessDate(deps.clock.now());

export function toPublic(r: repo.EventRow): PublicEvent {
  return {
    id: r.id,
    kind: r.kind,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    startDate: r.start_date,
    endDate: r.end_date,
    venue: r.venue,
    programme: parseJson<ProgrammeSlot>(r.programme_json),
  };
}

/** Public events not yet over: what the public page and feed show. */
export async function publicEvents(deps: Deps) {
  return (await repo.findPublicEvents(deps.db, today(deps))).map(toPublic);
}

/**
 * The public registration form: a public event not yet over, once per e-mail address. Anyone may post,
 * so the route limits the rate per address and the body's size; an event that is not public answers 404,
 * as if it did not exist. A filled honeypot is answered as if accepted and nothing is kept (a bot learns
 * nothing), as the cohort form and the enquiry desk do.
 */
export async function registerPublic(deps: Deps, eventId: number, body: PublicRegistrationCreate, ip: string) {
  const row = await repo.findEvent(deps.db, eventId);
  if (row?.is_public !== 1 || row.archived_at !== null) throw AppError.notFound();
  if (row.end_date < today(deps)) throw AppError.field('email', 'registration_closed');
  const { website, ...input } = body;
  if (website) return { ok: true as const };
  if (await repo.registrationExists(deps.db, eventId, input.email))
    throw AppError.field('email', 'registration_exists');
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const id = await repo.insertRegistration(trx, eventId, input, 'public', now);
    await recordAudit(trx, {
      at: now,
      actorId: null,
      action: 'create',
      entityType: ENTITY,
      entityId: eventId,
      summary: auditSummary('auditSummaries.publicRegistration', { id }),
      ip,
      parent: { type: ENTITY, id: eventId },
    });
  });
  return { ok: true as const };
}
