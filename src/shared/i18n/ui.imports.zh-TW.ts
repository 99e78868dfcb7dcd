/** Web pages of the bulk import feature. */
export const uiImportsZhTW = { importsUi: { title: '批次匯入' } };
