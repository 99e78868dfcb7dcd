import type { Content } from 'pdfmake/interfaces';
import { contactLine, type UniversityDetails } from '#shared/university.js';

/** The university's details and logo as letters and reports print them (loaded by modules/university). */
export type Letterhead = UniversityDetails & { logo: { type: 'png' | 'svg'; data: Buffer } | null };

function logoImage(logo: NonNullable<Letterhead['logo']>): Content {
  return logo.type === 'svg'
    ? { svg: logo.data.toString('utf8'), fit: [56, 56] }
    : { image: `data:image/png;base64,${logo.data.toString('base64')}`, fit: [56, 56] };
}

/**
 * The top of a letter or report: the logo on the left, the names in Chinese and English, and the
 * address and contacts in both languages; a rule below. `office` adds a line (the issuing office).
 */
export function letterheadContent(l: Letterhead, office?: { zh: string; en: string }): Content[] {
  const contactsZh = contactLine(l, 'zh-TW');
  const contactsEn = contactLine(l, 'en');
  const text: Content[] = [
    { text: l.nameZh, fontSize: 16, bold: true },
    { text: l.nameEn, fontSize: 11 },
    ...(office ? [{ text: `${office.zh}　${office.en}`, fontSize: 9, color: '#333333' }] : []),
    ...(contactsZh ? [{ text: contactsZh, fontSize: 8, color: '#444444' }] : []),
    ...(contactsEn && contactsEn !== contactsZh ? [{ text: contactsEn, fontSize: 8, color: '#444444' }] : []),
  ];
  const head: Content = l.logo
    ? {
        columns: [
          { width: 64, stack: [logoImage(l.logo)] },
          { width: '*', stack: text },
        ],
        columnGap: 8,
      }
    : { stack: text, alignment: 'center' };
  return [head, { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 0.8 }], margin: [0, 0, 0, 12] }];
}
