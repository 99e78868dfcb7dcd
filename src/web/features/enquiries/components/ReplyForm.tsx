import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '#shared/i18n/names';
import type { Enquiry } from '#shared/schemas/enquiries';
import { fieldErrors } from '#web/lib/api';
import { useLocale } from '#web/lib/locale';
import { notifyError } from '#web/lib/notify';
import { useEnquiryAction, useSavedReplies } from '../api/desk';

/** The reply, mailed to the enquirer; a saved reply fills in its text in the language the enquirer wrote in. */
export function ReplyForm({ e }: { e: Enquiry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const saved = useSavedReplies();
  const action = useEnquiryAction(e.id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const send = (close: boolean) =>
    action.mutate(
      { action: 'replies', body: { body, close, version: e.version } },
      {
        onSuccess: () => setBody(''),
        onError: (err) => {
          setError(fieldErrors(err).body);
          notifyError(err);
        },
      },
    );
  const options = [
    { value: '', label: '—' },
    ...(saved.data?.items ?? [])
      .filter((s) => s.categoryCode === null || s.categoryCode === e.categoryCode)
      .map((s) => ({ value: String(s.id), label: localName(locale, s.titleZh, s.titleEn) })),
  ];
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('enquiriesUi.detail.savedReply')}
        data={options}
        value=""
        onChange={(ev) => {
          const s = saved.data?.items.find((x) => String(x.id) === ev.currentTarget.value);
          if (s) setBody(e.locale === 'en' ? s.bodyEn : s.bodyZh);
        }}
      />
      <Textarea
        label={t('enquiriesUi.detail.reply')}
        autosize
        minRows={4}
        value={body}
        error={error}
        onChange={(ev) => setBody(ev.currentTarget.value)}
      />
      <Group gap="sm">
        <Button disabled={!body.trim()} loading={action.isPending} onClick={() => send(false)}>
          {t('enquiriesUi.detail.send')}
        </Button>
        <Button variant="light" disabled={!body.trim()} loading={action.isPending} onClick={() => send(true)}>
          {t('enquiriesUi.detail.sendClose')}
        </Button>
      </Group>
    </Stack>
  );
}
