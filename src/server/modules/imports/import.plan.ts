import { agreementColumns } from '#server/modules/agreements/agreement.columns.js';
import { partnerColumns } from '#server/modules/partners/partner.columns.js';
import type { StoredAgreementStatus } from '#shared/enums.js';
import type { Locale } from '#shared/roles.js';
import { AgreementCreate } from '#shared/schemas/agreements.js';
import type { ImportAction, ImportSheet } from '#shared/schemas/imports.js';
import type { PartnerCreate } from '#shared/schemas/partners.js';
import {
  type AgreementFields,
  type AgreementRow,
  type Issue,
  issueAt,
  type Messages,
  messagesOf,
  type PartnerRow,
  zodIssues,
} from './import.check.js';
import { agreementInputOf, keepUngiven, partnerInputOf, pick, same } from './import.merge.js';
import type { SheetData } from './import.reader.js';
import { findPartnerRef, type PartnerIndex, partnerIndex } from './import.refs.js';
import type { ExistingAgreement, ExistingPartner } from './import.repository.js';

/**
 * Matches checked rows against the registry and decides each row's action. Partners match on their
 * code, else on English name + country; agreements on our code, else on kind + English title + the
 * same set of partners. A matched record is updated only if its columns (as the shared column
 * helpers derive them) would change. Everything is looked up in maps built once: no query per row.
 */
export type PartnerCols = ReturnType<typeof partnerColumns>;
export type AgreementCols = ReturnType<typeof agreementColumns>;
type Done = Exclude<ImportAction, 'error'>;

export type PartnerOp = {
  row: PartnerRow;
  action: Done;
  id: number | null;
  columns: PartnerCols;
  before: PartnerCols | null;
};
/** A partner an agreement names: one already registered, or a row of this file. */
export type PartnerTarget = { existing: ExistingPartner } | { op: PartnerOp };
export type AgreementOp = {
  row: AgreementRow;
  action: Done;
  id: number | null;
  columns: AgreementCols;
  status: StoredAgreementStatus;
  partners: PartnerTarget[];
  /** Partner ids the matched agreement is linked to now. */
  linked: number[];
  before: AgreementCols | null;
};
export type PlannedRow = {
  sheet: ImportSheet;
  row: number;
  action: ImportAction;
  label: string;
  op?: PartnerOp | AgreementOp;
};
export type Plan = { partners: PartnerOp[]; agreements: AgreementOp[]; rows: PlannedRow[]; issues: Issue[] };

export type Registry = {
  partners: ExistingPartner[];
  agreements: ExistingAgreement[];
  links: { agreement_id: number; partner_id: number }[];
};

