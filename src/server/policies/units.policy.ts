import { definePolicy } from './policy.js';

/**
 * The organisation (units: university, colleges, departments, programs, offices, centers) is kept by
 * system administrators only. Every signed-in user reads the unit list as reference data.
 */
export const unitPolicy = definePolicy<'read' | 'create' | 'update' | 'deactivate' | 'delete' | 'import' | 'export'>({
  resource: 'units',
  rules: {
    read: { admin: 'all' },
    create: { admin: 'all' },
    update: { admin: 'all' },
    deactivate: { admin: 'all' },
    delete: { admin: 'all' },
    import: { admin: 'all' },
    export: { admin: 'all' },
  },
});
