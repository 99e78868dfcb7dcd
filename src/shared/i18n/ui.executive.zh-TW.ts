export const uiExecutiveZhTW = {
  executiveUi: { reportsTitle: '報表', statusTitle: '國際化現況報告' },
};
