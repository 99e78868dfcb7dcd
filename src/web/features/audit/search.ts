import { AUDIT_ACTIONS, type AuditAction, ENTITY_TYPES } from '#web/lib/enums';
import { compact, type KeysetSearch, keysetSearch, oneOf, positiveInt, type RawSearch, text } from '#web/lib/search';

export type AuditSearch = KeysetSearch & {
  entityType?: (typeof ENTITY_TYPES)[number];
  entityId?: number;
  actorId?: number;
  action?: AuditAction;
  q?: string;
  from?: string;
  to?: string;
  page?: number;
};

const date = (raw: RawSearch, key: string) => {
  const v = text(raw, key, 10);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
};

export function parseAuditSearch(raw: RawSearch): AuditSearch {
  return compact({
    entityType: oneOf(raw, 'entityType', ENTITY_TYPES),
    entityId: positiveInt(raw, 'entityId'),
    actorId: positiveInt(raw, 'actorId'),
    action: oneOf(raw, 'action', AUDIT_ACTIONS),
    q: text(raw, 'q'),
    from: date(raw, 'from'),
    to: date(raw, 'to'),
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}
