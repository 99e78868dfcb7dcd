import { Alert, Button, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '#shared/schemas/recruitment';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { AnchorLink } from '#web/components/ui/links';
import { paths } from '#web/lib/paths';
import { useSendFollowups, useTemplates } from '../api/trips';

/** A follow-up mail from a template to the leads on this page who agreed (the server skips the others too). */
export function FollowupPanel({ leads }: { leads: Lead[] }) {
  const { t } = useTranslation();
  const templates = useTemplates();
  const send = useSendFollowups();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const mailable = leads.filter((l) => l.mailable);
  const items = templates.data?.items ?? [];
  if (templates.data && items.length === 0)
    return (
      <Text c="dimmed">
        {`${t('recruitmentUi.followup.noTemplates')} `}
        <AnchorLink to={paths.recruitmentTemplates()}>{t('recruitmentUi.templates.create')}</AnchorLink>
      </Text>
    );
  return (
    <>
      <ErrorAlert error={templates.error ?? send.error} />
      {send.data ? (
        <Alert color="green" role="status">
          {t('recruitmentUi.followup.result', { queued: send.data.queued, skipped: send.data.skipped.length })}
        </Alert>
      ) : null}
      <Group align="end" wrap="wrap">
        <Select
          label={t('recruitmentUi.followup.template')}
          data={items.map((x) => ({ value: String(x.id), label: x.name }))}
          value={templateId}
          onChange={setTemplateId}
        />
        <Button
          disabled={!templateId || mailable.length === 0}
          loading={send.isPending}
          onClick={() => send.mutate({ templateId: Number(templateId), leadIds: mailable.map((l) => l.id) })}
        >
          {t('recruitmentUi.followup.send', { count: mailable.length })}
        </Button>
      </Group>
    </>
  );
}
