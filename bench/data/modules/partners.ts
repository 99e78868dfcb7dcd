import { recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { partnerColumns } from '#server/modules/partners/partner.columns.js';
import type { PartnerStatus, PartnerType } from '#shared/enums.js';
import type { PartnerCreate } from '#shared/schemas/partners.js';
import { day, Weighted } from '../random.js';
import type { DataModule, GeneratedPartner } from './types.js';

const TYPES = new Weighted<PartnerType>([
  ['university', 72],
  ['university_of_applied_sciences', 8],
  ['research_institute', 5],
  ['college', 6],
  ['company', 5],
  ['government', 2],
  ['other', 2],
]);
const STATUSES = new Weighted<PartnerStatus>([
  ['active', 85],
  ['prospective', 8],
  ['inactive', 7],
]);
/** Most partners are kept by the International Cooperation Division; colleges and departments bring in the rest. */
export const OWNERS = new Weighted<string>([
  ['OIA-IC', 60],
  ['ENG', 8],
  ['BUS', 7],
  ['HSS', 6],
  ['DD', 5],
  ['CSIE', 3],
  ['EE', 3],
  ['IB', 3],
  ['AJ', 3],
  ['VCD', 2],
]);
const CONTACT_TITLES = ['International Office', 'Exchange Coordinator', 'Director, Global Engagement', '國際交流課'];

/** Partner institutions with contacts and their creation audit entries, written as the partner service would. */
export const partnersModule: DataModule = {
  name: 'partners',
  tables: [
    { name: 'partners', key: ['id'] },
    { name: 'partner_contacts', key: ['id'] },
  ],
  async generate(ctx) {
    const { random, names, asOf } = ctx;
    const countries = new Weighted(ctx.countries.map((c) => [c, c.weight] as const));
    const perCountry = new Map<string, number>();
    const inputs: { input: PartnerCreate; row: Record<string, unknown>; meta: Omit<GeneratedPartner, 'id'> }[] = [];

    for (let i = 0; i < ctx.scale.partners; i++) {
      const country = countries.draw(random);
      const type = TYPES.draw(random);
      const name = names.partner(country, type);
      const n = (perCountry.get(country.code) ?? 0) + 1;
      perCountry.set(country.code, n);
      const code = `${country.code}-${String(n).padStart(4, '0')}`;
      const status = STATUSES.draw(random);
      const createdOn = day.add(asOf, -random.int(0, 3652));
      const createdAt = day.at(createdOn, random);
      const updatedAt = random.chance(0.4)
        ? day.at(day.add(createdOn, random.int(0, day.between(createdOn, asOf))), random)
        : createdAt;
      const tld = webDomain(type, country.tld);
      const input: PartnerCreate = {
        code,
        nameEn: name.nameEn,
        nameZh: name.nameZh,
        aliases: [],
        country: country.code,
        city: name.city,
        cityZh: name.cityZh,
        website: random.chance(0.9) ? `https://www.${name.domain}.${tld}` : null,
        type,
        status,
        owningUnitId: null,
        notes: random.chance(0.1) ? `${createdOn.slice(0, 4)} 年締約；聯絡窗口見附件。` : null,
        contacts: random.chance(0.35)
          ? Array.from({ length: random.int(1, 2) }, () => ({
              name: names.person(country.style),
              title: random.pick(CONTACT_TITLES),
              email: `intl@${name.domain}.${tld}`,
              phone: null,
            }))
          : [],
      };
      const archived = status === 'inactive' && random.chance(0.4);
      const row = {
        ...partnerColumns(input, ctx.units.get(OWNERS.draw(random)) ?? null),
        archived_at: archived ? updatedAt : null,
        created_at: createdAt,
        updated_at: updatedAt,
      };
      inputs.push({
        input,
        row,
        meta: { code, nameEn: name.nameEn, nameZh: name.nameZh, country, domain: name.domain, type, status, createdOn },
      });
    }

    const ids = await ctx.writer.insertReturning(
      'partners',
      inputs.map((p) => p.row),
      ['code'],
      (r) => String(r.code),
    );
    const idOf = (code: string) => ids.get(code) as number;
    await ctx.writer.insert(
      'partner_contacts',
      inputs.flatMap(({ input }) =>
        input.contacts.map((c, sortOrder) => ({ partner_id: idOf(input.code as string), sort_order: sortOrder, ...c })),
      ),
    );
    await ctx.writer.each('audit_log', inputs, (trx, { input, row }) =>
      recordAudit(trx, {
        at: row.created_at as string,
        actorId: null,
        action: 'create',
        entityType: 'partner',
        entityId: idOf(input.code as string),
        summary: recordName(input.nameZh, input.nameEn),
      }),
    );
    ctx.partners = inputs.map(({ meta }) => ({ ...meta, id: idOf(meta.code) }));
  },
};

/** Universities use the academic domain (ac.jp, edu); companies .com; other bodies the bare country domain. */
function webDomain(type: PartnerType, academic: string): string {
  if (type === 'company') return 'com';
  if (type !== 'government' && type !== 'other') return academic;
  const bare = academic.replace(/^(ac|edu)\./, '');
  return bare === 'edu' ? 'org' : bare;
}
