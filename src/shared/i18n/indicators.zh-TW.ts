/**
 * Indicators, targets, reporting periods and submissions: labels the server (notifications, mails,
 * errors) and the web share. Vocabulary values are in src/shared/reporting.ts.
 */
export const indicatorsZhTW = {
  indicators: { title: '國際化指標' },
  indicatorUnits: { count: '數量', percent: '百分比', ntd: '新臺幣' },
  strategies: {
    '1': '策略一：建構國際化校園',
    '2': '策略二：強化跨國合作',
    '3': '策略三：提升學生國際移動力',
    '4': '策略四：延攬全球菁英',
  },
  indicatorMethods: { computed: '由紀錄計算', manual: '人工填報（活動紀錄）' },
  computedRules: {
    outbound_students_semester: '出國學生（一學期以上、修讀學分）',
    outbound_students_short: '出國學生（未滿一學期）',
    outbound_students_all: '出國學生（全部）',
    international_students_on_date: '基準日在學境外學位生',
    non_degree_students: '境外非學位生',
    exchange_students_in: '來校交換學生',
    teep_interns: 'TEEP／IIPP 實習生',
    staff_abroad: '教職員出國',
    scholars_in: '來訪學者',
    active_agreements: '生效中協議',
    new_agreements: '新簽協議',
  },
  periodKinds: {
    college_quarterly: '學院季報',
    moe_march: '校務資料庫三月填報',
    moe_october: '校務資料庫十月填報',
    semester_july: '學期末彙整（七月）',
    semester_january: '學期末彙整（一月）',
  },
  periodStates: { upcoming: '尚未開放', open: '開放填報中', closed: '已截止' },
  submissionStatuses: { draft: '填寫中', submitted: '已送出', returned: '已退回', approved: '已核定' },
  notifications: {
    submission: {
      opened: {
        title: '指標填報已開放：{{period}}',
        body: '{{college}}的「{{period}}」填報已開放，請於 {{closesOn}} 前確認數據、補充說明並送出。',
      },
      reminder_7: {
        title: '指標填報 7 天後截止：{{period}}',
        body: '{{college}}的「{{period}}」尚未送出，將於 {{closesOn}} 截止（尚餘 {{days}} 天）。',
      },
      reminder_2: {
        title: '指標填報 2 天後截止：{{period}}',
        body: '{{college}}的「{{period}}」尚未送出，將於 {{closesOn}} 截止（尚餘 {{days}} 天），請盡快送出。',
      },
      submitted: {
        title: '指標填報已送出：{{college}}',
        body: '{{college}}已送出「{{period}}」，請審核。',
      },
      returned: {
        title: '指標填報已退回：{{period}}',
        body: '{{college}}的「{{period}}」已退回修改。審核意見：{{comment}}',
      },
      approved: {
        title: '指標填報已核定：{{period}}',
        body: '{{college}}的「{{period}}」已核定，數據已鎖定為快照。',
      },
    },
  },
  errors: {
    submission_locked: '此填報已核定並鎖定，無法再修改。',
    submission_under_review: '此填報已送出審核中，無法修改；如需修改請由國際處退回。',
    submission_not_submitted: '此填報尚未送出，無法審核。',
  },
  validation: {
    rule_required: '由紀錄計算的指標須選擇計算規則。',
    activity_kind_required: '人工填報的指標須選擇活動類別。',
    indicator_code: '代碼只能使用英文字母、數字、底線、點與連字號。',
    target_unit: '目標只能設定給全校或學院。',
    covers_to_before_from: '統計迄日不可早於起日。',
    closes_before_opens: '截止日不可早於開放日。',
    quarter_required: '學院季報須選擇季別。',
    quarter_only_quarterly: '只有學院季報有季別。',
    reference_date_required: '教育部填報須有基準日（3/15 或 10/15）。',
  },
};
