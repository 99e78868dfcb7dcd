/** The app's notion of "now"; tests and scheduled jobs can move it. */
export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };
export const iso = (d: Date) => d.toISOString();
