import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Dialect } from './client.js';
import * as m001 from './migrations/001_init.js';
import * as m002 from './migrations/002_agreements.js';
import * as m004 from './migrations/004_bench_indexes.js';
import * as m005 from './migrations/005_audit_parent.js';
import * as m006 from './migrations/006_mobility.js';
import * as m007 from './migrations/007_mobility_followups.js';
import * as m008 from './migrations/008_reporting.js';
import * as m009 from './migrations/009_counting_indexes.js';
import * as m010 from './migrations/010_unit_registry.js';
import * as m011 from './migrations/011_accounts.js';
import * as m012 from './migrations/012_mail_preferences.js';
import * as m013 from './migrations/013_university.js';
import * as m014 from './migrations/014_academic_terms.js';
import * as m015 from './migrations/015_single_sign_on.js';
import * as m017 from './migrations/017_privacy.js';
import * as m018 from './migrations/018_enrolment_history.js';
import * as m020 from './migrations/020_cohorts.js';
import * as m021 from './migrations/021_assistants_buddy.js';
import * as m022 from './migrations/022_events_visits.js';
import * as m023 from './migrations/023_portal_resources.js';
import * as m024 from './migrations/024_enquiries_training.js';
import * as m025 from './migrations/025_search_keys.js';
import * as m026 from './migrations/026_partner_schac.js';
import * as m028 from './migrations/028_audit_summary_keys.js';
import * as m029 from './migrations/029_admissions.js';
import * as m030 from './migrations/030_recruitment_nominations.js';
import * as m031 from './migrations/031_ewp_approvals.js';
import * as m032 from './migrations/032_api_tokens_webhooks.js';
import * as m033 from './migrations/033_list_indexes.js';
import * as m034 from './migrations/034_facts_and_search.js';
import * as m036 from './migrations/036_desk_home.js';
import * as m042 from './migrations/042_program_edits.js';
import * as m043 from './migrations/043_engagement_photos.js';
import * as m044 from './migrations/044_keyset_indexes.js';
import * as m045 from './migrations/045_more_keyset_indexes.js';
import * as m046 from './migrations/046_outbound_facts.js';
import * as m047 from './migrations/047_keyset_indexes_4.js';
import * as m048 from './migrations/048_covering_aggregates.js';
import * as m049 from './migrations/049_key_starts.js';

/** Migrations are listed here (not read from disk) so they run the same from source, tests and bundles. */
const MIGRATIONS: Record<string, { up: (db: Kysely<unknown>, d: Dialect) => Promise<void> }> = {
  '001_init': m001,
  '002_agreements': m002,
  '004_bench_indexes': m004,
  '005_audit_parent': m005,
  '006_mobility': m006,
  '007_mobility_followups': m007,
  '008_reporting': m008,
  '009_counting_indexes': m009,
  '010_unit_registry': m010,
  '011_accounts': m011,
  '012_mail_preferences': m012,
  '013_university': m013,
  '014_academic_terms': m014,
  '015_single_sign_on': m015,
  '017_privacy': m017,
  '018_enrolment_history': m018,
  '020_cohorts': m020,
  '021_assistants_buddy': m021,
  '022_events_visits': m022,
  '023_portal_resources': m023,
  '024_enquiries_training': m024,
  '025_search_keys': m025,
  '026_partner_schac': m026,
  '028_audit_summary_keys': m028,
  '029_admissions': m029,
  '030_recruitment_nominations': m030,
  '031_ewp_approvals': m031,
  '032_api_tokens_webhooks': m032,
  '033_list_indexes': m033,
  '034_facts_and_search': m034,
  '036_desk_home': m036,
  '042_program_edits': m042,
  '043_engagement_photos': m043,
  '044_keyset_indexes': m044,
  '045_more_keyset_indexes': m045,
  '046_outbound_facts': m046,
  '047_keyset_indexes_4': m047,
  '048_covering_aggregates': m048,
  '049_key_starts': m049,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(MIGRATIONS)) out[name] = { up: (db) => m.up(db, this.dialect) };
    return out;
  }
}

export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<string> {
  // Migrations written in parallel branches land in any order; each is additive, so a later-numbered one
  // that ran first does not stop an earlier-numbered one from running after it.
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  return latestMigration();
}

export function latestMigration(): string {
  return Object.keys(MIGRATIONS).sort().at(-1) ?? 'none';
}

/** The newest migration applied to this database (for /api/health). */
export async function appliedMigration(db: Kysely<any>): Promise<string | null> {
  const row = await db
    .selectFrom('kysely_migration')
    .select('name')
    .orderBy('name', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (row?.name as string | undefined) ?? null;
}
