import { levelRank, REQUIRED_FIELDS, type RoundDocument } from '#shared/admissions.js';
import { identityProblem } from '#shared/identity.js';
import type { MissingItem } from '#shared/schemas/admissions.js';
import type { ApplicationRow } from './application.repository.js';
import type { ProgramRow } from './round.repository.js';

/** Column of each required form field. */
const COLUMN: Record<(typeof REQUIRED_FIELDS)[number], keyof ApplicationRow> = {
  givenName: 'given_name',
  familyName: 'family_name',
  nationality: 'country_code',
  identity: 'identity',
  birthDate: 'birth_date',
  gender: 'gender',
  programId: 'program_id',
  previousSchool: 'previous_school',
  languageFramework: 'language_framework',
  languageLevel: 'language_level',
};

/**
 * What stands between a draft and its submission — the portal's checklist and the submit's refusal,
 * computed once here: empty required fields, required documents of the round not uploaded, and the
 * program's requirements not met (language level in the program's framework, minimum GPA) or a declared
 * identity that disagrees with the nationality (the Ministry's identity rule, src/shared/identity.ts).
 */
export function missingItems(
  app: ApplicationRow,
  documents: readonly RoundDocument[],
  uploadedCodes: ReadonlySet<string>,
  program: Pick<ProgramRow, 'language_framework' | 'language_level' | 'min_gpa'> | undefined,
): MissingItem[] {
  const out: MissingItem[] = [];
  for (const field of REQUIRED_FIELDS) {
    const v = app[COLUMN[field]];
    if (v === null || v === undefined || v === '') out.push({ kind: 'field', code: field });
  }
  for (const d of documents) if (d.required && !uploadedCodes.has(d.code)) out.push({ kind: 'document', code: d.code });
  if (program && app.language_level) {
    const sameFramework = app.language_framework === program.language_framework;
    if (!sameFramework || levelRank(app.language_level) < levelRank(program.language_level))
      out.push({ kind: 'requirement', code: 'language' });
  }
  if (program?.min_gpa != null && app.gpa != null && app.gpa < program.min_gpa)
    out.push({ kind: 'requirement', code: 'gpa' });
  if (program?.min_gpa != null && app.gpa == null) out.push({ kind: 'field', code: 'gpa' });
  if (identityProblem(app.identity, 'degree', app.country_code)) out.push({ kind: 'requirement', code: 'identity' });
  return out;
}
