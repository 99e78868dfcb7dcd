import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { contentDisposition } from '#server/lib/http-files.js';
import { OwnFactsheet, OwnFactsheetUpdate } from '#shared/schemas/ewp-factsheet.js';
import { exportOwnFactsheet, getOwnFactsheet, saveOwnFactsheet } from './own-factsheet.service.js';

/** Our own factsheet for partners: read, save (versioned), download as an EWP Factsheet API response. */
export async function ownFactsheetRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['agreements'];
  r.get('/api/v1/ewp/factsheet', { schema: { tags, response: { 200: OwnFactsheet } } }, (req) =>
    getOwnFactsheet(ctx(req)),
  );
  r.put(
    '/api/v1/ewp/factsheet',
    { schema: { tags, body: OwnFactsheetUpdate, response: { 200: OwnFactsheet } } },
    (req) => saveOwnFactsheet(ctx(req), req.body),
  );
  r.get('/api/v1/ewp/factsheet.xml', { schema: { tags } }, async (_req, reply) => {
    const file = await exportOwnFactsheet(ctx(_req));
    return reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('content-disposition', contentDisposition(file.fileName))
      .send(file.xml);
  });
}
