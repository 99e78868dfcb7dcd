import type { RoundCriterion, RoundDocument } from '#shared/admissions';

/**
 * The round form's two lists as lines of text ("passport; 護照影本; Passport copy; required"), so both
 * are typed in one box each on a phone as on a desktop. Full-width semicolons are accepted too.
 * A line that does not parse returns its number (1-based) for the form's message.
 */
const split = (line: string) => line.split(/[;；]/).map((p) => p.trim());
const rows = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function parseDocuments(text: string): RoundDocument[] | { line: number } {
  const out: RoundDocument[] = [];
  for (const [i, line] of rows(text).entries()) {
    const [code, labelZh, labelEn, req] = split(line);
    if (!code || !labelZh || !labelEn) return { line: i + 1 };
    out.push({ code, labelZh, labelEn, required: !/^(optional|選繳)$/i.test(req ?? '') });
  }
  return out;
}

export function parseCriteria(text: string): RoundCriterion[] | { line: number } {
  const out: RoundCriterion[] = [];
  for (const [i, line] of rows(text).entries()) {
    const [code, labelZh, labelEn, weight, max] = split(line);
    if (!code || !labelZh || !labelEn || !Number(weight) || !Number(max)) return { line: i + 1 };
    out.push({ code, labelZh, labelEn, weight: Number(weight), max: Number(max) });
  }
  return out;
}

/** A round's lists back as the form's lines (editing a round). */
export const documentLines = (docs: RoundDocument[]) =>
  docs.map((d) => [d.code, d.labelZh, d.labelEn, d.required ? 'required' : 'optional'].join('; ')).join('\n');
export const criterionLines = (criteria: RoundCriterion[]) =>
  criteria.map((c) => [c.code, c.labelZh, c.labelEn, c.weight, c.max].join('; ')).join('\n');

export const DEFAULT_DOCUMENTS =
  'passport; 護照影本; Passport copy; required\ntranscript; 歷年成績單; Transcript of records; required\nlanguage; 語言能力證明; Language certificate; required\nrecommendation; 推薦信; Letter of recommendation; optional';
export const DEFAULT_CRITERIA =
  'academic; 學業成績; Academic record; 40; 100\nplan; 讀書計畫; Study plan; 30; 100\nlanguage; 語言能力; Language proficiency; 30; 100';
