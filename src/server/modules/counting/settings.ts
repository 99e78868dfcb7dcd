import type { Db } from '#server/db/client.js';
import type { ATTRIBUTIONS, INTERN_COLUMNS } from '#shared/ministry.js';
import {
  ENROLMENT_STATUSES,
  MOBILITY_SEMESTER_DAYS,
  type MobilityKind,
  OUTBOUND_STUDENT_KINDS,
} from '#shared/mobility.js';

/**
 * The counting settings: the choices the Ministry leaves open or changes over time (domain.md, "Taiwanese
 * reporting rules"), kept as `report_settings` rows (key → JSON value, with where the value comes from).
 * A missing row means the default below, so a fresh database counts the same as a seeded one.
 */

export type CountingSettings = {
  /** Outbound student kinds counted in table 2 (學5) and the outbound indicators. */
  outbound_kinds: MobilityKind[];
  /** Whether trips without credits count (the current columns say "(修讀學分)"). */
  outbound_non_credit: boolean;
  /** "At least one semester" means at least this many days (start and end included). */
  semester_days: number;
  /** A trip counts in the period it starts in, or in every period it overlaps. */
  attribution: (typeof ATTRIBUTIONS)[number];
  /** Whether evening / in-service programs count (the current column is labelled 日間). */
  include_evening: boolean;
  /** Where TEEP / IIPP interns go in the statistics table (the Ministry does not define it). */
  intern_column: (typeof INTERN_COLUMNS)[number];
  /** Foundation-program (國際專修部) students count from this academic year (ROC year; 113 = 2024/25). */
  foundation_from_year: number;
  /** 學5 counts domestic students only (not foreign, overseas Chinese, Hong Kong / Macau or mainland ones). */
  outbound_domestic_only: boolean;
  /** Whether foundation-program (國際專修部) students count in table 4-2-3 (formal degree enrolment). */
  foundation_in_tvc_4_2_3: boolean;
  /** Enrolment statuses that do not count on the reference date. */
  excluded_statuses: string[];
};
export type SettingKey = keyof CountingSettings;

type Source = { zh: string; en: string };

export const SETTING_DEFAULTS: { [K in SettingKey]: { value: CountingSettings[K]; source: Source } } = {
  outbound_kinds: {
    value: OUTBOUND_STUDENT_KINDS.filter((k) => k !== 'internship' && k !== 'competition'),
    source: {
      zh: '教育部「大專校院本國學生出國進修交流」填報說明：含交換、雙聯、短期研修；早期定義不含競賽、實習',
      en: 'Ministry of Education, outbound students table (學5) notes: exchange, dual degree and short study; the older definition excluded competitions and internships',
    },
  },
  outbound_non_credit: {
    value: false,
    source: {
      zh: '現行欄位「至少1學期(修讀學分)以上」「未滿1學期(修讀學分)」僅計修讀學分者',
      en: 'The current columns say "(修讀學分)" (credit-bearing) for both durations',
    },
  },
  semester_days: {
    value: MOBILITY_SEMESTER_DAYS,
    source: { zh: '本校認定：一學期以90日計', en: 'University rule: a semester is 90 days' },
  },
  attribution: {
    value: 'start',
    source: {
      zh: '學5 每學年、學期填報一列：以出國開始日所屬學期計',
      en: 'Table 學5 has one row per academic year and semester: a trip counts in the semester it starts in',
    },
  },
  include_evening: {
    value: false,
    source: {
      zh: '現行欄位「學制班別(日間)」僅計日間學制',
      en: 'The current column is 學制班別(日間): day programs only',
    },
  },
  intern_column: {
    value: 'excluded',
    source: {
      zh: '教育部未定義TEEP/IIPP實習生之歸屬，本校預設不列入',
      en: 'The Ministry does not define where TEEP / IIPP interns go; the university leaves them out by default',
    },
  },
  foundation_from_year: {
    value: 113,
    source: {
      zh: '教育部統計處：國際專修部學生自113學年度起列計',
      en: 'Ministry statistics: foundation-program students count from academic year 113 (2024/25)',
    },
  },
  outbound_domestic_only: {
    value: true,
    source: {
      zh: '大專校院校務資料庫表學5「本國學生出國進修交流人數」：僅計本國學生，不含外國學生、僑生、港澳生及陸生',
      en: 'University database table 學5 「本國學生出國進修交流人數」 counts domestic students only: not foreign, overseas Chinese, Hong Kong / Macau or mainland students',
    },
  },
  foundation_in_tvc_4_2_3: {
    value: false,
    source: {
      zh: '技專校院校務基本資料庫表4-2-3：僅計具正式學籍之學位生；國際專修部學生非學位生，不列入（統計處統計表自113學年度起另計）',
      en: 'Technical-college database table 4-2-3 counts degree students with formal enrolment; foundation-program students are not degree students (the statistics table counts them from AY 113)',
    },
  },
  excluded_statuses: {
    value: ENROLMENT_STATUSES.filter((s) => s === 'on_leave' || s === 'withdrawn' || s === 'deferred'),
    source: {
      zh: '技專校院校務基本資料庫表4-2-3：不含休、退學及保留入學資格者',
      en: 'Technical-college database table 4-2-3: excludes students on leave, withdrawn, and deferred admissions',
    },
  },
};

export const SETTING_KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];

export type SettingRow = {
  key: SettingKey;
  value: CountingSettings[SettingKey];
  sourceZh: string | null;
  sourceEn: string | null;
  version: number;
  /** false when no row is stored and the default applies */
  stored: boolean;
  updatedAt: string | null;
};

/** Every setting with its source and version; defaults fill the missing rows (and unreadable values). */
export async function loadSettingRows(db: Db): Promise<SettingRow[]> {
  const rows = await db.selectFrom('report_settings').selectAll().execute();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return SETTING_KEYS.map((key) => {
    const row = byKey.get(key);
    const def = SETTING_DEFAULTS[key];
    let value: CountingSettings[SettingKey] = def.value;
    if (row) {
      try {
        value = JSON.parse(row.value);
      } catch {
        value = def.value;
      }
    }
    return {
      key,
      value,
      sourceZh: row ? row.source_zh : def.source.zh,
      sourceEn: row ? row.source_en : def.source.en,
      version: row?.version ?? 0,
      stored: Boolean(row),
      updatedAt: row?.updated_at ?? null,
    };
  });
}

export async function loadCountingSettings(db: Db): Promise<CountingSettings> {
  const rows = await loadSettingRows(db);
  return Object.fromEntries(rows.map((r) => [r.key, r.value])) as CountingSettings;
}

export const defaultCountingSettings = (): CountingSettings =>
  Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFAULTS[k].value])) as CountingSettings;
