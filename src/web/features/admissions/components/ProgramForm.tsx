import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMISSION_DEGREE_LEVELS, CEFR_LEVELS, LANGUAGE_FRAMEWORKS } from '#shared/admissions';
import type { AdmissionProgram, ProgramCreate } from '#shared/schemas/admissions';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { FormShell, NameFields, useFormSubmit } from './FormParts';

/** A program of a round (new, or `initial` to edit): department, level, places, language level, GPA, reviewers. */
export function ProgramForm({
  initial,
  onSubmit,
  onLoadLatest,
}: {
  initial?: AdmissionProgram;
  onSubmit: (body: ProgramCreate) => Promise<unknown>;
  onLoadLatest?: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    unitId: initial?.unitId ?? (null as number | null),
    degreeLevel: (initial?.degreeLevel ?? 'master') as ProgramCreate['degreeLevel'],
    nameZh: initial?.nameZh ?? '',
    nameEn: initial?.nameEn ?? '',
    places: (initial?.places ?? 5) as number | string,
    languageFramework: (initial?.languageFramework ?? 'CEFR') as ProgramCreate['languageFramework'],
    languageLevel: (initial?.languageLevel ?? 'B2') as ProgramCreate['languageLevel'],
    minGpa: (initial?.minGpa ?? '') as number | string,
    requirementsZh: initial?.requirementsZh ?? '',
    requirementsEn: initial?.requirementsEn ?? '',
    reviewers: initial?.reviewerIds.join(', ') ?? '',
  });
  const form = useFormSubmit();
  const { errors } = form;
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });

  const submit = () =>
    void form.run(() =>
      onSubmit({
        unitId: v.unitId ?? 0,
        degreeLevel: v.degreeLevel,
        nameZh: v.nameZh,
        nameEn: v.nameEn,
        places: Number(v.places),
        languageFramework: v.languageFramework,
        languageLevel: v.languageLevel,
        minGpa: v.minGpa === '' ? null : Number(v.minGpa),
        requirementsZh: v.requirementsZh || null,
        requirementsEn: v.requirementsEn || null,
        reviewerIds: v.reviewers
          .split(/[,，\s]+/)
          .filter(Boolean)
          .map(Number),
      }),
    );

  return (
    <FormShell form={form} onSubmit={submit} onLoadLatest={onLoadLatest}>
      <UnitSelect
        label={t('admissionsUi.program.unit')}
        required
        value={v.unitId}
        error={errors.unitId}
        onChange={(unitId) => set({ unitId })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('admissionsUi.program.degreeLevel')}
          data={ADMISSION_DEGREE_LEVELS.map((l) => ({ value: l, label: t(`admissions.degreeLevels.${l}`) }))}
          value={v.degreeLevel}
          onChange={(l) => set({ degreeLevel: (l ?? 'master') as ProgramCreate['degreeLevel'] })}
          allowDeselect={false}
        />
        <NumberInput
          label={t('admissionsUi.program.places')}
          min={1}
          value={v.places}
          error={errors.places}
          onChange={(places) => set({ places })}
        />
      </SimpleGrid>
      <NameFields
        labels={{ zh: t('admissionsUi.program.nameZh'), en: t('admissionsUi.program.nameEn') }}
        value={v}
        errors={errors}
        onChange={set}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('admissionsUi.program.language')}
          data={LANGUAGE_FRAMEWORKS.flatMap((f) => CEFR_LEVELS.map((l) => `${f} ${l}`))}
          value={`${v.languageFramework} ${v.languageLevel}`}
          onChange={(x) => {
            const [f, l] = (x ?? 'CEFR B2').split(' ');
            set({
              languageFramework: f as ProgramCreate['languageFramework'],
              languageLevel: l as ProgramCreate['languageLevel'],
            });
          }}
          allowDeselect={false}
        />
        <NumberInput
          label={t('admissionsUi.program.minGpa')}
          min={0}
          max={4.3}
          step={0.1}
          decimalScale={2}
          value={v.minGpa}
          error={errors.minGpa}
          onChange={(minGpa) => set({ minGpa })}
        />
      </SimpleGrid>
      <Textarea
        label={t('admissionsUi.program.requirementsZh')}
        autosize
        value={v.requirementsZh}
        onChange={(e) => set({ requirementsZh: e.currentTarget.value })}
      />
      <Textarea
        label={t('admissionsUi.program.requirementsEn')}
        autosize
        value={v.requirementsEn}
        onChange={(e) => set({ requirementsEn: e.currentTarget.value })}
      />
      <TextInput
        label={t('admissionsUi.program.reviewers')}
        value={v.reviewers}
        error={Object.entries(errors).find(([k]) => k.startsWith('reviewerIds'))?.[1]}
        onChange={(e) => set({ reviewers: e.currentTarget.value })}
      />
    </FormShell>
  );
}
