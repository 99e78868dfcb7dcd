import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { MOE_REGIONS } from '#shared/regions.data.js';
import { UnitList } from '#shared/schemas/units.js';
import { findCountryRegions, findUnits } from './unit.repository.js';

const CountryRegionList = z.object({ items: z.array(z.object({ country: z.string(), region: z.enum(MOE_REGIONS) })) });

/** Reference data every signed-in user needs: the unit tree and the country → MoE region table. */
export async function referenceRoutes(app: FastifyInstance) {
  const r = typed(app);
  r.get('/api/v1/units', { schema: { tags: ['reference'], response: { 200: UnitList } } }, async (req) => {
    const rows = await findUnits(ctx(req).db);
    return {
      items: rows.map((u) => ({
        id: u.id,
        code: u.code,
        nameZh: u.name_zh,
        nameEn: u.name_en,
        kind: u.kind as z.infer<typeof UnitList>['items'][number]['kind'],
        parentId: u.parent_id,
      })),
    };
  });
  r.get(
    '/api/v1/country-regions',
    { schema: { tags: ['reference'], response: { 200: CountryRegionList } } },
    async (req) => {
      const { db } = ctx(req);
      const rows = await findCountryRegions(db);
      return { items: rows as z.infer<typeof CountryRegionList>['items'] };
    },
  );
}
