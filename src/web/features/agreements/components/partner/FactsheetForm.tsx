import '@mantine/core/styles/SimpleGrid.css';
import { Button, CloseButton, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FactsheetUpdate } from '#shared/schemas/agreements';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import {
  type DeadlineRow,
  FACTSHEET_TEXTS,
  type FactsheetFormState,
  type LinkRow,
  missingFactsheetFields,
  newLink,
  toFactsheetBody,
} from './factsheetState';

type Props = {
  initial: FactsheetFormState;
  onSubmit: (body: FactsheetUpdate) => Promise<unknown>;
  onConflict: (err: unknown) => void;
  onCancel: () => void;
};

/** Edit a partner's factsheet: deadlines per term (MM-DD), texts in both languages, useful links. */
export function FactsheetForm({ initial, onSubmit, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, text, setList, submit } = useServerForm({
    initial,
    validate: (f, required) => required(missingFactsheetFields(f)),
    send: (f) => onSubmit(toFactsheetBody(f)),
    onConflict,
  });
  const setDeadline = (i: number, field: 'nomination' | 'application', value: string) =>
    setList(
      'deadlines',
      form.deadlines.map((d, j): DeadlineRow => (j === i ? { ...d, [field]: value } : d)),
      `deadlines.${i}.${field}`,
    );
  const setLink = (i: number, field: 'label' | 'url', value: string) =>
    setList(
      'links',
      form.links.map((l, j): LinkRow => (j === i ? { ...l, [field]: value } : l)),
      `links.${i}.${field}`,
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Paper withBorder p="sm" radius="md">
          <Title order={3} size="h5" mb="xs">
            {t('agreementsUi.factsheet.deadlines')}
          </Title>
          <Stack gap="sm">
            {form.deadlines.map((d, i) => (
              <SimpleGrid key={d.term} cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={`${t(`terms.${d.term}`)} · ${t('agreementsUi.factsheet.nomination')}`}
                  placeholder={t('agreementsUi.factsheet.monthDayPlaceholder')}
                  value={d.nomination}
                  error={errors[`deadlines.${i}.nomination`]}
                  onChange={(e) => setDeadline(i, 'nomination', e.currentTarget.value)}
                />
                <TextInput
                  label={`${t(`terms.${d.term}`)} · ${t('agreementsUi.factsheet.application')}`}
                  placeholder={t('agreementsUi.factsheet.monthDayPlaceholder')}
                  value={d.application}
                  error={errors[`deadlines.${i}.application`]}
                  onChange={(e) => setDeadline(i, 'application', e.currentTarget.value)}
                />
              </SimpleGrid>
            ))}
          </Stack>
        </Paper>
        <TextInput
          label={t('agreementsUi.factsheet.instructionLanguages')}
          description={t('agreementsUi.factsheet.instructionLanguagesHint')}
          {...text('instructionLanguages')}
        />
        {FACTSHEET_TEXTS.map((key) => (
          <SimpleGrid key={key} cols={{ base: 1, md: 2 }} spacing="sm">
            <Textarea
              label={t('agreementsUi.factsheet.inChinese', { field: t(`agreementsUi.factsheet.texts.${key}`) })}
              lang="zh-Hant-TW"
              autosize
              minRows={2}
              maxRows={8}
              {...text(`${key}Zh`)}
            />
            <Textarea
              label={t('agreementsUi.factsheet.inEnglish', { field: t(`agreementsUi.factsheet.texts.${key}`) })}
              lang="en"
              autosize
              minRows={2}
              maxRows={8}
              {...text(`${key}En`)}
            />
          </SimpleGrid>
        ))}
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('agreementsUi.factsheet.links')}
          </Title>
          {form.links.map((l, i) => (
            <Group key={l.key} gap="xs" align="flex-start" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1 }}>
                <TextInput
                  label={t('agreementsUi.factsheet.linkLabelN', { n: i + 1 })}
                  required
                  value={l.label}
                  error={errors[`links.${i}.label`]}
                  onChange={(e) => setLink(i, 'label', e.currentTarget.value)}
                />
                <TextInput
                  label={t('agreementsUi.factsheet.linkUrlN', { n: i + 1 })}
                  required
                  type="url"
                  placeholder="https://"
                  value={l.url}
                  error={errors[`links.${i}.url`]}
                  onChange={(e) => setLink(i, 'url', e.currentTarget.value)}
                />
              </SimpleGrid>
              <CloseButton
                mt={28}
                aria-label={t('agreementsUi.factsheet.removeLink', { n: i + 1 })}
                onClick={() =>
                  setList(
                    'links',
                    form.links.filter((_, j) => j !== i),
                  )
                }
              />
            </Group>
          ))}
          {form.links.length === 0 ? <Text size="sm">{t('agreementsUi.factsheet.noLinks')}</Text> : null}
          <div>
            <Button variant="default" size="xs" onClick={() => setList('links', [...form.links, newLink()])}>
              {t('agreementsUi.factsheet.addLink')}
            </Button>
          </div>
        </Stack>
        <FormActions error={formError} busy={busy} submitLabel={t('common.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
