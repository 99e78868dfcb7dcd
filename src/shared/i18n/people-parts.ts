import { callsEn } from './calls.en.js';
import { callsZhTW } from './calls.zh-TW.js';
import { checklistEn } from './checklist.en.js';
import { checklistZhTW } from './checklist.zh-TW.js';
import { fundingEn } from './funding.en.js';
import { fundingZhTW } from './funding.zh-TW.js';
import { mergeCatalogs } from './merge.js';
import { mobilityEn } from './mobility.en.js';
import { mobilityZhTW } from './mobility.zh-TW.js';
import { peopleEn } from './people.en.js';
import { peopleZhTW } from './people.zh-TW.js';

/**
 * The shared parts of the people and mobility modules (people, mobility, calls, checklist, funding):
 * the server always has them; the browser loads them with any of those features (they use each
 * other's enum labels), keeping them out of the first page.
 */
export const peopleParts = {
  'zh-TW': mergeCatalogs(peopleZhTW, mobilityZhTW, callsZhTW, checklistZhTW, fundingZhTW),
  en: mergeCatalogs(peopleEn, mobilityEn, callsEn, checklistEn, fundingEn),
};
