import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, label, statusChange } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { loadAcademicTerms } from '#server/modules/academic-calendar/academic-terms.loader.js';
import { afterMobilityUpdate, insertMobility } from '#server/modules/mobility/mobility.writer.js';
import { callPolicy } from '#server/policies/calls.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import { businessDate, termDates } from '#shared/calendar.js';
import { localName, translate } from '#shared/i18n/index.js';
import type {
  Application,
  NominateBody,
  NominateResult,
  NominationPartners,
  PartnerDecisionBody,
} from '#shared/schemas/calls.js';
import * as apps from './application.repository.js';
import { getApplication } from './application.service.js';
import * as calls from './call.repository.js';
import { getCall } from './call.service.js';

async function publishedCall(ctx: Ctx, callId: number) {
  authorizeAny(callPolicy, ctx.actor, 'nominate', ctx.units);
  const call = await getCall(ctx, callId);
  return call;
}

/** Per partner of the call: how many applicants are selected, nominated, accepted, rejected. */
export async function nominationPartners(ctx: Ctx, callId: number): Promise<NominationPartners> {
  const call = await publishedCall(ctx, callId);
  const rows = await apps.findAllApplications(ctx.db, { callId }, 'id', 'asc');
  const byPartner = new Map<number, NominationPartners['partners'][number]>();
  for (const o of call.offers) {
    if (!byPartner.has(o.partnerId))
      byPartner.set(o.partnerId, {
        partnerId: o.partnerId,
        partnerNameEn: o.partnerNameEn,
        partnerNameZh: o.partnerNameZh,
        country: o.country,
        selected: 0,
        nominated: 0,
        accepted: 0,
        rejected: 0,
      });
  }
  for (const r of rows) {
    const offer = call.offers.find((o) => o.id === r.allocated_offer_id);
    const p = offer && byPartner.get(offer.partnerId);
    if (!p) continue;
    if (r.status === 'selected') p.selected += 1;
    if (r.status === 'nominated') p.nominated += 1;
    if (r.status === 'accepted') p.accepted += 1;
    if (r.status === 'rejected_by_partner') p.rejected += 1;
  }
  return { partners: [...byPartner.values()] };
}

type NomineeRow = {
  nameZh: string | null;
  nameEn: string | null;
  studentNo: string | null;
  unit: string | null;
  level: string | null;
  email: string | null;
  preference: number | null;
  term: string;
  status: string;
};

/** The nomination list for one partner (xlsx): selected and nominated applicants; never passport numbers. */
export async function exportNominations(ctx: Ctx, reply: FastifyReply, callId: number, partnerId: number) {
  const call = await publishedCall(ctx, callId);
  const offerIds = call.offers.filter((o) => o.partnerId === partnerId).map((o) => o.id);
  if (!offerIds.length) throw AppError.notFound();
  const t = (key: string, params?: Record<string, unknown>) => translate(ctx.locale, key, params);
  const rows = (await apps.findAllApplications(ctx.db, { callId }, 'rank', 'asc')).filter(
    (r) =>
      r.allocated_offer_id !== null &&
      offerIds.includes(r.allocated_offer_id) &&
      ['selected', 'nominated', 'accepted'].includes(r.status),
  );
  const prefs = await apps.findPreferences(
    ctx.db,
    rows.map((r) => r.id),
  );
  const units = new Map(
    (await apps.findUnitNames(ctx.db)).map((u) => [u.id, localName(ctx.locale, u.name_zh, u.name_en)]),
  );
  const term = `${call.academicYear} ${t(`callTerms.${call.term}`)}`;
  const items: NomineeRow[] = rows.map((r) => ({
    nameZh: r.name_zh,
    nameEn: r.name_en,
    studentNo: r.student_no,
    unit: r.unit_id ? (units.get(r.unit_id) ?? null) : null,
    level: r.degree_level ? t(`degreeLevels.${r.degree_level}`) : null,
    email: r.email,
    preference: prefs.find((p) => p.application_id === r.id && p.offer_id === r.allocated_offer_id)?.rank ?? null,
    term,
    status: t(`applicationStatuses.${r.status}`),
  }));
  const col = (key: string, value: XlsxColumn<NomineeRow>['value'], width: number) => ({
    header: t(`callNomination.${key}`),
    value,
    width,
  });
  const columns: XlsxColumn<NomineeRow>[] = [
    col('nameZh', (r) => r.nameZh, 16),
    col('nameEn', (r) => r.nameEn, 24),
    col('studentNo', (r) => r.studentNo, 14),
    col('department', (r) => r.unit, 28),
    col('level', (r) => r.level, 12),
    col('email', (r) => r.email, 30),
    col('preference', (r) => r.preference, 10),
    col('term', (r) => r.term, 16),
    col('status', (r) => r.status, 14),
  ];
  const partner = call.offers.find((o) => o.partnerId === partnerId);
  const partnerName = partner ? localName(ctx.locale, partner.partnerNameZh, partner.partnerNameEn) : String(partnerId);
  return streamXlsx(reply, {
    fileName: `${t('callNomination.file')}-${partnerName}.xlsx`,
    sheetName: t('callNomination.sheet'),
    columns,
    pages: (async function* () {
      yield items;
    })(),
  });
}

