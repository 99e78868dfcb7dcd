import type { RoundCriterion, RoundDocument } from '#shared/admissions.js';
import type {
  AdmissionApplication,
  AdmissionProgram,
  AdmissionRound,
  MissingItem,
} from '#shared/schemas/admissions.js';
import type { ApplicationRow, findDocuments, findScores, ListRow } from './application.repository.js';
import type { ProgramRow, RoundRow } from './round.repository.js';

/** Rows → the API's shapes. */

export const documentsOf = (r: Pick<RoundRow, 'documents'>) => JSON.parse(r.documents) as RoundDocument[];
export const criteriaOf = (r: Pick<RoundRow, 'criteria'>) => JSON.parse(r.criteria) as RoundCriterion[];

export const isOpen = (r: Pick<RoundRow, 'opens_at' | 'closes_at'>, now: string) =>
  new Date(r.opens_at) <= new Date(now) && new Date(now) < new Date(r.closes_at);

export function presentProgram(p: ProgramRow, reviewers: number[], admitted: number): AdmissionProgram {
  return {
    id: p.id,
    roundId: p.round_id,
    unitId: p.unit_id,
    unitNameZh: p.unit_name_zh,
    unitNameEn: p.unit_name_en,
    degreeLevel: p.degree_level,
    nameZh: p.name_zh,
    nameEn: p.name_en,
    places: p.places,
    languageFramework: p.language_framework,
    languageLevel: p.language_level,
    minGpa: p.min_gpa,
    requirementsZh: p.requirements_zh,
    requirementsEn: p.requirements_en,
    reviewerIds: reviewers,
    admitted,
    version: p.version,
  };
}

export function presentRound(
  r: RoundRow,
  programs: AdmissionProgram[],
  applications: number,
  now: string,
): AdmissionRound {
  return {
    id: r.id,
    kind: r.kind,
    academicYear: r.academic_year,
    semester: r.semester,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    opensAt: r.opens_at,
    closesAt: r.closes_at,
    decisionsBy: r.decisions_by,
    feeNtd: r.fee_ntd,
    documents: documentsOf(r),
    criteria: criteriaOf(r),
    notesZh: r.notes_zh,
    notesEn: r.notes_en,
    open: isOpen(r, now),
    programs,
    applications,
    version: r.version,
  };
}

type Docs = Awaited<ReturnType<typeof findDocuments>>;
type Scores = Awaited<ReturnType<typeof findScores>>;

export function presentApplication(
  a: ApplicationRow,
  docs: Docs,
  missing: MissingItem[],
  staff: { scores: Scores; mayScore: boolean; mayDecide: boolean } | null,
): AdmissionApplication {
  return {
    id: a.id,
    roundId: a.round_id,
    programId: a.program_id,
    email: a.email,
    locale: a.locale,
    givenName: a.given_name,
    familyName: a.family_name,
    nameZh: a.name_zh,
    nationality: a.country_code,
    identity: a.identity,
    birthDate: a.birth_date,
    gender: a.gender,
    phone: a.phone,
    previousSchool: a.previous_school,
    gpa: a.gpa,
    languageFramework: a.language_framework,
    languageLevel: a.language_level,
    statement: a.statement,
    channel: a.channel,
    partnerId: a.partner_id,
    status: a.status as AdmissionApplication['status'],
    feeStatus: a.fee_status as AdmissionApplication['feeStatus'],
    score: a.score,
    decisionReason: a.decision_reason,
    personId: a.person_id,
    mobilityId: a.mobility_id,
    createdAt: a.created_at,
    submittedAt: a.submitted_at,
    decidedAt: a.decided_at,
    version: a.version,
    documents: docs.map((d) => ({ id: d.id, code: d.doc_code, fileName: d.file_name, uploadedAt: d.uploaded_at })),
    missing,
    reviews: (staff?.scores ?? []).map((s) => ({
      reviewerId: s.reviewer_id,
      reviewerName: s.name_en ?? s.name_zh,
      scores: JSON.parse(s.scores) as Record<string, number>,
      total: s.total,
      comment: s.comment,
      scoredAt: s.scored_at,
    })),
    mayScore: staff?.mayScore ?? false,
    mayDecide: staff?.mayDecide ?? false,
  };
}

export const presentListItem = (r: ListRow) => ({
  id: r.id,
  programId: r.program_id,
  email: r.email,
  givenName: r.given_name,
  familyName: r.family_name,
  nationality: r.country_code,
  status: r.status as AdmissionApplication['status'],
  feeStatus: r.fee_status as AdmissionApplication['feeStatus'],
  score: r.score,
  channel: r.channel,
  submittedAt: r.submitted_at,
});
