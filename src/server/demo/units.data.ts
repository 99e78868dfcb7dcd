import type { UnitKind } from '#shared/roles.js';

/** The demo university's unit tree: code, names, kind, parent code. */
export type UnitSeed = { code: string; zh: string; en: string; kind: UnitKind; parent: string | null };

const college = (code: string, zh: string, en: string): UnitSeed => ({ code, zh, en, kind: 'college', parent: 'UNIV' });
const dept = (parent: string, code: string, zh: string, en: string): UnitSeed => ({
  code,
  zh,
  en,
  kind: 'department',
  parent,
});

export const UNIT_SEEDS: UnitSeed[] = [
  {
    code: 'UNIV',
    zh: '南方子午科技大學',
    en: 'Southern Meridian University of Science and Technology',
    kind: 'university',
    parent: null,
  },
  {
    code: 'OIA',
    zh: '國際暨兩岸事務處',
    en: 'Office of International and Cross-Strait Affairs',
    kind: 'office',
    parent: 'UNIV',
  },
  {
    code: 'OIA-ISS',
    zh: '境外生及學人事務組',
    en: 'International Students and Scholars Division',
    kind: 'division',
    parent: 'OIA',
  },
  { code: 'OIA-IC', zh: '國際合作組', en: 'International Cooperation Division', kind: 'division', parent: 'OIA' },
  {
    code: 'OIA-PR',
    zh: '企劃與境外生招生組',
    en: 'Planning and International Recruitment Division',
    kind: 'division',
    parent: 'OIA',
  },
  { code: 'OIA-CLC', zh: '華語中心', en: 'Chinese Language Center', kind: 'center', parent: 'OIA' },
  { code: 'IPC', zh: '國際專修部', en: 'International Programs College', kind: 'office', parent: 'UNIV' },
  { code: 'AA', zh: '教務處', en: 'Office of Academic Affairs', kind: 'office', parent: 'UNIV' },
  { code: 'SA', zh: '學生事務處', en: 'Office of Student Affairs', kind: 'office', parent: 'UNIV' },
  {
    code: 'RD',
    zh: '研究發展暨產學合作處',
    en: 'Office of Research and Industry–Academia Collaboration',
    kind: 'office',
    parent: 'UNIV',
  },
  college('ENG', '工學院', 'College of Engineering'),
  dept('ENG', 'ME', '機械工程系', 'Department of Mechanical Engineering'),
  dept('ENG', 'EE', '電機工程系', 'Department of Electrical Engineering'),
  dept('ENG', 'ECE', '電子工程系', 'Department of Electronic Engineering'),
  dept('ENG', 'CSIE', '資訊工程系', 'Department of Computer Science and Information Engineering'),
  college('BUS', '商管學院', 'College of Business and Management'),
  dept('BUS', 'IB', '國際企業系', 'Department of International Business'),
  dept('BUS', 'BA', '企業管理系', 'Department of Business Administration'),
  dept('BUS', 'FIN', '財務金融系', 'Department of Finance'),
  college('HSS', '人文社會學院', 'College of Humanities and Social Sciences'),
  dept('HSS', 'AE', '應用英語系', 'Department of Applied English'),
  dept('HSS', 'AJ', '應用日語系', 'Department of Applied Japanese'),
  dept('HSS', 'ECE2', '幼兒保育系', 'Department of Early Childhood Care and Education'),
  college('DD', '數位設計學院', 'College of Digital Design'),
  dept('DD', 'VCD', '視覺傳達設計系', 'Department of Visual Communication Design'),
  dept('DD', 'MCE', '多媒體與電腦娛樂科學系', 'Department of Multimedia and Entertainment Science'),
  dept('DD', 'PD', '創新產品設計系', 'Department of Creative Product Design'),
];

/** One demo account per role (and a second coordinator, to show college scoping). */
export const DEMO_PASSWORD = 'meridian-demo';
export const USER_SEEDS = [
  { email: 'admin@demo.meridian.tw', zh: '林系統', en: 'Admin Lin', role: 'admin', unit: 'UNIV', locale: 'zh-TW' },
  {
    email: 'oia.ic@demo.meridian.tw',
    zh: '陳國合',
    en: 'Grace Chen',
    role: 'oia_staff',
    unit: 'OIA-IC',
    locale: 'zh-TW',
  },
  {
    email: 'oia.iss@demo.meridian.tw',
    zh: '黃境外',
    en: 'Henry Huang',
    role: 'oia_staff',
    unit: 'OIA-ISS',
    locale: 'en',
  },
  {
    email: 'coord.eng@demo.meridian.tw',
    zh: '張工學',
    en: 'Eric Chang',
    role: 'college_coordinator',
    unit: 'ENG',
    locale: 'zh-TW',
  },
  {
    email: 'coord.bus@demo.meridian.tw',
    zh: '王商管',
    en: 'Betty Wang',
    role: 'college_coordinator',
    unit: 'BUS',
    locale: 'zh-TW',
  },
  { email: 'academic@demo.meridian.tw', zh: '李教務', en: 'Amy Lee', role: 'unit_staff', unit: 'AA', locale: 'zh-TW' },
  {
    email: 'vp@demo.meridian.tw',
    zh: '吳副校長',
    en: 'Vice President Wu',
    role: 'executive',
    unit: 'UNIV',
    locale: 'zh-TW',
  },
  {
    email: 'assistant@demo.meridian.tw',
    zh: '蔡小助',
    en: 'Tina Tsai',
    role: 'student_assistant',
    unit: 'OIA-IC',
    locale: 'zh-TW',
  },
  { email: 'student@demo.meridian.tw', zh: '劉同學', en: 'Kevin Liu', role: 'student', unit: 'CSIE', locale: 'en' },
] as const;
