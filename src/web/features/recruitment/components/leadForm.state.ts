import type { LeadChannel, LeadLevel } from '#shared/recruitment';
import type { Locale } from '#shared/roles';
import type { Lead, LeadInput } from '#shared/schemas/recruitment';

/** What staff edit on a lead; consent is not edited here (it is recorded when given and withdrawn on its own). */
export type LeadFormState = {
  name: string;
  email: string;
  country: string;
  channel: LeadChannel;
  programInterest: string;
  level: LeadLevel | '';
  locale: Locale;
  collectedOn: string;
  notes: string;
};

export const fromLead = (l: Lead): LeadFormState => ({
  name: l.name,
  email: l.email,
  country: l.country,
  channel: l.channel,
  programInterest: l.programInterest ?? '',
  level: l.level ?? '',
  locale: l.locale,
  collectedOn: l.collectedOn,
  notes: l.notes ?? '',
});

/** The body: the form's values with the lead's trip and consent as recorded. */
export const toLeadBody = (v: LeadFormState, lead: Lead): LeadInput => ({
  tripId: lead.tripId,
  channel: v.channel,
  name: v.name.trim(),
  email: v.email.trim(),
  country: v.country.trim().toUpperCase(),
  programInterest: v.programInterest.trim() || null,
  level: v.level || null,
  locale: v.locale,
  collectedOn: v.collectedOn,
  consentVersion: lead.consentVersion,
  consentAt: lead.consentAt,
  notes: v.notes.trim() || null,
});

export const missingLead = (v: LeadFormState) =>
  (['name', 'email', 'country', 'collectedOn'] as const).filter((k) => !v[k].trim());
