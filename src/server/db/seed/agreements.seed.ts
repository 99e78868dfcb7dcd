import type { AgreementKind } from '../../../shared/enums.js';
import { addDays } from '../../jobs/dates.js';
import { agreementColumns, minusMonths } from '../../modules/agreements/agreement.columns.js';
import { renewalDates, universityToday } from '../../modules/agreements/agreement-lifecycle.js';
import type { Db } from '../client.js';
import {
  AUTO_RENEW_TERMS,
  ISCED_BY_UNIT,
  KIND_TITLES,
  OUR_CONTACT,
  OUR_SIGNATORY,
  PARTNER_FACULTIES,
  PARTNER_SIGNATORIES,
  PARTNER_SIGNATORY_TITLE,
} from './agreements.data.js';
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

const addMonths = (date: string, months: number) => minusMonths(date, -months);
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
      return running(addDays(today, 8 + ((k * 7) % 22)));
    case 3:
      return running(addDays(today, 35 + ((k * 11) % 55)));
    case 5:
      return running(addDays(today, 95 + ((k * 13) % 85)));
    case 9:
      return running(addDays(today, -(5 + ((k * 17) % 400))));
    default:
      return running(addDays(today, 200 + ((k * 37) % 1400)));
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
      const startDate = `${from}-08-01`;
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

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 200) await insert(rows.slice(i, i + 200));
}

