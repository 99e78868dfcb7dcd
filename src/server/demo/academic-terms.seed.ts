import type { Db } from '#server/db/client.js';
import { invalidateAcademicTerms } from '#server/modules/academic-calendar/academic-terms.loader.js';
import { academicYearAt, type Semester, semesterRange, termDates } from '#shared/calendar.js';

/**
 * The academic calendar for the demo years (the last three academic years, this one and the next), with
 * the default dates written out — so the calendar page has rows to edit and the demo figures, computed
 * with these rows, stay those of the defaults. Teaching runs 1 September – 31 January and 1 February – 30 June.
 */
export async function seedAcademicTerms(trx: Db, now: string): Promise<void> {
  const year = academicYearAt(new Date(now));
  const rows = [year - 3, year - 2, year - 1, year, year + 1].flatMap((academicYear) =>
    ([1, 2] as Semester[]).map((semester) => {
      const [firstDay, lastDay] = semesterRange(academicYear, semester);
      const teaching = termDates(academicYear, semester === 1 ? 'fall' : 'spring');
      return {
        academic_year: academicYear,
        semester,
        first_day: firstDay,
        last_day: lastDay,
        teaching_start: teaching.start,
        teaching_end: teaching.end,
        created_at: now,
        updated_at: now,
      };
    }),
  );
  await trx.insertInto('academic_terms').values(rows).execute();
  invalidateAcademicTerms();
}
