import { randomUUID } from 'node:crypto';
import type { Db } from '#server/db/client.js';
import type { AuditInput } from '#server/lib/audit.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { agreementPolicy } from '#server/policies/agreements.policy.js';
import { callPolicy } from '#server/policies/calls.policy.js';
import { mobilityPolicy } from '#server/policies/mobility.policy.js';
import { peoplePolicy } from '#server/policies/people.policy.js';
import { type Actor, can } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import type { WebhookEvent } from '#shared/integrations.js';
import type { Role } from '#shared/roles.js';
import type { UnitTree } from '../units/unit-tree.js';
import * as repo from './webhook.repository.js';

/**
 * Webhook events are derived from the audit entries the changes already write, inside the same
 * transaction (lib/audit.ts calls `enqueueWebhookEvents`): a delivery exists exactly when its change does.
 */
type Occurrence = { kind: WebhookEvent; entityId: number };

const statusOf = (v: unknown) =>
  v && typeof v === 'object' && 'status' in v ? String((v as { status: unknown }).status) : undefined;

export function eventOf(e: AuditInput): Occurrence | null {
  if (e.entityId === null) return null;
  const at = (kind: WebhookEvent) => ({ kind, entityId: e.entityId as number });
  switch (e.entityType) {
    case 'agreement':
      return e.action === 'transition' ? at('agreement.status_changed') : null;
    case 'mobility':
      if (e.action === 'create') return at('mobility.created');
      return ['update', 'transition', 'archive', 'restore'].includes(e.action) ? at('mobility.changed') : null;
    case 'application': {
      const to = statusOf(e.after);
      return e.action === 'transition' && (to === 'submitted' || to === 'ineligible') && statusOf(e.before) === 'draft'
        ? at('application.submitted')
        : null;
    }
    case 'submission':
      return e.action === 'transition' && statusOf(e.after) === 'approved' ? at('submission.approved') : null;
    default:
      return null;
  }
}

type Data = Record<string, string | number | boolean | null>;
/**
 * What a subscriber with this actor may be told about the record: null when its scope cannot read the
 * record at all (no delivery), otherwise ids and non-personal fields — a person's id only when its scope
 * may read that person. Nothing here is a name, a contact or a document.
 */
type Describe = (db: Db, id: number, actor: Actor, tree: UnitTree) => Promise<Data | null>;

const personIdIf = (actor: Actor, tree: UnitTree, p: { unit_id: number | null; user_id: number | null }, id: number) =>
  can(peoplePolicy, actor, 'read', p, tree) ? id : null;

const DESCRIBE: Record<WebhookEvent, Describe> = {
  'agreement.status_changed': async (db, id, actor, tree) => {
    const a = await repo.agreementFacts(db, id);
    if (!a || !can(agreementPolicy, actor, 'read', a, tree)) return null;
    return { agreementId: a.id, agreementKind: a.kind, status: a.status, owningUnitId: a.owning_unit_id };
  },
  'mobility.created': (db, id, actor, tree) => describeMobility(db, id, actor, tree),
  'mobility.changed': (db, id, actor, tree) => describeMobility(db, id, actor, tree),
  'application.submitted': async (db, id, actor, tree) => {
    const a = await repo.applicationFacts(db, id);
    if (!a || !can(callPolicy, actor, 'readApplications', a, tree)) return null;
    return {
      applicationId: a.id,
      callId: a.call_id,
      status: a.status,
      personId: personIdIf(actor, tree, a, a.person_id),
    };
  },
  'submission.approved': async (db, id, actor, tree) => {
    const s = await repo.submissionFacts(db, id);
    if (!s || !can(reportingPolicy, actor, 'readSubmissions', s, tree)) return null;
    return { submissionId: s.id, periodId: s.period_id, unitId: s.unit_id, status: s.status };
  },
};

async function describeMobility(db: Db, id: number, actor: Actor, tree: UnitTree): Promise<Data | null> {
  const m = await repo.mobilityFacts(db, id);
  if (!m || !can(mobilityPolicy, actor, 'read', m, tree)) return null;
  const person = { unit_id: m.person_unit_id, user_id: m.user_id };
  return {
    mobilityId: m.id,
    direction: m.direction,
    mobilityKind: m.kind,
    status: m.status,
    unitId: m.unit_id,
    partnerId: m.partner_id,
    startDate: m.start_date,
    endDate: m.end_date,
    personId: personIdIf(actor, tree, person, m.person_id),
  };
}

/** The actor a subscription reads as: its one role in its unit, nobody's own records (id 0). */
export const subscriptionActor = (s: { role: string; unit_id: number }): Actor => ({
  id: 0,
  roles: [{ role: s.role as Role, unitId: s.unit_id }],
});

/** Called by the audit writer with the entries of one change; queues a delivery per subscriber that may know. */
export async function enqueueWebhookEvents(trx: Db, entries: AuditInput[]): Promise<void> {
  const occurrences = entries.flatMap((e) => {
    const o = eventOf(e);
    return o ? [{ ...o, at: e.at }] : [];
  });
  if (!occurrences.length) return;
  const subscriptions = (await repo.findActiveSubscriptions(trx)).map((s) => ({
    ...s,
    kinds: new Set(JSON.parse(s.events) as string[]),
  }));
  if (!subscriptions.some((s) => occurrences.some((o) => s.kinds.has(o.kind)))) return;
  const tree = await loadUnitTree(trx);
  const rows: repo.NewDelivery[] = [];
  for (const o of occurrences) {
    const eventId = randomUUID();
    for (const s of subscriptions.filter((x) => x.kinds.has(o.kind))) {
      const data = await DESCRIBE[o.kind](trx, o.entityId, subscriptionActor(s), tree);
      if (!data) continue;
      const payload = JSON.stringify({ id: eventId, kind: o.kind, occurredAt: o.at, data });
      rows.push({ subscriptionId: s.id, eventId, eventKind: o.kind, payload });
    }
  }
  await repo.insertDeliveries(trx, rows, occurrences[0]?.at ?? new Date().toISOString());
}
