import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enquiry } from '#shared/schemas/enquiries';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifyError } from '#web/lib/notify';
import { useEnquiry, useEnquiryAction } from '../api/desk';
import { PromoteForm } from './PromoteForm';
import { ReplyForm } from './ReplyForm';
import { SlaBadge } from './SlaBadge';
import '../i18n';

/** One enquiry: the question, its service levels, assignment, the history of notes and replies, and actions. */
export function EnquiryPage() {
  const { t } = useTranslation();
  const id = Number(useParams({ strict: false }).id);
  const enquiry = useEnquiry(id);
  if (enquiry.error) return <ErrorAlert error={enquiry.error} />;
  if (!enquiry.data) return <Loading />;
  const e = enquiry.data;
  return (
    <>
      <PageHeader title={e.subject} subtitle={`${e.reference} · ${t(`enquiryStatuses.${e.status}`)}`} />
      <Stack gap="lg">
        <Question e={e} />
        <Actions e={e} />
        <History e={e} />
        {e.status !== 'closed' ? <ReplyForm e={e} /> : null}
        {e.messages.some((m) => m.kind === 'reply') ? <PromoteForm e={e} /> : null}
      </Stack>
    </>
  );
}

function Question({ e }: { e: Enquiry }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm" mb="sm">
        <DetailField label={t('enquiriesUi.detail.from')}>{`${e.name} <${e.email}>`}</DetailField>
        <DetailField label={t('enquiriesUi.desk.received')}>{f.dateTime(e.receivedAt)}</DetailField>
        <DetailField label={t('enquiriesUi.desk.firstDue')}>
          <Group gap={4} component="span">
            {f.date(e.firstResponseDue)} <SlaBadge state={e.firstResponse} />
          </Group>
        </DetailField>
      </SimpleGrid>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{e.body}</Text>
      {e.rating !== null ? (
        <Text size="sm" mt="sm" c="dimmed">
          {t('enquiriesUi.detail.rating', { rating: e.rating })}
          {e.ratingComment ? ` — ${e.ratingComment}` : ''}
        </Text>
      ) : null}
    </Paper>
  );
}

function Actions({ e }: { e: Enquiry }) {
  const { t } = useTranslation();
  const action = useEnquiryAction(e.id);
  const run = (name: string, body: object) => action.mutate({ action: name, body }, { onError: notifyError });
  const options = [
    { label: t('enquiriesUi.detail.unassigned'), value: '' },
    ...e.assignable.map((u) => ({ value: String(u.id), label: u.name })),
  ];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect
        label={t('enquiriesUi.detail.assignee')}
        data={options}
        value={e.assigneeId === null ? '' : String(e.assigneeId)}
        onChange={(ev) =>
          run('assign', {
            assigneeId: ev.currentTarget.value ? Number(ev.currentTarget.value) : null,
            version: e.version,
          })
        }
      />
      {e.status === 'closed' ? (
        <Button variant="default" onClick={() => run('reopen', { version: e.version })}>
          {t('enquiriesUi.detail.reopen')}
        </Button>
      ) : (
        <Button variant="default" onClick={() => run('close', { version: e.version })}>
          {t('enquiriesUi.detail.close')}
        </Button>
      )}
    </Group>
  );
}

function History({ e }: { e: Enquiry }) {
  const { t } = useTranslation();
  const f = useFormat();
  const action = useEnquiryAction(e.id);
  const [note, setNote] = useState('');
  return (
    <section aria-labelledby="enquiry-history">
      <Title order={2} size="h4" id="enquiry-history" mb="xs">
        {t('enquiriesUi.detail.messages')}
      </Title>
      <Stack gap="xs">
        {e.messages.map((m) => (
          <Paper key={m.id} withBorder p="sm" radius="md" bg={m.kind === 'note' ? 'yellow.0' : undefined}>
            <Group gap="xs" mb={4}>
              <Badge size="sm" variant="light" color={m.kind === 'note' ? 'yellow' : 'blue'}>
                {m.kind === 'note' ? t('enquiriesUi.detail.noteKind') : t('enquiriesUi.detail.replyKind')}
              </Badge>
              <Text size="xs" c="dimmed">
                {m.authorName} · {f.dateTime(m.createdAt)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {m.body}
            </Text>
          </Paper>
        ))}
        <Textarea
          label={t('enquiriesUi.detail.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(ev) => setNote(ev.currentTarget.value)}
        />
        <Group>
          <Button
            variant="light"
            disabled={!note.trim()}
            loading={action.isPending}
            onClick={() =>
              action.mutate(
                { action: 'notes', body: { body: note } },
                { onSuccess: () => setNote(''), onError: notifyError },
              )
            }
          >
            {t('enquiriesUi.detail.addNote')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
