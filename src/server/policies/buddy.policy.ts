import { definePolicy } from './policy.js';

/** A buddy profile or pair as the policy sees it: the college of the person and their login. */
export type BuddyScope = { unit_id: number | null; user_id: number | null };

/**
 * The buddy program (issue 18). OIA staff run the rounds, propose, adjust and publish pairs; a college
 * coordinator reads the profiles and pairs of their college's students; a student (local volunteer or
 * international student) fills their own profile and, once published, sees their own pairs and logs
 * contact, meetings and feedback ('self').
 */
export const buddyPolicy = definePolicy<'read' | 'manage' | 'participate', BuddyScope>({
  resource: 'buddy',
  unitOf: (b) => b.unit_id,
  ownerOf: (b) => b.user_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', executive: 'all', college_coordinator: 'unit' },
    manage: { admin: 'all', oia_staff: 'all' },
    participate: { student_assistant: 'self', student: 'self' },
  },
});
