import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { pagesOf, streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
import { authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import { type BuilderField, fieldOf } from '#shared/report-builder.js';
import type { BuilderResult, BuilderRunBody } from '#shared/schemas/report-builder.js';
import { labeller } from './builder.labels.js';
import {
  columnsOf,
  countAll,
  type GroupRow,
  groupCounts,
  MAX_GROUPS,
  rowsPage,
  type Scope,
  sumFields,
} from './builder.query.js';

async function scopeFor(ctx: Ctx): Promise<Scope> {
  const tree = ctx.units;
  authorizeAny(reportingPolicy, ctx.actor, 'buildReports', tree);
  return { db: ctx.db, today: universityToday(ctx.now), locale: ctx.locale, tree };
}

const fieldsOf = (d: BuilderRunBody, keys: string[]) => keys.map((k) => fieldOf(d.entity, k) as BuilderField);

/** Counts per group, the total and one page of rows, labelled in the user's language. */
export async function runReport(ctx: Ctx, d: BuilderRunBody): Promise<BuilderResult> {
  const s = await scopeFor(ctx);
  const l = await labeller(ctx.db, ctx.locale);
  const columns = fieldsOf(d, columnsOf(d));
  const groupFields = fieldsOf(d, d.groupBy);
  const [total, groups, rows] = await Promise.all([
    countAll(s, d),
    groupCounts(s, d),
    rowsPage(s, d, d.pageSize, (d.page - 1) * d.pageSize),
  ]);
  return {
    total,
    sums: sumFields(d).map((x) => ({ key: x.key, label: l.header(x) })),
    groups: groups.slice(0, MAX_GROUPS).map((g) => ({
      keys: g.keys.map((v, i) => ({
        value: v === null ? null : typeof v === 'number' ? v : String(v),
        label: l.group(groupFields[i] as BuilderField, v),
      })),
      count: g.count,
      sums: g.sums,
    })),
    groupsTruncated: groups.length > MAX_GROUPS,
    columns: columns.map((c) => ({ key: c.key, label: l.header(c) })),
    rows: {
      items: rows.map((r) => ({
        id: Number(r.id),
        ...Object.fromEntries(columns.map((c) => [c.key, l.cell(c, r[c.key])])),
      })),
      page: d.page,
      pageSize: d.pageSize,
    },
  };
}

/** The rows (every page, streamed) or the counts per group as xlsx, headers and labels in the user's language. */
export async function exportReport(ctx: Ctx, reply: FastifyReply, d: BuilderRunBody) {
  const s = await scopeFor(ctx);
  const l = await labeller(ctx.db, ctx.locale);
  const name = `${l.t('reportBuilder.file')}-${l.t(`reportBuilder.entities.${d.entity}`)}-${s.today}.xlsx`;
  if (d.part === 'groups') {
    const groupFields = fieldsOf(d, d.groupBy);
    const sums = sumFields(d);
    const columns: XlsxColumn<GroupRow>[] = [
      ...groupFields.map((g, i) => ({ header: l.header(g), value: (r: GroupRow) => l.group(g, r.keys[i]), width: 24 })),
      { header: l.t('reportBuilder.count'), value: (r) => r.count, width: 10 },
      ...sums.map((x) => ({ header: l.header(x), value: (r: GroupRow) => r.sums[x.key] ?? 0, width: 14 })),
    ];
    const groups = (await groupCounts(s, d)).slice(0, MAX_GROUPS);
    return streamXlsx(reply, {
      fileName: name,
      sheetName: l.t('reportBuilder.groupsSheet'),
      columns,
      pages: (async function* () {
        yield groups;
      })(),
    });
  }
  const fields = fieldsOf(d, columnsOf(d));
  const columns: XlsxColumn<Record<string, unknown>>[] = fields.map((c) => ({
    header: l.header(c),
    value: (r) => l.cell(c, r[c.key]),
    width: c.type === 'text' ? 30 : 16,
  }));
  return streamXlsx(reply, {
    fileName: name,
    sheetName: l.t('reportBuilder.rowsSheet'),
    columns,
    pages: pagesOf((limit, offset) => rowsPage(s, d, limit, offset)),
  });
}
