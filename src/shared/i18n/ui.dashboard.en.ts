import type { DeepStrings } from './merge.js';
import type { uiDashboardZhTW } from './ui.dashboard.zh-TW.js';

export const uiDashboardEn: DeepStrings<typeof uiDashboardZhTW> = { dashboardUi: { title: 'OIA dashboard' } };
