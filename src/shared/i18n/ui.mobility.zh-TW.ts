/** Mobility pages' strings, loaded with the feature's lazy chunk. */
export const uiMobilityZhTW = {};