/** Loads the demo agreements with their partners, signatories, places and some place usage. */
export async function seedAgreements(db: Db, now: string): Promise<void> {
  const today = universityToday(now);
  const partners = await db
    .selectFrom('partners')
    .select(['id', 'name_en', 'name_zh', 'country', 'type'])
    .orderBy('id')
    .execute();
  const units = new Map((await db.selectFrom('units').select(['id', 'code']).execute()).map((u) => [u.code, u.id]));
  const ours = UNIT_SEEDS[0] as { zh: string; en: string };
  const ids = new Map<number, number>();
  const links: {
    agreement_id: number;
    partner_id: number;
    faculty_en: string | null;
    faculty_zh: string | null;
    sort_order: number;
  }[] = [];
  const people: {
    agreement_id: number;
    role: 'signatory' | 'contact';
    side: 'ours' | 'partner';
    name: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    signed_on: string | null;
    sort_order: number;
  }[] = [];

  for (const plan of planAgreements(partners, today)) {
    const { kind, partner: p, key: k } = plan;
    const t = KIND_TITLES[kind];
    const signed = !['draft', 'under_review', 'awaiting_signature'].includes(plan.status);
    const unitId = units.get(plan.unit) ?? null;
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
    const { id } = await db
      .insertInto('agreements')
      .values({
        ...columns,
        status: plan.status,
        generation: plan.generation,
        renewal_of_id: plan.renewalOf === null ? null : (ids.get(plan.renewalOf) ?? null),
        terminated_on: plan.status === 'terminated' ? addDays(today, -30) : null,
        termination_reason: plan.status === 'terminated' ? 'The partner closed its exchange programme.' : null,
        status_changed_at: now,
        status_changed_by: null,
        created_by: null,
        archived_at: k % 97 === 45 ? now : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(k, id);
    const faculty = kind === 'dual_degree' ? PARTNER_FACULTIES[k % PARTNER_FACULTIES.length] : undefined;
    links.push({
      agreement_id: id,
      partner_id: p.id,
      faculty_en: faculty?.en ?? null,
      faculty_zh: faculty?.zh ?? null,
      sort_order: 0,
    });
    const names = PARTNER_SIGNATORIES[p.country] ?? (PARTNER_SIGNATORIES.other as string[]);
    const signedOn = signed && plan.startDate ? addDays(plan.startDate, -21) : null;
    const person = { agreement_id: id, email: null, phone: null, signed_on: signedOn };
    people.push(
      { ...person, role: 'signatory', side: 'ours', ...OUR_SIGNATORY, sort_order: 0 },
      {
        ...person,
        role: 'signatory',
        side: 'partner',
        name: names[k % names.length] as string,
        title: PARTNER_SIGNATORY_TITLE,
        sort_order: 1,
      },
      { ...OUR_CONTACT, agreement_id: id, role: 'contact', side: 'ours', signed_on: null, sort_order: 2 },
    );
  }
  await insertChunked(links, (rows) => db.insertInto('agreement_partners').values(rows).execute());
  await insertChunked(people, (rows) => db.insertInto('agreement_people').values(rows).execute());
  await seedPlaces(db, now, today);
  const audit = [...ids.values()].map((id) => ({
    at: now,
    actor_id: null,
    action: 'create',
    entity_type: 'agreement',
    entity_id: id,
    summary: 'demo data',
    before_json: null,
    after_json: null,
    ip: null,
  }));
  await insertChunked(audit, (rows) => db.insertInto('audit_log').values(rows).execute());
}

/** The academic year a day falls in (Taiwan: from 1 August), named by its first calendar year. */
const academicYearOf = (day: string) => Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 8 ? 1 : 0);

type Slot = {
  direction: 'outbound' | 'inbound';
  level: string;
  mobility_kind: string;
  places: number;
  duration: number;
  duration_unit: string;
};

function slotsFor(kind: string, id: number): Slot[] {
  const study = (direction: Slot['direction'], level: string, places: number, months: number) =>
    ({ direction, level, mobility_kind: 'study', places, duration: months, duration_unit: 'months' }) as Slot;
  if (kind === 'student_exchange') {
    const n = 1 + (id % 3);
    const slots = [study('outbound', 'bachelor', n, 5), study('inbound', 'bachelor', n, 5)];
    return id % 4 === 0 ? [...slots, study('outbound', 'master', 1, 10), study('inbound', 'master', 1, 10)] : slots;
  }
  if (kind === 'dual_degree') return [study('outbound', 'master', 2, 12), study('inbound', 'master', 1, 12)];
  const teaching = (direction: Slot['direction']) =>
    ({ direction, level: 'master', mobility_kind: 'teaching', places: 2, duration: 7, duration_unit: 'days' }) as Slot;
  return [teaching('outbound'), teaching('inbound')];
}

/**
 * Places for last, this and next academic year on the exchange agreements that are signed or about to be,
 * with last year's places mostly used and this year's partly.
 */
async function seedPlaces(db: Db, now: string, today: string) {
  const year = academicYearOf(today);
  const agreements = await db
    .selectFrom('agreements')
    .innerJoin('units', 'units.id', 'agreements.owning_unit_id')
    .select(['agreements.id', 'agreements.kind', 'units.code as unit'])
    .where('agreements.kind', 'in', ['student_exchange', 'staff_exchange', 'dual_degree'])
    .where('agreements.status', 'in', ['active', 'awaiting_signature'])
    .orderBy('agreements.id')
    .execute();
  const places = agreements.flatMap((a) =>
    [year - 1, year, year + 1].flatMap((academic_year) =>
      slotsFor(a.kind, a.id).map((slot) => ({
        ...slot,
        agreement_id: a.id,
        academic_year,
        languages_json: JSON.stringify([{ language: 'en', cefr: slot.level === 'master' ? 'B2' : 'B1' }]),
        isced_json: JSON.stringify(ISCED_BY_UNIT[a.unit] ?? []),
        notes: null,
        created_at: now,
        updated_at: now,
      })),
    ),
  );
  await insertChunked(places, (rows) => db.insertInto('exchange_places').values(rows).execute());
  const stored = await db
    .selectFrom('exchange_places')
    .select(['id', 'places', 'academic_year'])
    .where('academic_year', '<=', year)
    .orderBy('id')
    .execute();
  const usages = stored
    .map((p) => ({ place_id: p.id, count: p.academic_year < year ? p.places - (p.id % 2) : p.id % (p.places + 1) }))
    .filter((u) => u.count > 0)
    .map((u) => ({
      ...u,
      label: 'demo nomination',
      source_type: 'manual',
      source_id: null,
      created_by: null,
      created_at: now,
    }));
  await insertChunked(usages, (rows) => db.insertInto('place_usages').values(rows).execute());
}
