import { ROLES, type Role } from '#shared/roles';
import { compact, type KeysetSearch, keysetSearch, oneOf, positiveInt, type RawSearch, text } from '#web/lib/search';

export type UserSearch = KeysetSearch & { q?: string; role?: Role; unitId?: number; page?: number };

export function parseUserSearch(raw: RawSearch): UserSearch {
  return compact({
    q: text(raw, 'q'),
    role: oneOf(raw, 'role', ROLES),
    unitId: positiveInt(raw, 'unitId'),
    page: positiveInt(raw, 'page'),
    ...keysetSearch(raw),
  });
}
