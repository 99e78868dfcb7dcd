import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../shared/enums.js';
import type { MoeRegion } from '../../../shared/regions.data.js';
import { type DashboardSummary, EXPIRY_HORIZONS } from '../../../shared/schemas/dashboard.js';
import type { Ctx } from '../../http/context.js';
import { businessDate } from '../../jobs/dates.js';
import { agreementPolicy } from '../../policies/agreements.policy.js';
import { partnerPolicy } from '../../policies/partners.policy.js';
import { allows, authorizeAny } from '../../policies/policy.js';
import * as repo from './dashboard.repository.js';

/**
 * The OIA dashboard and the world map's figures, computed from the records for today (Asia/Taipei,
 * from the injected clock). Anyone who may read partners gets them; they are counts of the whole
 * university (a college coordinator too — no record, name or person is in them). Agreement counts are
 * left out for readers who may not read agreements at all (students), as the agreement policy says.
 */
export async function dashboardSummary(ctx: Ctx): Promise<DashboardSummary> {
  const tree = await ctx.units();
  authorizeAny(partnerPolicy, ctx.actor, 'read', tree);
  const withAgreements = allows(agreementPolicy, ctx.actor, 'read', tree);
  const today = businessDate(new Date(ctx.now));

  const [countries, regions, agreements] = await Promise.all([
    breakdown(ctx, 'country', today, withAgreements),
    breakdown(ctx, 'region', today, withAgreements),
    withAgreements ? agreementFigures(ctx, today) : null,
  ]);
  const byCountry = countries.map(({ country, ...rest }) => ({ country: country ?? '', ...rest }));
  return {
    asOf: today,
    // Each partner has one country, so the registry's totals are sums over the country rows.
    partners: {
      total: sum(byCountry, (c) => c.partners),
      countries: byCountry.length,
      withActiveAgreement: sum(byCountry, (c) => c.withActiveAgreement),
      countriesWithActiveAgreement: byCountry.filter((c) => c.withActiveAgreement > 0).length,
    },
    agreements,
    byRegion: regions.map(({ country: _, ...rest }) => rest),
    byCountry,
  };
}

const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((n, r) => n + pick(r), 0);

/** Partners, partners with an agreement in force, and agreements in force, per country or per region. */
async function breakdown(ctx: Ctx, grouping: repo.Grouping, today: string, withAgreements: boolean) {
  const [partners, inForce] = await Promise.all([
    repo.countPartnersBy(ctx.db, grouping, today),
    withAgreements ? repo.countAgreementsInForceBy(ctx.db, grouping, today) : [],
  ]);
  const key = (r: repo.GroupRow) => `${r.country ?? ''}|${r.region ?? ''}`;
  const agreementsIn = new Map(inForce.map((r) => [key(r), Number(r.count)]));
  return partners
    .map((r) => ({
      country: r.country,
      region: (r.region ?? null) as MoeRegion | null,
      partners: Number(r.partners),
      withActiveAgreement: Number(r.with_active ?? 0),
      activeAgreements: withAgreements ? (agreementsIn.get(key(r)) ?? 0) : null,
    }))
    .sort(
      (a, b) =>
        b.partners - a.partners || (a.country ?? a.region ?? '').localeCompare(b.country ?? b.region ?? '', 'en'),
    );
}

async function agreementFigures(ctx: Ctx, today: string): Promise<NonNullable<DashboardSummary['agreements']>> {
  const [statusRows, ending] = await Promise.all([
    repo.countAgreementsByStatus(ctx.db, today),
    repo.countEndingWithin(ctx.db, today, EXPIRY_HORIZONS),
  ]);
  const counts = new Map(statusRows.map((r) => [r.status, Number(r.count)]));
  const byStatus = AGREEMENT_STATUSES.map((status: AgreementStatus) => ({ status, count: counts.get(status) ?? 0 }));
  return {
    byStatus,
    inForce: (counts.get('active') ?? 0) + (counts.get('expiring') ?? 0),
    endingWithin: EXPIRY_HORIZONS.map((days, i) => ({ days, count: ending[i] ?? 0 })),
  };
}
