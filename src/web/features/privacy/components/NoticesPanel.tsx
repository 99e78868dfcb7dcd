import { Button, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useCan } from '#web/lib/session';
import { useNotices, usePublishNotice } from '../api/privacy';

type Field = 'effectiveOn' | 'purposeZh' | 'purposeEn' | 'textZh' | 'textEn';
const EMPTY: Record<Field, string> = { effectiveOn: '', purposeZh: '', purposeEn: '', textZh: '', textEn: '' };

/** The privacy notice's versions, newest first, and (for OIA staff) a form publishing the next version. */
export function NoticesPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useNotices();
  const canPublish = useCan('privacy', 'publishNotice');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="privacy-notices">
      <Title order={2} size="h4" id="privacy-notices" mb="sm">
        {t('privacyUi.notices.title')}
      </Title>
      <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      <Stack gap="xs">
        {query.data?.items.length === 0 ? <Text c="dimmed">{t('privacyUi.notices.none')}</Text> : null}
        {query.data?.items.map((n) => (
          <div key={n.id}>
            <Text fw={500}>
              {t('privacyUi.notices.version', { version: n.version, date: fmt.date(n.effectiveOn) })}
              {query.data?.current?.id === n.id ? ` · ${t('privacyUi.notices.inForce')}` : ''}
            </Text>
            <Text size="sm" c="dimmed">
              {fmt.name(n.purposeZh, n.purposeEn)}
            </Text>
          </div>
        ))}
      </Stack>
      {canPublish ? <PublishForm /> : null}
    </Paper>
  );
}

function PublishForm() {
  const { t } = useTranslation();
  const publish = usePublishNotice();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (f: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [f]: value }));
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    try {
      await publish.mutateAsync(values);
      setValues(EMPTY);
      notifySuccess(t('privacyUi.notices.published'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('privacyUi.notices.publish')}
      </Title>
      <Stack gap="sm">
        <TextInput
          type="date"
          required
          label={t('privacyUi.notices.effectiveOn')}
          value={values.effectiveOn}
          error={errors.effectiveOn}
          onChange={set('effectiveOn')}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            required
            lang="zh-Hant-TW"
            label={t('privacyUi.notices.purposeZh')}
            value={values.purposeZh}
            error={errors.purposeZh}
            onChange={set('purposeZh')}
          />
          <TextInput
            required
            lang="en"
            label={t('privacyUi.notices.purposeEn')}
            value={values.purposeEn}
            error={errors.purposeEn}
            onChange={set('purposeEn')}
          />
          <Textarea
            required
            autosize
            minRows={4}
            lang="zh-Hant-TW"
            label={t('privacyUi.notices.textZh')}
            value={values.textZh}
            error={errors.textZh}
            onChange={set('textZh')}
          />
          <Textarea
            required
            autosize
            minRows={4}
            lang="en"
            label={t('privacyUi.notices.textEn')}
            value={values.textEn}
            error={errors.textEn}
            onChange={set('textEn')}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={publish.isPending}>
            {t('privacyUi.notices.publish')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
