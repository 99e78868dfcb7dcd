import { hintOf, type PiiCipher } from '#server/lib/pii.js';
import type { PersonCreate, PersonUpdate } from '#shared/schemas/people.js';
import { searchText } from '#shared/search-key.js';
import type { PersonRowUpdate } from './people.repository.js';

/** What the search box matches: search keys of both names and both numbers (docs/decisions/0028, 0036). */
export const searchTextOf = (p: {
  nameZh?: string | null;
  nameEn?: string | null;
  studentNo?: string | null;
  staffNo?: string | null;
}) => searchText([p.nameZh, p.nameEn, p.studentNo, p.staffNo]).slice(0, 1000);

/** The people row for validated input, except the unit and personal data (see piiColumns). */
export function personColumns(input: PersonCreate | PersonUpdate) {
  return {
    kind: input.kind,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    student_no: input.studentNo,
    staff_no: input.staffNo,
    degree_level: input.degreeLevel,
    program_type: input.programType,
    study_time: input.studyTime,
    nationality: input.nationality,
    gender: input.gender,
    birth_date: input.birthDate,
    email: input.email,
    phone: input.phone,
    gpa: input.gpa ?? null,
    notes: input.notes,
    search_text: searchTextOf(input),
  };
}

type PiiInput = Pick<PersonCreate, 'passportNo' | 'passportExpiry' | 'arcNo' | 'arcExpiry' | 'workPermitExpiry'>;

/**
 * Personal data as stored: a number typed in is encrypted (ciphertext + the hint for the mask),
 * null clears it, and an omitted field (undefined) is left as it is.
 */
export function piiColumns(input: PiiInput, cipher: PiiCipher): PersonRowUpdate {
  const out: PersonRowUpdate = {};
  const number = (value: string | null | undefined, enc: 'passport_no_enc' | 'arc_no_enc') => {
    if (value === undefined) return;
    const hint = enc === 'passport_no_enc' ? 'passport_no_hint' : 'arc_no_hint';
    out[enc] = value === null ? null : cipher.encrypt(value);
    out[hint] = value === null ? null : hintOf(value);
  };
  number(input.passportNo, 'passport_no_enc');
  number(input.arcNo, 'arc_no_enc');
  if (input.passportExpiry !== undefined) out.passport_expiry = input.passportExpiry;
  if (input.arcExpiry !== undefined) out.arc_expiry = input.arcExpiry;
  if (input.workPermitExpiry !== undefined) out.work_permit_expiry = input.workPermitExpiry;
  return out;
}
