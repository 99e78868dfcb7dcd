import { SchacCode } from '#shared/schemas/partners.js';

/**
 * The SCHAC code a website stands for: its host without "www." ("https://www.uw.edu.pl/" → "uw.edu.pl"),
 * or null when that is not a domain. Ours comes from the university profile's website this way.
 */
export function schacOfWebsite(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    const host = new URL(website).hostname.replace(/^www\./, '');
    return SchacCode.safeParse(host).success ? host : null;
  } catch {
    return null;
  }
}
