/** The resource center's vocabulary (issue 20), shared by server and web. */
export const RESOURCE_KINDS = ['document', 'link'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
/** Which languages the item exists in: both, or only one (shown beside the title). */
export const RESOURCE_LANGUAGES = ['both', 'zh-TW', 'en'] as const;
export type ResourceLanguages = (typeof RESOURCE_LANGUAGES)[number];
/** public: also on the portal; staff: every signed-in staff member; unit: the owning unit's staff (and OIA). */
export const RESOURCE_AUDIENCES = ['public', 'staff', 'unit'] as const;
export type ResourceAudience = (typeof RESOURCE_AUDIENCES)[number];
/** Days before an item's review date that its owner is reminded. */
export const RESOURCE_REVIEW_NOTICE_DAYS = 14;

/** The office's staff-area categories (教職員專區), seeded once by migration 023. */
export const RESOURCE_CATEGORY_SEED = [
  { code: 'agreements', name_zh: '國際簽約', name_en: 'International agreements' },
  { code: 'visitors', name_zh: '外賓接待', name_en: 'Hosting visitors' },
  { code: 'recruitment', name_zh: '招生專區', name_en: 'Recruitment' },
  { code: 'international_students', name_zh: '國際學生', name_en: 'International students' },
  { code: 'projects', name_zh: '計畫資料', name_en: 'Projects and forms' },
  { code: 'exchange', name_zh: '國際交流', name_en: 'International exchange' },
  { code: 'study_abroad', name_zh: '出國方案', name_en: 'Study abroad' },
  { code: 'news', name_zh: '國際化動態', name_en: 'Internationalization news' },
] as const;
