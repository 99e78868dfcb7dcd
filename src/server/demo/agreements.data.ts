import type { AgreementKind } from '#shared/enums.js';

/** Demo agreements: how each kind is titled and numbered, and who signs. */
export const KIND_TITLES: Record<AgreementKind, { zh: string; en: string; code: string; termMonths: number }> = {
  sister_mou: {
    zh: '學術交流合作備忘錄',
    en: 'Memorandum of Understanding on Academic Cooperation',
    code: 'MOU',
    termMonths: 60,
  },
  student_exchange: { zh: '學生交換協議', en: 'Student Exchange Agreement', code: 'SEA', termMonths: 36 },
  dual_degree: { zh: '雙聯學制協議', en: 'Dual Degree Agreement', code: 'DDA', termMonths: 60 },
  staff_exchange: { zh: '教職員交流協議', en: 'Faculty and Staff Exchange Agreement', code: 'FSE', termMonths: 36 },
  joint_research: { zh: '合作研究協議', en: 'Joint Research Agreement', code: 'JRA', termMonths: 36 },
  internship: { zh: '海外實習合作協議', en: 'Internship Cooperation Agreement', code: 'INT', termMonths: 24 },
  industry_academia: { zh: '產學合作協議', en: 'Industry–Academia Cooperation Agreement', code: 'IAC', termMonths: 24 },
  other: { zh: '合作協議', en: 'Cooperation Agreement', code: 'AGR', termMonths: 36 },
};

/** Our side: the president signs, the International Cooperation Division is the contact. */
export const OUR_SIGNATORY = { name: '陳明德 Ming-Te Chen', title: '校長 President' };
export const OUR_CONTACT = {
  name: 'Grace Chen 陳國合',
  title: '國際合作組 International Cooperation Division',
  email: 'oia.ic@demo.meridian.tw',
  phone: '+886-7-000-1234',
};

/** Partner signatories (fictional), by country where the name style matters. */
export const PARTNER_SIGNATORIES: Record<string, string[]> = {
  JP: ['Hiroshi Tanaka', 'Yuko Sato', 'Kenji Watanabe', 'Akiko Suzuki', 'Takeshi Yamamoto'],
  KR: ['Kim Min-jun', 'Park Ji-woo', 'Lee Seo-yeon', 'Choi Hyun-woo'],
  CN: ['Wang Wei', 'Li Na', 'Zhang Lei', 'Liu Yang'],
  VN: ['Nguyen Van An', 'Tran Thi Mai'],
  TH: ['Somchai Srisuk', 'Suda Chaiyaporn'],
  DE: ['Anna Müller', 'Thomas Schneider', 'Katrin Weber'],
  FR: ['Marie Dubois', 'Pierre Laurent'],
  other: ['John Smith', 'Emily Johnson', 'Maria Santos', 'Lars Andersen', 'Jan Kowalski', 'Siti Rahmah', 'Arjun Mehta'],
};
export const PARTNER_SIGNATORY_TITLE = 'President';

/** Dual degrees are run by a faculty on the partner's side. */
export const PARTNER_FACULTIES = [
  { en: 'Graduate School of Engineering', zh: '工學研究科' },
  { en: 'School of Business', zh: '商學院' },
  { en: 'Faculty of Informatics', zh: '資訊學院' },
];

/** ISCED-F fields our colleges exchange in: engineering, ICT, business, languages. */
export const ISCED_BY_UNIT: Record<string, string[]> = {
  ENG: ['0714', '0715'],
  BUS: ['0413', '0311'],
  'OIA-IC': ['0613', '0413', '0231'],
};

export const AUTO_RENEW_TERMS =
  'Renews automatically for the same term unless either party gives written notice six months before it ends.';
