import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { CountryList, CountryParams, CountryRow, CountryUpdate } from '#shared/schemas/countries.js';
import * as service from './country.service.js';

/** The Ministry's countries and areas: names (香港, 澳門, 中國大陸), codes and regions, with their source. */
export async function countryRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['reference'];
  r.get('/api/v1/country-regions', { schema: { tags, response: { 200: CountryList } } }, (req) =>
    service.listCountries(ctx(req)),
  );
  r.put(
    '/api/v1/country-regions/:country',
    { schema: { tags, params: CountryParams, body: CountryUpdate, response: { 200: CountryRow } } },
    (req) => service.updateCountry(ctx(req), req.params.country, req.body),
  );
}
