export const uiIndicatorsZhTW = {
  indicatorsUi: { reportingTitle: '指標填報' },
};
