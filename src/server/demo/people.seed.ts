import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { PeopleTable } from '#server/db/schema.js';
import { recordAudits } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { hintOf } from '#server/lib/pii.js';
import { searchTextOf } from '#server/modules/people/people.columns.js';
import { addDays, businessDate, toRocYear } from '#shared/calendar.js';
import type { DegreeLevel, Gender, ProgramType } from '#shared/mobility.js';
import { insertChunked } from './agreement-places.seed.js';
import type { SeedContext } from './mobility-demo.seed.js';

/**
 * Demo people, deterministic and bilingual: ~120 local students across the colleges' departments,
 * ~90 international students of many nationalities (encrypted passport and residence-permit numbers,
 * expiries spread over the coming months), ~25 staff and ~15 visiting scholars. The demo student
 * account (student@demo.meridian.tw) is linked to its person record.
 */
type Name = readonly [zh: string, en: string, gender: Gender];

const SURNAMES = [
  ['陳', 'Chen'],
  ['林', 'Lin'],
  ['黃', 'Huang'],
  ['張', 'Chang'],
  ['李', 'Lee'],
  ['王', 'Wang'],
  ['吳', 'Wu'],
  ['蔡', 'Tsai'],
  ['楊', 'Yang'],
  ['許', 'Hsu'],
  ['鄭', 'Cheng'],
  ['謝', 'Hsieh'],
  ['郭', 'Kuo'],
  ['洪', 'Hung'],
  ['曾', 'Tseng'],
  ['邱', 'Chiu'],
  ['廖', 'Liao'],
  ['賴', 'Lai'],
  ['周', 'Chou'],
] as const;
const GIVEN: Name[] = [
  ['怡君', 'Yi-Chun', 'female'],
  ['志明', 'Chih-Ming', 'male'],
  ['雅婷', 'Ya-Ting', 'female'],
  ['家豪', 'Chia-Hao', 'male'],
  ['佳穎', 'Chia-Ying', 'female'],
  ['冠宇', 'Kuan-Yu', 'male'],
  ['詩涵', 'Shih-Han', 'female'],
  ['承恩', 'Cheng-En', 'male'],
  ['宜蓁', 'Yi-Chen', 'female'],
  ['柏翰', 'Po-Han', 'male'],
  ['欣妤', 'Hsin-Yu', 'female'],
  ['俊傑', 'Chun-Chieh', 'male'],
  ['品妍', 'Pin-Yen', 'female'],
  ['宥廷', 'Yu-Ting', 'male'],
  ['郁婷', 'Yu-Ting', 'female'],
  ['建宏', 'Chien-Hung', 'male'],
  ['思妤', 'Szu-Yu', 'female'],
];

/**
 * International names by nationality: family names, given names (with gender) and the order they are
 * written in; the Chinese name is the one the university registers (a transliteration for most).
 */
