import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { businessYear } from '#shared/calendar.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  AttendanceBody,
  CourseCreate,
  CourseUpdate,
  Enrolment,
  EnrolmentList,
  HoursQuery,
  HoursReport,
  MyEnrolmentList,
  SessionCreate,
  SessionUpdate,
  TrainingCourseList,
} from '#shared/schemas/training.js';
import { trainingCertificate } from './certificate.js';
import { exportHours, hoursReport } from './hours.report.js';
import * as service from './training.service.js';

const BASE = '/api/v1/training';
const yearNow = (req: FastifyRequest) => businessYear(req.server.deps.clock.now());

/** Staff training: the catalogue, sessions, enrolment, attendance, hours per person, certificates. */
export async function trainingRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['training'];
  const courses = { 200: TrainingCourseList };

  r.get(`${BASE}/courses`, { schema: { tags, response: courses } }, (req) => service.listCourses(ctx(req)));
  r.post(`${BASE}/courses`, { schema: { tags, body: CourseCreate, response: courses } }, (req) =>
    service.createCourse(ctx(req), req.body),
  );
  r.post(
    `${BASE}/courses/:id/sessions`,
    { schema: { tags, params: IdParams, body: SessionCreate, response: courses } },
    (req) => service.createSession(ctx(req), req.params.id, req.body),
  );
  r.put(`${BASE}/courses/:id`, { schema: { tags, params: IdParams, body: CourseUpdate, response: courses } }, (req) =>
    service.updateCourse(ctx(req), req.params.id, req.body),
  );
  r.put(`${BASE}/sessions/:id`, { schema: { tags, params: IdParams, body: SessionUpdate, response: courses } }, (req) =>
    service.updateSession(ctx(req), req.params.id, req.body),
  );
  r.post(`${BASE}/sessions/:id/enrol`, { schema: { tags, params: IdParams, response: courses } }, (req) =>
    service.enrol(ctx(req), req.params.id),
  );
  r.post(`${BASE}/sessions/:id/cancel`, { schema: { tags, params: IdParams, response: courses } }, (req) =>
    service.cancel(ctx(req), req.params.id),
  );
  r.get(
    `${BASE}/sessions/:id/enrolments`,
    { schema: { tags, params: IdParams, response: { 200: EnrolmentList } } },
    (req) => service.listEnrolments(ctx(req), req.params.id),
  );
  r.get(`${BASE}/enrolments/mine`, { schema: { tags, response: { 200: MyEnrolmentList } } }, (req) =>
    service.myEnrolments(ctx(req)),
  );
  r.post(
    `${BASE}/enrolments/:id/attendance`,
    { schema: { tags, params: IdParams, body: AttendanceBody, response: { 200: Enrolment } } },
    (req) => service.recordAttendance(ctx(req), req.params.id, req.body),
  );
  r.get(`${BASE}/enrolments/:id/certificate.pdf`, { schema: { tags, params: IdParams } }, async (req, reply) => {
    const pdf = await trainingCertificate(ctx(req), req.params.id);
    return sendDownload(reply, { ...pdf, contentType: 'application/pdf' }, { noStore: true });
  });
  r.get(`${BASE}/hours`, { schema: { tags, querystring: HoursQuery, response: { 200: HoursReport } } }, (req) =>
    hoursReport(ctx(req), req.query.year ?? yearNow(req)),
  );
  r.get(`${BASE}/hours.xlsx`, { schema: { tags, querystring: HoursQuery } }, (req, reply) =>
    exportHours(ctx(req), reply, req.query.year ?? yearNow(req)),
  );
}
