import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { getAgreement } from '#server/modules/agreements/agreement.service.js';
import { listPlaces } from '#server/modules/agreements/agreement-places.service.js';
import type { Agreement, Place } from '#shared/schemas/agreements.js';
import * as repo from './ewp.repository.js';
import { type IiaCondition, type IiaSide, writeIiaXml } from './iia-xml.js';
import { schacOfWebsite } from './schac.js';

/** A reason the file cannot be written: shown as the download's message and on the field. */
const cannotExport = (path: string, key: string) =>
  new AppError('VALIDATION_FAILED', { messageKey: key, fields: [{ path, key }] });

/** EC convention for converting between months and days in mobility totals. */
const DAYS_PER_MONTH = 30;

/** Total months (students) or days (staff) of all the year's mobilities: duration is per place. */
export function totalOf(p: Place, student: boolean): number | null {
  if (p.duration == null || p.places === 0) return null;
  const perPlace = student
    ? p.durationUnit === 'months'
      ? p.duration
      : p.duration / DAYS_PER_MONTH
    : p.durationUnit === 'days'
      ? p.duration
      : p.duration * DAYS_PER_MONTH;
  return perPlace * p.places;
}

/**
 * One EWP condition per run of consecutive academic years whose places say the same (direction, level, kind,
 * number, duration, languages, ISCED). Levels stay apart: one condition's mobilities-per-year would
 * otherwise be shared between levels that each have their own places. Rows with 0 places are left out
 * (the XSD needs a positive number).
 */
export function conditionsOf(places: Place[], ours: string, theirs: string): IiaCondition[] {
  const runs = new Map<string, IiaCondition>();
  const out: IiaCondition[] = [];
  for (const p of [...places].sort((a, b) => a.academicYear - b.academicYear)) {
    if (p.places <= 0) continue;
    const student = p.mobilityKind === 'study' || p.mobilityKind === 'traineeship';
    const c: IiaCondition = {
      kind: p.mobilityKind,
      sendingHeiId: p.direction === 'outbound' ? ours : theirs,
      receivingHeiId: p.direction === 'outbound' ? theirs : ours,
      firstYear: p.academicYear,
      lastYear: p.academicYear,
      mobilitiesPerYear: p.places,
      languages: p.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
      isced: p.isced,
      total: totalOf(p, student),
      eqfLevels: student ? [p.eqfLevel] : [],
    };
    const key = JSON.stringify({ ...c, firstYear: 0, lastYear: 0, level: p.level });
    const run = runs.get(key);
    if (run && run.lastYear === p.academicYear - 1) run.lastYear = p.academicYear;
    else {
      runs.set(key, c);
      out.push(c);
    }
  }
  return out;
}

function signerOf(a: Agreement, side: 'ours' | 'partner'): IiaSide['signer'] {
  const s = a.people.find((p) => p.role === 'signatory' && p.side === side);
  return s ? { name: s.name, email: s.email, date: s.signedOn } : null;
}

/** The agreement as an EWP IIAs v7 get-response; whoever may read the agreement may export it. */
export async function exportIia(
  ctx: Ctx,
  agreementId: number,
): Promise<{ xml: string; hash: string; fileName: string }> {
  const agreement = await getAgreement(ctx, agreementId);
  // EWP IIAs are bilateral (exactly two partners, ours first).
  if (agreement.partners.length !== 1) throw cannotExport('partners', 'ewp_bilateral');
  const [partnerRef] = agreement.partners;
  const [partner] = await repo.findPartnerSchacs(ctx.db, partnerRef ? [partnerRef.id] : []);
  if (!partner?.schac) throw cannotExport('partners', 'ewp_partner_schac');
  // Our SCHAC code: the host of the university profile's website.
  const ours = schacOfWebsite(await repo.findOwnWebsite(ctx.db));
  if (!ours) throw cannotExport('university', 'ewp_own_schac');
  const { items } = await listPlaces(ctx, agreementId);
  const { xml, hash } = writeIiaXml({
    ours: { heiId: ours, iiaId: String(agreement.id), iiaCode: agreement.code, signer: signerOf(agreement, 'ours') },
    partner: {
      heiId: partner.schac,
      iiaId: null,
      iiaCode: agreement.partnerCode,
      signer: signerOf(agreement, 'partner'),
    },
    inEffect: agreement.status === 'active' || agreement.status === 'expiring',
    conditions: conditionsOf(items, ours, partner.schac),
  });
  return { xml, hash, fileName: `iia-${agreement.code ?? agreement.id}.xml` };
}
