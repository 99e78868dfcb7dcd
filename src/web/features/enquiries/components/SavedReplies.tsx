import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '#shared/i18n/names';
import { fieldErrors } from '#web/lib/api';
import { useLocale } from '#web/lib/locale';
import { notifySuccess } from '#web/lib/notify';
import { useCreateSavedReply, useSavedReplies } from '../api/desk';

const EMPTY = { titleZh: '', titleEn: '', bodyZh: '', bodyEn: '' };

/**
 * The desk's saved replies (OIA staff): each in both languages — the reply form fills in the one the enquirer
 * wrote in, so neither may be left out (the server refuses a missing side, field by field).
 */
export function SavedReplies() {
  const { t } = useTranslation();
  const locale = useLocale();
  const saved = useSavedReplies();
  const create = useCreateSavedReply();
  const [form, setForm] = useState(EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const set = (k: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const submit = () =>
    create.mutate(
      { ...form, categoryCode: null },
      {
        onSuccess: () => {
          setForm(EMPTY);
          setFields({});
          notifySuccess(t('enquiriesUi.saved.created'));
        },
        onError: (err) => setFields(fieldErrors(err)),
      },
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="desk-saved">
      <Title order={2} size="h4" id="desk-saved" mb="xs">
        {t('enquiriesUi.saved.title')}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} mb="md" style={{ listStyle: 'none' }}>
        {(saved.data?.items ?? []).map((r) => (
          <li key={r.id}>
            <Text size="sm" fw={600}>
              {localName(locale, r.titleZh, r.titleEn)}
            </Text>
            <Text size="sm" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
              {localName(locale, r.bodyZh, r.bodyEn)}
            </Text>
          </li>
        ))}
      </Stack>
      <Title order={3} size="h5" mb="xs">
        {t('enquiriesUi.saved.new')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('enquiriesUi.saved.titleZh')}
          value={form.titleZh}
          error={fields.titleZh}
          onChange={set('titleZh')}
        />
        <TextInput
          label={t('enquiriesUi.saved.titleEn')}
          value={form.titleEn}
          error={fields.titleEn}
          onChange={set('titleEn')}
        />
        <Textarea
          label={t('enquiriesUi.saved.bodyZh')}
          autosize
          minRows={3}
          value={form.bodyZh}
          error={fields.bodyZh}
          onChange={set('bodyZh')}
        />
        <Textarea
          label={t('enquiriesUi.saved.bodyEn')}
          autosize
          minRows={3}
          value={form.bodyEn}
          error={fields.bodyEn}
          onChange={set('bodyEn')}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button onClick={submit} loading={create.isPending}>
          {t('enquiriesUi.saved.create')}
        </Button>
      </Group>
    </Paper>
  );
}
