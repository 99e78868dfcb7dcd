import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db, Dialect } from '#server/db/client.js';
import { MOBILITY_FACT_COLUMNS } from './mobility-facts.js';

/**
 * Kept figures of 學5 (docs/decisions/0043): `outbound_student_facts` holds how many outbound student
 * records share each combination of what Ministry table 2 filters and groups by — the columns of
 * `mobility_facts` plus the record's degree level, program type, gender and destination country, and
 * whether the person counts as a domestic student (`domestic`, the same `domesticStudent` SQL the records
 * are filtered with). That last facet is the person's, not the record's: it changes with the person's
 * nationality and with their inbound records, so a record's fact can move without the record changing.
 *
 * Hence `outbound_student_fact_rows`: the fact each outbound student record is counted in now. After a
 * write that can change who a person is (their nationality, an inbound record with a Ministry category, a
 * record moved between people) the triggers recount that PERSON: take their counted facts back, count their
 * records again; after any other write to an outbound student record, that RECORD alike. Both are
 * order-independent (PostgreSQL runs row triggers after the whole statement) and idempotent.
 */
// The kept mobility facts' columns (what the counting rules read), then what table 2 groups by.
const FACT_COLUMNS = [
  ...MOBILITY_FACT_COLUMNS,
  'degree_level',
  'program_type',
  'gender',
  'country',
  'domestic',
] as const;

const FACTS = 'outbound_student_facts';
const ROWS = 'outbound_student_fact_rows';
const PERSON_INDEX = 'mobilities_person_identity_idx';
const INBOUND_INDEX = 'mobilities_inbound_identity_idx';
const columns = FACT_COLUMNS.join(', ');

/** The records that have a fact: outbound students (the only records 學5 counts). */
const counted = (r: string) => `${r}.direction = 'outbound' and ${r}.person_category = 'student'`;

/**
 * 學5's domestic (本國) student, as SQL over a record (`row`: its alias) — the rule's definition, used by
 * `domesticStudent` (modules/counting/identity.ts) on the records and by the triggers below: not a person
 * whose recorded nationality is other than TW, nor one with a live inbound student record in a Ministry category.
 */
export function domesticStudentSql(row: string): RawBuilder<SqlBool> {
  const person = sql.ref(`${row}.person_id`);
  const nationality = sql`upper(p.nationality)`;
  return sql<SqlBool>`(not exists (select 1 from people p where p.id = ${person}
      and p.nationality is not null and ${nationality} <> 'TW')
    and not exists (select 1 from mobilities d where d.person_id = ${person}
      and d.direction = 'inbound' and d.person_category = 'student' and d.moe_category is not null
      and d.archived_at is null and d.status <> 'cancelled'))`;
}

/** The domestic-student test as SQL text over the row alias (it has no parameters). */
function domesticOf(db: Kysely<any>, row: string): string {
  return domesticStudentSql(row).compile(db).sql;
}

/** Each counted record with its fact columns (the record's own, archived as a flag, the person's identity). */
function projected(db: Kysely<any>, where: string, from = 'mobilities r'): string {
  const proj = FACT_COLUMNS.map((c) => {
    if (c === 'archived_at') return `case when r.archived_at is null then null else 'archived' end as archived_at`;
    if (c === 'domestic') return `case when ${domesticOf(db, 'r')} then 1 else 0 end as domestic`;
    return `r.${c}`;
  });
  const key = FACT_COLUMNS.map((c) => `coalesce(cast(x.${c} as text), '~')`).join(` || '|' || `);
  return `select ${key} as fact_key, x.* from (select r.id as mobility_id, r.person_id, ${proj.join(', ')}
    from ${from} where ${counted('r')} and ${where}) x`;
}

/** Adds the facts of the counted records under `where` (upsert: a combination seen before grows). */
function addFacts(db: Kysely<any>, where: string, from?: string): string {
  return `insert into ${FACTS} (fact_key, ${columns}, n)
    select fact_key, ${columns}, count(*) from (${projected(db, where, from)}) k where 1 = 1 group by fact_key, ${columns}
    on conflict (fact_key) do update set n = ${FACTS}.n + excluded.n`;
}

