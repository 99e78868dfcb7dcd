import { expect } from 'vitest';
import { multipart, PDF } from '#tests/api/calls-fixtures.js';
import type { TestApp } from '#tests/setup/app.js';

/** Shared by the admissions API tests: a round's and a program's bodies, and an applicant signed in by code. */
export const BASE = '/api/v1/admissions';
export const PUB = '/api/v1/public/admissions';
export type Field = { path: string; message: string };
export const fieldsOf = (res: { json: () => any }): Field[] => res.json().error?.fields ?? [];

const hour = 3_600_000;
export const HOUR = hour;

export const roundBody = (o: Record<string, unknown> = {}) => ({
  kind: 'degree',
  academicYear: 2027,
  semester: 1,
  nameZh: '116學年度秋季國際學位生招生',
  nameEn: 'International degree admissions, fall 2027',
  opensAt: new Date(Date.now() - hour).toISOString(),
  closesAt: new Date(Date.now() + 30 * 24 * hour).toISOString(),
  decisionsBy: null,
  feeNtd: 1600,
  documents: [
    { code: 'passport', labelZh: '護照影本', labelEn: 'Passport copy', required: true },
    { code: 'transcript', labelZh: '成績單', labelEn: 'Transcript', required: true },
    { code: 'cv', labelZh: '履歷', labelEn: 'CV', required: false },
  ],
  criteria: [
    { code: 'academic', labelZh: '學業成績', labelEn: 'Academic record', weight: 60, max: 100 },
    { code: 'plan', labelZh: '讀書計畫', labelEn: 'Study plan', weight: 40, max: 50 },
  ],
  notesZh: null,
  notesEn: null,
  ...o,
});

export const programBody = (unitId: number, reviewerIds: number[], o: Record<string, unknown> = {}) => ({
  unitId,
  degreeLevel: 'master',
  nameZh: '資訊工程碩士班',
  nameEn: 'Master in Computer Science',
  places: 1,
  languageFramework: 'CEFR',
  languageLevel: 'B2',
  minGpa: 3,
  requirementsZh: null,
  requirementsEn: null,
  reviewerIds,
  ...o,
});

/** A complete form (the program's requirements met) for `programId`, at `version`. */
export const completeForm = (programId: number, version: number, o: Record<string, unknown> = {}) => ({
  programId,
  givenName: 'Amara',
  familyName: 'Okafor',
  nameZh: null,
  nationality: 'ng',
  identity: 'foreign',
  birthDate: '2001-04-02',
  gender: 'female',
  phone: null,
  previousSchool: 'University of Lagos',
  gpa: 3.6,
  languageFramework: 'CEFR',
  languageLevel: 'C1',
  statement: 'Machine learning for agriculture.',
  channel: 'fair',
  version,
  ...o,
});

/** Signs an applicant in through the mailed code, as the portal does. */
export async function signInApplicant(t: TestApp, email: string, locale = 'en') {
  const asked = await t.anon.post(`${PUB}/code`, { email, locale });
  expect(asked.statusCode).toBe(200);
  const mail = await t.db.db
    .selectFrom('mail_outbox')
    .select(['body_text', 'subject'])
    .where('to_address', '=', email.toLowerCase())
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const code = /(\d{6})/.exec(mail.body_text)?.[1] as string;
  const res = await t.anon.post(`${PUB}/session`, { email, code });
  expect(res.statusCode).toBe(200);
  const headers = { 'x-applicant-token': res.json().token as string };
  return {
    get: (url: string) => t.anon.get(url, { headers }),
    post: (url: string, body?: Record<string, unknown>, opts: { locale?: string } = {}) =>
      t.anon.post(url, body, { headers, ...opts }),
    put: (url: string, body: Record<string, unknown>) => t.anon.put(url, body, { headers }),
    upload: (url: string, code: string) => {
      const body = multipart(code, { name: `${code}.pdf`, data: PDF });
      return t.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': body.contentType },
        payload: body.payload,
      });
    },
  };
}
export type ApplicantClient = Awaited<ReturnType<typeof signInApplicant>>;

/** An applicant with a complete, submitted application to `programId`; answers the application. */
export async function submittedApplication(t: TestApp, email: string, roundId: number, programId: number) {
  const who = await signInApplicant(t, email);
  const started = await who.post(`${PUB}/applications`, { roundId, programId });
  expect(started.statusCode).toBe(201);
  const id = started.json().id as number;
  const saved = await who.put(`${PUB}/applications/${id}`, completeForm(programId, started.json().version));
  expect(saved.statusCode).toBe(200);
  await who.upload(`${PUB}/applications/${id}/documents`, 'passport');
  const last = await who.upload(`${PUB}/applications/${id}/documents`, 'transcript');
  const submitted = await who.post(`${PUB}/applications/${id}/submit`, { version: last.json().version });
  expect(submitted.statusCode).toBe(200);
  return { who, id, app: submitted.json() };
}
