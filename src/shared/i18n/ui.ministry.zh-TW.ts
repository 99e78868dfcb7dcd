export const uiMinistryZhTW = {
  ministryUi: { settingsTitle: '計數規則設定' },
};