const takeBack = (where: string) => [
  `update ${FACTS} set n = ${FACTS}.n - s.c from (select fact_key, count(*) as c from ${ROWS} where ${where}
    group by fact_key) s where ${FACTS}.fact_key = s.fact_key`,
  `delete from ${ROWS} where ${where}`,
];
const countAgain = (db: Kysely<any>, where: string, from?: string) => [
  `insert into ${ROWS} (mobility_id, person_id, fact_key)
    select mobility_id, person_id, fact_key from (${projected(db, where, from)}) k`,
  addFacts(db, where, from),
];

/**
 * One record by its id, as the source of a recount. The subquery (a LIMIT keeps PostgreSQL from merging it)
 * holds the id alone, so the primary key is the only index that fits: with `direction = 'outbound' and
 * person_category = 'student'` next to `id = $1`, the plan PL/pgSQL cached while `mobilities` looked empty
 * (a load's first rows, no statistics) read `mobilities_counting_idx` and filtered on the id, every outbound
 * record for each new one (ADR 0043).
 */
const oneRecord = (id: string) => `(select * from mobilities m where m.id = ${id} limit 1) r`;

/**
 * The statements that recount one person (`p`: an SQL expression, e.g. new.person_id): what is counted for
 * them is taken back — their rows, then rows of records now theirs still counted for someone else (moved in
 * a statement whose other recount comes later) — and their records are counted again. Each statement reads
 * one index (no OR across two columns: PostgreSQL would scan the rows table on every write).
 */
function refreshPerson(db: Kysely<any>, p: string): string[] {
  return [
    ...takeBack(`person_id = ${p}`),
    ...takeBack(`mobility_id in (select m.id from mobilities m where m.person_id = ${p})`),
    ...countAgain(db, `r.person_id = ${p}`),
  ];
}

/** Recounts one record (`id`): for a write that cannot change who the person is (most writes, bulk loads). */
const refreshRecord = (db: Kysely<any>, id: string) => [
  ...takeBack(`mobility_id = ${id}`),
  ...countAgain(db, '1 = 1', oneRecord(id)),
];

/**
 * Counts a new record (`id`) unless it is counted already (a person recount in the same statement may have
 * counted it: PostgreSQL runs row triggers after the whole statement). A new record has nothing to take
 * back (a delete takes its row back), so an insert pays two statements instead of four (ADR 0043).
 */
const countInserted = (db: Kysely<any>, id: string) => [
  `${addFacts(db, `not exists (select 1 from ${ROWS} c where c.mobility_id = ${id})`, oneRecord(id))}`,
  `insert into ${ROWS} (mobility_id, person_id, fact_key)
    select mobility_id, person_id, fact_key from (${projected(db, '1 = 1', oneRecord(id))}) k where 1 = 1
    on conflict (mobility_id) do nothing`,
];

/** What a write must change for a person's facts to move (any column read above, or the inbound identity). */
const SIGNATURE = ['person_id', 'moe_category', ...FACT_COLUMNS.filter((c) => c !== 'domestic' && c !== 'archived_at')];
const signature = (r: string) =>
  [...SIGNATURE.map((c) => `${r}.${c}`), `case when ${r}.archived_at is null then 0 else 1 end`]
    .map((e) => `coalesce(cast(${e} as text), '~')`)
    .join(` || '|' || `);
/** Only student records move facts: outbound ones are counted, inbound ones decide who is domestic. */
const student = (r: string) => `${r}.person_category = 'student'`;
const outbound = (r: string) => `(${counted(r)})`;
/** A record that can make its person not domestic (`domesticStudent`): a write to it recounts the person. */
const identity = (r: string) =>
  `(${r}.direction = 'inbound' and ${r}.person_category = 'student' and ${r}.moe_category is not null)`;
/**
 * A new inbound record can only take the person's records out of "domestic": if nothing is counted for them
 * (the usual international student, and every inbound row of a bulk load) there is nothing to recount. Their
 * outbound records inserted later, even in the same statement, are counted with the new identity.
 */
const countedFor = (p: string) => `exists (select 1 from ${ROWS} c where c.person_id = ${p})`;
/** An update that recounts the person(s): of an identity record, or moving a record to someone else. */
const personWide = `(${identity('old')} or ${identity('new')} or new.person_id <> old.person_id)`;

