import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { AppError } from '#server/lib/errors.js';
import { readUpload } from '#server/lib/stored-files.js';
import { University, UniversityUpdate } from '#shared/schemas/university.js';
import { LOGO_MAX_BYTES } from '#shared/university.js';
import { findLogo } from './university.repository.js';
import { getUniversity, updateUniversity, uploadLogo } from './university.service.js';

/**
 * The university's own details. Reading needs no sign-in (the sign-in page shows the name and logo);
 * administrators change them and upload the logo (PNG or SVG, at most LOGO_MAX_BYTES).
 */
export async function universityRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['university'];
  const base = '/api/v1/university';

  r.get(base, { schema: { tags, response: { 200: University } } }, (req) => getUniversity(req.server.deps.db));
  r.put(base, { schema: { tags, body: UniversityUpdate, response: { 200: University } } }, (req) =>
    updateUniversity(ctx(req), req.body),
  );
  r.post(
    `${base}/logo`,
    { schema: { tags, consumes: ['multipart/form-data'], response: { 200: University } } },
    (req) => uploadLogo(ctx(req), () => readUpload(req, LOGO_MAX_BYTES)),
  );
  r.get(`${base}/logo`, { schema: { tags } }, async (req, reply) => {
    const logo = await findLogo(req.server.deps.db);
    if (!logo) throw AppError.notFound();
    // The address carries the file id (?v=), so a new logo is a new address: cache it for a day.
    reply
      .header('content-type', logo.content_type)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=86400');
    // An SVG opened on its own must not run scripts or load anything.
    if (logo.content_type === 'image/svg+xml') {
      reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    }
    return reply.send(Buffer.from(logo.data as Uint8Array));
  });
}
