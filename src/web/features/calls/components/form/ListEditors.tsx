import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/SimpleGrid.css';
import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CriterionRow, type DocumentRow, newCriterion, newDocument } from './formState';

type Props<R> = {
  rows: R[];
  errors: Record<string, string>;
  /** The new list and the field path that changed (none when a row was added or removed). */
  onChange: (rows: R[], touchedPath?: string) => void;
};

/** The documents every applicant uploads: a code (kept with each upload), a label in both languages, required. */
export function DocumentsEditor({ rows, errors, onChange }: Props<DocumentRow>) {
  const { t } = useTranslation();
  const set = <K extends keyof DocumentRow>(i: number, field: K, value: DocumentRow[K]) =>
    onChange(
      rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)),
      `documents.${i}.${field}`,
    );
  const bind = (i: number, field: 'code' | 'labelZh' | 'labelEn') => ({
    value: rows[i]?.[field] ?? '',
    error: errors[`documents.${i}.${field}`],
    onChange: (e: { currentTarget: { value: string } }) => set(i, field, e.currentTarget.value),
  });
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('callsUi.form.documents')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('callsUi.form.documentsHint')}
      </Text>
      {errors.documents ? (
        <Text size="sm" c="red.8" role="alert">
          {errors.documents}
        </Text>
      ) : null}
      {rows.map((r, i) => {
        const name = t('callsUi.form.documentN', { n: i + 1 });
        return (
          <Paper withBorder p="sm" radius="md" key={r.key} component="fieldset" m={0} aria-label={name}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {name}
              </Text>
              <CloseButton
                aria-label={t('callsUi.form.removeDocument', { n: i + 1 })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('callsUi.form.labelZh')} required lang="zh-Hant-TW" {...bind(i, 'labelZh')} />
              <TextInput label={t('callsUi.form.labelEn')} required lang="en" {...bind(i, 'labelEn')} />
              <TextInput label={t('callsUi.form.code')} description={t('callsUi.form.codeHint')} {...bind(i, 'code')} />
            </SimpleGrid>
            <Checkbox
              mt="xs"
              label={t('callsUi.form.requiredDocument')}
              checked={r.required}
              onChange={(e) => set(i, 'required', e.currentTarget.checked)}
            />
          </Paper>
        );
      })}
      <div>
        <Button variant="default" onClick={() => onChange([...rows, newDocument(rows)])}>
          {t('callsUi.form.addDocument')}
        </Button>
      </div>
    </Stack>
  );
}

/** Scoring criteria: label in both languages, weight in the total, and the highest score a reviewer can give. */
export function CriteriaEditor({ rows, errors, onChange }: Props<CriterionRow>) {
  const { t } = useTranslation();
  const set = <K extends keyof CriterionRow>(i: number, field: K, value: CriterionRow[K]) =>
    onChange(
      rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)),
      `criteria.${i}.${field}`,
    );
  const bind = (i: number, field: 'code' | 'labelZh' | 'labelEn') => ({
    value: rows[i]?.[field] ?? '',
    error: errors[`criteria.${i}.${field}`],
    onChange: (e: { currentTarget: { value: string } }) => set(i, field, e.currentTarget.value),
  });
  const total = rows.reduce((sum, r) => sum + (r.weight ?? 0), 0);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('callsUi.form.criteria')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('callsUi.form.criteriaHint')}
      </Text>
      {errors.criteria ? (
        <Text size="sm" c="red.8" role="alert">
          {errors.criteria}
        </Text>
      ) : null}
      {rows.map((r, i) => {
        const name = t('callsUi.form.criterionN', { n: i + 1 });
        const share = total > 0 && r.weight ? Math.round((r.weight / total) * 100) : 0;
        return (
          <Paper withBorder p="sm" radius="md" key={r.key} component="fieldset" m={0} aria-label={name}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {name}
              </Text>
              <CloseButton
                aria-label={t('callsUi.form.removeCriterion', { n: i + 1 })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('callsUi.form.labelZh')} required lang="zh-Hant-TW" {...bind(i, 'labelZh')} />
              <TextInput label={t('callsUi.form.labelEn')} required lang="en" {...bind(i, 'labelEn')} />
              <TextInput label={t('callsUi.form.code')} description={t('callsUi.form.codeHint')} {...bind(i, 'code')} />
              <NumberInput
                label={t('callsUi.form.weight')}
                description={t('callsUi.form.weightShare', { n: share })}
                required
                min={0}
                max={1000}
                allowNegative={false}
                value={r.weight ?? ''}
                error={errors[`criteria.${i}.weight`]}
                onChange={(v) => set(i, 'weight', typeof v === 'number' ? v : null)}
              />
              <NumberInput
                label={t('callsUi.form.maxScore')}
                required
                min={1}
                max={1000}
                allowNegative={false}
                value={r.max ?? ''}
                error={errors[`criteria.${i}.max`]}
                onChange={(v) => set(i, 'max', typeof v === 'number' ? v : null)}
              />
            </SimpleGrid>
          </Paper>
        );
      })}
      <div>
        <Button variant="default" onClick={() => onChange([...rows, newCriterion(rows)])}>
          {t('callsUi.form.addCriterion')}
        </Button>
      </div>
    </Stack>
  );
}
