import type { Ctx } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { countryPolicy } from '#server/policies/countries.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import type { CountryRow, CountryUpdate } from '#shared/schemas/countries.js';
import * as repo from './country.repository.js';

type Row = Awaited<ReturnType<typeof repo.findCountries>>[number];

const present = (r: Row): CountryRow => ({
  country: r.country,
  region: r.region as CountryRow['region'],
  nameZh: r.name_zh,
  nameEn: r.name_en,
  moeCode: r.moe_code,
  nameSource: r.name_source,
  version: r.version,
});

export async function listCountries(ctx: Ctx) {
  return { items: (await repo.findCountries(ctx.db)).map(present) };
}

/** An administrator corrects a country's Ministry name, code or region (versioned, audited). */
export async function updateCountry(ctx: Ctx, code: string, body: CountryUpdate): Promise<CountryRow> {
  authorizeAny(countryPolicy, ctx.actor, 'update', ctx.units);
  const country = code.toUpperCase();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findCountry(trx, country);
    if (!before) throw AppError.notFound();
    const changed = await repo.updateCountry(trx, country, body.version, {
      region: body.region,
      name_zh: body.nameZh,
      name_en: body.nameEn,
      moe_code: body.moeCode,
      name_source: body.nameSource,
      now: ctx.now,
    });
    if (changed !== 1) throw new AppError('VERSION_CONFLICT', { current: present(before) });
    const after = present((await repo.findCountry(trx, country)) as Row);
    await recordAudit(trx, {
      at: ctx.now,
      actorId: ctx.actor.id,
      action: 'update',
      entityType: 'country',
      entityId: null,
      summary: auditSummary('auditSummaries.country', {
        code: country,
        name: bilingual(after.nameZh ?? after.nameEn ?? '', after.nameEn ?? after.nameZh ?? ''),
      }),
      before: present(before),
      after,
      ip: ctx.ip,
    });
    return after;
  });
}
