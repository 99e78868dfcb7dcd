import type { Db } from '#server/db/client.js';
import { sha256Of, storeContent } from '#server/lib/stored-files.js';

/** The demo university's own details and a simple SVG logo (a meridian over a globe). */
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<circle cx="32" cy="32" r="28" fill="#1c4e80" />
<ellipse cx="32" cy="32" rx="12" ry="28" fill="none" stroke="#ffffff" stroke-width="3" />
<line x1="4" y1="32" x2="60" y2="32" stroke="#ffffff" stroke-width="3" />
</svg>
`;

export async function seedUniversityProfile(trx: Db, now: string): Promise<void> {
  const data = Buffer.from(LOGO, 'utf8');
  const logo = await storeContent(
    trx,
    { sha256: sha256Of(data), size: data.length, contentType: 'image/svg+xml', data },
    now,
  );
  await trx
    .updateTable('university_profile')
    .set({
      name_zh: '南方子午科技大學',
      name_en: 'Southern Meridian University of Science and Technology',
      address_zh: '912301 屏東縣子午鄉經線路 1 號',
      address_en: '1 Jingxian Road, Ziwu Township, Pingtung County 912301, Taiwan',
      phone: '+886 8 770 0000',
      email: 'oia@demo.meridian.tw',
      website: 'https://demo.meridian.tw',
      logo_file_id: logo,
      updated_at: now,
    })
    .where('id', '=', 1)
    .execute();
}
