import { createHash } from 'node:crypto';
import type { Db } from '#server/db/client.js';
import { recordAudits } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { agreementColumns } from '#server/modules/agreements/agreement.columns.js';
import { renewalDates, universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
import { academicYearStart, addDays, addMonths } from '#shared/calendar.js';
import type { AgreementKind } from '#shared/enums.js';
import { insertChunked, seedPlaces } from './agreement-places.seed.js';
import {
  AUTO_RENEW_TERMS,
  KIND_TITLES,
  OUR_CONTACT,
  OUR_SIGNATORY,
  PARTNER_FACULTIES,
  PARTNER_SIGNATORIES,
  PARTNER_SIGNATORY_TITLE,
} from './agreements.data.js';
import { demoSignedPdf } from './demo-pdf.js';
import { UNIT_SEEDS } from './units.data.js';

type Partner = { id: number; name_en: string; name_zh: string | null; country: string; type: string };
type Stored = 'draft' | 'under_review' | 'awaiting_signature' | 'active' | 'terminated' | 'renewed';
type Plan = {
  key: number;
  kind: AgreementKind;
  partner: Partner;
  unit: string;
  status: Stored;
  startDate: string | null;
  endDate: string | null;
  openEnded: boolean;
  generation: number;
  renewalOf: number | null;
};

/** A term of `months` starting on `start`: its last day. */
const termEnd = (start: string, months: number) => addDays(addMonths(start, months), -1);
const termStart = (end: string, months: number) => addDays(addMonths(end, -months), 1);

/**
 * The lifecycle of the k-th demo agreement, relative to today: a few drafts and reviews, some ending
 * within 30/90/180 days, some already past their end date, one terminated in twenty, the rest running.
 */
function lifecycle(k: number, kind: AgreementKind, today: string) {
  const term = KIND_TITLES[kind].termMonths;
  const running = (end: string) => ({ status: 'active' as const, startDate: termStart(end, term), endDate: end });
  const future = (status: Stored) => {
    const start = addDays(today, 30 + (k % 90));
    return { status, startDate: k % 40 === 7 ? null : start, endDate: k % 40 === 7 ? null : termEnd(start, term) };
  };
  // Only one block of twenty in eight carries the agreements ending within 180 days, and the rest run past
  // their longest notice period (12 months): a fresh account opens on a handful of reminders, not a hundred.
  const nearEnd = Math.floor(k / 20) % 8 === 0;
  switch (k % 20) {
    case 7:
      return future('draft');
    case 11:
      return future('under_review');
    case 15:
      return future('awaiting_signature');
    case 19:
      return { ...running(addDays(today, 300)), status: 'terminated' as const };
    case 1:
      if (!nearEnd) return running(addDays(today, 400 + ((k * 37) % 1300)));
      return running(addDays(today, 8 + ((k * 7) % 22)));
    case 3:
      if (!nearEnd) return running(addDays(today, 400 + ((k * 37) % 1300)));
      return running(addDays(today, 35 + ((k * 11) % 55)));
    case 5:
      if (!nearEnd) return running(addDays(today, 400 + ((k * 37) % 1300)));
      return running(addDays(today, 95 + ((k * 13) % 85)));
    case 9:
      return running(addDays(today, -(5 + ((k * 17) % 400))));
    default:
      return running(addDays(today, 400 + ((k * 37) % 1300)));
  }
}

function ownerOf(k: number, kind: AgreementKind): string {
  if (kind === 'dual_degree') return k % 2 ? 'ENG' : 'BUS';
  return k % 10 === 3 ? 'ENG' : k % 10 === 6 ? 'BUS' : 'OIA-IC';
}

function kindsFor(p: Partner, i: number): AgreementKind[] {
  if (p.type === 'company') return ['industry_academia', 'internship'];
  const kinds: AgreementKind[] = [];
  if (i % 3 !== 2) kinds.push('sister_mou');
  if (i % 2 === 0 && i > 0) kinds.push('student_exchange'); // partner 0 has the renewal chain below
  if (i % 12 === 1) kinds.push('dual_degree');
  if (i % 16 === 3) kinds.push('staff_exchange');
  if (i % 18 === 5) kinds.push('joint_research');
  return kinds;
}

/** About 300 agreements over the demo partners, deterministic for a given day. */
export function planAgreements(partners: Partner[], today: string): Plan[] {
  const plans: Plan[] = [];
  const add = (p: Omit<Plan, 'key'>) => plans.push({ ...p, key: plans.length });
  const first = partners[0];
  if (first) {
    // A student exchange renewed twice: two "renewed" generations and the current one.
    const y = Number(today.slice(0, 4));
    for (const [g, from] of [y - 11, y - 6, y - 1].entries()) {
      const startDate = academicYearStart(from);
      const status = g < 2 ? 'renewed' : 'active';
      const base = { kind: 'student_exchange' as const, partner: first, unit: 'OIA-IC', openEnded: false };
      add({
        ...base,
        status,
        startDate,
        endDate: termEnd(startDate, 60),
        generation: g + 1,
        renewalOf: g ? g - 1 : null,
      });
    }
  }
  let renewalDrafted = false;
  partners.forEach((partner, i) => {
    for (const kind of kindsFor(partner, i)) {
      const k = plans.length;
      const openEnded = kind === 'sister_mou' && k % 20 === 13;
      const life = lifecycle(k, kind, today);
      const dates = openEnded ? { startDate: life.startDate, endDate: null } : life;
      add({ kind, partner, unit: ownerOf(k, kind), ...life, ...dates, openEnded, generation: 1, renewalOf: null });
      if (!renewalDrafted && kind === 'student_exchange' && k % 20 === 1) {
        // An agreement ending within a month whose renewal is being drafted.
        renewalDrafted = true;
        const next = renewalDates(life.startDate, life.endDate, false);
        add({ kind, partner, unit: 'OIA-IC', status: 'draft', ...next, generation: 2, renewalOf: k });
      }
    }
  });
  return plans;
}

const ours = UNIT_SEEDS[0] as { zh: string; en: string };

/** The agreements row of a plan (search text and notice date derived as for any agreement). */
function rowOf(plan: Plan, unitId: number | null, today: string, now: string) {
  const { kind, partner: p, key: k } = plan;
  const t = KIND_TITLES[kind];
  const columns = agreementColumns(
    {
      kind,
      titleZh: `${ours.zh}與${p.name_zh ?? p.name_en}${t.zh}`,
      titleEn: `${t.en} between ${ours.en} and ${p.name_en}`,
      code:
        plan.status === 'draft'
          ? null
          : `${t.code}-${(plan.startDate ?? today).slice(0, 4)}-${String(k + 1).padStart(3, '0')}`,
      partnerCode: k % 4 === 0 ? `${p.country}-IA-${100 + k}` : null,
      startDate: plan.startDate,
      endDate: plan.endDate,
      openEnded: plan.openEnded,
      autoRenew: kind === 'sister_mou' && k % 3 === 0,
      renewalTerms: kind === 'sister_mou' && k % 3 === 0 ? AUTO_RENEW_TERMS : null,
      noticeMonths: k % 6 === 0 ? 3 : k % 6 === 1 ? 12 : null,
      notes: null,
    },
    unitId,
    [p.name_en, p.name_zh],
  );
  const terminated = plan.status === 'terminated';
  return {
    ...columns,
    status: plan.status,
    generation: plan.generation,
    terminated_on: terminated ? addDays(today, -30) : null,
    termination_reason: terminated ? 'The partner closed its exchange programme.' : null,
    status_changed_at: now,
    archived_at: k % 97 === 45 ? now : null,
    created_at: now,
    updated_at: now,
  };
}

/** Signatories of both sides (signed once the agreement was) and our contact. */
function peopleOf(plan: Plan, agreementId: number) {
  const names = PARTNER_SIGNATORIES[plan.partner.country] ?? (PARTNER_SIGNATORIES.other as string[]);
  const signed = !['draft', 'under_review', 'awaiting_signature'].includes(plan.status);
  const signedOn = signed && plan.startDate ? addDays(plan.startDate, -21) : null;
  const person = { agreement_id: agreementId, email: null, phone: null, signed_on: signedOn };
  return [
    { ...person, role: 'signatory' as const, side: 'ours' as const, ...OUR_SIGNATORY, sort_order: 0 },
    {
      ...person,
      role: 'signatory' as const,
      side: 'partner' as const,
      name: names[plan.key % names.length] as string,
      title: PARTNER_SIGNATORY_TITLE,
      sort_order: 1,
    },
    {
      ...OUR_CONTACT,
      agreement_id: agreementId,
      role: 'contact' as const,
      side: 'ours' as const,
      signed_on: null,
      sort_order: 2,
    },
  ];
}

/**
 * Loads the demo agreements with their partners, signatories, places and some place usage — in bulk
 * (a few dozen statements), so seeding stays well under a second on SQLite.
 */
export async function seedAgreements(db: Db, now: string): Promise<void> {
  const today = universityToday(now);
  const partners = await db
    .selectFrom('partners')
    .select(['id', 'name_en', 'name_zh', 'country', 'type'])
    .orderBy('id')
    .execute();
  const units = new Map((await db.selectFrom('units').select(['id', 'code']).execute()).map((u) => [u.code, u.id]));
  const plans = planAgreements(partners, today);
  const ids: number[] = [];
  await insertChunked(plans, async (chunk) => {
    const rows = chunk.map((plan) => rowOf(plan, units.get(plan.unit) ?? null, today, now));
    const inserted = await db.insertInto('agreements').values(rows).returning('id').execute();
    // A multi-row insert numbers its rows in order on both databases; sorting makes that explicit.
    ids.push(...inserted.map((r) => r.id).sort((a, b) => a - b));
  });
  const idOf = (plan: Plan) => ids[plan.key] as number;
  for (const plan of plans.filter((p) => p.renewalOf !== null))
    await db
      .updateTable('agreements')
      .set({ renewal_of_id: ids[plan.renewalOf as number] })
      .where('id', '=', idOf(plan))
      .execute();
  const links = plans.map((plan) => {
    const faculty = plan.kind === 'dual_degree' ? PARTNER_FACULTIES[plan.key % PARTNER_FACULTIES.length] : undefined;
    const faculties = { faculty_en: faculty?.en ?? null, faculty_zh: faculty?.zh ?? null };
    return { agreement_id: idOf(plan), partner_id: plan.partner.id, ...faculties, sort_order: 0 };
  });
  await insertChunked(links, (rows) => db.insertInto('agreement_partners').values(rows).execute());
  const people = plans.flatMap((plan) => peopleOf(plan, idOf(plan)));
  await insertChunked(people, (rows) => db.insertInto('agreement_people').values(rows).execute());
  await seedSignedFiles(db, plans, idOf, now);
  await seedPlaces(db, now, today);
  await recordAudits(
    db,
    ids.map((id) => ({
      at: now,
      actorId: null,
      action: 'create',
      entityType: 'agreement',
      entityId: id,
      summary: auditSummary('auditSummaries.demoData'),
    })),
  );
}

/**
 * Signed agreements carry their signed copy, except one in seventy-two (so the "signed copy missing"
 * reminder has something to say). One stored file stands in for all of them.
 */
async function seedSignedFiles(db: Db, plans: Plan[], idOf: (p: Plan) => number, now: string) {
  const signed = plans.filter((p) => ['active', 'terminated', 'renewed'].includes(p.status) && p.key % 72 !== 5);
  if (!signed.length) return;
  const data = demoSignedPdf();
  const file = await db
    .insertInto('stored_files')
    .values({
      sha256: createHash('sha256').update(data).digest('hex'),
      size: data.length,
      content_type: 'application/pdf',
      data,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = signed.map((plan) => ({
    agreement_id: idOf(plan),
    file_id: file.id,
    kind: 'signed' as const,
    file_name: `${plan.partner.name_zh ?? plan.partner.name_en}_${KIND_TITLES[plan.kind].zh}_簽署本.pdf`,
    uploaded_by: null,
    uploaded_at: now,
    removed_at: null,
  }));
  await insertChunked(rows, (chunk) => db.insertInto('agreement_files').values(chunk).execute());
}