/**
 * Nominates selected applicants: each becomes `nominated` and gets its outbound exchange mobility
 * (status nominated, the offer's partner, agreement and place, the call's term dates) — which books the
 * place in the agreements' ledger (over-allocation is refused there).
 */
export async function nominate(ctx: Ctx, callId: number, body: NominateBody): Promise<NominateResult> {
  const call = await publishedCall(ctx, callId);
  if (call.status !== 'published') throw new AppError('INVALID_TRANSITION');
  const dates = termDates(call.academicYear, call.term, await loadAcademicTerms(ctx.db));
  return ctx.db.transaction().execute(async (trx) => {
    const offers = await calls.findOffers(trx, [callId]);
    const rows = (await apps.findAllApplications(trx, { callId, status: 'selected' }, 'rank', 'asc')).filter((r) => {
      const offer = offers.find((o) => o.id === r.allocated_offer_id);
      if (!offer) return false;
      if (body.partnerId && offer.partner_id !== body.partnerId) return false;
      return !body.applicationIds || body.applicationIds.includes(r.id);
    });
    const items: NominateResult['items'] = [];
    for (const r of rows) {
      const offer = offers.find((o) => o.id === r.allocated_offer_id);
      if (!offer) continue;
      const mobilityId = await insertMobility(
        trx,
        {
          person_id: r.person_id,
          direction: 'outbound',
          kind: 'exchange',
          person_category: 'student',
          moe_category: null,
          dual_degree: 0,
          status: 'nominated',
          partner_id: offer.partner_id,
          agreement_id: offer.agreement_id,
          place_id: offer.place_id,
          application_id: r.id,
          host_name_zh: null,
          host_name_en: null,
          country: offer.country,
          city: offer.city,
          start_date: dates.start,
          end_date: dates.end,
          departed_on: null,
          returned_on: null,
          closed_on: null,
          credit_bearing: 1,
          credits: null,
          purpose: null,
          outputs: null,
          notes: null,
        },
        { dialect: ctx.dialect, actorId: ctx.actor.id, now: ctx.now },
      );
      await apps.markNominated(trx, r.id, mobilityId, ctx.now);
      await recordAudit(trx, {
        ...changeEntry(
          ctx,
          'transition',
          'application',
          r.id,
          auditSummary('auditSummaries.nominated', {
            from: label('applicationStatuses', 'selected'),
            to: label('applicationStatuses', 'nominated'),
            mobility: mobilityId,
          }),
          { status: 'selected' },
          { status: 'nominated', mobilityId },
        ),
        parent: { type: 'call', id: callId },
      });
      items.push({ applicationId: r.id, mobilityId });
    }
    return { nominated: items.length, items };
  });
}

/** The partner's answer: accepted → the mobility is accepted; rejected → cancelled, its place freed. */
export async function recordPartnerDecision(ctx: Ctx, id: number, body: PartnerDecisionBody): Promise<Application> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getApplication(ctx, id, trx);
    if (!before.permissions.decide) {
      if (before.status !== 'nominated') throw new AppError('INVALID_TRANSITION');
      throw AppError.forbidden();
    }
    const status = body.decision === 'accepted' ? 'accepted' : 'rejected_by_partner';
    const mobilityId = before.mobilityId;
    return updateAudited(trx, {
      table: 'applications',
      id,
      version: body.version,
      values: { status, partner_decision: body.decision, updated_at: ctx.now },
      current: () => getApplication(ctx, id, trx),
      alsoWrite: async () => {
        if (!mobilityId) return;
        await apps.setNominatedMobilityStatus(trx, mobilityId, {
          status: body.decision === 'accepted' ? 'accepted' : 'cancelled',
          on: businessDate(new Date(ctx.now)),
          ...(body.note ? { notes: body.note } : {}),
          now: ctx.now,
        });
        await afterMobilityUpdate(trx, mobilityId, { dialect: ctx.dialect, actorId: ctx.actor.id, now: ctx.now });
      },
      after: () => getApplication(ctx, id, trx),
      audit: (after) => ({
        ...changeEntry(
          ctx,
          'transition',
          'application',
          id,
          statusChange('applicationStatuses', 'nominated', status, body.note),
          before,
          after,
        ),
        parent: { type: 'call', id: before.callId },
      }),
    });
  });
}
