import { Button, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUND_KINDS } from '#shared/admissions';
import { academicYearAt } from '#shared/calendar';
import type { RoundCreate } from '#shared/schemas/admissions';
import { AcademicYearSelect } from '#web/components/ui/AcademicYearSelect';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors } from '#web/lib/api';
import { DEFAULT_CRITERIA, DEFAULT_DOCUMENTS, parseCriteria, parseDocuments } from './lines';

/** A new round: its intake (學年度 and semester), names, dates, fee, documents and criteria. */
export function RoundForm({ onSubmit }: { onSubmit: (body: RoundCreate) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    kind: 'degree' as RoundCreate['kind'],
    academicYear: academicYearAt(new Date()) + 1,
    semester: 1 as 1 | 2,
    nameZh: '',
    nameEn: '',
    opensAt: '',
    closesAt: '',
    feeNtd: 1600 as number | string,
    documents: DEFAULT_DOCUMENTS,
    criteria: DEFAULT_CRITERIA,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const documents = parseDocuments(v.documents);
    const criteria = parseCriteria(v.criteria);
    const local: Record<string, string> = {};
    if ('line' in documents) local.documents = t('admissionsUi.round.lineError', { line: documents.line });
    if ('line' in criteria) local.criteria = t('admissionsUi.round.lineError', { line: criteria.line });
    if (Object.keys(local).length || 'line' in documents || 'line' in criteria) return setErrors(local);
    setBusy(true);
    setError(null);
    try {
      // Dates are taken as Taipei days: opening at 00:00 and closing at 23:59 there.
      await onSubmit({
        kind: v.kind,
        academicYear: v.academicYear,
        semester: v.semester,
        nameZh: v.nameZh,
        nameEn: v.nameEn,
        opensAt: v.opensAt ? `${v.opensAt}T00:00:00+08:00` : '',
        closesAt: v.closesAt ? `${v.closesAt}T23:59:59+08:00` : '',
        decisionsBy: null,
        feeNtd: v.feeNtd === '' ? null : Number(v.feeNtd),
        documents,
        criteria,
        notesZh: null,
        notesEn: null,
      });
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error ? <ErrorAlert error={error} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('admissionsUi.round.kind')}
            data={ROUND_KINDS.map((k) => ({ value: k, label: t(`admissions.kinds.${k}`) }))}
            value={v.kind}
            onChange={(k) => set({ kind: (k ?? 'degree') as RoundCreate['kind'] })}
            allowDeselect={false}
          />
          <AcademicYearSelect
            label={t('admissionsUi.round.academicYear')}
            value={v.academicYear}
            onChange={(y) => set({ academicYear: y ?? v.academicYear })}
          />
          <Select
            label={t('admissionsUi.round.semester')}
            data={[1, 2].map((s) => ({ value: String(s), label: t(`admissions.semesters.${s}`) }))}
            value={String(v.semester)}
            onChange={(s) => set({ semester: s === '2' ? 2 : 1 })}
            allowDeselect={false}
          />
        </SimpleGrid>
        <TextInput
          label={t('admissionsUi.round.nameZh')}
          required
          value={v.nameZh}
          error={errors.nameZh}
          onChange={(e) => set({ nameZh: e.currentTarget.value })}
        />
        <TextInput
          label={t('admissionsUi.round.nameEn')}
          required
          value={v.nameEn}
          error={errors.nameEn}
          onChange={(e) => set({ nameEn: e.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('admissionsUi.round.opensAt')}
            required
            value={v.opensAt}
            error={errors.opensAt}
            onChange={(e) => set({ opensAt: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('admissionsUi.round.closesAt')}
            required
            value={v.closesAt}
            error={errors.closesAt}
            onChange={(e) => set({ closesAt: e.currentTarget.value })}
          />
          <NumberInput
            label={t('admissionsUi.round.feeNtd')}
            min={0}
            value={v.feeNtd}
            onChange={(n) => set({ feeNtd: n })}
          />
        </SimpleGrid>
        <Textarea
          label={t('admissionsUi.round.documents')}
          description={t('admissionsUi.round.documentsHint')}
          autosize
          minRows={4}
          value={v.documents}
          error={errors.documents}
          onChange={(e) => set({ documents: e.currentTarget.value })}
        />
        <Textarea
          label={t('admissionsUi.round.criteria')}
          description={t('admissionsUi.round.criteriaHint')}
          autosize
          minRows={3}
          value={v.criteria}
          error={errors.criteria}
          onChange={(e) => set({ criteria: e.currentTarget.value })}
        />
        <Button type="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
