import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/**
 * ADR 0030, issue 23 item 4: every audit row carries its summary as data (a catalog key and parameters),
 * rendered in the reader's language — never free English text. This scans what the demo seed writes.
 */
describe.each(DIALECTS)('audit summaries are data (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect);
  });
  afterAll(() => t.close());

  it('the demo seed writes no free-text summary', async () => {
    const free = await t.db.db
      .selectFrom('audit_log')
      .select([
        'entity_type',
        'action',
        (eb) => eb.fn.min('summary').as('example'),
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .where('summary', 'is not', null)
      .where('summary_key', 'is', null)
      .groupBy(['entity_type', 'action'])
      .execute();
    expect(free).toEqual([]);
  });
});
