import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { MobilityDocumentsTable } from '#server/db/schema.js';
import { sha256Of } from '#server/lib/stored-files.js';
import { addDays, businessDate } from '#shared/calendar.js';
import { CHECKLIST_KINDS, CHECKLIST_OWNERS, type ChecklistKind } from '#shared/mobility.js';
import type { SeedContext } from './mobility-demo.seed.js';

/**
 * Demo checklists for the demo inbound student mobilities (none → nothing to do): a realistic mix of
 * statuses — most documents approved, some under review with a file, a few rejected with a reason,
 * the rest pending — and residence permits, visas and insurance expiring over the coming months,
 * several within 30 days. One small sample PDF stands in for every uploaded file. Two bulk inserts.
 */
const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const STATUS_CYCLE = [
  'approved',
  'under_review',
  'approved',
  'pending',
  'rejected',
  'approved',
  'under_review',
] as const;
const REASONS: Record<ChecklistKind, string> = {
  visa: 'The visa page is cut off; please upload a full scan. 簽證頁不完整，請重新上傳完整掃描檔。',
  residence_permit: 'Both sides of the card are needed. 請上傳居留證正反面。',
  insurance: 'The policy does not cover the whole stay. 保單期間未涵蓋整個研修期間。',
  health_check: 'The report is older than three months. 體檢報告已逾三個月，請重新檢查。',
  financial_proof: 'Please provide a bank statement in English or Chinese. 請提供中文或英文銀行存款證明。',
};
const FILE_NAMES: Record<ChecklistKind, string> = {
  visa: 'visa.pdf',
  residence_permit: '居留證.pdf',
  insurance: 'insurance-policy.pdf',
  health_check: '健康檢查報告.pdf',
  financial_proof: 'bank-statement.pdf',
};

/** Days from today to the expiry of each kind, by the mobility's position (a few within 60 days). */
function expiryOffset(kind: ChecklistKind, i: number): number | null {
  // A few within the 60-day reminder window, the rest later: the office's first day shows a handful, not dozens.
  const soon = i % 96 === 0;
  if (kind === 'residence_permit') return soon ? 12 + ((i * 23) % 45) : 75 + ((i * 23) % 200);
  if (kind === 'visa') return i % 4 === 0 ? (i % 192 === 4 ? 20 + ((i * 11) % 35) : 80 + ((i * 11) % 60)) : null;
  if (kind === 'insurance') return i % 96 === 48 ? 25 + ((i * 17) % 30) : 90 + ((i * 17) % 150);
  return null;
}

export async function seedChecklist(trx: Db, ctx: SeedContext): Promise<void> {
  const mobilities = await trx
    .selectFrom('mobilities')
    .select(['id', 'end_date'])
    .where('direction', '=', 'inbound')
    .where('person_category', '=', 'student')
    .where('status', 'not in', ['cancelled', 'withdrawn', 'completed', 'graduated'])
    .where('archived_at', 'is', null)
    .orderBy('id')
    .execute();
  if (!mobilities.length) return;
  const today = businessDate(new Date(ctx.now));
  const { id: fileId } = await trx
    .insertInto('stored_files')
    .values({
      sha256: sha256Of(SAMPLE_PDF),
      size: SAMPLE_PDF.length,
      content_type: 'application/pdf',
      data: SAMPLE_PDF,
      created_at: ctx.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const rows: Insertable<MobilityDocumentsTable>[] = mobilities.flatMap((m, i) =>
    CHECKLIST_KINDS.map((kind, j) => {
      const status = STATUS_CYCLE[(i + j * 3) % STATUS_CYCLE.length] ?? 'pending';
      const offset = expiryOffset(kind, i);
      const withFile = status !== 'pending';
      const reviewed = status === 'approved' || status === 'rejected';
      return {
        mobility_id: m.id,
        kind,
        owning_unit_id: ctx.unit(CHECKLIST_OWNERS[kind]),
        status,
        rejection_reason: status === 'rejected' ? REASONS[kind] : null,
        expires_on: offset === null ? null : addDays(today, offset),
        file_id: withFile ? fileId : null,
        file_name: withFile ? FILE_NAMES[kind] : null,
        notes: null,
        reviewed_by: null,
        reviewed_at: reviewed ? ctx.now : null,
        created_at: ctx.now,
        updated_at: ctx.now,
      };
    }),
  );
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('mobility_documents')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}
