import { z } from 'zod';
import { emptyAsNull, Timestamp, Version } from './common.js';

/** One semester's dates as the administrator set them (the academic calendar, issue 14.7). */
export const AcademicTermDetail = z.object({
  id: z.number().int(),
  /** The academic year by the calendar year it starts in (2026 = 115 學年度). */
  academicYear: z.number().int(),
  semester: z.union([z.literal(1), z.literal(2)]),
  firstDay: z.string(),
  lastDay: z.string(),
  teachingStart: z.string().nullable(),
  teachingEnd: z.string().nullable(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AcademicTermDetail = z.infer<typeof AcademicTermDetail>;
export const AcademicTermList = z.object({ items: z.array(AcademicTermDetail) });
export type AcademicTermList = z.infer<typeof AcademicTermList>;

const IsoDate = z.iso.date();

/** Field shapes only; the order of the dates and their bounds are checked by the service (field errors). */
const termFields = {
  academicYear: z.number().int().min(1950).max(2200),
  semester: z.union([z.literal(1), z.literal(2)]),
  firstDay: IsoDate,
  lastDay: IsoDate,
  teachingStart: emptyAsNull(IsoDate),
  teachingEnd: emptyAsNull(IsoDate),
};

export const AcademicTermCreate = z.object(termFields).strict();
export type AcademicTermCreate = z.infer<typeof AcademicTermCreate>;
export const AcademicTermUpdate = z.object({ ...termFields, version: Version }).strict();
export type AcademicTermUpdate = z.infer<typeof AcademicTermUpdate>;
export const AcademicTermDeleteQuery = z.object({ version: z.coerce.number().int().positive() });
