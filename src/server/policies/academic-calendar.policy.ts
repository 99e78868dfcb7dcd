import { definePolicy } from './policy.js';

/**
 * The academic calendar (semester dates per year) is kept by system administrators. Every signed-in user
 * reads it (semesters are computed everywhere), so reading needs no rule here.
 */
export const academicCalendarPolicy = definePolicy<'update'>({
  resource: 'academic_terms',
  rules: { update: { admin: 'all' } },
});
