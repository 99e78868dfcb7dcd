/** Recruitment (issue 21, item 3): the funnel page. */
export const uiRecruitmentZhTW = {
  recruitmentUi: {
    funnel: {
      title: '招生漏斗',
      intro: '各國家（地區）或管道的潛在學生、申請人、錄取與入學人數，逐學年度比較。',
      fromYear: '起始學年度',
      toYear: '結束學年度',
      groupBy: '分組',
      download: '下載 Excel',
      noApplicants: '申請人與錄取人數待招生申請資料建立後提供。',
      empty: '此期間沒有資料。',
      tableLabel: '招生漏斗',
    },
  },
};