type NameParts = { family: string; given: string; order?: 'family-first' | 'dot' };
/** 'zh en' pairs separated by '|'; given names end in ' m' or ' f'. 'dot': 馬克・強森 (transliterated). */
const FOREIGN: Record<string, NameParts> = {
  JP: {
    family: '佐藤 Sato|鈴木 Suzuki|高橋 Takahashi|田中 Tanaka',
    given: '健 Ken m|美咲 Misaki f|翔太 Shota m|由美 Yumi f',
  },
  VN: {
    family: '阮 Nguyen|陳 Tran|黎 Le|范 Pham|武 Vu',
    given: '文安 Van An m|氏蘭 Thi Lan f|明德 Minh Duc m|氏鸞 Thi Loan f|文雄 Van Hung m|氏香 Thi Huong f',
    order: 'family-first',
  },
  ID: {
    family: '普拉塔瑪 Pratama|維佳亞 Wijaya|拉哈尤 Rahayu|萊斯塔里 Lestari',
    given: '布迪 Budi m|西蒂 Siti f|安德烈 Andre m|黛薇 Dewi f',
    order: 'dot',
  },
  MY: {
    family: '李 Lee|陳 Tan|黃 Wong|林 Lim',
    given: '偉傑 Wei Jie m|美玲 Mei Ling f|志豪 Chee Hao m|嘉欣 Jia Xin f|俊賢 Choon Hean m',
    order: 'family-first',
  },
  US: {
    family: '強森 Johnson|戴維斯 Davis|米勒 Miller',
    given: '馬克 Mark m|艾蜜莉 Emily f|傑森 Jason m|莎拉 Sarah f',
    order: 'dot',
  },
  FR: {
    family: '馬丁 Martin|貝爾納 Bernard|杜布瓦 Dubois',
    given: '盧卡 Lucas m|克蘿伊 Chloé f|湯瑪士 Thomas m',
    order: 'dot',
  },
  DE: {
    family: '施密特 Schmidt|費雪 Fischer|華格納 Wagner',
    given: '約納斯 Jonas m|蕾娜 Lena f|費利克斯 Felix m',
    order: 'dot',
  },
  IN: {
    family: '夏瑪 Sharma|帕特爾 Patel|古普塔 Gupta',
    given: '阿爾瓊 Arjun m|普莉雅 Priya f|拉胡爾 Rahul m|安妮亞 Ananya f',
    order: 'dot',
  },
  TH: {
    family: '翁薩 Wongsa|西蘇 Srisuk|柴約 Chaiyo',
    given: '頌猜 Somchai m|帕尼達 Panida f|阿披猜 Apichai m',
    order: 'dot',
  },
  PH: {
    family: '桑托斯 Santos|雷耶斯 Reyes|克魯茲 Cruz',
    given: '荷西 Jose m|瑪莉亞 Maria f|卡洛斯 Carlos m|安琪 Angel f',
    order: 'dot',
  },
  KR: {
    family: '金 Kim|李 Lee|朴 Park',
    given: '敏俊 Min-jun m|瑞妍 Seo-yeon f|智勳 Ji-hoon m|秀彬 Su-bin f',
    order: 'family-first',
  },
  HK: {
    family: '陳 Chan|黃 Wong|李 Lee',
    given: '浩賢 Ho Yin m|凱琳 Hoi Lam f|嘉樂 Ka Lok m|詠詩 Wing Sze f',
    order: 'family-first',
  },
  MO: { family: '梁 Leong|何 Ho|陳 Chan', given: '家俊 Ka Chun m|嘉欣 Ka Ian f|偉文 Wai Man m', order: 'family-first' },
  CN: { family: '張 Zhang|王 Wang|劉 Liu', given: '偉 Wei m|芳 Fang f|洋 Yang m|靜 Jing f', order: 'family-first' },
  MN: {
    family: '甘博勒德 Ganbold|巴特巴雅爾 Batbayar',
    given: '巴特爾 Bat-Erdene m|諾敏 Nomin f|圖古 Tuguldur m',
    order: 'dot',
  },
  GB: { family: '史密斯 Smith|泰勒 Taylor', given: '奧利佛 Oliver m|艾米 Amelia f', order: 'dot' },
  ES: { family: '加西亞 García|馬丁內斯 Martínez', given: '露西亞 Lucía f|哈維爾 Javier m', order: 'dot' },
  PL: { family: '諾瓦克 Nowak|科瓦爾斯基 Kowalski', given: '雅庫布 Jakub m|祖扎娜 Zuzanna f', order: 'dot' },
  SZ: { family: '德拉米尼 Dlamini|馬蘇庫 Masuku', given: '恩科西 Nkosi m|桑迪 Thandiwe f', order: 'dot' },
  GT: { family: '洛佩茲 López|佩雷斯 Pérez', given: '安娜 Ana f|迪亞哥 Diego m', order: 'dot' },
};

/** 'zh en words [m|f]' → name parts (family names have no gender). */
function parts(list: string): { zh: string; en: string; gender: Gender }[] {
  return list.split('|').map((entry) => {
    const [zh = '', ...rest] = entry.split(' ');
    const last = rest.at(-1);
    const gender: Gender | null = last === 'm' ? 'male' : last === 'f' ? 'female' : null;
    return { zh, en: (gender ? rest.slice(0, -1) : rest).join(' '), gender: gender ?? 'other' };
  });
}

