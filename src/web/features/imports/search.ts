import {
  IMPORT_ACTIONS,
  IMPORT_KINDS,
  IMPORT_SHEETS,
  type ImportAction,
  type ImportKind,
  type ImportSheet,
} from '#shared/enums';
import { compact, oneOf, positiveInt, type RawSearch } from '#web/lib/search';

/** The batch on screen and the report's filters, kept in the URL so a reload shows the same report. */
export type ImportSearch = {
  /** What a new upload imports (the batch on screen says its own). */
  kind?: ImportKind;
  batch?: number;
  sheet?: ImportSheet;
  page?: number;
  action?: ImportAction;
  rowsPage?: number;
};

export function parseImportSearch(raw: RawSearch): ImportSearch {
  return compact({
    kind: oneOf(raw, 'kind', IMPORT_KINDS),
    batch: positiveInt(raw, 'batch'),
    sheet: oneOf(raw, 'sheet', IMPORT_SHEETS),
    page: positiveInt(raw, 'page'),
    action: oneOf(raw, 'action', IMPORT_ACTIONS),
    rowsPage: positiveInt(raw, 'rowsPage'),
  });
}
