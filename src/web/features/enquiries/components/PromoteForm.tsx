import { Alert, Button, Checkbox, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingLanguages } from '#shared/enquiries';
import type { Enquiry } from '#shared/schemas/enquiries';
import { fieldErrors } from '#web/lib/api';
import { languageName } from '#web/lib/i18n';
import { notifySuccess } from '#web/lib/notify';
import { usePromote } from '../api/desk';

/**
 * "Promote this answer to the FAQ": the question and the last reply, prefilled on the enquirer's side;
 * the other language is for the translation (left empty, the entry is flagged as missing it).
 */
export function PromoteForm({ e }: { e: Enquiry }) {
  const { t } = useTranslation();
  const promote = usePromote(e.id);
  const answer = [...e.messages].reverse().find((m) => m.kind === 'reply')?.body ?? '';
  const en = e.locale === 'en';
  const [form, setForm] = useState({
    questionZh: en ? '' : e.subject,
    questionEn: en ? e.subject : '',
    answerZh: en ? '' : answer,
    answerEn: en ? answer : '',
    published: false,
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const missing = missingLanguages(form);
  const text = (key: 'questionZh' | 'questionEn' | 'answerZh' | 'answerEn') => ({
    label: t(`enquiriesUi.detail.${key}`),
    value: form[key],
    error: fields[key],
    onChange: (ev: { currentTarget: { value: string } }) => setForm({ ...form, [key]: ev.currentTarget.value }),
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="promote-title">
      <Title order={2} size="h4" id="promote-title" mb="sm">
        {t('enquiriesUi.detail.promote')}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput {...text('questionZh')} />
          <TextInput {...text('questionEn')} />
          <Textarea autosize minRows={3} {...text('answerZh')} />
          <Textarea autosize minRows={3} {...text('answerEn')} />
        </SimpleGrid>
        {missing.length ? (
          <Alert color="yellow" variant="light">
            {t('enquiriesUi.detail.missingTranslation', { languages: missing.map(languageName).join('、') })}
          </Alert>
        ) : null}
        <Checkbox
          label={t('enquiriesUi.detail.publish')}
          checked={form.published}
          onChange={(ev) => setForm({ ...form, published: ev.currentTarget.checked })}
        />
        <Button
          variant="light"
          loading={promote.isPending}
          onClick={() =>
            promote.mutate(
              { ...form, categoryCode: e.categoryCode },
              {
                onSuccess: () => notifySuccess(t('enquiriesUi.detail.promoted')),
                onError: (err) => setFields(fieldErrors(err)),
              },
            )
          }
        >
          {t('enquiriesUi.detail.promote')}
        </Button>
      </Stack>
    </Paper>
  );
}
