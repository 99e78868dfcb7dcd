import { definePolicy } from './policy.js';

/** Accounts, their roles and units are managed by system administrators only. */
export const userPolicy = definePolicy<'read' | 'create' | 'update'>({
  resource: 'users',
  rules: {
    read: { admin: 'all' },
    create: { admin: 'all' },
    update: { admin: 'all' },
  },
});
