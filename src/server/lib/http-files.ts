import type { FastifyReply } from 'fastify';

/**
 * Control characters (NUL, newlines, …) and bidirectional controls (U+202E right-to-left override makes
 * "invoice\u202Efdp.exe" show as "invoiceexe.pdf"), which a file name never needs.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
const UNSAFE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const withoutUnsafeChars = (name: string) => name.replace(UNSAFE_IN_NAMES, '');

/** The extensions a download of each checked type may carry; the first is added when the name has none of them. */
const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/svg+xml': ['svg'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
};

/**
 * The name a download is saved under: without unsafe characters, and ending in an extension of its
 * checked content type ("scan.exe" kept as a PDF downloads as "scan.exe.pdf"), so the saved file opens
 * as what it was checked to be.
 */
export function downloadName(fileName: string, contentType: string): string {
  const name = withoutUnsafeChars(fileName).trim() || 'file';
  const allowed = EXTENSIONS[contentType];
  if (!allowed) return name;
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return allowed.includes(ext) ? name : `${name}.${allowed[0]}`;
}

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
    .header('content-disposition', contentDisposition(downloadName(file.fileName, file.contentType)))
    .header('x-content-type-options', 'nosniff');
  if (opts.noStore) reply.header('cache-control', 'no-store');
  return reply.send(file.data);
}
