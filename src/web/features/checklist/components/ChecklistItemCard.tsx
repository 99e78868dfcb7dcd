import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '#shared/schemas/checklist';
import { fieldErrors, isApiError } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { fileUrl, useReviewItem, useUpdateItem, useUploadItem } from '../api/checklist';
import { ChecklistStatusBadge } from './ChecklistStatusBadge';
import { Expiry } from './Expiry';

/** A refused change: the field messages, or the server's message (a 409 also refetches, via the mutation). */
function useErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const fail = (err: unknown, fields: string[]) => {
    const byField = fieldErrors(err);
    setErrors(byField);
    const known = Object.keys(byField).some((f) => fields.includes(f));
    setMessage(!known && isApiError(err) ? err.message : null);
    if (!isApiError(err)) notifyError(err);
  };
  const clear = () => {
    setErrors({});
    setMessage(null);
  };
  return { errors, message, fail, clear };
}

/** One document of the checklist: status, expiry, file, and what this user may do with it. */
export function ChecklistItemCard({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const kind = t(`checklistKinds.${item.kind}`);
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={kind}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600}>{kind}</Text>
            <Text size="sm" c="dimmed">
              {t('checklistUi.owner', { office: fmt.name(item.owningUnit.nameZh, item.owningUnit.nameEn) })}
            </Text>
          </div>
          <ChecklistStatusBadge status={item.status} />
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('checklistUi.expiresOn')}
          </Text>
          <Expiry date={item.expiresOn} />
        </Group>
        {item.status === 'rejected' && item.rejectionReason ? (
          <Alert color="red" variant="light" title={t('checklistUi.rejectedBecause')} p="xs">
            {item.rejectionReason}
          </Alert>
        ) : null}
        {item.notes ? <Text size="sm">{item.notes}</Text> : null}
        {item.file ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('checklistUi.file')}{' '}
            <Anchor href={fileUrl(item.id)} download={item.file.name}>
              {item.file.name}
            </Anchor>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('checklistUi.noFile')}
          </Text>
        )}
        {item.file && item.uploadedBy && item.uploadedAt ? (
          <Text size="xs" c="dimmed">
            {t('checklistUi.uploadedBy', {
              who: fmt.name(item.uploadedBy.nameZh, item.uploadedBy.nameEn),
              when: fmt.dateTime(item.uploadedAt),
            })}
          </Text>
        ) : null}
        {item.reviewedBy && item.reviewedAt ? (
          <Text size="xs" c="dimmed">
            {t('checklistUi.reviewedBy', { who: item.reviewedBy, when: fmt.dateTime(item.reviewedAt) })}
          </Text>
        ) : null}
        {item.permissions.upload ? <UploadForm item={item} label={kind} /> : null}
        {item.permissions.review ? <ReviewActions item={item} label={kind} /> : null}
      </Stack>
    </Paper>
  );
}

/** PDF, JPG or PNG up to 10 MB, with the expiry date printed on the document if known. */
function UploadForm({ item, label }: { item: ChecklistItem; label: string }) {
  const { t } = useTranslation();
  const upload = useUploadItem(item.id);
  const [file, setFile] = useState<File | null>(null);
  const [expiresOn, setExpiresOn] = useState('');
  const { errors, message, fail, clear } = useErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    if (!file) return;
    try {
      await upload.mutateAsync({ version: item.version, expiresOn: expiresOn || undefined, file });
      notifySuccess(t('checklistUi.uploaded', { name: file.name }));
      setFile(null);
      setExpiresOn('');
    } catch (err) {
      fail(err, ['file', 'expiresOn']);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('checklistUi.uploadFor', { kind: label })}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <FileInput
          label={item.file ? t('checklistUi.replaceFile') : t('checklistUi.uploadFile')}
          placeholder={t('checklistUi.choose')}
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          description={t('checklistUi.fileTypes')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          clearable
          style={{ flex: '1 1 14rem' }}
          value={file}
          error={errors.file}
          onChange={(f) => {
            setFile(f);
            clear();
          }}
        />
        <TextInput
          type="date"
          label={t('checklistUi.expiresOn')}
          value={expiresOn}
          error={errors.expiresOn}
          onChange={(e) => setExpiresOn(e.currentTarget.value)}
          style={{ flex: '0 1 11rem' }}
        />
        <Button type="submit" loading={upload.isPending} disabled={!file} mb={errors.file ? 22 : 0}>
          {t('checklistUi.uploadButton')}
        </Button>
      </Group>
      {message ? (
        <Alert color="red" variant="light" role="alert" mt="xs" p="xs">
          {message}
        </Alert>
      ) : null}
    </form>
  );
}

