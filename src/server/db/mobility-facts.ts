import { type Kysely, sql } from 'kysely';
import type { Db, Dialect } from '#server/db/client.js';

/**
 * Kept figures (issue 24, docs/decisions/0036): `mobility_facts` holds how many mobility records share
 * each combination of the columns the counting rules read (one row per start day × unit × direction ×
 * category × kind × status × flags). A rule whose WHERE reads only these columns is evaluated on the
 * facts instead of the records: the very same Kysely condition, with the facts table named `mobilities`,
 * summing `n` instead of counting rows — so the rule stays written once (mobility-rules.ts).
 *
 * The projection below is the one place that says how a record becomes a fact; the triggers (kept in the
 * same transaction as every write to `mobilities`, whatever module or import makes it) and the rebuild
 * (`npm run db:facts`, a full recomputation) are both generated from it.
 */
export const MOBILITY_FACT_COLUMNS = [
  'start_date',
  'unit_id',
  'direction',
  'person_category',
  'kind',
  'status',
  'credit_bearing',
  'at_least_semester',
  'study_time',
  'archived_at',
] as const;
export type FactColumn = (typeof MOBILITY_FACT_COLUMNS)[number];

/** A record's value of one fact column: the column itself, except that only whether it is archived counts. */
function projection(row: string, column: FactColumn): string {
  if (column === 'archived_at') return `case when ${row}.archived_at is null then null else 'archived' end`;
  return `${row}.${column}`;
}

/** The unique key of a combination (nulls included: a unique index would treat two nulls as different). */
function keyOf(row: string): string {
  return MOBILITY_FACT_COLUMNS.map((c) => `coalesce(cast(${projection(row, c)} as text), '~')`).join(` || '|' || `);
}

const values = (row: string) => MOBILITY_FACT_COLUMNS.map((c) => projection(row, c)).join(', ');
const columns = MOBILITY_FACT_COLUMNS.join(', ');

function addOne(row: string) {
  return `insert into mobility_facts (fact_key, ${columns}, n) values (${keyOf(row)}, ${values(row)}, 1)
    on conflict (fact_key) do update set n = mobility_facts.n + 1`;
}
const takeOne = (row: string) => `update mobility_facts set n = n - 1 where fact_key = ${keyOf(row)}`;

/** The table and the triggers that keep it (migration 034). */
export async function createMobilityFacts(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('mobility_facts')
    .addColumn('fact_key', 'varchar(400)', (c) => c.primaryKey())
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
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  // The rules filter by direction and category first, then by the start day (as the records' index 009).
  await db.schema
    .createIndex('mobility_facts_rule')
    .on('mobility_facts')
    .columns(['direction', 'person_category', 'start_date', 'kind', 'unit_id', 'n'])
    .execute();
  if (dialect === 'postgres') {
    await sql
      .raw(`create function mobility_facts_keep() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and ${keyOf('old')} = ${keyOf('new')} then return null; end if;
        if tg_op in ('UPDATE', 'DELETE') then ${takeOne('old')}; end if;
        if tg_op in ('UPDATE', 'INSERT') then ${addOne('new')}; end if;
        return null;
      end $$`)
      .execute(db);
    await sql
      .raw(`create trigger mobility_facts_keep after insert or update or delete on mobilities
        for each row execute function mobility_facts_keep()`)
      .execute(db);
  } else {
    await sql
      .raw(`create trigger mobility_facts_ai after insert on mobilities begin ${addOne('new')}; end`)
      .execute(db);
    await sql
      .raw(`create trigger mobility_facts_ad after delete on mobilities begin ${takeOne('old')}; end`)
      .execute(db);
    await sql
      .raw(`create trigger mobility_facts_au after update on mobilities when ${keyOf('old')} <> ${keyOf('new')}
        begin ${takeOne('old')}; ${addOne('new')}; end`)
      .execute(db);
  }
  await rebuildMobilityFacts(db);
}

/** The full recomputation: every fact from the records, in one statement (the rebuild command and the tests). */
export function recomputedFacts(db: Kysely<any>) {
  return sql<{ fact_key: string; n: number }>`select ${sql.raw(keyOf('m'))} as fact_key, ${sql.raw(values('m'))},
    count(*) as n from mobilities m group by ${sql.raw(keyOf('m'))}, ${sql.raw(values('m'))}`.execute(db);
}

/** Replaces the facts with a full recomputation (after a bulk load that bypassed nothing, it changes nothing). */
export async function rebuildMobilityFacts(db: Kysely<any> | Db): Promise<number> {
  const rebuild = async (trx: Kysely<any>) => {
    await sql`delete from mobility_facts`.execute(trx);
    const r = await sql`insert into mobility_facts (fact_key, ${sql.raw(columns)}, n)
      select ${sql.raw(keyOf('m'))}, ${sql.raw(values('m'))}, count(*) from mobilities m
      group by ${sql.raw(keyOf('m'))}, ${sql.raw(values('m'))}`.execute(trx);
    return Number(r.numAffectedRows ?? 0);
  };
  // In the migration it already runs inside one transaction; the command opens its own.
  const k = db as Kysely<any>;
  return k.isTransaction ? rebuild(k) : k.transaction().execute(rebuild);
}
