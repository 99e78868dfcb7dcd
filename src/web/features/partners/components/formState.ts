import type { Partner, PartnerCreate } from '#shared/schemas/partners';
import type { PartnerStatus, PartnerType } from '#web/lib/enums';

export type ContactRow = { key: string; name: string; title: string; email: string; phone: string };

/** What the partner form holds: text as typed (the server trims and turns '' into null). */
export type PartnerFormState = {
  nameEn: string;
  nameZh: string;
  /** Other names, one per line. */
  aliases: string;
  code: string;
  country: string | null;
  city: string;
  cityZh: string;
  website: string;
  schac: string;
  type: PartnerType | null;
  status: PartnerStatus;
  owningUnitId: number | null;
  notes: string;
  contacts: ContactRow[];
};

let nextKey = 0;
export const newContact = (c: Partial<ContactRow> = {}): ContactRow => ({
  key: `c${++nextKey}`,
  name: c.name ?? '',
  title: c.title ?? '',
  email: c.email ?? '',
  phone: c.phone ?? '',
});

export const emptyPartner = (): PartnerFormState => ({
  nameEn: '',
  nameZh: '',
  aliases: '',
  code: '',
  country: null,
  city: '',
  cityZh: '',
  website: '',
  schac: '',
  type: 'university',
  status: 'active',
  owningUnitId: null,
  notes: '',
  contacts: [],
});

export const fromPartner = (p: Partner): PartnerFormState => ({
  nameEn: p.nameEn,
  nameZh: p.nameZh ?? '',
  aliases: p.aliases.join('\n'),
  code: p.code ?? '',
  country: p.country,
  city: p.city ?? '',
  cityZh: p.cityZh ?? '',
  website: p.website ?? '',
  schac: p.schac ?? '',
  type: p.type,
  status: p.status,
  owningUnitId: p.owningUnitId,
  notes: p.notes ?? '',
  contacts: p.contacts.map((c) =>
    newContact({ name: c.name, title: c.title ?? '', email: c.email ?? '', phone: c.phone ?? '' }),
  ),
});

/** The request body; missing required values are left for the server to report (as `required`). */
export function toBody(s: PartnerFormState): PartnerCreate {
  return {
    nameEn: s.nameEn,
    nameZh: s.nameZh,
    aliases: s.aliases
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    code: s.code,
    country: s.country ?? '',
    city: s.city,
    cityZh: s.cityZh,
    website: s.website,
    schac: s.schac,
    type: s.type as PartnerType,
    status: s.status,
    owningUnitId: s.owningUnitId,
    notes: s.notes,
    contacts: s.contacts.map((c) => ({ name: c.name, title: c.title, email: c.email, phone: c.phone })),
  };
}

/** Light checks before sending (the server's messages remain the source of truth). */
export function missingRequired(s: PartnerFormState): string[] {
  const missing: string[] = [];
  if (!s.nameEn.trim()) missing.push('nameEn');
  if (!s.country) missing.push('country');
  if (!s.type) missing.push('type');
  s.contacts.forEach((c, i) => {
    if (!c.name.trim()) missing.push(`contacts.${i}.name`);
  });
  return missing;
}
