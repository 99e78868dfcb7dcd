/** Web pages of the agreements feature; loaded with its lazy chunk. */
export const uiAgreementsZhTW = { agreementsUi: { title: '合作協議' } };
