import type { FastifyReply } from 'fastify';

/**
 * RFC 6266 / 8187: an ASCII fallback plus the UTF-8 name, so Chinese file names survive the download.
 * encodeURIComponent leaves ' ( ) * unescaped, which the ext-value grammar does not allow: escape them too.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/**
 * Sends a stored file as a download under its original name. `nosniff` keeps browsers from treating
 * an upload as anything but its checked type; personal documents are not cached.
 */
export function sendDownload(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; data: Buffer },
  opts: { noStore?: boolean } = {},
) {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff');
  if (opts.noStore) reply.header('cache-control', 'no-store');
  return reply.send(file.data);
}
