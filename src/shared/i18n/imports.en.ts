import type { importsZhTW } from './imports.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const importsEn: DeepStrings<typeof importsZhTW> = { imports: { title: 'Bulk import' } };
