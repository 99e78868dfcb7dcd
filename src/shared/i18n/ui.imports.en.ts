import type { DeepStrings } from './merge.js';
import type { uiImportsZhTW } from './ui.imports.zh-TW.js';

export const uiImportsEn: DeepStrings<typeof uiImportsZhTW> = { importsUi: { title: 'Bulk import' } };
