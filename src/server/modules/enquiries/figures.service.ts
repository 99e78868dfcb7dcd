import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { enquiryPolicy } from '#server/policies/enquiries.policy.js';
import { authorizeAny, unitScope } from '#server/policies/policy.js';
import { addDays, businessDate } from '#shared/calendar.js';
import type { EnquiryFigures, FiguresQuery } from '#shared/schemas/enquiries.js';
import { findForFigures } from './enquiry.repository.js';
import { slaState, workingDaysTaken } from './sla.js';

/** The instant a Taipei business date starts. */
const startOf = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The desk's figures for the enquiries received in a period (dates in Taipei, both ends counted), over
 * the divisions the reader may see: volume by category, time to first reply in working days, service
 * levels met or breached (those still within their time count as neither), and the ratings.
 */
export async function enquiryFigures(ctx: Ctx, query: FiguresQuery): Promise<EnquiryFigures> {
  authorizeAny(enquiryPolicy, ctx.actor, 'figures', ctx.units);
  const today = businessDate(new Date(ctx.now));
  const q = { from: query.from ?? `${today.slice(0, 4)}-01-01`, to: query.to ?? today };
  if (q.to < q.from) throw AppError.field('to', 'end_before_start');
  const rows = await findForFigures(
    ctx.db,
    unitScope(enquiryPolicy, ctx.actor, 'figures', ctx.units),
    startOf(q.from),
    startOf(addDays(q.to, 1)),
  );
  const byCategory = new Map<string, number>();
  const count = { firstMet: 0, firstBreached: 0, resMet: 0, resBreached: 0 };
  const taken: number[] = [];
  const ratings: number[] = [];
  for (const r of rows) {
    byCategory.set(r.category_code, (byCategory.get(r.category_code) ?? 0) + 1);
    const first = slaState(r.first_response_due, r.first_response_at, today);
    const resolution = slaState(r.resolution_due, r.resolved_at, today);
    if (first === 'met') count.firstMet++;
    if (first === 'breached') count.firstBreached++;
    if (resolution === 'met') count.resMet++;
    if (resolution === 'breached') count.resBreached++;
    if (r.first_response_at) taken.push(workingDaysTaken(r.received_at, r.first_response_at));
    if (r.rating !== null) ratings.push(r.rating);
  }
  return {
    from: q.from,
    to: q.to,
    volume: rows.length,
    byCategory: [...byCategory].map(([code, n]) => ({ code, count: n })).sort((a, b) => b.count - a.count),
    answered: taken.length,
    medianFirstResponseDays: median(taken),
    firstResponseMet: count.firstMet,
    firstResponseBreached: count.firstBreached,
    resolutionMet: count.resMet,
    resolutionBreached: count.resBreached,
    ratings: ratings.length,
    averageRating: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null,
  };
}
