/** The enquiry desk's and staff training's vocabulary (issue 20), shared by server and browser. */
export const ENQUIRY_STATUSES = ['new', 'open', 'answered', 'closed'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
/** Where a question came from: the public form or the desk's mailbox (IMAP intake, docs/decisions/0038). */
export const ENQUIRY_SOURCES = ['web', 'imap'] as const;
export type EnquirySource = (typeof ENQUIRY_SOURCES)[number];
export const ENQUIRY_MESSAGE_KINDS = ['note', 'reply'] as const;
export type EnquiryMessageKind = (typeof ENQUIRY_MESSAGE_KINDS)[number];
/** The divisions the demo routes categories to (the mapping itself is data: enquiry_categories.unit_id). */
export const DESK_DIVISIONS = ['OIA-ISS', 'OIA-IC', 'OIA-PR', 'OIA-CLC'] as const;

/** Public form limits (also the zod schema's): a question fits in a page, not in a book. */
export const ENQUIRY_LIMITS = { name: 100, email: 254, subject: 200, body: 5000, comment: 1000 } as const;

export const TRAINING_MODES = ['online', 'in_person'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
export const ENROLMENT_STATUSES = ['enrolled', 'attended', 'absent', 'cancelled'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** A bilingual FAQ entry's missing languages: the portal shows the other one with a note. */
export function missingLanguages(e: {
  questionZh: string;
  questionEn: string;
  answerZh: string;
  answerEn: string;
}): ('zh-TW' | 'en')[] {
  const out: ('zh-TW' | 'en')[] = [];
  if (!e.questionZh.trim() || !e.answerZh.trim()) out.push('zh-TW');
  if (!e.questionEn.trim() || !e.answerEn.trim()) out.push('en');
  return out;
}
