import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';

/** A round trip to the database: throws when it cannot be reached. */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
