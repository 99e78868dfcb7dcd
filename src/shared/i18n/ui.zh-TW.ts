/** Web UI strings (zh-TW, the default). ui.en.ts is typed against this file. */
export const uiZhTW = {
  app: {
    name: 'Meridian 國際事務平台',
  },
};
