import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Checkbox, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEGREE_LEVELS, GENDERS, PERSON_KINDS, PROGRAM_TYPES, STUDY_TIMES } from '#shared/mobility';
import type { PersonCreate } from '#shared/schemas/people';
import { FormActions } from '#web/components/ui/FormActions';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { useServerForm } from '#web/lib/form';
import { useFormat } from '#web/lib/format';
import { useCountryOptions } from '#web/lib/reference';
import { missingRequired, type PersonFormState, toBody } from './formState';

type Props = {
  initial: PersonFormState;
  /** The masks of the stored numbers (editing), shown beside the inputs that would replace them. */
  stored?: { passportNo: string | null; arcNo: string | null };
  submitLabel: string;
  onSubmit: (body: PersonCreate) => Promise<unknown>;
  onConflict?: (err: unknown) => void;
  cancelTo: string;
};

/** Create and edit a person; the server's field errors (in the current language) appear under each field. */
export function PersonForm({ initial, stored, submitLabel, onSubmit, onConflict, cancelTo }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useCountryOptions();
  // Taiwan is not in the MoE region table (it is home), but it is the nationality of most people.
  const nationalities = useMemo(() => [{ value: 'TW', label: fmt.country('TW') }, ...countries], [countries, fmt]);
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f) => Object.fromEntries(missingRequired(f).map((path) => [path, t('validation.person_name')])),
    send: (f) => onSubmit(toBody(f)),
    onConflict,
  });
  const select = <K extends keyof PersonFormState>(key: K, values: readonly string[], group: string) => ({
    data: values.map((v) => ({ value: v, label: t(`${group}.${v}`) })),
    value: form[key] as string | null,
    error: errors[key],
    onChange: (v: string | null) => set(key, v as PersonFormState[K]),
  });
  const pii = (field: 'passportNo' | 'arcNo', clearKey: 'clearPassportNo' | 'clearArcNo') => {
    const current = stored?.[field] ?? null;
    return (
      <Stack gap={4}>
        <TextInput
          label={t(`personFields.${field}`)}
          autoComplete="off"
          spellCheck={false}
          description={current ? t('peopleUi.form.currentValue', { value: current }) : undefined}
          placeholder={current ? t('peopleUi.form.replacePlaceholder') : undefined}
          disabled={form[clearKey]}
          {...text(field)}
        />
        {current ? (
          <Checkbox
            size="xs"
            label={t('peopleUi.form.clearValue')}
            checked={form[clearKey]}
            onChange={(e) => set(clearKey, e.currentTarget.checked)}
          />
        ) : null}
      </Stack>
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('peopleUi.form.basics')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('personFields.kind')}
              required
              allowDeselect={false}
              {...select('kind', PERSON_KINDS, 'personKinds')}
            />
            <UnitSelect
              label={t('personFields.unit')}
              value={form.unitId}
              error={errors.unitId}
              onChange={(v) => set('unitId', v)}
            />
            <TextInput label={t('personFields.nameZh')} lang="zh-Hant-TW" {...text('nameZh')} />
            <TextInput label={t('personFields.nameEn')} lang="en" {...text('nameEn')} />
            <TextInput label={t('personFields.studentNo')} {...text('studentNo')} />
            <TextInput label={t('personFields.staffNo')} {...text('staffNo')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t('peopleUi.form.namesHint')}
          </Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('peopleUi.form.study')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('personFields.degreeLevel')}
              clearable
              {...select('degreeLevel', DEGREE_LEVELS, 'degreeLevels')}
            />
            <Select
              label={t('personFields.programType')}
              clearable
              {...select('programType', PROGRAM_TYPES, 'programTypes')}
            />
            <Select label={t('personFields.studyTime')} clearable {...select('studyTime', STUDY_TIMES, 'studyTimes')} />
            <TextInput label={t('personFields.gpa')} inputMode="decimal" description="0–4.3" {...text('gpa')} />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('peopleUi.form.contact')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('personFields.nationality')}
              searchable
              clearable
              nothingFoundMessage={t('common.noOptions')}
              data={nationalities}
              value={form.nationality}
              error={errors.nationality}
              onChange={(v) => set('nationality', v)}
            />
            <Select label={t('personFields.gender')} clearable {...select('gender', GENDERS, 'genders')} />
            <TextInput label={t('personFields.birthDate')} type="date" {...text('birthDate')} />
            <TextInput label={t('personFields.email')} type="email" inputMode="email" {...text('email')} />
            <TextInput label={t('personFields.phone')} type="tel" inputMode="tel" {...text('phone')} />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb={4}>
            {t('peopleUi.form.personal')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('peopleUi.form.personalHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {pii('passportNo', 'clearPassportNo')}
            <TextInput label={t('personFields.passportExpiry')} type="date" {...text('passportExpiry')} />
            {pii('arcNo', 'clearArcNo')}
            <TextInput label={t('personFields.arcExpiry')} type="date" {...text('arcExpiry')} />
            <TextInput label={t('personFields.workPermitExpiry')} type="date" {...text('workPermitExpiry')} />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Textarea label={t('personFields.notes')} autosize minRows={3} maxRows={12} {...text('notes')} />
        </Paper>
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
