import { iiaHashes } from './iia-hash.js';

/**
 * Writes one agreement as an EWP IIAs v7 get-response (endpoints/get-response.xsd, stable-v7) and fills in
 * its iia-hash. Pure: the service gathers the data. Element order follows the XSD sequences exactly.
 */
export const IIA_NS =
  'https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd';
const CONTACT_NS = 'https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1';

export type EwpMobilityKind = 'study' | 'traineeship' | 'teaching' | 'training';

export interface IiaSide {
  heiId: string;
  iiaId: string | null;
  iiaCode: string | null;
  signer: { name: string; email: string | null; date: string | null } | null;
}

export interface IiaCondition {
  kind: EwpMobilityKind;
  sendingHeiId: string;
  receivingHeiId: string;
  /** Academic years by their starting calendar year: 2025 is "2025/2026". */
  firstYear: number;
  lastYear: number;
  mobilitiesPerYear: number;
  languages: { language: string; cefr: string | null }[];
  isced: string[];
  /** Students: total-months-per-year; staff: total-days-per-year (all mobilities of the year together). */
  total: number | null;
  eqfLevels: number[];
}

export interface IiaDocument {
  /** Our side first: the XSD says the local HEI MUST be the first partner. */
  ours: IiaSide;
  partner: IiaSide;
  inEffect: boolean;
  conditions: IiaCondition[];
}

const SPEC: Record<EwpMobilityKind, { element: string; student: boolean; languageRequired: boolean }> = {
  study: { element: 'student-studies-mobility-spec', student: true, languageRequired: true },
  traineeship: { element: 'student-traineeship-mobility-spec', student: true, languageRequired: false },
  teaching: { element: 'staff-teacher-mobility-spec', student: false, languageRequired: true },
  training: { element: 'staff-training-mobility-spec', student: false, languageRequired: false },
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const el = (name: string, value: string | number, indent: string) =>
  `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
const academicYearId = (y: number) => `${y}/${y + 1}`;
/** xs:decimal with at most two fraction digits, as the XSD restricts totals. */
const decimal = (n: number) => String(Math.round(n * 100) / 100);

function side(s: IiaSide): string {
  const i = '      ';
  let out = `    <partner>\n${el('hei-id', s.heiId, i)}`;
  if (s.iiaId) out += el('iia-id', s.iiaId, i);
  if (s.iiaCode) out += el('iia-code', s.iiaCode, i);
  if (s.signer) {
    out += `${i}<signing-contact>\n${el('c:contact-name', s.signer.name, `${i}  `)}`;
    if (s.signer.email) out += el('c:email', s.signer.email, `${i}  `);
    out += `${i}</signing-contact>\n`;
    if (s.signer.date) out += el('signing-date', s.signer.date, i);
  }
  return `${out}    </partner>\n`;
}

function condition(c: IiaCondition): string {
  const spec = SPEC[c.kind];
  const i = '        ';
  let out = `      <${spec.element}>\n`;
  out += el('sending-hei-id', c.sendingHeiId, i);
  out += el('receiving-hei-id', c.receivingHeiId, i);
  out += el('receiving-first-academic-year-id', academicYearId(c.firstYear), i);
  out += el('receiving-last-academic-year-id', academicYearId(c.lastYear), i);
  out += el('mobilities-per-year', c.mobilitiesPerYear, i);
  for (const l of c.languages) {
    out += `${i}<recommended-language-skill>\n${el('language', l.language, `${i}  `)}`;
    if (l.cefr) out += el('cefr-level', l.cefr, `${i}  `);
    out += `${i}</recommended-language-skill>\n`;
  }
  // The XSD requires a language for studies and teaching; with none agreed we say so with the v7 marker
  // (not-yet-defined, "und" = undetermined) instead of inventing one. Such a copy is not valid for approval.
  if (spec.languageRequired && c.languages.length === 0)
    out += `${i}<recommended-language-skill not-yet-defined="true">\n${el('language', 'und', `${i}  `)}${i}</recommended-language-skill>\n`;
  for (const code of c.isced) out += `${i}<subject-area>\n${el('isced-f-code', code, `${i}  `)}${i}</subject-area>\n`;
  if (spec.student) {
    if (c.total) out += el('total-months-per-year', decimal(c.total), i);
    out += el('blended', 'false', i);
    for (const eqf of c.eqfLevels) out += el('eqf-level', eqf, i);
  } else if (c.total) out += el('total-days-per-year', decimal(c.total), i);
  return `${out}      </${spec.element}>\n`;
}

const HASH_PLACEHOLDER = '0'.repeat(64);

/** The get-response XML with its iia-hash, and the hash itself. */
export function writeIiaXml(doc: IiaDocument): { xml: string; hash: string } {
  const draft =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<iias-get-response xmlns="${IIA_NS}" xmlns:c="${CONTACT_NS}">\n` +
    '  <iia>\n' +
    side(doc.ours) +
    side(doc.partner) +
    el('in-effect', String(doc.inEffect), '    ') +
    '    <cooperation-conditions>\n' +
    // The XSD's sequence: all studies, then traineeships, then teaching, then training.
    (['study', 'traineeship', 'teaching', 'training'] as const)
      .flatMap((k) => doc.conditions.filter((c) => c.kind === k).map(condition))
      .join('') +
    '    </cooperation-conditions>\n' +
    el('iia-hash', HASH_PLACEHOLDER, '    ') +
    '  </iia>\n' +
    '</iias-get-response>\n';
  // The text-to-hash never includes the iia-hash element, so hashing the draft gives the final hash.
  const hash = iiaHashes(draft)[0]?.hash ?? '';
  return { xml: draft.replace(HASH_PLACEHOLDER, hash), hash };
}
