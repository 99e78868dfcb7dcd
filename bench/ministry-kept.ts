/**
 * tsx bench/ministry-kept.ts [--scale M] [--db sqlite] [--data <dir>] [--runs 7]
 * Ministry table 2 (學5) on the kept outbound facts against the same table counted on the records
 * (ADR 0043), in one process on a migrated copy of a generated dataset: the time of migration 046 (it
 * builds the facts), facts vs records, then the median of --runs warm calls of `ministryTable` each way
 * (after one cold call each), and what the triggers add to inserting records. Figures, not a test: it checks only that
 * both ways give the same rows.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { type DbHandle, openPostgres, openSqlite } from '#server/db/client.js';
import { migrateToLatest } from '#server/db/migrate.js';
import { ministryTable } from '#server/reports/ministry/ministry-tables.js';
import { intArg, parseArgs } from './args.js';
import { readManifest } from './data/dataset.js';
import { BENCH_ROOT } from './data/target.js';
import { scratchCopy } from './harness/scratch.js';

const QUERY = { from: '2025-08-01', to: '2026-01-31' }; // the bench scenario's semester

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.get('data') ?? path.join(BENCH_ROOT, `${args.get('scale') ?? 'M'}-${args.get('db') ?? 'sqlite'}`);
  const runs = intArg(args, 'runs', 7);
  const scratch = await scratchCopy(readManifest(dir));
  const h = scratch.env.DATABASE_URL
    ? openPostgres(scratch.env.DATABASE_URL)
    : openSqlite(path.join(scratch.env.DATA_DIR as string, 'meridian.sqlite'));
  try {
    let t0 = performance.now();
    await migrateToLatest(h.db, h.dialect);
    const migrateMs = performance.now() - t0;
    const count = async (q: string) => Number((await sql.raw<{ n: number }>(q).execute(h.db)).rows[0]?.n ?? 0);
    const figures = {
      records: await count('select count(*) as n from mobilities'),
      outboundStudents: await count(
        "select count(*) as n from mobilities where direction = 'outbound' and person_category = 'student'",
      ),
      facts: await count('select count(*) as n from outbound_student_facts where n <> 0'),
      mobilityFacts: await count('select count(*) as n from mobility_facts where n <> 0'),
    };
    const time = async (records: boolean) => {
      const out: number[] = [];
      let rows = '';
      for (let i = 0; i <= runs; i++) {
        t0 = performance.now();
        const t = await ministryTable(h.db, 'outbound_students', QUERY, { records });
        out.push(performance.now() - t0);
        rows = JSON.stringify(t.rows);
      }
      const [cold, ...warm] = out;
      warm.sort((a, b) => a - b);
      return { cold: Math.round(cold ?? 0), median: Math.round(warm[Math.floor(warm.length / 2)] ?? 0), rows };
    };
    const writes = { with: await timeWrites(h, false), without: await timeWrites(h, true) };
    const onRecords = await time(true);
    const onFacts = await time(false);
    console.log(
      JSON.stringify(
        {
          dataset: dir,
          dialect: h.dialect,
          migrateMs: Math.round(migrateMs),
          ...figures,
          runs,
          recordsMs: { cold: onRecords.cold, median: onRecords.median },
          factsMs: { cold: onFacts.cold, median: onFacts.median },
          sameRows: onRecords.rows === onFacts.rows,
          [`insert${WRITES}OutboundStudentRecordsMs`]: writes,
        },
        null,
        2,
      ),
    );
  } finally {
    await h.db.destroy();
    await scratch.dispose();
  }
}

const WRITES = 2000;
class Rollback extends Error {}

/**
 * The write cost of the triggers: WRITES outbound student records inserted in one statement (copies of
 * existing ones, so their people have other records to recount), with the outbound facts' triggers and
 * without them (dropped inside the transaction); rolled back either way. mobility_facts' triggers run in both.
 */
async function timeWrites(h: DbHandle, drop: boolean): Promise<number> {
  let ms = 0;
  const cols =
    'person_id, direction, kind, person_category, moe_category, status, start_date, end_date, unit_id, ' +
    'degree_level, program_type, study_time, gender, country, credit_bearing, at_least_semester, created_at, updated_at';
  const triggers =
    h.dialect === 'sqlite'
      ? ['ai', 'ai_o', 'ad', 'ad_o', 'au', 'au_moved', 'au_o', 'person'].map(
          (t) => `drop trigger outbound_student_facts_${t}`,
        )
      : [
          'drop trigger outbound_student_facts_keep on mobilities',
          'drop trigger outbound_student_facts_person on people',
        ];
  try {
    await h.db.transaction().execute(async (trx) => {
      if (drop) for (const t of triggers) await sql.raw(t).execute(trx);
      const t0 = performance.now();
      await sql
        .raw(`insert into mobilities (${cols}) select ${cols} from mobilities
          where direction = 'outbound' and person_category = 'student' order by id limit ${WRITES}`)
        .execute(trx);
      ms = performance.now() - t0;
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  return Math.round(ms);
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
