export const uiAcademicCalendarZhTW = {
  academicCalendarUi: {
    title: '行事曆（學期日期）',
    intro:
      '各學年度上、下學期的起訖日與開學日。未設定的學期沿用預設：上學期 8 月 1 日至 1 月 31 日，下學期 2 月 1 日至 7 月 31 日；上課期間為 9 月 1 日至 1 月 31 日、2 月 1 日至 6 月 30 日。教育部報表的學期與甄選的交換期間都依此計算。',
    year: '{{roc}} 學年度（{{from}}–{{to}}）',
    addYear: '新增學年度',
    yearInput: '學年度（民國）',
    empty: '尚未設定任何學年度，全部沿用預設日期。',
    semesters: { '1': '上學期', '2': '下學期' },
    defaults: '預設',
    range: '{{from}} 至 {{to}}',
    teaching: '開學日 {{from}}，上課至 {{to}}',
    set: '設定日期',
    edit: '編輯',
    fields: {
      firstDay: '學期開始日',
      lastDay: '學期結束日',
      teachingStart: '開學日（上課開始）',
      teachingEnd: '上課結束日',
    },
    teachingHint: '留白則沿用預設（9 月 1 日開學、6 月 30 日結束），並以學期起訖為限。',
    saved: '學期日期已儲存。',
    conflict: '其他人已修改這個學期的日期，已重新載入最新版本，請再確認後儲存。',
    remove: {
      label: '改回預設',
      title: '刪除這個學期的設定？',
      confirm: '這個學期將改用預設日期。',
      done: '已改回預設日期。',
    },
  },
};
