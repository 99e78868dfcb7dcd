import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { contentDisposition } from '#server/lib/http-files.js';
import { IdParams } from '#shared/schemas/common.js';
import { exportIia } from './ewp.service.js';

/** Erasmus Without Paper files (issue 22): an agreement as an IIAs v7 get-response. */
export async function ewpRoutes(app: FastifyInstance) {
  const r = typed(app);
  r.get(
    '/api/v1/agreements/:id/ewp-iia.xml',
    { schema: { tags: ['agreements'], params: IdParams } },
    async (req, reply) => {
      const file = await exportIia(ctx(req), req.params.id);
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-iia-hash', file.hash)
        .send(file.xml);
    },
  );
}
