import { z } from 'zod';
import { ENROLMENT_STATUSES, TRAINING_MODES } from '#shared/enquiries.js';
import { INT_MAX, Timestamp, Version } from './common.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const TrainingSession = z.object({
  id: z.number().int(),
  courseId: z.number().int(),
  startsOn: z.string(),
  startTime: z.string().nullable(),
  location: z.string(),
  capacity: z.number().int().nullable(),
  enrolled: z.number().int(),
  version: Version,
  /** The signed-in user's enrolment in this session, if any. */
  mine: z.object({ id: z.number().int(), status: z.enum(ENROLMENT_STATUSES) }).nullable(),
});
export type TrainingSession = z.infer<typeof TrainingSession>;

export const TrainingCourse = z.object({
  id: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  mode: z.enum(TRAINING_MODES),
  hours: z.number(),
  unitId: z.number().int().nullable(),
  sessions: z.array(TrainingSession),
  version: Version,
});
export type TrainingCourse = z.infer<typeof TrainingCourse>;
export const TrainingCourseList = z.object({ items: z.array(TrainingCourse) });
export type TrainingCourseList = z.infer<typeof TrainingCourseList>;

export const CourseCreate = z
  .object({
    titleZh: text(200),
    titleEn: text(200),
    descriptionZh: z.string().trim().max(5000),
    descriptionEn: z.string().trim().max(5000),
    mode: z.enum(TRAINING_MODES),
    hours: z.number().positive().max(200),
    unitId: z.number().int().positive().max(INT_MAX).nullable(),
  })
  .strict();
export type CourseCreate = z.infer<typeof CourseCreate>;

export const SessionCreate = z
  .object({
    startsOn: z.iso.date(),
    startTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    location: text(200),
    capacity: z.number().int().positive().max(10_000).nullable(),
  })
  .strict();
export type SessionCreate = z.infer<typeof SessionCreate>;

/** Edits carry the version they were made on (a stale one answers 409). */
export const CourseUpdate = CourseCreate.extend({ version: Version }).strict();
export type CourseUpdate = z.infer<typeof CourseUpdate>;
export const SessionUpdate = SessionCreate.extend({ version: Version }).strict();
export type SessionUpdate = z.infer<typeof SessionUpdate>;

export const Enrolment = z.object({
  id: z.number().int(),
  sessionId: z.number().int(),
  userId: z.number().int(),
  userName: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  hours: z.number().nullable(),
  version: Version,
  updatedAt: Timestamp,
});
export type Enrolment = z.infer<typeof Enrolment>;
export const EnrolmentList = z.object({ items: z.array(Enrolment) });
export type EnrolmentList = z.infer<typeof EnrolmentList>;

/** My enrolments, with what the certificate needs to be offered. */
export const MyEnrolment = Enrolment.extend({
  courseTitleZh: z.string(),
  courseTitleEn: z.string(),
  startsOn: z.string(),
});
export const MyEnrolmentList = z.object({ items: z.array(MyEnrolment) });
export type MyEnrolmentList = z.infer<typeof MyEnrolmentList>;

/** POST /training/enrolments/:id/attendance: attended (hours default to the course's) or absent. */
export const AttendanceBody = z
  .object({
    status: z.enum(['attended', 'absent']),
    hours: z.number().min(0).max(200).nullable(),
    version: Version,
  })
  .strict();
export type AttendanceBody = z.infer<typeof AttendanceBody>;

/** The calendar year of the report (by default the current one in Taipei). */
export const HoursQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
/** Hours per person in a calendar year: attended sessions only. */
export const HoursReport = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({ userId: z.number().int(), name: z.string(), sessions: z.number().int(), hours: z.number() }),
  ),
});
export type HoursReport = z.infer<typeof HoursReport>;
