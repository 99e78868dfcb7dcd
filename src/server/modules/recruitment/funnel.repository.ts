import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { FunnelGroup } from '#shared/recruitment.js';

type YearRange = { fromYear: number; toYear: number; groupBy: FunnelGroup };

/** Mobilities that mean the person came: inbound, not called off. */
const CALLED_OFF = ['cancelled', 'withdrawn'];

/**
 * Leads per academic year and country (or channel), and how many of them enrolled: a lead whose e-mail
 * (compared in lower case) is a person's with an inbound mobility that was not called off.
 */
export function countLeads(db: Db, q: YearRange) {
  const key = q.groupBy === 'country' ? 'l.country' : 'l.channel';
  return db
    .selectFrom('recruitment_leads as l')
    .select(['l.academic_year', `${key} as key`, (eb) => eb.fn.countAll<number>().as('leads')])
    .select((eb) =>
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.exists(
                eb
                  .selectFrom('people as p')
                  .innerJoin('mobilities as m', 'm.person_id', 'p.id')
                  .select('m.id')
                  .where(sql<boolean>`lower(p.email) = l.email_key`)
                  .where('m.direction', '=', 'inbound')
                  .where('m.status', 'not in', CALLED_OFF),
              ),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('enrolled'),
    )
    .where('l.academic_year', '>=', q.fromYear)
    .where('l.academic_year', '<=', q.toYear)
    .groupBy(['l.academic_year', key])
    .execute();
}
