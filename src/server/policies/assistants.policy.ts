import { definePolicy } from './policy.js';

/** An assistant (one student, one semester) as the policy sees it: the student's college and login. */
export type AssistantScope = { unit_id: number | null; user_id: number | null };

/**
 * The student-assistant corps (issue 18). OIA staff recruit, assign tasks, review hours and write the
 * staff feedback; a college coordinator reads their college's assistants; an assistant reads only
 * their own record, tasks and hours, logs their hours and writes their own feedback ('self'). Any
 * student may apply to a round open to their college.
 */
export const assistantPolicy = definePolicy<'read' | 'manage' | 'logHours' | 'apply', AssistantScope>({
  resource: 'assistants',
  unitOf: (a) => a.unit_id,
  ownerOf: (a) => a.user_id,
  rules: {
    read: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      college_coordinator: 'unit',
      student_assistant: 'self',
      student: 'self',
    },
    manage: { admin: 'all', oia_staff: 'all' },
    logHours: { student_assistant: 'self', student: 'self' },
    apply: { student_assistant: 'self', student: 'self' },
  },
});
