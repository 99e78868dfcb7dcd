import type { Db } from '#server/db/client.js';
import type { AcademicTerms, Semester } from '#shared/calendar.js';
import { findAcademicTerms } from './academic-term.repository.js';

let termsCache = new WeakMap<object, Promise<AcademicTerms>>();

/**
 * The academic calendar's overrides, read once per database handle (like the unit tree): they change a few
 * times a year and every semester computed on the server passes them to src/shared/calendar.ts. Whoever
 * writes academic_terms calls `invalidateAcademicTerms` (after the commit).
 */
export function loadAcademicTerms(db: Db): Promise<AcademicTerms> {
  let terms = termsCache.get(db);
  if (!terms) {
    terms = findAcademicTerms(db).then((rows) =>
      rows.map((r) => ({
        academicYear: r.academic_year,
        semester: r.semester as Semester,
        firstDay: r.first_day,
        lastDay: r.last_day,
        teachingStart: r.teaching_start,
        teachingEnd: r.teaching_end,
      })),
    );
    termsCache.set(db, terms);
    terms.catch(() => termsCache.delete(db));
  }
  return terms;
}

export function invalidateAcademicTerms() {
  termsCache = new WeakMap();
}
