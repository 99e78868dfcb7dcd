import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.js';
import { AppError } from './errors.js';
import { withoutUnsafeChars } from './http-files.js';
import { FILE_LIMIT } from './limits.js';

/**
 * Uploaded files, shared by every module that takes them (agreement PDFs, application documents,
 * inbound checklist documents): reading one file from a multipart body, checking its type by its
 * content, and keeping the bytes in `stored_files` with their SHA-256.
 */
export type Upload = { fields: Record<string, string | undefined>; fileName: string; data: Buffer };

export const UPLOAD_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
} as const;
export type UploadType = keyof typeof UPLOAD_TYPES;

/** The file's type by its first bytes, whatever its name or the browser's declared type says. */
export function sniffType(data: Buffer): UploadType | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'webp';
  return null;
}

/**
 * The name the user's file had, without any client path ("C:\\fakepath\\…"), control or bidi characters,
 * at most 255 characters.
 */
export const baseName = (name: string, fallback = 'file') =>
  withoutUnsafeChars(name).split(/[\\/]/).pop()?.trim().slice(-255) || fallback;

/**
 * Reads the named text fields (which must come before the file part) and one file from a multipart
 * body. The file name comes from the part's Content-Disposition (UTF-8, so Chinese names arrive
 * intact). Empty → 400 on `file`; over `maxBytes` (default the app's FILE_LIMIT) → 413.
 */
export async function readUpload(req: FastifyRequest, maxBytes = FILE_LIMIT): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const part = await req.file({ limits: { fileSize: maxBytes } });
  if (!part) throw AppError.field('file', 'required');
  const fields: Record<string, string | undefined> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    if (field && !Array.isArray(field) && field.type === 'field') fields[name] = String(field.value);
  }
  const tooLarge = () =>
    new AppError('PAYLOAD_TOO_LARGE', {
      fields: [{ path: 'file', key: 'file_too_large', params: { maxMb: Math.round(maxBytes / 1024 / 1024) } }],
    });
  const data = await readWhole(part, maxBytes, tooLarge);
  if (data.length === 0) throw AppError.field('file', 'file_empty');
  return { fields, fileName: baseName(part.filename), data };
}

/**
 * The whole file, or `tooLarge()` when it went over `maxBytes`. `toBuffer()` throws only when the parser
 * marks the file truncated before the last piece is read: when the body's pieces end exactly at the
 * limit it returned the first `maxBytes` as if complete (issue 16), so `truncated` and the length are
 * checked here as well.
 */
export async function readWhole(
  part: { toBuffer(): Promise<Buffer>; file: { truncated?: boolean } },
  maxBytes: number,
  tooLarge: () => AppError,
): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
    throw tooLarge();
  }
  if (part.file.truncated || data.length > maxBytes) throw tooLarge();
  return data;
}

/** Refuses a file whose content is not one of the allowed types (415, with the field message). */
export function requireType(data: Buffer, allowed: readonly UploadType[]): UploadType {
  const type = sniffType(data);
  if (type && allowed.includes(type)) return type;
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
    fields: [{ path: 'file', key: 'file_type', params: { types: allowed.map((t) => t.toUpperCase()).join(', ') } }],
  });
}

export const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Stores the bytes once: the same content uploaded again (another record, a re-upload) shares them. */
export async function storeContent(
  db: Db,
  file: { sha256: string; size: number; contentType: string; data: Buffer },
  now: string,
): Promise<number> {
  const existing = await db
    .selectFrom('stored_files')
    .select('id')
    .where('sha256', '=', file.sha256)
    .where('size', '=', file.size)
    .executeTakeFirst();
  if (existing) return existing.id;
  const { id } = await db
    .insertInto('stored_files')
    .values({ sha256: file.sha256, size: file.size, content_type: file.contentType, data: file.data, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Checks the type and stores the bytes; returns the stored file's id, hash and content type. */
export async function storeUpload(db: Db, data: Buffer, allowed: readonly UploadType[], now: string) {
  const type = requireType(data, allowed);
  const sha256 = sha256Of(data);
  const contentType = UPLOAD_TYPES[type];
  const fileId = await storeContent(db, { sha256, size: data.length, contentType, data }, now);
  return { fileId, sha256, contentType, size: data.length };
}

/** The bytes and type of a stored file. */
export async function readContent(db: Db, storedFileId: number) {
  const row = await db
    .selectFrom('stored_files')
    .select(['data', 'content_type', 'size', 'sha256'])
    .where('id', '=', storedFileId)
    .executeTakeFirst();
  return row && { data: Buffer.from(row.data as Uint8Array), contentType: row.content_type, sha256: row.sha256 };
}
