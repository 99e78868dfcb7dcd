import { Button, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMISSION_DEGREE_LEVELS, CEFR_LEVELS, LANGUAGE_FRAMEWORKS } from '#shared/admissions';
import type { ProgramCreate } from '#shared/schemas/admissions';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { fieldErrors } from '#web/lib/api';

/** A program of a round: department, level, places, the language level and GPA it asks for, its reviewers. */
export function ProgramForm({ onSubmit }: { onSubmit: (body: ProgramCreate) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    unitId: null as number | null,
    degreeLevel: 'master' as ProgramCreate['degreeLevel'],
    nameZh: '',
    nameEn: '',
    places: 5 as number | string,
    languageFramework: 'CEFR' as ProgramCreate['languageFramework'],
    languageLevel: 'B2' as ProgramCreate['languageLevel'],
    minGpa: '' as number | string,
    requirementsZh: '',
    requirementsEn: '',
    reviewers: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
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
        <TextInput
          label={t('admissionsUi.program.nameZh')}
          required
          value={v.nameZh}
          error={errors.nameZh}
          onChange={(e) => set({ nameZh: e.currentTarget.value })}
        />
        <TextInput
          label={t('admissionsUi.program.nameEn')}
          required
          value={v.nameEn}
          error={errors.nameEn}
          onChange={(e) => set({ nameEn: e.currentTarget.value })}
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
        <Button type="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