/** Approve; reject with a reason; correct the expiry date and notes — the owning office. */
function ReviewActions({ item, label }: { item: ChecklistItem; label: string }) {
  const { t } = useTranslation();
  const review = useReviewItem(item.id);
  const update = useUpdateItem(item.id);
  const [mode, setMode] = useState<'none' | 'reject' | 'edit'>('none');
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState(item.expiresOn ?? '');
  const [notes, setNotes] = useState(item.notes ?? '');
  const { errors, message, fail, clear } = useErrors();

  const approve = async () => {
    clear();
    try {
      await review.mutateAsync({ version: item.version, decision: 'approve' });
      notifySuccess(t('checklistUi.approvedNotice', { kind: label }));
    } catch (err) {
      fail(err, []);
    }
  };
  const reject = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await review.mutateAsync({ version: item.version, decision: 'reject', reason });
      notifySuccess(t('checklistUi.rejectedNotice', { kind: label }));
      setMode('none');
      setReason('');
    } catch (err) {
      fail(err, ['reason']);
    }
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await update.mutateAsync({ version: item.version, expiresOn: expiresOn || null, notes: notes || null });
      notifySuccess(t('checklistUi.saved'));
      setMode('none');
    } catch (err) {
      fail(err, ['expiresOn', 'notes']);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {item.status !== 'approved' ? (
          <Button size="compact-sm" color="teal" onClick={approve} loading={review.isPending && mode === 'none'}>
            {t('checklistUi.approve')}
          </Button>
        ) : null}
        <Button
          size="compact-sm"
          color="red"
          variant="light"
          aria-expanded={mode === 'reject'}
          onClick={() => setMode(mode === 'reject' ? 'none' : 'reject')}
        >
          {t('checklistUi.reject')}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          aria-expanded={mode === 'edit'}
          onClick={() => setMode(mode === 'edit' ? 'none' : 'edit')}
        >
          {t('checklistUi.edit')}
        </Button>
      </Group>
      {mode === 'reject' ? (
        <form onSubmit={reject} noValidate>
          <Textarea
            label={t('checklistUi.reason')}
            description={t('checklistUi.reasonHelp')}
            required
            autosize
            minRows={2}
            value={reason}
            error={errors.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button type="submit" color="red" size="compact-sm" mt="xs" loading={review.isPending}>
            {t('checklistUi.confirmReject')}
          </Button>
        </form>
      ) : null}
      {mode === 'edit' ? (
        <form onSubmit={save} noValidate>
          <Group align="flex-start" gap="xs" wrap="wrap">
            <TextInput
              type="date"
              label={t('checklistUi.expiresOn')}
              value={expiresOn}
              error={errors.expiresOn}
              onChange={(e) => setExpiresOn(e.currentTarget.value)}
            />
            <Textarea
              label={t('checklistUi.notes')}
              autosize
              minRows={1}
              style={{ flex: '1 1 14rem' }}
              value={notes}
              error={errors.notes}
              onChange={(e) => setNotes(e.currentTarget.value)}
            />
          </Group>
          <Button type="submit" size="compact-sm" mt="xs" loading={update.isPending}>
            {t('checklistUi.save')}
          </Button>
        </form>
      ) : null}
      {message ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {message}
        </Alert>
      ) : null}
    </Stack>
  );
}
