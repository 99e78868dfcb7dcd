/** Mobility: strings the server needs too (errors, field messages, enum labels, mail, exports). */
export const mobilityZhTW = {};
