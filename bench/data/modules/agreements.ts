import { recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { agreementColumns } from '#server/modules/agreements/agreement.columns.js';
import type { AgreementKind, PartnerType } from '#shared/enums.js';
import type { AgreementCreate } from '#shared/schemas/agreements.js';
import { day, type Random, Weighted } from '../random.js';
import { writeAgreementDetails } from './agreement-details.js';
import { OWNERS } from './partners.js';
import type { DataModule, GenContext, GeneratedPartner } from './types.js';

const KINDS = new Weighted<AgreementKind>([
  ['student_exchange', 38],
  ['sister_mou', 25],
  ['dual_degree', 7],
  ['staff_exchange', 6],
  ['joint_research', 8],
  ['internship', 6],
  ['industry_academia', 5],
  ['other', 5],
]);
/** Companies, public bodies and institutes sign other kinds of agreement than universities do. */
const KINDS_FOR: Partial<Record<PartnerType, Weighted<AgreementKind>>> = {
  company: new Weighted<AgreementKind>([
    ['industry_academia', 3],
    ['internship', 2],
  ]),
  government: new Weighted<AgreementKind>([
    ['sister_mou', 2],
    ['internship', 1],
    ['other', 1],
  ]),
  other: new Weighted<AgreementKind>([
    ['sister_mou', 1],
    ['internship', 1],
    ['other', 2],
  ]),
  research_institute: new Weighted<AgreementKind>([
    ['joint_research', 3],
    ['sister_mou', 1],
    ['staff_exchange', 1],
  ]),
};
const TITLES: Record<AgreementKind, [string, string]> = {
  sister_mou: ['Memorandum of Understanding', '學術交流合作備忘錄'],
  student_exchange: ['Student Exchange Agreement', '學生交換協議書'],
  dual_degree: ['Dual Degree Programme Agreement', '雙聯學制合作協議'],
  staff_exchange: ['Faculty and Staff Exchange Agreement', '教職員交流協議'],
  joint_research: ['Joint Research Agreement', '共同研究合作協議'],
  internship: ['Internship Cooperation Agreement', '實習合作協議'],
  industry_academia: ['Industry–Academia Cooperation Agreement', '產學合作協議'],
  other: ['Cooperation Agreement', '合作協議'],
};
const TERM_YEARS = new Weighted<number>([
  [3, 30],
  [4, 10],
  [5, 50],
  [0, 10], // open-ended
]);
const RENEWAL_TERMS = [
  'Renews automatically for the same term unless either party gives written notice.',
  '期滿自動續約，雙方如有異議應於通知期前以書面通知。',
];

/** One row to write, with what the details (partners, people, files, places) need. */
export type PlannedAgreement = {
  code: string;
  generation: number;
  previousCode: string | null;
  partners: GeneratedPartner[];
  row: Record<string, unknown>;
};

/**
 * Agreements as renewal chains over ten years: each chain starts with a partner, runs for 3–5 years (or
 * open-ended), then is renewed, terminated or simply left to lapse. Columns the app derives come from its
 * own agreementColumns; statuses are the stored ones (expiring/expired are read from the dates).
 */
export const agreementsModule: DataModule = {
  name: 'agreements',
  tables: [
    { name: 'agreements', key: ['id'] },
    { name: 'agreement_partners', key: ['agreement_id', 'partner_id'] },
    { name: 'agreement_people', key: ['id'] },
    { name: 'stored_files', key: ['id'], omit: ['data'] },
    { name: 'agreement_files', key: ['id'] },
    { name: 'exchange_places', key: ['id'] },
    { name: 'place_usages', key: ['id'] },
  ],
  async generate(ctx) {
    if (ctx.partners.length === 0) throw new Error('agreements need partners: run the partners module first');
    const planned = planChains(ctx);
    const ids = new Map<string, number>();
    // Generation by generation, so a renewal can point at the id of the agreement it renews.
    for (let generation = 1; ; generation++) {
      const rows = planned.filter((p) => p.generation === generation);
      if (rows.length === 0) break;
      const back = await ctx.writer.insertReturning(
        'agreements',
        rows.map((p) => ({ ...p.row, renewal_of_id: p.previousCode ? ids.get(p.previousCode) : null })),
        ['code'],
        (r) => String(r.code),
      );
      for (const [code, id] of back) ids.set(code, id);
    }
    await writeAgreementDetails(ctx, planned, ids);
    await ctx.writer.each('audit_log', planned, (trx, p) =>
      recordAudit(trx, {
        at: p.row.created_at as string,
        actorId: null,
        action: 'create',
        entityType: 'agreement',
        entityId: ids.get(p.code) as number,
        summary: recordName(p.row.title_zh as string | null, p.row.title_en as string),
      }),
    );
    ctx.agreements = planned.map((p) => ({
      id: ids.get(p.code) as number,
      code: p.code,
      partnerIds: p.partners.map((x) => x.id),
      kind: p.row.kind as string,
      status: p.row.status as string,
      startDate: p.row.start_date as string | null,
      endDate: p.row.end_date as string | null,
    }));
  },
};

function planChains(ctx: GenContext): PlannedAgreement[] {
  const { random, asOf } = ctx;
  const out: PlannedAgreement[] = [];
  let seq = 0;
  while (out.length < ctx.scale.agreements) {
    const partners = pickPartners(random, ctx.partners);
    const first = partners[0] as GeneratedPartner;
    const kind = KINDS_FOR[first.type]?.draw(random) ?? KINDS.draw(random);
    const owner = ctx.units.get(OWNERS.draw(random)) ?? null;
    // A few chains are still being negotiated: they start after the as-of day.
    const pending = random.chance(0.04);
    let start = pending ? day.add(asOf, random.int(20, 200)) : day.add(asOf, -random.int(0, 3652));
    let previousCode: string | null = null;
    for (let generation = 1; out.length < ctx.scale.agreements; generation++) {
      const years = TERM_YEARS.draw(random);
      const end = years ? day.add(day.addYears(start, years), -1) : null;
      const code = `AG-${start.slice(0, 4)}-${String(++seq).padStart(6, '0')}`;
      const fate = lifecycle(random, start, end, asOf, pending);
      const fields: Omit<AgreementCreate, 'partners' | 'people'> = {
        kind,
        titleEn: `${TITLES[kind][0]} with ${first.nameEn}${partners.length > 1 ? ' et al.' : ''}`,
        titleZh: `與${first.nameZh}${partners.length > 1 ? '等校' : ''}之${TITLES[kind][1]}`,
        code,
        partnerCode: random.chance(0.35) ? `${first.code}/${start.slice(2, 4)}-${random.int(1, 99)}` : null,
        owningUnitId: owner,
        startDate: start,
        endDate: end,
        openEnded: end === null,
        autoRenew: random.chance(0.2),
        renewalTerms: null,
        noticeMonths: random.pick([null, null, null, 3, 6, 6, 12]),
        notes: random.chance(0.08) ? '正本存國際合作組檔案櫃。' : null,
      };
      if (fields.autoRenew) fields.renewalTerms = random.pick(RENEWAL_TERMS);
      const createdOn = day.min(day.add(start, -random.int(20, 150)), asOf);
      const createdAt = day.at(createdOn, random);
      const changedAt = fate.changedOn ? day.at(day.min(fate.changedOn, asOf), random) : null;
      const row = {
        ...agreementColumns(
          fields,
          owner,
          partners.flatMap((p) => [p.nameEn, p.nameZh]),
        ),
        status: fate.status,
        generation,
        terminated_on: fate.terminatedOn,
        termination_reason: fate.terminatedOn ? random.pick(['Programme discontinued', '合作計畫結束']) : null,
        status_changed_at: changedAt,
        status_changed_by: null,
        created_by: null,
        version: fate.version,
        archived_at: fate.archive && random.chance(0.15) ? changedAt : null,
        created_at: createdAt,
        updated_at: changedAt && changedAt > createdAt ? changedAt : createdAt,
      };
      out.push({ code, generation, previousCode, partners, row });
      if (fate.status !== 'renewed' || !end) break;
      previousCode = code;
      start = day.add(end, 1);
    }
  }
  return out;
}

/** Where an agreement stands on the as-of day, and when it got there. */
function lifecycle(random: Random, start: string, end: string | null, asOf: string, pending: boolean) {
  if (pending) {
    const status = random.pick(['draft', 'under_review', 'awaiting_signature'] as const);
    return { status, changedOn: status === 'draft' ? null : asOf, terminatedOn: null, version: 1, archive: false };
  }
  const signed = { changedOn: start, terminatedOn: null as string | null, version: 4, archive: false };
  if (end && end < asOf) {
    const r = random.next();
    if (r < 0.45) return { ...signed, status: 'renewed', changedOn: end, version: 5 };
    if (r < 0.6) {
      const terminatedOn = day.add(start, random.int(180, Math.max(181, day.between(start, end))));
      return { ...signed, status: 'terminated', changedOn: terminatedOn, terminatedOn, version: 5, archive: true };
    }
    return { ...signed, status: 'active', archive: true }; // lapsed: reads as expired
  }
  if (random.chance(0.04)) {
    const terminatedOn = day.add(start, random.int(0, Math.max(0, day.between(start, asOf))));
    return { ...signed, status: 'terminated', changedOn: terminatedOn, terminatedOn, version: 5 };
  }
  return { ...signed, status: 'active' };
}

/** The main partner, plus one or two more for consortium agreements. */
function pickPartners(random: Random, all: GeneratedPartner[]): GeneratedPartner[] {
  const first = random.pick(all);
  const extra = random.chance(0.88) ? 0 : random.chance(0.75) ? 1 : 2;
  const out = [first];
  while (out.length < 1 + extra && out.length < all.length) {
    const next = random.pick(all);
    if (!out.includes(next)) out.push(next);
  }
  return out;
}
