/** Bulk import: template headers, row errors and report labels (server and web). */
export const importsZhTW = { imports: { title: '批次匯入' } };
