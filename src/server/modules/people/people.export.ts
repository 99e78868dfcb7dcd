import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { masked, piiCipher } from '#server/lib/pii.js';
import { pagesById, streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { businessDate } from '#shared/calendar.js';
import { countryNamer } from '#shared/country-names.js';
import { localName, translate } from '#shared/i18n/index.js';
import type { PeopleExportQuery } from '#shared/schemas/people.js';
import * as repo from './people.repository.js';
import { resolveFilter } from './people.service.js';
import { revealsAll } from './people-access.js';

type ExportRow = repo.PersonListRow & { passportNo: string | null; arcNo: string | null };

/**
 * The filtered list (all pages) as xlsx, headers and labels in the user's language. Personal data is
 * masked; with `includePersonalData` (only for those who may reveal it for everyone) the numbers are
 * in clear and one pii_access_log row per exported person is written before its page is sent.
 */
export async function exportPeople(ctx: Ctx, reply: FastifyReply, query: PeopleExportQuery) {
  const { page: _page, pageSize: _size, includePersonalData, ...rest } = query;
  const filter = await resolveFilter(ctx, rest, 'export');
  if (includePersonalData && !revealsAll(ctx.actor, ctx.units)) throw AppError.forbidden();
  const cipher = piiCipher(ctx.env);
  const t = (key: string) => translate(ctx.locale, key);
  const label = (group: string, v: string | null) => (v ? t(`${group}.${v}`) : null);
  const countries = { of: countryNamer(ctx.locale) };
  const col = (key: string, value: XlsxColumn<ExportRow>['value'], width?: number) => ({
    header: t(`personFields.${key}`),
    value,
    width,
  });
  const columns: XlsxColumn<ExportRow>[] = [
    col('id', (p) => p.id, 8),
    col('kind', (p) => label('personKinds', p.kind), 12),
    col('nameZh', (p) => p.name_zh, 16),
    col('nameEn', (p) => p.name_en, 24),
    col('studentNo', (p) => p.student_no, 14),
    col('staffNo', (p) => p.staff_no, 14),
    col('unit', (p) => (p.unit_id ? localName(ctx.locale, p.unit_name_zh, p.unit_name_en) : null), 28),
    col('degreeLevel', (p) => label('degreeLevels', p.degree_level), 12),
    col('programType', (p) => label('programTypes', p.program_type), 14),
    col('studyTime', (p) => label('studyTimes', p.study_time), 10),
    col('nationality', (p) => (p.nationality ? (countries.of(p.nationality) ?? p.nationality) : null), 14),
    col('gender', (p) => label('genders', p.gender), 8),
    col('birthDate', (p) => p.birth_date, 12),
    col('email', (p) => p.email, 28),
    col('phone', (p) => p.phone, 16),
    col('gpa', (p) => p.gpa, 8),
    col('passportNo', (p) => p.passportNo, 16),
    col('passportExpiry', (p) => p.passport_expiry, 12),
    col('arcNo', (p) => p.arcNo, 14),
    col('arcExpiry', (p) => p.arc_expiry, 12),
    col('workPermitExpiry', (p) => p.work_permit_expiry, 12),
    col('updatedAt', (p) => p.updated_at.slice(0, 10), 12),
  ];
  const clear = (enc: string | null) => (enc ? cipher.decrypt(enc) : null);
  const fileName = `${t('peopleExport.file')}-${businessDate(new Date(ctx.now))}.xlsx`;
  return streamXlsx(reply, {
    fileName,
    sheetName: t('peopleExport.sheet'),
    columns,
    pages: pagesById(
      () => repo.findPersonIds(ctx.db, filter, ctx.locale),
      async (ids): Promise<ExportRow[]> => {
        const rows = await repo.findPeopleByIds(ctx.db, ids);
        if (!includePersonalData)
          return rows.map((r) => ({ ...r, passportNo: masked(r.passport_no_hint), arcNo: masked(r.arc_no_hint) }));
        await repo.insertAccessLog(
          ctx.db,
          rows.map((r) => ({
            user_id: ctx.actor.id,
            person_id: r.id,
            field: 'export',
            action: 'export',
            detail: fileName,
            ip: ctx.ip,
            created_at: ctx.now,
          })),
        );
        return rows.map((r) => ({ ...r, passportNo: clear(r.passport_no_enc), arcNo: clear(r.arc_no_enc) }));
      },
    ),
  });
}
