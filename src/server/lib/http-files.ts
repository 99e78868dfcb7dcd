/**
 * RFC 6266 / 8187: an ASCII fallback plus the UTF-8 name, so Chinese file names survive the download.
 * encodeURIComponent leaves ' ( ) * unescaped, which the ext-value grammar does not allow: escape them too.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
