/** Web strings of a student's home page. */
export const uiHomeZhTW = {
  homeUi: {
    title: '我的交換',
    subtitle: '可申請的甄選、您的申請與交換紀錄，以及下一步要做的事。',
    openCalls: '可申請的甄選',
    noOpenCalls: '目前沒有受理中的甄選。',
    deadline: '截止時間：{{at}}',
    applied: '已申請',
    myApplications: '我的申請',
    noApplications: '您還沒有申請。',
    draftNeeds: '尚未送出：請於截止前完成並送出。',
    myMobility: '我的交換紀錄',
    noMobility: '目前沒有交換紀錄。',
    period: '期間：{{from}} 至 {{to}}',
    openEnded: '未定',
  },
};