/** The tables and the triggers that keep them (migration 046), then the facts of the existing records. */
export async function createOutboundFacts(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const table = db.schema
    .createTable(FACTS)
    .addColumn('fact_key', 'varchar(500)', (c) => c.primaryKey())
    .addColumn('start_date', 'varchar(10)')
    .addColumn('unit_id', 'integer')
    .addColumn('direction', 'varchar(10)', (c) => c.notNull())
    .addColumn('person_category', 'varchar(20)', (c) => c.notNull())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('credit_bearing', 'integer', (c) => c.notNull())
    .addColumn('at_least_semester', 'integer', (c) => c.notNull())
    .addColumn('study_time', 'varchar(10)')
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('degree_level', 'varchar(20)')
    .addColumn('program_type', 'varchar(30)')
    .addColumn('gender', 'varchar(20)')
    .addColumn('country', 'varchar(10)')
    .addColumn('domestic', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull());
  await table.execute();
  // 學5 reads one period of start days: the start day leads (migration 048 makes this index a covering one).
  await db.schema.createIndex(`${FACTS}_start_idx`).on(FACTS).columns(['start_date']).execute();
  await db.schema
    .createTable(ROWS)
    .addColumn('mobility_id', 'integer', (c) => c.primaryKey())
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('fact_key', 'varchar(500)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex(`${ROWS}_person_idx`).on(ROWS).columns(['person_id', 'fact_key']).execute();
  // The person's lookups of every recount (their outbound student records; an inbound one of a Ministry
  // category, `domesticStudentSql`) as equalities of one index. Without it SQLite, with no statistics,
  // answered them from `mobilities_live_direction_start_idx` (direction = ?): every record read all the
  // live records of a direction, so a bulk load was quadratic (S: 7 s → 300+ s; ADR 0043).
  await db.schema
    .createIndex(PERSON_INDEX)
    .on('mobilities')
    .columns(['person_id', 'direction', 'person_category', 'archived_at', 'moe_category', 'status'])
    .execute();
  // PostgreSQL: the domestic test's exact predicate as a partial index. In a load's first transaction
  // `mobilities` has no statistics and the planner took `mobilities_live_direction_start_idx` (direction =
  // 'inbound') over the index above, reading every live inbound record for each new one (S did not finish).
  // With the predicate implied, this index has the person alone as its condition and wins (ADR 0043).
  if (dialect === 'postgres') {
    await sql
      .raw(`create index ${INBOUND_INDEX} on mobilities (person_id) where ${identity('mobilities')}
        and archived_at is null and status <> 'cancelled'`)
      .execute(db);
  }
  if (dialect === 'postgres') await postgresTriggers(db);
  else await sqliteTriggers(db);
  await rebuildOutboundFacts(db);
}

/**
 * A PL/pgSQL function of the facts that holds the person's lock before its statements: one person at a time,
 * since two transactions recounting the same person would both take their facts back. `guard` runs before the
 * lock, `settings` go on the function.
 */
function lockedFunction(
  name: string,
  params: string,
  statements: string[],
  opts: { guard?: string; settings?: string } = {},
) {
  return sql.raw(`create function ${FACTS}_${name}(${params}) returns void language plpgsql set jit = off
      ${opts.settings ?? ''} as $$
      begin
        ${opts.guard ?? ''}
        perform pg_advisory_xact_lock(hashtext('${FACTS}'), pid);
        ${statements.join(';\n')};
      end $$`);
}

async function postgresTriggers(db: Kysely<any>) {
  // A person recount (rare: identity writes) is planned with its value, not by a plan cached while the
  // table looked empty (that plan could lead with direction = outbound, as the record recount did).
  await lockedFunction('refresh', 'pid integer', refreshPerson(db, 'pid'), {
    guard: 'if pid is null then return; end if;',
    settings: 'set plan_cache_mode = force_custom_plan',
  }).execute(db);
  await lockedFunction('record', 'mid integer, pid integer', refreshRecord(db, 'mid')).execute(db);
  await lockedFunction('inserted', 'mid integer, pid integer', countInserted(db, 'mid')).execute(db);
  // the test after the lock: a writer holding it may be counting this person's records
  await lockedFunction('identity_added', 'pid integer', [
    `if ${countedFor('pid')} then perform ${FACTS}_refresh(pid); end if`,
  ]).execute(db);
  await sql
    .raw(`create function ${FACTS}_keep() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          if ${identity('new')} then perform ${FACTS}_identity_added(new.person_id);
          elsif ${outbound('new')} then perform ${FACTS}_inserted(new.id, new.person_id); end if;
        elsif tg_op = 'DELETE' then
          if ${identity('old')} then perform ${FACTS}_refresh(old.person_id);
          elsif ${outbound('old')} then perform ${FACTS}_record(old.id, old.person_id); end if;
        elsif ${signature('old')} = ${signature('new')} or not (${student('old')} or ${student('new')}) then
          return null;
        elsif ${personWide} then
          perform ${FACTS}_refresh(old.person_id);
          if new.person_id <> old.person_id then perform ${FACTS}_refresh(new.person_id); end if;
        elsif ${outbound('old')} or ${outbound('new')} then perform ${FACTS}_record(new.id, new.person_id);
        end if;
        return null;
      end $$`)
    .execute(db);
  await sql
    .raw(`create trigger ${FACTS}_keep after insert or update or delete on mobilities
      for each row execute function ${FACTS}_keep()`)
    .execute(db);
  await sql
    .raw(`create function ${FACTS}_person() returns trigger language plpgsql as $$
      begin perform ${FACTS}_refresh(new.id); return null; end $$`)
    .execute(db);
  await sql
    .raw(`create trigger ${FACTS}_person after update of nationality on people for each row
      when (upper(old.nationality) is distinct from upper(new.nationality)) execute function ${FACTS}_person()`)
    .execute(db);
}

async function sqliteTriggers(db: Kysely<any>) {
  const person = (p: string) => `${refreshPerson(db, p).join(';\n')};`;
  const record = (id: string) => `${refreshRecord(db, id).join(';\n')};`;
  const changed = `(${student('old')} or ${student('new')}) and ${signature('old')} <> ${signature('new')}`;
  const triggers = [
    `create trigger ${FACTS}_ai after insert on mobilities when ${identity('new')}
      and ${countedFor('new.person_id')} begin ${person('new.person_id')} end`,
    `create trigger ${FACTS}_ai_o after insert on mobilities when ${outbound('new')}
      begin ${countInserted(db, 'new.id').join(';\n')}; end`,
    `create trigger ${FACTS}_ad after delete on mobilities when ${identity('old')} begin ${person('old.person_id')} end`,
    `create trigger ${FACTS}_ad_o after delete on mobilities when ${outbound('old')} begin ${record('old.id')} end`,
    `create trigger ${FACTS}_au after update on mobilities when ${changed} and ${personWide}
      begin ${person('old.person_id')} end`,
    // a record moved to another person recounts that person too
    `create trigger ${FACTS}_au_moved after update of person_id on mobilities
      when ${student('new')} and new.person_id <> old.person_id begin ${person('new.person_id')} end`,
    `create trigger ${FACTS}_au_o after update on mobilities when ${changed} and not ${personWide}
      and (${outbound('old')} or ${outbound('new')}) begin ${record('new.id')} end`,
    `create trigger ${FACTS}_person after update of nationality on people
      when upper(old.nationality) is not upper(new.nationality) begin ${person('new.id')} end`,
  ];
  for (const t of triggers) await sql.raw(t).execute(db);
}

/** The full recomputation of the facts from the records (the rebuild and the tests compare with it). */
export function recomputedOutboundFacts(db: Kysely<any>) {
  return sql<{ fact_key: string; n: number }>`select fact_key, count(*) as n from (${sql.raw(projected(db, '1 = 1'))}) k
    group by fact_key`.execute(db);
}

/** Replaces the facts and their rows with a full recomputation. */
export async function rebuildOutboundFacts(db: Kysely<any> | Db): Promise<number> {
  const rebuild = async (trx: Kysely<any>) => {
    await sql.raw(`delete from ${FACTS}`).execute(trx);
    await sql.raw(`delete from ${ROWS}`).execute(trx);
    await sql
      .raw(`insert into ${ROWS} (mobility_id, person_id, fact_key)
        select mobility_id, person_id, fact_key from (${projected(trx, '1 = 1')}) k`)
      .execute(trx);
    const r = await sql.raw(addFacts(trx, '1 = 1')).execute(trx);
    return Number(r.numAffectedRows ?? 0);
  };
  const k = db as Kysely<any>;
  return k.isTransaction ? rebuild(k) : k.transaction().execute(rebuild);
}
