import { definePolicy } from './policy.js';

/**
 * Funding programs, their yearly grants and the awards to mobilities: kept by OIA staff, read by
 * executives and related units (R&D, Academic Affairs) and college coordinators.
 */
export const fundingPolicy = definePolicy<'read' | 'manage' | 'award'>({
  resource: 'funding',
  rules: {
    read: { admin: 'all', oia_staff: 'all', executive: 'all', unit_staff: 'all', college_coordinator: 'all' },
    manage: { admin: 'all', oia_staff: 'all' },
    award: { admin: 'all', oia_staff: 'all' },
  },
});
