import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import {
  Checkbox,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALL_TERMS, DEGREE_LEVELS, type DegreeLevel } from '#shared/mobility';
import type { CallCreate } from '#shared/schemas/calls';
import { AcademicYearSelect } from '#web/components/ui/AcademicYearSelect';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { type CallFormState, missingRequired, toBody } from './formState';
import { CriteriaEditor, DocumentsEditor } from './ListEditors';
import { OffersPicker } from './OffersPicker';

type Props = {
  initial: CallFormState;
  submitLabel: string;
  onSubmit: (body: CallCreate) => Promise<unknown>;
  onConflict?: (err: unknown) => void;
  cancelTo: string;
  /** Editing an existing call (its offers are not counted against the places). */
  callId?: number;
  /** Offers may change only while the call is a draft. */
  offersLocked?: boolean;
};

/** Create and edit a call; the server's field errors (in the reader's language) appear under each field. */
export function CallForm({ initial, submitLabel, onSubmit, onConflict, cancelTo, callId, offersLocked }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, setList, submit } = useServerForm({
    initial,
    validate: (f, required) => required(missingRequired(f)),
    send: (f) => onSubmit(toBody(f)),
    onConflict,
  });
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('callsUi.form.basics')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('callsUi.fields.titleZh')} lang="zh-Hant-TW" {...text('titleZh')} />
            <TextInput label={t('callsUi.fields.titleEn')} required lang="en" {...text('titleEn')} />
            <AcademicYearSelect
              label={t('callsUi.fields.academicYear')}
              required
              value={form.academicYear}
              error={errors.academicYear}
              onChange={(y) => set('academicYear', y)}
            />
            <Select
              label={t('callsUi.fields.term')}
              required
              allowDeselect={false}
              data={CALL_TERMS.map((v) => ({ value: v, label: t(`callTerms.${v}`) }))}
              value={form.term}
              error={errors.term}
              onChange={(v) => v && set('term', v as CallFormState['term'])}
            />
            <TextInput
              label={t('callsUi.fields.opensAt')}
              description={t('callsUi.form.timeZone', { zone: timeZone })}
              type="datetime-local"
              required
              {...text('opensAt')}
            />
            <TextInput
              label={t('callsUi.fields.deadline')}
              description={t('callsUi.form.timeZone', { zone: timeZone })}
              type="datetime-local"
              required
              {...text('deadline')}
            />
            <NumberInput
              label={t('callsUi.fields.maxPreferences')}
              description={t('callsUi.form.maxPreferencesHint')}
              required
              min={1}
              max={10}
              allowDecimal={false}
              allowNegative={false}
              value={form.maxPreferences ?? ''}
              error={errors.maxPreferences}
              onChange={(v) => set('maxPreferences', typeof v === 'number' ? v : null)}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('callsUi.fields.descriptionZh')}
            lang="zh-Hant-TW"
            autosize
            minRows={3}
            maxRows={12}
            {...text('descriptionZh')}
          />
          <Textarea
            mt="sm"
            label={t('callsUi.fields.descriptionEn')}
            lang="en"
            autosize
            minRows={3}
            maxRows={12}
            {...text('descriptionEn')}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('callsUi.form.eligibility')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MultiSelect
              label={t('callsUi.fields.levels')}
              description={t('callsUi.form.levelsHint')}
              data={DEGREE_LEVELS.map((v) => ({ value: v, label: t(`degreeLevels.${v}`) }))}
              value={form.levels}
              error={errors['eligibility.levels']}
              onChange={(v) => setList('levels', v as DegreeLevel[], 'eligibility.levels')}
            />
            <NumberInput
              label={t('callsUi.fields.minGpa')}
              description={t('callsUi.form.minGpaHint')}
              min={0}
              max={4.3}
              step={0.1}
              decimalScale={2}
              allowNegative={false}
              value={form.minGpa ?? ''}
              error={errors['eligibility.minGpa']}
              onChange={(v) => setList('minGpa', typeof v === 'number' ? v : null, 'eligibility.minGpa')}
            />
            <TextInput
              label={t('callsUi.fields.languageTextZh')}
              lang="zh-Hant-TW"
              value={form.languageTextZh}
              error={errors['eligibility.languageTextZh']}
              onChange={(e) => setList('languageTextZh', e.currentTarget.value, 'eligibility.languageTextZh')}
            />
            <TextInput
              label={t('callsUi.fields.languageTextEn')}
              lang="en"
              value={form.languageTextEn}
              error={errors['eligibility.languageTextEn']}
              onChange={(e) => setList('languageTextEn', e.currentTarget.value, 'eligibility.languageTextEn')}
            />
          </SimpleGrid>
          <Checkbox
            mt="sm"
            label={t('callsUi.fields.languageCertRequired')}
            checked={form.languageCertRequired}
            onChange={(e) => set('languageCertRequired', e.currentTarget.checked)}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <DocumentsEditor
            rows={form.documents}
            errors={errors}
            onChange={(rows, path) => setList('documents', rows, path)}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <CriteriaEditor
            rows={form.criteria}
            errors={errors}
            onChange={(rows, path) => setList('criteria', rows, path)}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <OffersPicker
            academicYear={form.academicYear}
            callId={callId}
            offers={form.offers}
            errors={errors}
            disabled={offersLocked ?? false}
            onChange={(rows, path) => setList('offers', rows, path)}
          />
        </Paper>
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
