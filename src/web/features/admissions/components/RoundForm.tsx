import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUND_KINDS } from '#shared/admissions';
import { academicYearAt } from '#shared/calendar';
import type { AdmissionRound, RoundCreate } from '#shared/schemas/admissions';
import { AcademicYearSelect } from '#web/components/ui/AcademicYearSelect';
import { FormShell, NameFields, useFormSubmit } from './FormParts';
import {
  criterionLines,
  DEFAULT_CRITERIA,
  DEFAULT_DOCUMENTS,
  documentLines,
  parseCriteria,
  parseDocuments,
} from './lines';

/** Taipei day of a stored moment (the form shows days; the round opens at 00:00 and closes at 23:59 there). */
const taipeiDay = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** A round (new, or `initial` to edit): its intake (學年度 and semester), names, dates, fee, documents and criteria. */
export function RoundForm({
  initial,
  onSubmit,
  onLoadLatest,
}: {
  initial?: AdmissionRound;
  onSubmit: (body: RoundCreate) => Promise<unknown>;
  onLoadLatest?: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    kind: initial?.kind ?? ('degree' as RoundCreate['kind']),
    academicYear: initial?.academicYear ?? academicYearAt(new Date()) + 1,
    semester: (initial?.semester ?? 1) as 1 | 2,
    nameZh: initial?.nameZh ?? '',
    nameEn: initial?.nameEn ?? '',
    opensAt: initial ? taipeiDay(initial.opensAt) : '',
    closesAt: initial ? taipeiDay(initial.closesAt) : '',
    feeNtd: (initial ? (initial.feeNtd ?? '') : 1600) as number | string,
    documents: initial ? documentLines(initial.documents) : DEFAULT_DOCUMENTS,
    criteria: initial ? criterionLines(initial.criteria) : DEFAULT_CRITERIA,
  });
  const form = useFormSubmit();
  const { errors } = form;
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });

  function submit() {
    const documents = parseDocuments(v.documents);
    const criteria = parseCriteria(v.criteria);
    const local: Record<string, string> = {};
    if ('line' in documents) local.documents = t('admissionsUi.round.lineError', { line: documents.line });
    if ('line' in criteria) local.criteria = t('admissionsUi.round.lineError', { line: criteria.line });
    if ('line' in documents || 'line' in criteria) return form.setErrors(local);
    // Dates are taken as Taipei days: opening at 00:00 and closing at 23:59 there.
    void form.run(() =>
      onSubmit({
        kind: v.kind,
        academicYear: v.academicYear,
        semester: v.semester,
        nameZh: v.nameZh,
        nameEn: v.nameEn,
        opensAt: v.opensAt ? `${v.opensAt}T00:00:00+08:00` : '',
        closesAt: v.closesAt ? `${v.closesAt}T23:59:59+08:00` : '',
        decisionsBy: initial?.decisionsBy ?? null,
        feeNtd: v.feeNtd === '' ? null : Number(v.feeNtd),
        documents,
        criteria,
        notesZh: initial?.notesZh ?? null,
        notesEn: initial?.notesEn ?? null,
      }),
    );
  }

  return (
    <FormShell form={form} onSubmit={submit} onLoadLatest={onLoadLatest}>
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
      <NameFields
        labels={{ zh: t('admissionsUi.round.nameZh'), en: t('admissionsUi.round.nameEn') }}
        value={v}
        errors={errors}
        onChange={set}
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
    </FormShell>
  );
}
