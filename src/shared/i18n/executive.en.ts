import type { executiveZhTW } from './executive.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const executiveEn: DeepStrings<typeof executiveZhTW> = {
  executive: { title: 'Internationalization dashboard' },
};
