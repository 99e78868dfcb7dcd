import type { PartnerType } from '#shared/enums.js';
import type { Random } from './random.js';
import {
  type CountryProfile,
  NAME_WORDS,
  OUR_PEOPLE,
  PEOPLE,
  type Place,
  type Style,
  SYLLABLES,
  US_PLACES,
} from './world.data.js';

/** [English template, Chinese template]: {p} a city, {w} a proper name, {s} a US state. */
type Pattern = readonly [en: string, zh: string];

const GENERAL: Record<PartnerType, Pattern[]> = {
  university: [
    ['University of {p}', '{p}大學'],
    ['{p} University', '{p}大學'],
    ['{p} University of Technology', '{p}科技大學'],
    ['Technical University of {p}', '{p}工業大學'],
    ['{p} Medical University', '{p}醫科大學'],
    ['{p} University of Economics', '{p}經濟大學'],
    ['{p} Catholic University', '{p}天主教大學'],
    ['{p} University of Education', '{p}教育大學'],
    ['{p} International University', '{p}國際大學'],
    ['{p} University of Agriculture', '{p}農業大學'],
    ['{p} University of Fine Arts', '{p}美術大學'],
  ],
  university_of_applied_sciences: [
    ['{p} University of Applied Sciences', '{p}應用科技大學'],
    ['{p} Polytechnic', '{p}理工學院'],
    ['{p} Institute of Applied Arts', '{p}應用藝術學院'],
  ],
  research_institute: [
    ['{p} Institute for Advanced Study', '{p}高等研究院'],
    ['{p} Research Institute of Science', '{p}科學研究所'],
    ['{p} Centre for Asian Studies', '{p}亞洲研究中心'],
  ],
  college: [
    ['{p} College', '{p}學院'],
    ['{p} Business School', '{p}商學院'],
    ['{p} School of Design', '{p}設計學院'],
    ['{p} Conservatory of Music', '{p}音樂學院'],
    ['{p} College of Hospitality', '{p}餐旅學院'],
  ],
  company: [
    ['{w} Technologies', '{w}科技公司'],
    ['{w} Electronics', '{w}電子公司'],
    ['{w} Semiconductor', '{w}半導體公司'],
    ['{p} Trading Company', '{p}貿易公司'],
  ],
  government: [
    ['{p} City Government', '{p}市政府'],
    ['{p} Education Bureau', '{p}教育局'],
    ['{p} Regional Council', '{p}地區議會'],
  ],
  other: [
    ['{p} Cultural Foundation', '{p}文化基金會'],
    ['{p} Chamber of Commerce', '{p}商會'],
    ['{p} Language Institute', '{p}語言學院'],
    ['{p} General Hospital', '{p}綜合醫院'],
  ],
};

/** Country styles override the general patterns for universities and colleges. */
const STYLED: Partial<Record<Style, Partial<Record<PartnerType, Pattern[]>>>> = {
  japan: {
    university: [
      ['{p} University', '{p}大學'],
      ['{w} University', '{w}大學'],
      ['{p} Institute of Technology', '{p}工業大學'],
      ['{p} University of Foreign Studies', '{p}外國語大學'],
      ['{p} Prefectural University', '{p}縣立大學'],
      ['{p} University of Education', '{p}教育大學'],
      ['{p} Medical University', '{p}醫科大學'],
      ['{p} University of the Arts', '{p}藝術大學'],
      ["{p} Women's University", '{p}女子大學'],
      ['{w} Gakuin University', '{w}學院大學'],
      ['{p} International University', '{p}國際大學'],
    ],
    college: [
      ['National Institute of Technology, {p} College', '{p}工業高等專門學校'],
      ['{p} Junior College', '{p}短期大學'],
      ['{w} Junior College', '{w}短期大學'],
    ],
  },
  korea: {
    university: [
      ['{p} National University', '國立{p}大學'],
      ['{w} University', '{w}大學'],
      ['{p} University', '{p}大學'],
      ['{p} National University of Science and Technology', '國立{p}科學技術大學'],
      ["{w} Women's University", '{w}女子大學'],
      ['{p} University of Foreign Studies', '{p}外國語大學'],
      ['{p} Catholic University', '{p}天主教大學'],
    ],
  },
  us: {
    university: [
      ['University of {s}', '{s}大學'],
      ['{s} State University', '{s}州立大學'],
      ['University of {s}, {p}', '{s}大學{p}分校'],
      ['{p} University', '{p}大學'],
      ['{w} University', '{w}大學'],
      ['{s} Institute of Technology', '{s}理工學院'],
      ['{p} State University', '{p}州立大學'],
    ],
    college: [
      ['{w} College', '{w}學院'],
      ['{p} Community College', '{p}社區學院'],
      ['{w} Liberal Arts College', '{w}文理學院'],
    ],
  },
  chinese: {
    university: [
      ['{p} University', '{p}大學'],
      ['{p} Normal University', '{p}師範大學'],
      ['{p} University of Science and Technology', '{p}科技大學'],
      ['{p} Jiaotong University', '{p}交通大學'],
      ['{p} University of Finance and Economics', '{p}財經大學'],
      ['{p} Medical University', '{p}醫科大學'],
      ['{p} University of Technology', '{p}理工大學'],
      ['{p} Foreign Studies University', '{p}外國語大學'],
    ],
  },
};

