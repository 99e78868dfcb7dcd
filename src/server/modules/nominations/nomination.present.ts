import { businessDate } from '#shared/calendar.js';
import type {
  NominationLink,
  NominationWindow,
  Nominee,
  PlacesUse,
  StaffNomination,
} from '#shared/schemas/nominations.js';
import type * as repo from './nomination.repository.js';

export const presentWindow = (w: repo.WindowRow, today: string): NominationWindow => ({
  id: w.id,
  academicYear: w.academic_year,
  term: w.term,
  opensOn: w.opens_on,
  closesOn: w.closes_on,
  applicationsCloseOn: w.applications_close_on,
  open: w.opens_on <= today && today <= w.closes_on,
  version: w.version,
});

export const todayOf = (now: string) => businessDate(new Date(now));

export const linkState = (l: repo.LinkRow, now: string): NominationLink['state'] =>
  l.revoked_at ? 'revoked' : l.expires_at <= now ? 'expired' : 'live';

export const presentLink = (l: repo.LinkRow, now: string): NominationLink => ({
  id: l.id,
  partnerId: l.partner_id,
  contactName: l.contact_name,
  contactEmail: l.contact_email,
  locale: l.locale,
  expiresAt: l.expires_at,
  revokedAt: l.revoked_at,
  lastUsedAt: l.last_used_at,
  sentAt: l.sent_at,
  createdAt: l.created_at,
  state: linkState(l, now),
});

export const presentNominee = (n: repo.NominationRow): Nominee => ({
  id: n.id,
  windowId: n.window_id,
  academicYear: n.academic_year,
  term: n.term,
  givenName: n.given_name,
  familyName: n.family_name,
  email: n.email,
  level: n.level,
  fieldOfStudy: n.field_of_study,
  status: n.status,
  createdAt: n.created_at,
  decidedAt: n.decided_at,
});

export const presentStaffNomination = (n: repo.NominationRow): StaffNomination => ({
  ...presentNominee(n),
  partnerId: n.partner_id,
  linkId: n.link_id,
  reason: n.reason,
  mobilityId: n.mobility_id,
  version: n.version,
});

/** Inbound places per academic year: offered and used (the agreements' ledger, mobilities included). */
export function placesByYear(places: { academic_year: number; places: number; used: number | null }[]): PlacesUse[] {
  const byYear = new Map<number, PlacesUse>();
  for (const p of places) {
    const y = byYear.get(p.academic_year) ?? { academicYear: p.academic_year, places: 0, used: 0 };
    y.places += Number(p.places);
    y.used += Number(p.used ?? 0);
    byYear.set(p.academic_year, y);
  }
  return [...byYear.values()].sort((a, b) => a.academicYear - b.academicYear);
}