/** The n-th person of a nationality: family and given names combined so names rarely repeat. */
function foreignName(country: string, n: number): Name {
  const spec = FOREIGN[country] as NameParts;
  const given = parts(spec.given);
  const family = pick(parts(spec.family), n + Math.floor(n / given.length));
  const g = pick(given, n);
  if (spec.order === 'family-first') return [`${family.zh}${g.zh}`, `${family.en} ${g.en}`, g.gender];
  return [`${g.zh}${spec.order === 'dot' ? '・' : ''}${family.zh}`, `${g.en} ${family.en}`, g.gender];
}

/** Nationalities in order of how many students come from each (the south-east Asian ones most). */
const INTL_MIX = [
  'VN',
  'ID',
  'MY',
  'JP',
  'VN',
  'IN',
  'TH',
  'PH',
  'ID',
  'MY',
  'KR',
  'US',
  'FR',
  'DE',
  'HK',
  'MO',
  'CN',
  'MN',
  'VN',
  'JP',
  'GB',
  'ES',
  'PL',
  'SZ',
  'GT',
];

const DEPARTMENTS = ['ME', 'EE', 'ECE', 'CSIE', 'IB', 'BA', 'FIN', 'AE', 'AJ', 'ECE2', 'VCD', 'MCE', 'PD'];

/** Program types of local students, weighted like a university of science and technology (四技 most). */
const LOCAL_PROGRAMS: ProgramType[] = [
  'bachelor_four_year',
  'bachelor_four_year',
  'bachelor_four_year',
  'bachelor_two_year',
  'master',
  'bachelor_four_year',
  'five_year_associate',
  'master',
  'bachelor_four_year',
  'doctoral',
  'bachelor_two_year',
  'two_year_associate',
];
const INTL_PROGRAMS: ProgramType[] = ['bachelor_four_year', 'master', 'bachelor_four_year', 'doctoral', 'master'];
const DEGREE_OF: Record<ProgramType, DegreeLevel> = {
  two_year_associate: 'associate',
  five_year_associate: 'associate',
  bachelor: 'bachelor',
  bachelor_four_year: 'bachelor',
  bachelor_two_year: 'bachelor',
  master: 'master',
  doctoral: 'doctoral',
};
const NO_PREFIX: Record<ProgramType, string> = {
  two_year_associate: 'A',
  five_year_associate: 'F',
  bachelor: 'B',
  bachelor_four_year: 'B',
  bachelor_two_year: 'C',
  master: 'M',
  doctoral: 'D',
};

const pick = <T>(list: ArrayLike<T>, i: number): T => list[i % list.length] as T;
const digits = (seed: number, n: number) => String((seed * 7919 + 104729) % 10 ** n).padStart(n, '0');
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZ';

/** A 2021-format residence-permit number (second digit 8 male, 9 female); a few in the old format. */
function arcNumber(i: number, gender: Gender, old: boolean) {
  const area = pick(LETTERS, i * 5);
  if (old) return `${area}${gender === 'female' ? pick('BD', i) : pick('AC', i)}${digits(i + 31, 8)}`;
  return `${area}${gender === 'female' ? 9 : 8}${digits(i + 17, 8)}`;
}

/** Passport numbers shaped roughly like each country's (letters and digits, 5–20). */
function passportNumber(country: string, i: number) {
  const shape: Record<string, () => string> = {
    JP: () => `T${pick('RSKZ', i)}${digits(i, 7)}`,
    US: () => `5${digits(i, 8)}`,
    VN: () => `C${digits(i, 7)}`,
    IN: () => `${pick('JKLMN', i)}${digits(i, 7)}`,
    DE: () => `C${pick('FGHJ', i)}${digits(i, 7)}`,
    FR: () => `${digits(i, 2)}${pick('ABCF', i)}${pick('KLPR', i + 1)}${digits(i + 3, 5)}`,
    KR: () => `M${digits(i, 8)}`,
  };
  return (shape[country] ?? (() => `${pick('ABEKNP', i)}${digits(i, 8)}`))();
}

type Row = Insertable<PeopleTable>;
type Draft = Partial<Row> & Pick<Row, 'kind'> & { passport?: string; arc?: string };

