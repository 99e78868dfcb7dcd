/** Web strings of the OIA dashboard and the world map. */
export const uiDashboardZhTW = { dashboardUi: { title: '國際處儀表板' } };
