import { AppError } from './errors.js';

/** True when a write broke a UNIQUE constraint, on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Two writers can both pass a "is it free?" pre-check; the UNIQUE index decides, and the loser gets
 * the same field error the pre-check would have given.
 */
export async function uniqueAsFieldError<T>(field: string, key: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw AppError.field(field, key);
    throw err;
  }
}
