import type { DegreeLevel, Gender, PersonKind, ProgramType } from '#shared/mobility';
import type { Person, PersonCreate } from '#shared/schemas/people';

/**
 * What the person form holds: text as typed (the server trims and turns '' into null). Personal-data
 * numbers are never loaded into the form: it shows the mask of the stored value, the user types a new
 * number to replace it or ticks "clear"; otherwise the stored number stays as it is.
 */
export type PersonFormState = {
  kind: PersonKind;
  nameZh: string;
  nameEn: string;
  studentNo: string;
  staffNo: string;
  unitId: number | null;
  degreeLevel: DegreeLevel | null;
  programType: ProgramType | null;
  studyTime: 'day' | 'evening' | null;
  nationality: string | null;
  gender: Gender | null;
  birthDate: string;
  email: string;
  phone: string;
  gpa: string;
  notes: string;
  passportNo: string;
  clearPassportNo: boolean;
  passportExpiry: string;
  arcNo: string;
  clearArcNo: boolean;
  arcExpiry: string;
  workPermitExpiry: string;
};

export const emptyPerson = (): PersonFormState => ({
  kind: 'student',
  nameZh: '',
  nameEn: '',
  studentNo: '',
  staffNo: '',
  unitId: null,
  degreeLevel: null,
  programType: null,
  studyTime: 'day',
  nationality: 'TW',
  gender: null,
  birthDate: '',
  email: '',
  phone: '',
  gpa: '',
  notes: '',
  passportNo: '',
  clearPassportNo: false,
  passportExpiry: '',
  arcNo: '',
  clearArcNo: false,
  arcExpiry: '',
  workPermitExpiry: '',
});

export const fromPerson = (p: Person): PersonFormState => ({
  kind: p.kind,
  nameZh: p.nameZh ?? '',
  nameEn: p.nameEn ?? '',
  studentNo: p.studentNo ?? '',
  staffNo: p.staffNo ?? '',
  unitId: p.unitId,
  degreeLevel: p.degreeLevel,
  programType: p.programType,
  studyTime: p.studyTime,
  nationality: p.nationality,
  gender: p.gender,
  birthDate: p.birthDate ?? '',
  email: p.email ?? '',
  phone: p.phone ?? '',
  gpa: p.gpa === null ? '' : String(p.gpa),
  notes: p.notes ?? '',
  passportNo: '',
  clearPassportNo: false,
  passportExpiry: p.passportExpiry ?? '',
  arcNo: '',
  clearArcNo: false,
  arcExpiry: p.arcExpiry ?? '',
  workPermitExpiry: p.workPermitExpiry ?? '',
});

/** A typed number replaces, "clear" sends null, an empty box leaves the stored number alone (undefined). */
const piiValue = (typed: string, clear: boolean) => (clear ? null : typed.trim() ? typed : undefined);

/** The request body; the server validates everything and answers with field messages. */
export function toBody(s: PersonFormState): PersonCreate {
  const gpa = s.gpa.trim();
  return {
    kind: s.kind,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    studentNo: s.studentNo,
    staffNo: s.staffNo,
    unitId: s.unitId,
    degreeLevel: s.degreeLevel,
    programType: s.programType,
    studyTime: s.studyTime,
    nationality: s.nationality,
    gender: s.gender,
    birthDate: s.birthDate,
    email: s.email,
    phone: s.phone,
    // Not a number: sent as typed, so the server's message says what is wrong.
    gpa: gpa === '' ? null : Number.isNaN(Number(gpa)) ? (gpa as unknown as number) : Number(gpa),
    notes: s.notes,
    passportNo: piiValue(s.passportNo, s.clearPassportNo),
    passportExpiry: s.passportExpiry,
    arcNo: piiValue(s.arcNo, s.clearArcNo),
    arcExpiry: s.arcExpiry,
    workPermitExpiry: s.workPermitExpiry,
  } as PersonCreate;
}

/** Light checks before sending (the server's messages remain the source of truth). */
export function missingRequired(s: PersonFormState): string[] {
  return !s.nameZh.trim() && !s.nameEn.trim() ? ['nameZh', 'nameEn'] : [];
}
