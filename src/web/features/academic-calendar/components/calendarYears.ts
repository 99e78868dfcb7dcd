import { type Semester, semesterRange, termDates } from '#shared/calendar';
import type { AcademicTermDetail } from '#shared/schemas/academic-calendar';

/** One semester as the page shows it: the stored row, or the default dates when there is none. */
export type SemesterView = {
  semester: Semester;
  stored: AcademicTermDetail | null;
  firstDay: string;
  lastDay: string;
  teachingStart: string;
  teachingEnd: string;
};
export type YearView = { academicYear: number; semesters: [SemesterView, SemesterView] };

function semesterView(academicYear: number, semester: Semester, stored: AcademicTermDetail | null): SemesterView {
  const [firstDay, lastDay] = semesterRange(academicYear, semester, stored ? [stored] : []);
  const teaching = termDates(academicYear, semester === 1 ? 'fall' : 'spring', stored ? [stored] : []);
  return { semester, stored, firstDay, lastDay, teachingStart: teaching.start, teachingEnd: teaching.end };
}

/** The years with a stored semester, plus those the user is adding, newest first, each with both semesters. */
export function calendarYears(terms: AcademicTermDetail[], added: number[]): YearView[] {
  const years = [...new Set([...terms.map((t) => t.academicYear), ...added])].sort((a, b) => b - a);
  const find = (y: number, s: Semester) => terms.find((t) => t.academicYear === y && t.semester === s) ?? null;
  return years.map((y) => ({
    academicYear: y,
    semesters: [semesterView(y, 1, find(y, 1)), semesterView(y, 2, find(y, 2))],
  }));
}
