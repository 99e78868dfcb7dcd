import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { agreementPolicy } from '#server/policies/agreements.policy.js';
import { partnerPolicy } from '#server/policies/partners.policy.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import { businessDate } from '#shared/calendar.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '#shared/enums.js';
import type { MoeRegion } from '#shared/regions.data.js';
import { type DashboardSummary, EXPIRY_HORIZONS } from '#shared/schemas/dashboard.js';
import { cached } from './dashboard.cache.js';
import * as repo from './dashboard.repository.js';

type Figures = Omit<DashboardSummary, 'computedAt'>;

/**
 * The OIA dashboard and the world map's figures, computed from the records for today (Asia/Taipei,
 * from the injected clock). Anyone who may read partners gets them; they are counts of the whole
 * university (a college coordinator too — no record, name or person is in them). Agreement counts are
 * left out for readers who may not read agreements at all (students), as the agreement policy says.
 *
 * The figures are the same for every reader, so they are computed once (with the agreement counts)
 * and kept in memory until the day changes, a write is committed, or 60 s pass (dashboard.cache.ts,
 * ADR 0014); `computedAt` says when they were computed.
 */
export async function dashboardSummary(ctx: Ctx): Promise<DashboardSummary> {
  const tree = ctx.units;
  authorizeAny(partnerPolicy, ctx.actor, 'read', tree);
  const withAgreements = allows(agreementPolicy, ctx.actor, 'read', tree);
  const today = businessDate(new Date(ctx.now));
  const { value, computedAtMs } = await cached(ctx.db, today, Date.parse(ctx.now), () => figures(ctx.db, today));
  const computedAt = new Date(computedAtMs).toISOString();
  if (withAgreements) return { ...value, computedAt };
  const hide = <T extends { activeAgreements: number | null }>(rows: T[]) =>
    rows.map((r) => ({ ...r, activeAgreements: null }));
  return { ...value, agreements: null, byRegion: hide(value.byRegion), byCountry: hide(value.byCountry), computedAt };
}

/**
 * Four aggregates: partners per country (regions are sums of their countries: a country has one
 * region), agreements in force per country and per region (distinct agreements, so not sums: one
 * agreement may have partners in two countries of a region), and agreements per status with those
 * ending soon.
 */
async function figures(db: Db, today: string): Promise<Figures> {
  const [partners, inCountry, inRegion, statusRows] = await Promise.all([
    repo.countPartnersBy(db, 'country', today),
    repo.countAgreementsInForceBy(db, 'country', today),
    repo.countAgreementsInForceBy(db, 'region', today),
    repo.countAgreementsByStatus(db, today, EXPIRY_HORIZONS),
  ]);
  const key = (r: repo.GroupRow) => `${r.country ?? ''}|${r.region ?? ''}`;
  const countryAgreements = new Map(inCountry.map((r) => [key(r), Number(r.count)]));
  const byCountry = partners
    .map((r) => ({
      country: r.country ?? '',
      region: (r.region ?? null) as MoeRegion | null,
      partners: Number(r.partners),
      withActiveAgreement: Number(r.with_active ?? 0),
      activeAgreements: countryAgreements.get(key(r)) ?? 0,
    }))
    .sort(byPartnersThen((r) => r.country));

  const regionAgreements = new Map(inRegion.map((r) => [r.region ?? null, Number(r.count)]));
  const regions = new Map<MoeRegion | null, DashboardSummary['byRegion'][number]>();
  for (const c of byCountry) {
    const r = regions.get(c.region) ?? {
      region: c.region,
      partners: 0,
      withActiveAgreement: 0,
      activeAgreements: regionAgreements.get(c.region) ?? 0,
    };
    r.partners += c.partners;
    r.withActiveAgreement += c.withActiveAgreement;
    regions.set(c.region, r);
  }
  const byRegion = [...regions.values()].sort(byPartnersThen((r) => r.region ?? ''));

  const counts = new Map(statusRows.map((r) => [r.status, r.count]));
  const byStatus = AGREEMENT_STATUSES.map((status: AgreementStatus) => ({ status, count: counts.get(status) ?? 0 }));
  return {
    asOf: today,
    // Each partner has one country, so the registry's totals are sums over the country rows.
    partners: {
      total: sum(byCountry, (c) => c.partners),
      countries: byCountry.length,
      withActiveAgreement: sum(byCountry, (c) => c.withActiveAgreement),
      countriesWithActiveAgreement: byCountry.filter((c) => c.withActiveAgreement > 0).length,
    },
    agreements: {
      byStatus,
      inForce: (counts.get('active') ?? 0) + (counts.get('expiring') ?? 0),
      endingWithin: EXPIRY_HORIZONS.map((days, i) => ({
        days,
        count: sum(statusRows, (r) => r.endingWithin[i] ?? 0),
      })),
    },
    byRegion,
    byCountry,
  };
}

const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((n, r) => n + pick(r), 0);

/** Most partners first, then by name (code) for a stable order. */
const byPartnersThen =
  <T extends { partners: number }>(name: (row: T) => string) =>
  (a: T, b: T) =>
    b.partners - a.partners || name(a).localeCompare(name(b), 'en');