export function planImport(
  checked: { partners: PartnerRow[]; agreements: AgreementRow[] },
  registry: Registry,
  sheets: SheetData[],
  defaultUnitId: number | null,
): Plan {
  const plan: Plan = { partners: [], agreements: [], rows: [], issues: [] };
  const data = (s: ImportSheet) => sheets.find((d) => d.sheet === s) ?? { sheet: s, columns: new Map() };
  const index = partnerIndex(registry.partners, checked.partners);
  const opOf = new Map<PartnerRow, PartnerOp>();

  const partnerSeen = seenKeys();
  for (const row of checked.partners) {
    const issues = [...row.issues];
    const input = row.input;
    let op: PartnerOp | undefined;
    if (input) {
      const existing = (input.code && index.db.byCode.get(input.code)) || index.db.byName.get(nameKey(input));
      const keys = [
        { field: 'code', key: input.code },
        { field: 'nameEn', key: nameKey(input) },
      ];
      const dup = partnerSeen.check(keys, existing?.id);
      if (dup) issues.push(issueAt(data('partners'), row.row, dup.field, dup.messages));
      else op = planPartner(row, input, existing);
      partnerSeen.add(row.row, keys, existing?.id);
    }
    record(plan, row, issues, op);
    if (op) {
      opOf.set(row, op);
      plan.partners.push(op);
    }
  }

  const agreementsByCode = new Map(registry.agreements.filter((a) => a.code).map((a) => [a.code as string, a]));
  const linksOf = new Map<number, number[]>();
  for (const l of registry.links) {
    const list = linksOf.get(l.agreement_id) ?? [];
    list.push(l.partner_id);
    linksOf.set(l.agreement_id, list);
  }
  // By kind + title + partners, the newest wins: a renewal repeats all three.
  const agreementsByKey = new Map<string, ExistingAgreement>();
  for (const a of registry.agreements)
    agreementsByKey.set(agreementKey(a.kind, a.title_en, linksOf.get(a.id) ?? []), a);

  const agreementSeen = seenKeys();
  for (const row of checked.agreements) {
    const issues = [...row.issues];
    const targets = resolveTargets(row, index, opOf, data('agreements'), issues);
    let op: AgreementOp | undefined;
    if (row.input && issues.length === 0) {
      const ids = targets.map(targetKey);
      const key = agreementKey(row.input.kind, row.input.titleEn, ids);
      const byKey = agreementsByKey.get(key);
      // Two different codes are two agreements, however alike (a renewal keeps kind, title and partners).
      const sameUnlessCoded = byKey && (!row.input.code || !byKey.code) ? byKey : undefined;
      const existing = (row.input.code && agreementsByCode.get(row.input.code)) || sameUnlessCoded;
      const keys = [
        { field: 'code', key: row.input.code },
        { field: 'titleEn', key },
      ];
      const dup = agreementSeen.check(keys, existing?.id);
      if (dup) issues.push(issueAt(data('agreements'), row.row, dup.field, dup.messages));
      agreementSeen.add(row.row, keys, existing?.id);
      if (!dup) {
        const linked = existing ? (linksOf.get(existing.id) ?? []) : [];
        const planned = planAgreement(row, row.input, targets, existing, linked, defaultUnitId);
        if ('issues' in planned)
          issues.push(...planned.issues.map((i) => ({ ...i, cell: cellOf(data('agreements'), i) })));
        else op = planned;
      }
    }
    record(plan, row, issues, op);
    if (op) plan.agreements.push(op);
  }
  return plan;
}

function record(plan: Plan, row: PartnerRow | AgreementRow, issues: Issue[], op?: PartnerOp | AgreementOp) {
  plan.issues.push(...issues);
  const action = op ? op.action : 'error';
  plan.rows.push({ sheet: row.sheet, row: row.row, action, label: row.label, op });
}

const cellOf = (data: Pick<SheetData, 'sheet' | 'columns'>, i: Issue) => issueAt(data, i.row, i.field, i.messages).cell;

export const nameKey = (p: { nameEn: string; country: string }) => `${p.nameEn.toLowerCase()}|${p.country}`;
const agreementKey = (kind: string, title: string, partners: (number | string)[]) =>
  `${kind}|${title.trim().toLowerCase()}|${[...partners].map(String).sort().join(',')}`;

/** A partner's identity: its id, or the file row that will create it. */
const targetKey = (t: PartnerTarget) => ('existing' in t ? t.existing.id : (t.op.id ?? `row${t.op.row.row}`));

function planPartner(row: PartnerRow, input: PartnerCreate, existing: ExistingPartner | undefined): PartnerOp {
  if (!existing)
    return {
      row,
      action: 'create',
      id: null,
      columns: partnerColumns(input, input.owningUnitId ?? null),
      before: null,
    };
  const merged = keepUngiven(input, partnerInputOf(existing), row.given);
  const columns = partnerColumns(merged, merged.owningUnitId ?? null);
  const before = pick(existing, columns);
  return { row, action: same(columns, before) ? 'unchanged' : 'update', id: existing.id, columns, before };
}

