import { definePolicy } from './policy.js';

/**
 * Searching the whole audit log is for administrators and the executive viewers (read-only oversight).
 * A record's own history is shown to whoever may read that record (checked by its module).
 */
export const auditPolicy = definePolicy<'search'>({
  resource: 'audit',
  rules: { search: { admin: 'all', executive: 'all' } },
});
