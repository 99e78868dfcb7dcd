export const uiActivitiesZhTW = {
  activitiesUi: { builderTitle: '自訂報表' },
};
