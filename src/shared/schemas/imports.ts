import { z } from 'zod';
import {
  IMPORT_ACTIONS,
  IMPORT_KIND_SHEETS,
  IMPORT_KINDS,
  IMPORT_MAX_BYTES,
  IMPORT_MODES,
  IMPORT_SHEETS,
  IMPORT_STATUSES,
  type ImportAction,
  type ImportKind,
  type ImportSheet,
  type ImportStatus,
} from '#shared/enums.js';
import { IdParams, PageQuery, pageOf, Timestamp } from './common.js';

export type { ImportAction, ImportKind, ImportSheet, ImportStatus };
export {
  IMPORT_ACTIONS,
  IMPORT_KIND_SHEETS,
  IMPORT_KINDS,
  IMPORT_MAX_BYTES,
  IMPORT_MODES,
  IMPORT_SHEETS,
  IMPORT_STATUSES,
};

/** Which import a template or an upload is for (partners and agreements when not said). */
export const ImportKindQuery = z.object({ kind: z.enum(IMPORT_KINDS).default('partners_agreements') });
export type ImportKindQuery = z.infer<typeof ImportKindQuery>;

const Count = z.number().int();
export const ImportCounts = z.object({ create: Count, update: Count, unchanged: Count, error: Count });
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportBatch = z.object({
  id: z.number().int(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  /** Data rows in the file (blank rows and the template's example row are not counted). */
  totalRows: Count,
  /** Rows handled so far by a running commit (for a progress bar). */
  processedRows: Count,
  /** Per action, for the whole file and per sheet: planned while validated, done once imported. */
  counts: ImportCounts,
  bySheet: z.array(ImportCounts.extend({ sheet: z.enum(IMPORT_SHEETS) })),
  /** Row problems found; the report keeps the first IMPORT_MAX_ISSUES of them. */
  issueTotal: Count,
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

export const ImportIssue = z.object({
  sheet: z.enum(IMPORT_SHEETS),
  /** The row number as Excel shows it. */
  row: Count,
  /** The column's name in the reader's language; null for a problem with the whole row. */
  column: z.string().nullable(),
  /** The cell as Excel names it, e.g. "D7". */
  cell: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;
export const ImportIssuePage = pageOf(ImportIssue);

export const ImportRow = z.object({
  sheet: z.enum(IMPORT_SHEETS),
  row: Count,
  action: z.enum(IMPORT_ACTIONS),
  /** The record's English name or title as the file gives it. */
  label: z.string(),
  /** The record it matched or became (null for a new record before the commit, and for errors). */
  recordId: z.number().int().nullable(),
});
export type ImportRow = z.infer<typeof ImportRow>;
export const ImportRowPage = pageOf(ImportRow);

/** Answer to an upload: the batch and the first page of its problems. */
export const ImportValidated = ImportBatch.extend({ issues: ImportIssuePage });
export type ImportValidated = z.infer<typeof ImportValidated>;

const ReportPage = PageQuery.pick({ page: true, pageSize: true });
export const ImportIssueQuery = ReportPage.extend({ sheet: z.enum(IMPORT_SHEETS).optional() });
export type ImportIssueQuery = z.infer<typeof ImportIssueQuery>;
export const ImportRowQuery = ReportPage.extend({
  sheet: z.enum(IMPORT_SHEETS).optional(),
  action: z.enum(IMPORT_ACTIONS).optional(),
});
export type ImportRowQuery = z.infer<typeof ImportRowQuery>;

/** 'all' is refused while any row has an error; 'validOnly' writes the rows without errors. */
/** sendInvites (account imports): mail each new account an invitation to set its password. */
export const ImportCommitBody = z
  .object({ mode: z.enum(IMPORT_MODES), sendInvites: z.boolean().default(false) })
  .strict();
export type ImportCommitBody = z.infer<typeof ImportCommitBody>;

export const ImportIdParams = IdParams;
