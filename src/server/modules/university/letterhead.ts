import type { Db } from '#server/db/client.js';
import { findRootUnit } from '#server/modules/units/unit.repository.js';
import type { Letterhead } from '#server/pdf/letterhead.js';
import type { UniversityDetails } from '#shared/university.js';
import { detailsOf, findLogo, findProfile } from './university.repository.js';

/**
 * The university's details (administration → university) for letters, reports and mails. Before anyone
 * has filled them in, the names come from the unit tree's university unit, so nothing goes out unsigned.
 */
export async function loadUniversityDetails(db: Db): Promise<UniversityDetails> {
  const details = detailsOf(await findProfile(db));
  if (!details.nameZh || !details.nameEn) {
    const root = await findRootUnit(db);
    const unit = root?.kind === 'university' ? root : undefined;
    details.nameZh ||= unit?.name_zh ?? '';
    details.nameEn ||= unit?.name_en ?? '';
  }
  return details;
}

/** The details with the logo's bytes, for PDFs. */
export async function loadLetterhead(db: Db): Promise<Letterhead> {
  const details = await loadUniversityDetails(db);
  const logo = await findLogo(db);
  return {
    ...details,
    logo: logo
      ? { type: logo.content_type === 'image/svg+xml' ? 'svg' : 'png', data: Buffer.from(logo.data as Uint8Array) }
      : null,
  };
}
