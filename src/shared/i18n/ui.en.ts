import type { UiCatalog } from './index.js';

/** Web UI strings (English); typed against ui.zh-TW.ts so a missing or extra key fails `tsc`. */
export const uiEn: UiCatalog = {
  app: {
    name: 'Meridian International Affairs',
  },
};