export async function seedPeople(trx: Db, ctx: SeedContext): Promise<void> {
  const today = businessDate(new Date(ctx.now));
  const year = toRocYear(Number(today.slice(0, 4))); // ROC year in student numbers
  const drafts: Draft[] = [];
  const born = (i: number, age: number) =>
    `${Number(today.slice(0, 4)) - age}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;

  // The demo student's own record (Kevin Liu, CSIE).
  const student = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'student@demo.meridian.tw')
    .executeTakeFirst();
  drafts.push({
    kind: 'student',
    user_id: student?.id ?? null,
    name_zh: '劉同學',
    name_en: 'Kevin Liu',
    student_no: `B${year - 2}0401001`,
    unit_id: ctx.unit('CSIE'),
    degree_level: 'bachelor',
    program_type: 'bachelor_four_year',
    study_time: 'day',
    nationality: 'TW',
    gender: 'male',
    birth_date: born(3, 21),
    email: 'student@demo.meridian.tw',
    gpa: 3.62,
  });

  for (let i = 0; i < 120; i++) {
    const [sz, se] = pick(SURNAMES, i * 7 + (i >> 3));
    const [gz, ge, gender] = pick(GIVEN, i * 5 + 3);
    const dept = pick(DEPARTMENTS, i);
    const program = pick(LOCAL_PROGRAMS, i * 3 + (i >> 2));
    const evening = program === 'bachelor_two_year' || (program === 'master' && i % 3 === 0) || i % 17 === 4;
    const no = `${NO_PREFIX[program]}${year - (i % 4)}${String(DEPARTMENTS.indexOf(dept) + 1).padStart(2, '0')}${String(100 + i).padStart(3, '0')}`;
    drafts.push({
      kind: 'student',
      name_zh: `${sz}${gz}`,
      name_en: `${ge} ${se}`,
      student_no: no,
      unit_id: ctx.unit(dept),
      degree_level: DEGREE_OF[program],
      program_type: program,
      study_time: evening ? 'evening' : 'day',
      nationality: 'TW',
      gender,
      birth_date: born(i, program === 'doctoral' ? 29 : program === 'master' ? 24 : 20),
      email: `${no.toLowerCase()}@stu.meridian.edu.tw`,
      phone: `09${digits(i + 400, 8)}`,
      gpa: Math.round((2.3 + ((i * 37) % 20) / 10) * 100) / 100,
    });
  }

  const perCountry = new Map<string, number>();
  for (let i = 0; i < 90; i++) {
    const country = pick(INTL_MIX, i);
    const n = perCountry.get(country) ?? 0;
    perCountry.set(country, n + 1);
    const [zh, en, gender] = foreignName(country, n);
    const dept = pick(DEPARTMENTS, i * 5 + 2);
    const program = pick(INTL_PROGRAMS, i);
    const no = `${NO_PREFIX[program]}${year - (i % 3)}9${String(DEPARTMENTS.indexOf(dept) + 1).padStart(2, '0')}${String(i).padStart(3, '0')}`;
    drafts.push({
      kind: 'student',
      name_zh: zh,
      name_en: en,
      student_no: no,
      unit_id: ctx.unit(dept),
      degree_level: DEGREE_OF[program],
      program_type: program,
      study_time: 'day',
      nationality: country,
      gender,
      birth_date: born(i + 5, program === 'doctoral' ? 30 : program === 'master' ? 25 : 21),
      email: `${no.toLowerCase()}@stu.meridian.edu.tw`,
      gpa: Math.round((2.6 + ((i * 29) % 17) / 10) * 100) / 100,
      passport: passportNumber(country, i),
      passport_expiry: addDays(today, 200 + ((i * 53) % 1800)),
      arc: arcNumber(i, gender, i % 15 === 7),
      // Spread over the next eleven months, a few within the 60-day reminder window (so reminders have
      // something, but a fresh account does not open on dozens).
      arc_expiry: addDays(today, i % 15 === 3 ? 5 + ((i * 37) % 50) : 70 + ((i * 37) % 290)),
      work_permit_expiry:
        i % 4 === 1 ? addDays(today, i % 20 === 1 ? 10 + ((i * 23) % 40) : 70 + ((i * 23) % 260)) : null,
      notes: i % 11 === 0 ? 'Scholarship holder / 獎學金生' : null,
    });
  }

  const staffUnits = ['CSIE', 'EE', 'ME', 'IB', 'BA', 'AE', 'AJ', 'VCD', 'MCE', 'FIN', 'OIA-IC', 'OIA-ISS', 'AA'];
  for (let i = 0; i < 25; i++) {
    const foreign = i % 6 === 5;
    const country = foreign ? pick(['US', 'JP', 'GB', 'DE'], i) : 'TW';
    const [zh, en, gender]: Name = foreign
      ? foreignName(country, i + 7)
      : [
          `${pick(SURNAMES, i * 3 + 1)[0]}${pick(GIVEN, i * 7)[0]}`,
          `${pick(GIVEN, i * 7)[1]} ${pick(SURNAMES, i * 3 + 1)[1]}`,
          pick(GIVEN, i * 7)[2],
        ];
    drafts.push({
      kind: 'staff',
      name_zh: zh,
      name_en: foreign ? `Dr. ${en}` : en,
      staff_no: `T${String(1000 + i * 13)}`,
      unit_id: ctx.unit(pick(staffUnits, i)),
      nationality: country,
      gender,
      birth_date: born(i, 38 + (i % 20)),
      email: `t${1000 + i * 13}@meridian.edu.tw`,
      phone: `07-${digits(i + 900, 7)}`,
      ...(foreign
        ? {
            passport: passportNumber(country, i + 300),
            passport_expiry: addDays(today, 700 + i * 20),
            arc: arcNumber(i + 300, gender, false),
            arc_expiry: addDays(today, 80 + i * 11),
            work_permit_expiry: addDays(today, 25 + i * 40),
          }
        : {}),
    });
  }

  const scholarCountries = ['JP', 'US', 'DE', 'FR', 'KR', 'VN', 'IN', 'TH', 'MY', 'ID', 'PL', 'GB', 'ES', 'PH', 'CN'];
  for (let i = 0; i < 15; i++) {
    const country = pick(scholarCountries, i);
    const [zh, en, gender] = foreignName(country, i + 11);
    drafts.push({
      kind: 'scholar',
      name_zh: `${zh}教授`,
      name_en: `Prof. ${en}`,
      unit_id: ctx.unit(pick(DEPARTMENTS, i * 4 + 1)),
      nationality: country,
      gender,
      birth_date: born(i + 2, 45 + (i % 15)),
      email: `${en.split(' ')[0]?.toLowerCase()}.${i}@visiting.example.org`,
      passport: passportNumber(country, i + 500),
      passport_expiry: addDays(today, 400 + i * 60),
      ...(i % 3 === 0 ? { arc: arcNumber(i + 500, gender, false), arc_expiry: addDays(today, 30 + i * 9) } : {}),
      notes: 'Visiting scholar / 訪問學者',
    });
  }

  // Every row names every column: a multi-row insert must not depend on DEFAULT (SQLite has none in VALUES).
  const rows: Row[] = drafts.map(({ passport, arc, ...d }) => ({
    user_id: null,
    name_zh: null,
    name_en: null,
    student_no: null,
    staff_no: null,
    unit_id: null,
    degree_level: null,
    program_type: null,
    study_time: null,
    nationality: null,
    gender: null,
    birth_date: null,
    email: null,
    phone: null,
    gpa: null,
    passport_expiry: null,
    arc_expiry: null,
    work_permit_expiry: null,
    notes: null,
    ...d,
    search_text: searchTextOf({ nameZh: d.name_zh, nameEn: d.name_en, studentNo: d.student_no, staffNo: d.staff_no }),
    passport_no_enc: passport ? ctx.pii.encrypt(passport) : null,
    passport_no_hint: passport ? hintOf(passport) : null,
    arc_no_enc: arc ? ctx.pii.encrypt(arc) : null,
    arc_no_hint: arc ? hintOf(arc) : null,
    created_at: ctx.now,
    updated_at: ctx.now,
  }));
  await insertChunked(rows, (chunk) => trx.insertInto('people').values(chunk).execute());
  const ids = await trx.selectFrom('people').select(['id', 'name_en', 'name_zh']).orderBy('id').execute();
  await recordAudits(
    trx,
    ids.map((p) => ({
      at: ctx.now,
      actorId: null,
      action: 'create' as const,
      entityType: 'person',
      entityId: p.id,
      summary: auditSummary('auditSummaries.demoRecord', {
        name: bilingual(p.name_zh ?? p.name_en ?? '', p.name_en ?? p.name_zh ?? ''),
      }),
    })),
  );
}