function planAgreement(
  row: AgreementRow,
  input: AgreementFields,
  targets: PartnerTarget[],
  existing: ExistingAgreement | undefined,
  linked: number[],
  defaultUnitId: number | null,
): AgreementOp | { issues: Issue[] } {
  const fields = existing ? keepUngiven(input, agreementInputOf(existing), row.given) : input;
  const issues = existing ? recheckDates(row, fields) : activationIssues(row, fields);
  if (issues.length) return { issues };
  const names = targets.flatMap((t) =>
    'existing' in t ? [t.existing.name_en, t.existing.name_zh] : [t.op.columns.name_en, t.op.columns.name_zh],
  );
  const unitId = fields.owningUnitId ?? (existing ? null : defaultUnitId);
  const columns = agreementColumns(fields, unitId, names);
  const base = { row, id: existing?.id ?? null, columns, status: row.status, partners: targets, linked };
  if (!existing) return { ...base, action: 'create', before: null };
  const before = pick(existing, columns);
  const samePartners = targets.map(targetKey).map(String).sort().join() === linked.map(String).sort().join();
  return { ...base, action: same(columns, before) && samePartners ? 'unchanged' : 'update', before };
}

/** The merged record must still make sense: an end date from the file before a start date kept. */
function recheckDates(row: AgreementRow, fields: AgreementFields): Issue[] {
  const result = AgreementCreate.safeParse({ ...fields, partners: [{ partnerId: 1 }] });
  return zodIssues({ sheet: 'agreements', columns: new Map() }, row.row, result);
}

/** A signed agreement imported as active needs its dates, as the lifecycle would ask. */
function activationIssues(row: AgreementRow, f: AgreementFields): Issue[] {
  if (row.status !== 'active') return [];
  const missing = [...(f.startDate ? [] : ['startDate']), ...(f.endDate || f.openEnded ? [] : ['endDate'])];
  if (!missing.length) return [];
  const list = (l: Locale) => ({
    fields: missing.map((m) => translateField(l, m)).join(l === 'en' ? ', ' : '、'),
  });
  return [
    {
      sheet: 'agreements',
      row: row.row,
      field: missing[0] ?? null,
      cell: null,
      messages: messagesOf('validation.missing_for_activation', list),
    },
  ];
}

const translateField = (l: Locale, field: string) => messagesOf(`agreementFields.${field}`)[l];

function resolveTargets(
  row: AgreementRow,
  index: PartnerIndex,
  opOf: Map<PartnerRow, PartnerOp>,
  data: Pick<SheetData, 'sheet' | 'columns'>,
  issues: Issue[],
): PartnerTarget[] {
  const targets: PartnerTarget[] = [];
  const problem = (messages: Messages) => issues.push(issueAt(data, row.row, 'partners', messages));
  for (const ref of row.refs) {
    const found = findPartnerRef(index, ref);
    if ('problem' in found) {
      problem(found.problem);
      continue;
    }
    let target: PartnerTarget;
    if ('fileRow' in found) {
      const op = opOf.get(found.fileRow);
      if (!op) {
        problem(messagesOf('imports.rowErrors.partnerRowInvalid', () => ({ value: ref, row: found.fileRow.row })));
        continue;
      }
      target = { op };
    } else target = { existing: found.existing };
    if (!targets.some((t) => targetKey(t) === targetKey(target))) targets.push(target);
  }
  return targets;
}

type Key = { field: string; key: string | null | undefined };

/** Per sheet: which code, natural key or matched record an earlier row already took. */
function seenKeys() {
  const byKey = new Map<string, number>();
  const byRecord = new Map<number, number>();
  return {
    check(keys: Key[], recordId: number | undefined): { field: string; messages: Messages } | undefined {
      for (const { field, key } of keys) {
        const first = key ? byKey.get(`${field}:${key}`) : undefined;
        if (first !== undefined)
          return { field, messages: messagesOf('imports.rowErrors.duplicateRow', () => ({ row: first })) };
      }
      const first = recordId !== undefined ? byRecord.get(recordId) : undefined;
      if (first === undefined) return undefined;
      return {
        field: keys.at(-1)?.field ?? '',
        messages: messagesOf('imports.rowErrors.sameRecord', () => ({ row: first })),
      };
    },
    add(row: number, keys: Key[], recordId: number | undefined) {
      for (const { field, key } of keys) if (key && !byKey.has(`${field}:${key}`)) byKey.set(`${field}:${key}`, row);
      if (recordId !== undefined && !byRecord.has(recordId)) byRecord.set(recordId, row);
    },
  };
}
