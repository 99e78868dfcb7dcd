import type { AgreementKind } from '#shared/enums';
import type { Agreement, AgreementCreate } from '#shared/schemas/agreements';

export type PartnerRow = {
  key: string;
  partnerId: number;
  nameEn: string;
  nameZh: string | null;
  country: string;
  facultyEn: string;
  facultyZh: string;
};

export type PersonRole = 'signatory' | 'contact';
export type PersonSide = 'ours' | 'partner';
export type PersonRow = {
  key: string;
  role: PersonRole;
  side: PersonSide;
  name: string;
  title: string;
  email: string;
  phone: string;
  signedOn: string;
};

/** What the agreement form holds: text as typed (the server trims and turns '' into null). */
export type AgreementFormState = {
  kind: AgreementKind | null;
  titleEn: string;
  titleZh: string;
  code: string;
  partnerCode: string;
  owningUnitId: number | null;
  partners: PartnerRow[];
  startDate: string;
  endDate: string;
  openEnded: boolean;
  autoRenew: boolean;
  renewalTerms: string;
  noticeMonths: number | null;
  people: PersonRow[];
  notes: string;
};

let nextKey = 0;
const key = () => `r${++nextKey}`;

export const newPartnerRow = (p: Omit<PartnerRow, 'key' | 'facultyEn' | 'facultyZh'> & Partial<PartnerRow>) => ({
  facultyEn: '',
  facultyZh: '',
  ...p,
  key: key(),
});

export const newPerson = (role: PersonRole, side: PersonSide, p: Partial<PersonRow> = {}): PersonRow => ({
  role,
  side,
  name: '',
  title: '',
  email: '',
  phone: '',
  signedOn: '',
  ...p,
  key: key(),
});

export const emptyAgreement = (): AgreementFormState => ({
  kind: 'student_exchange',
  titleEn: '',
  titleZh: '',
  code: '',
  partnerCode: '',
  owningUnitId: null,
  partners: [],
  startDate: '',
  endDate: '',
  openEnded: false,
  autoRenew: false,
  renewalTerms: '',
  noticeMonths: 6,
  people: [],
  notes: '',
});

export const fromAgreement = (a: Agreement): AgreementFormState => ({
  kind: a.kind,
  titleEn: a.titleEn,
  titleZh: a.titleZh ?? '',
  code: a.code ?? '',
  partnerCode: a.partnerCode ?? '',
  owningUnitId: a.owningUnitId,
  partners: a.partners.map((p) =>
    newPartnerRow({
      partnerId: p.id,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      country: p.country,
      facultyEn: p.facultyEn ?? '',
      facultyZh: p.facultyZh ?? '',
    }),
  ),
  startDate: a.startDate ?? '',
  endDate: a.endDate ?? '',
  openEnded: a.openEnded,
  autoRenew: a.autoRenew,
  renewalTerms: a.renewalTerms ?? '',
  noticeMonths: a.noticeMonths,
  people: a.people.map((p) =>
    newPerson(p.role, p.side, {
      name: p.name,
      title: p.title ?? '',
      email: p.email ?? '',
      phone: p.phone ?? '',
      signedOn: p.signedOn ?? '',
    }),
  ),
  notes: a.notes ?? '',
});

/** The request body; missing required values are left for the server to report (as `required`). */
export function toBody(s: AgreementFormState): AgreementCreate {
  return {
    kind: s.kind as AgreementKind,
    titleEn: s.titleEn,
    titleZh: s.titleZh,
    code: s.code,
    partnerCode: s.partnerCode,
    owningUnitId: s.owningUnitId,
    partners: s.partners.map((p) => ({ partnerId: p.partnerId, facultyEn: p.facultyEn, facultyZh: p.facultyZh })),
    startDate: s.startDate,
    endDate: s.openEnded ? '' : s.endDate,
    openEnded: s.openEnded,
    autoRenew: s.autoRenew,
    renewalTerms: s.renewalTerms,
    noticeMonths: s.noticeMonths,
    people: s.people.map((p) => ({
      role: p.role,
      side: p.side,
      name: p.name,
      title: p.title,
      email: p.email,
      phone: p.phone,
      // Only signatories sign; a contact's date is never sent.
      signedOn: p.role === 'signatory' ? p.signedOn : '',
    })),
    notes: s.notes,
  };
}

/** Light checks before sending (the server's messages remain the source of truth). */
export function missingRequired(s: AgreementFormState): string[] {
  const missing: string[] = [];
  if (!s.kind) missing.push('kind');
  if (!s.titleEn.trim()) missing.push('titleEn');
  if (s.partners.length === 0) missing.push('partners');
  s.people.forEach((p, i) => {
    if (!p.name.trim()) missing.push(`people.${i}.name`);
  });
  return missing;
}
