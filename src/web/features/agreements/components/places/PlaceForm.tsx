import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import {
  Button,
  CloseButton,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, DIRECTIONS, DURATION_UNITS, MOBILITY_KINDS, STUDY_LEVELS } from '#shared/enums';
import type { PlaceCreate } from '#shared/schemas/agreements';
import { AcademicYearSelect } from '#web/components/ui/AcademicYearSelect';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { useLanguageName } from './languageName';
import {
  LANGUAGE_CODES,
  type LanguageRow,
  missingPlaceFields,
  newLanguage,
  type PlaceFormState,
  toPlaceBody,
} from './placeState';

type Props = {
  initial: PlaceFormState;
  onSubmit: (body: PlaceCreate) => Promise<unknown>;
  onCancel: () => void;
};

/** A row of exchange places (shown in a dialog): year, direction, level, kind, numbers and requirements. */
export function PlaceForm({ initial, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const { form, errors, formError, busy, set, text, setList, submit } = useServerForm({
    initial,
    validate: (f, required) => required(missingPlaceFields(f)),
    send: (f) => onSubmit(toPlaceBody(f)),
  });
  const languageOptions = useMemo(
    () => LANGUAGE_CODES.map((code) => ({ value: code, label: `${languageName(code)} (${code})` })),
    [languageName],
  );
  const number = (key: 'academicYear' | 'places' | 'duration') => ({
    value: form[key] ?? '',
    error: errors[key],
    allowDecimal: false,
    allowNegative: false,
    onChange: (v: number | string) => set(key, typeof v === 'number' ? v : null),
  });
  const setLanguage = (i: number, change: Partial<LanguageRow>, field: string) =>
    setList(
      'languages',
      form.languages.map((l, j) => (j === i ? { ...l, ...change } : l)),
      `languages.${i}.${field}`,
    );
  const enumSelect = <K extends 'direction' | 'level' | 'mobilityKind' | 'durationUnit'>(
    key: K,
    values: readonly PlaceFormState[K][],
    label: (value: PlaceFormState[K]) => string,
  ) => ({
    allowDeselect: false,
    data: values.map((v) => ({ value: v, label: label(v) })),
    value: form[key],
    error: errors[key],
    onChange: (v: string | null) => v && set(key, v as PlaceFormState[K]),
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <AcademicYearSelect
            label={t('agreementsUi.places.academicYear')}
            required
            value={form.academicYear}
            error={errors.academicYear}
            onChange={(y) => set('academicYear', y)}
          />
          <Select
            label={t('agreementsUi.places.direction')}
            {...enumSelect('direction', DIRECTIONS, (v) => t(`directions.${v}`))}
          />
          <Select
            label={t('agreementsUi.places.level')}
            {...enumSelect('level', STUDY_LEVELS, (v) => t(`studyLevels.${v}`))}
          />
          <Select
            label={t('agreementsUi.places.mobilityKind')}
            {...enumSelect('mobilityKind', MOBILITY_KINDS, (v) => t(`mobilityKinds.${v}`))}
          />
          <NumberInput label={t('agreementsUi.places.places')} required min={0} max={999} {...number('places')} />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <NumberInput
              label={t('agreementsUi.places.duration')}
              min={1}
              max={3650}
              style={{ flex: 1 }}
              {...number('duration')}
            />
            <Select
              label={t('agreementsUi.places.durationUnit')}
              w={100}
              {...enumSelect('durationUnit', DURATION_UNITS, (v) => t(`durationUnits.${v}`))}
            />
          </Group>
        </SimpleGrid>
        <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
          <Text component="legend" fw={600} size="sm" p={0}>
            {t('agreementsUi.places.languages')}
          </Text>
          {form.languages.map((l, i) => (
            <Group key={l.key} gap="xs" align="flex-end" wrap="nowrap">
              <Select
                label={t('agreementsUi.places.languageN', { n: i + 1 })}
                searchable
                style={{ flex: 1 }}
                data={languageOptions}
                nothingFoundMessage={t('common.noOptions')}
                value={l.language}
                error={errors[`languages.${i}.language`]}
                onChange={(v) => setLanguage(i, { language: v }, 'language')}
              />
              <Select
                label={t('agreementsUi.places.cefrN', { n: i + 1 })}
                w={90}
                allowDeselect={false}
                data={[...CEFR_LEVELS]}
                value={l.cefr}
                error={errors[`languages.${i}.cefr`]}
                onChange={(v) => setLanguage(i, { cefr: v as LanguageRow['cefr'] }, 'cefr')}
              />
              <CloseButton
                mb={6}
                aria-label={t('agreementsUi.places.removeLanguage', { n: i + 1 })}
                onClick={() =>
                  setList(
                    'languages',
                    form.languages.filter((_, j) => j !== i),
                  )
                }
              />
            </Group>
          ))}
          <div>
            <Button
              variant="default"
              size="xs"
              onClick={() => setList('languages', [...form.languages, newLanguage()])}
            >
              {t('agreementsUi.places.addLanguage')}
            </Button>
          </div>
        </Stack>
        <TextInput
          label={t('agreementsUi.places.isced')}
          description={t('agreementsUi.places.iscedHint')}
          inputMode="numeric"
          {...text('isced')}
          error={errors.isced ?? Object.entries(errors).find(([k]) => k.startsWith('isced.'))?.[1]}
        />
        <Textarea label={t('agreementsUi.fields.notes')} autosize minRows={2} maxRows={6} {...text('notes')} />
        <FormActions error={formError} busy={busy} submitLabel={t('common.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
