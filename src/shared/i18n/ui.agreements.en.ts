import type { DeepStrings } from './merge.js';
import type { uiAgreementsZhTW } from './ui.agreements.zh-TW.js';

export const uiAgreementsEn: DeepStrings<typeof uiAgreementsZhTW> = { agreementsUi: { title: 'Agreements' } };
