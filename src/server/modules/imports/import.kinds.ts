import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import type { ImportAction, ImportKind, ImportSheet } from '#shared/schemas/imports.js';
import type { Issue } from './import.check.js';
import type { SheetData } from './import.reader.js';

/**
 * What the two-step import (import.service.ts) needs from one kind of import: its sheets, who may
 * run it, its template, and how its rows are checked, matched and written. The service does the
 * rest the same way for every kind: the upload, the report, the claim, the transaction, the audit.
 */
export type PlannedRow = {
  sheet: ImportSheet;
  row: number;
  action: ImportAction;
  label: string;
  /** What the row writes; `id` is the record it matched, or the new record's once written. */
  op?: { id: number | null };
};

/** What the commit was asked besides its mode (account imports: mail invitations to new accounts). */
export type CommitOptions = { sendInvites: boolean };

export type KindPlan = {
  rows: PlannedRow[];
  issues: Issue[];
  /** Writes the rows without errors, inside the commit's transaction. */
  write(trx: Db, ctx: Ctx, batchId: number, opts: CommitOptions): Promise<void>;
};

export type ImportKindDef = {
  kind: ImportKind;
  sheets: readonly ImportSheet[];
  /** The error when a workbook has none of the kind's sheets. */
  noSheetsKey: string;
  /** Whether the actor may run this import (checked before anything else is read). */
  allows(ctx: Ctx): Promise<boolean>;
  template(ctx: Ctx): Promise<Buffer>;
  /** Catalog key of the template's file name. */
  templateName: string;
  /**
   * Checks every row on its own, before any transaction (SQLite serves nobody else during one); the
   * answer matches the checked rows against the records as `db` sees them (the commit's transaction).
   */
  check(ctx: Ctx, sheets: SheetData[]): Promise<(db: Db) => Promise<KindPlan>>;
  /** Runs once the commit's transaction is committed (e.g. dropping a cache of what was written). */
  afterCommit?(): void;
};