export type PartnerName = { nameEn: string; nameZh: string; city: string; cityZh: string; domain: string };

/** Builds bilingual institution names; remembers what it has used so repeats get a campus suffix. */
export class NameMaker {
  private readonly used = new Set<string>();
  private readonly tailTowns = new Map<string, Place[]>();

  constructor(private readonly random: Random) {}

  partner(country: CountryProfile, type: PartnerType): PartnerName {
    const patterns = STYLED[country.style]?.[type] ?? GENERAL[type];
    let made = this.fill(country, type, this.random.pick(patterns));
    for (let attempt = 0; this.used.has(made.nameEn) && attempt < 3; attempt++)
      made = this.fill(country, type, this.random.pick(patterns));
    if (this.used.has(made.nameEn)) {
      const campus = this.city(country);
      made = { ...made, nameEn: `${made.nameEn}, ${campus[0]} Campus`, nameZh: `${made.nameZh}${campus[1]}校區` };
    }
    for (let n = 2; this.used.has(made.nameEn); n++)
      made = { ...made, nameEn: `${made.nameEn} (${n})`, nameZh: `${made.nameZh}（${n}）` };
    this.used.add(made.nameEn);
    return made;
  }

  /** A person's name in the partner's romanization, or one of ours in Chinese. */
  person(style: Style | 'ours'): string {
    if (style === 'ours') return this.random.pick(OUR_PEOPLE);
    const names = PEOPLE[style];
    const family = this.random.pick(names.family);
    const given = this.random.pick(names.given);
    return style === 'general' || style === 'us' ? `${given} ${family}` : `${family} ${given}`;
  }

  private fill(country: CountryProfile, type: PartnerType, [en, zh]: Pattern): PartnerName {
    const usPlace = country.style === 'us' ? this.random.pick(US_PLACES) : undefined;
    const place: Place = usPlace ? [usPlace[0], usPlace[1]] : this.city(country);
    const words = NAME_WORDS[type === 'company' ? 'company' : wordList(country.style)];
    const word = this.random.pick(words);
    const sub = (t: string, i: 0 | 1) =>
      t
        .replace('{p}', place[i])
        .replace('{w}', word[i])
        .replace('{s}', usPlace ? (i === 0 ? usPlace[2] : usPlace[3]) : place[i]);
    const nameEn = sub(en, 0);
    return { nameEn, nameZh: sub(zh, 1), city: place[0], cityZh: place[1], domain: slug(nameEn) };
  }

  /** A city of the country; long-tail countries get towns made of transliterated syllables. */
  private city(country: CountryProfile): Place {
    if (country.cities.length) return this.random.pick(country.cities);
    let towns = this.tailTowns.get(country.code);
    if (!towns) {
      towns = Array.from({ length: 4 }, () => this.town());
      this.tailTowns.set(country.code, towns);
    }
    return this.random.pick(towns);
  }

  private town(): Place {
    const parts = Array.from({ length: this.random.int(2, 3) }, () => this.random.pick(SYLLABLES));
    const en = parts.map((p) => p[0]).join('');
    return [en.charAt(0).toUpperCase() + en.slice(1), parts.map((p) => p[1]).join('')];
  }
}

function wordList(style: Style): 'japan' | 'korea' | 'us' {
  return style === 'japan' || style === 'korea' ? style : 'us';
}

/** "University of Tokyo" → "utokyo"-like ASCII: initials of long names, whole short ones. */
function slug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[^A-Za-z ]/g, '')
    .toLowerCase()
    .split(' ')
    .filter((w) => w && !['of', 'the', 'and', 'at'].includes(w));
  const joined = words.join('');
  return joined.length <= 14 ? joined : words.map((w) => w[0]).join('') + (words[0] ?? '').slice(0, 6);
}
