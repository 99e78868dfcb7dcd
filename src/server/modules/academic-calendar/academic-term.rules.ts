import { type AcademicTerm, addDays, semesterRange, toRocYear } from '#shared/calendar.js';

/**
 * What may be set for a semester, shared by the service and its tests. A semester stays near its academic
 * year — from a month before 1 August to a month after 31 July — its days are in order, its teaching dates
 * lie inside it, and no two semesters (the year's other one, or a neighbouring year's) share a day.
 */
export type TermProblem = { path: string; key: string; params?: Record<string, unknown> };

/** The widest span a semester of an academic year may take: 1 July of its first year – 31 August of the next. */
export function termBounds(academicYear: number): [string, string] {
  return [addDays(semesterRange(academicYear, 1)[0], -31), addDays(semesterRange(academicYear, 2)[1], 31)];
}

export function termProblems(term: AcademicTerm, others: readonly AcademicTerm[]): TermProblem[] {
  const problems: TermProblem[] = [];
  const [from, to] = termBounds(term.academicYear);
  const dates = ['firstDay', 'lastDay', 'teachingStart', 'teachingEnd'] as const;
  for (const path of dates) {
    const date = term[path];
    if (date !== null && (date < from || date > to)) problems.push({ path, key: 'term_bounds', params: { from, to } });
  }
  if (problems.length > 0) return problems;
  if (term.lastDay < term.firstDay) problems.push({ path: 'lastDay', key: 'term_dates_order' });
  const inside = (d: string) => term.firstDay <= d && d <= term.lastDay;
  if (term.teachingStart && !inside(term.teachingStart))
    problems.push({ path: 'teachingStart', key: 'term_teaching_inside' });
  if (term.teachingEnd && !inside(term.teachingEnd))
    problems.push({ path: 'teachingEnd', key: 'term_teaching_inside' });
  if (term.teachingStart && term.teachingEnd && term.teachingEnd < term.teachingStart) {
    problems.push({ path: 'teachingEnd', key: 'term_dates_order' });
  }
  if (problems.length > 0) return problems;
  if (others.some((o) => o.academicYear === term.academicYear && o.semester === term.semester)) {
    return [{ path: 'semester', key: 'term_duplicate' }];
  }
  for (const other of others) {
    const params = { roc: toRocYear(other.academicYear), semester: other.semester };
    if (term.firstDay <= other.lastDay && other.firstDay <= term.lastDay) {
      problems.push({ path: 'firstDay', key: 'term_overlap', params });
    } else if (
      other.academicYear === term.academicYear &&
      other.semester < term.semester !== other.lastDay < term.firstDay
    ) {
      problems.push({ path: 'firstDay', key: 'term_sequence', params });
    }
  }
  return problems;
}
