/** People pages' strings, loaded with the feature's lazy chunk. */
export const uiPeopleZhTW = {};
