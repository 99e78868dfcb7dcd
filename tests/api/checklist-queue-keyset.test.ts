import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#shared/calendar.js';
import { DIALECTS } from '#tests/setup/app.js';
import { expectWalksAgree, ORDERS, type Page } from '#tests/setup/keyset-walk.js';
import { type ChecklistWorld, checklistOf, checklistWorld } from './checklist-fixtures.js';

// The office's document queue by cursor (ADR 0035): under review first, then by expiry (none last), then id.
// Statuses and expiry dates are tied on purpose, since a cursor that lost a key would skip or repeat rows there.

const RANK: Record<string, number> = { under_review: 0, rejected: 1, pending: 2 };
type Row = { id: number; status: string; expiresOn: string | null };

/** The documented order, in plain code: what the SQL must give. */
function expectedOrder(rows: Row[], order: 'asc' | 'desc'): number[] {
  const dir = order === 'asc' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const rank = (RANK[a.status] ?? 3) - (RANK[b.status] ?? 3);
      if (rank) return rank;
      if ((a.expiresOn === null) !== (b.expiresOn === null)) return a.expiresOn === null ? 1 : -1;
      if (a.expiresOn !== b.expiresOn) return (a.expiresOn as string) < (b.expiresOn as string) ? -dir : dir;
      return (a.id - b.id) * dir;
    })
    .map((r) => r.id);
}

describe.each(DIALECTS)('checklist queue by cursor (%s)', (dialect) => {
  let w: ChecklistWorld;
  beforeAll(async () => {
    w = await checklistWorld(dialect);
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) {
      const s = await w.inbound();
      ids.push(...(await checklistOf(w.as.oiaIss, s.mobilityId)).items.map((item: { id: number }) => item.id));
    }
    const soon = addDays(w.today(), 30);
    // Every third item under review, every fifth rejected; half of them expiring on the same day.
    for (const [n, id] of ids.entries()) {
      const status = n % 3 === 0 ? 'under_review' : n % 5 === 0 ? 'rejected' : 'pending';
      await w.db
        .updateTable('mobility_documents')
        .set({ status, expires_on: n % 2 ? soon : null })
        .where('id', '=', id)
        .execute();
    }
  });
  afterAll(() => w.t.close());

  it('walks every row once, in the documented order, both ways and filtered', async () => {
    for (const order of ORDERS) {
      await expectWalksAgree(w.as.oiaIss, `/api/v1/checklist?order=${order}`);
      await expectWalksAgree(w.as.oiaIss, `/api/v1/checklist?order=${order}&status=pending`);
      const all: Page & { items: Row[] } = (
        await w.as.oiaIss.get(`/api/v1/checklist?order=${order}&pageSize=200`)
      ).json();
      expect(all.totalExact).toBe(true);
      expect(all.items.map((r) => r.id)).toEqual(expectedOrder(all.items, order));
    }
    const first: Page = (await w.as.oiaIss.get('/api/v1/checklist?pageSize=1')).json();
    expect(first.nextCursor).not.toBeNull();
    const bad = await w.as.oiaIss.get('/api/v1/checklist?cursor=not-ours');
    expect(bad.statusCode).toBe(400);
  });
});
