import { type Expression, type ExpressionBuilder, PostgresAdapter, type SqlBool, sql } from 'kysely';
import type { Db, Dialect } from '#server/db/client.js';
import type { Database } from '#server/db/schema.js';
import type { CountingSettings } from './settings.js';

/** Whose records and which dates: a unit subtree (a college) or the whole university. */
export type CountScope = {
  /** unit ids to count (a college's subtree), or 'all' for the whole university */
  unitIds: number[] | 'all';
  /** the period's first and last day (YYYY-MM-DD), inclusive */
  from: string;
  to: string;
  /** "on the date" rules (international students) count on this day; defaults to `to` */
  referenceDate?: string;
};

/**
 * What every rule needs besides the scope: the settings in force and the SQL dialect (date arithmetic).
 * `onFacts`: the condition is evaluated on kept outbound facts (db/outbound-facts.ts), where whether the
 * person is a domestic student is the kept column `domestic` (their triggers compute it with the same SQL).
 */
export type RuleContext = { settings: CountingSettings; dialect: Dialect; onFacts?: boolean };

export const dialectOf = (db: Db): Dialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';

export const referenceOf = (scope: CountScope) => scope.referenceDate ?? scope.to;

export type Cond<T extends keyof Database> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

export const never = sql<SqlBool>`1 = 0`;

/** `column in (ids)`, nothing for 'all', and false for an empty list (Kysely refuses `in ()`). */
export function inUnits<T extends keyof Database>(
  eb: ExpressionBuilder<Database, T>,
  column: string,
  unitIds: number[] | 'all',
): Expression<SqlBool> | null {
  if (unitIds === 'all') return null;
  if (!unitIds.length) return never;
  return eb(sql.ref(column), 'in', unitIds);
}

/** Days from start to end, both included, as SQL on either dialect (dates are YYYY-MM-DD text). */
export function spanDaysSql(dialect: Dialect, start: string, end: string) {
  return dialect === 'postgres'
    ? sql<number>`(cast(${sql.ref(end)} as date) - cast(${sql.ref(start)} as date) + 1)`
    : sql<number>`(julianday(${sql.ref(end)}) - julianday(${sql.ref(start)}) + 1)`;
}
