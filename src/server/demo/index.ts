import type { Db } from '#server/db/client.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import type { PiiCipher } from '#server/lib/pii.js';
import { hashPassword } from '#server/modules/auth/auth.service.js';
import { schacOfWebsite } from '#server/modules/ewp/schac.js';
import { invalidateUnitTrees } from '#server/modules/units/unit-tree.loader.js';
import { searchText } from '#shared/search-key.js';
import { seedAcademicTerms } from './academic-terms.seed.js';
import { seedAdmissionsDemo } from './admissions.seed.js';
import { seedAgreements } from './agreements.seed.js';
import { seedAssistantsDemo } from './assistants.seed.js';
import { seedBuddyDemo } from './buddy.seed.js';
import { seedCohortsDemo } from './cohorts.seed.js';
import { seedDesk } from './desk.seed.js';
import { seedEngagements } from './engagements.seed.js';
import { seedMobilityDemo } from './mobility-demo.seed.js';
import { PARTNER_ALIASES, PARTNER_SEEDS } from './partners.data.js';
import { seedPortalDemo } from './portal.seed.js';
import { seedRecruitmentDemo } from './recruitment.seed.js';
import { seedReportingDemo } from './reporting-demo.seed.js';
import { DEMO_PASSWORD, UNIT_SEEDS, USER_SEEDS } from './units.data.js';
import { seedUniversityProfile } from './university.seed.js';

/**
 * The demo university's unit tree and one account per role (password DEMO_PASSWORD), inside the caller's
 * transaction. Returns unit code → id. Used by seedDemo and by the benchmark data generator.
 */
export async function seedDemoAccounts(trx: Db, now: string): Promise<Map<string, number>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const unitIds = new Map<string, number>();
  for (const u of UNIT_SEEDS) {
    const { id } = await trx
      .insertInto('units')
      .values({
        code: u.code,
        name_zh: u.zh,
        name_en: u.en,
        kind: u.kind,
        parent_id: u.parent ? (unitIds.get(u.parent) ?? null) : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitIds.set(u.code, id);
  }
  invalidateUnitTrees(); // the tree is cached per database handle
  for (const u of USER_SEEDS) {
    const { id } = await trx
      .insertInto('users')
      .values({
        email: u.email,
        password_hash: passwordHash,
        name_zh: u.zh,
        name_en: u.en,
        locale: u.locale,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('user_roles')
      .values({ user_id: id, role: u.role, unit_id: unitIds.get(u.unit) as number })
      .execute();
  }
  return unitIds;
}

/** Loads the demo university once: units, one account per role, the academic calendar, 222 partners, agreements, people and mobility. Returns false if already there. */
export async function seedDemo(db: Db, now: string, pii: PiiCipher): Promise<boolean> {
  const any = await db.selectFrom('units').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await db.transaction().execute(async (trx) => {
    const unitIds = await seedDemoAccounts(trx, now);
    const unit = (code: string) => unitIds.get(code) as number;
    // Most partners are kept by the International Cooperation Division; some were brought in by colleges.
    const owners = ['OIA-IC', 'OIA-IC', 'OIA-IC', 'ENG', 'OIA-IC', 'BUS', 'OIA-IC', 'HSS', 'OIA-IC', 'DD'];
    const perCountry = new Map<string, number>();
    // Each partner's SCHAC code (EWP) from its website; a domain two partners share goes to the first only.
    const schacs = new Set<string>();
    const uniqueSchac = (website: string) => {
      const schac = schacOfWebsite(website);
      if (!schac || schacs.has(schac)) return null;
      schacs.add(schac);
      return schac;
    };
    for (const [i, p] of PARTNER_SEEDS.entries()) {
      const n = (perCountry.get(p.country) ?? 0) + 1;
      perCountry.set(p.country, n);
      const code = `${p.country}-${String(n).padStart(3, '0')}`;
      const { id } = await trx
        .insertInto('partners')
        .values({
          code,
          name_en: p.nameEn,
          name_zh: p.nameZh,
          search_text: searchText([p.nameEn, p.nameZh, ...(PARTNER_ALIASES[p.nameEn] ?? []), code, p.city, p.cityZh]),
          aliases: PARTNER_ALIASES[p.nameEn] ? JSON.stringify(PARTNER_ALIASES[p.nameEn]) : null,
          country: p.country,
          city: p.city,
          city_zh: p.cityZh,
          website: p.website,
          schac: uniqueSchac(p.website),
          type: p.type,
          status: i % 17 === 5 ? 'prospective' : i % 23 === 7 ? 'inactive' : 'active',
          owning_unit_id: unit(owners[i % owners.length] as string),
          notes: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (i % 3 === 0) {
        await trx
          .insertInto('partner_contacts')
          .values({
            partner_id: id,
            name: 'International Office',
            title: 'Exchange coordinator',
            email: null,
            phone: null,
            sort_order: 0,
          })
          .execute();
      }
      await recordAudit(trx, {
        at: now,
        actorId: null,
        action: 'create',
        entityType: 'partner',
        entityId: id,
        summary: auditSummary('auditSummaries.demoRecord', { name: bilingual(p.nameZh ?? p.nameEn, p.nameEn) }),
      });
    }
    await seedUniversityProfile(trx, now);
    await seedAcademicTerms(trx, now);
    await seedAgreements(trx, now);
    await seedMobilityDemo(trx, { now, unit, pii });
    await seedReportingDemo(trx, { now, unit, pii });
    await seedDesk(trx, { now, unit, pii });
    await seedEngagements(trx, { now, unit, pii });
    await seedCohortsDemo(trx, { now, unit, pii });
    const assistants = await seedAssistantsDemo(trx, { now, unit, pii });
    await seedBuddyDemo(trx, { now, unit, pii }, assistants);
    await seedPortalDemo(trx, now);
    await seedRecruitmentDemo(trx, now);
    await seedAdmissionsDemo(trx, { now, unit });
  });
  return true;
}

export { DEMO_PASSWORD, UNIT_SEEDS, USER_SEEDS };
