import '@mantine/core/styles/Badge.css';
import { Anchor, Badge, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_DOCUMENT_MAX_BYTES } from '#shared/calls';
import type { Application, Call } from '#shared/schemas/calls';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { documentUrl, useRemoveDocument, useUploadDocument } from '#web/features/calls/api/applications';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';

type Props = {
  call: Call;
  application: Application;
  /** Errors from submitting (`documents.<code>`: a required document is missing). */
  errors: Record<string, string>;
  disabled: boolean;
};

/** The call's documents: each with what is uploaded (open, remove) and an upload (PDF, JPG or PNG). */
export function DocumentsUpload({ call, application, errors, disabled }: Props) {
  const { t } = useTranslation();
  if (call.documents.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('callsUi.form.documents')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('callsUi.apply.documentsHint', { mb: APPLICATION_DOCUMENT_MAX_BYTES / 1024 / 1024 })}
      </Text>
      {call.documents.map((d) => (
        <DocumentRow
          key={d.code}
          code={d.code}
          labelZh={d.labelZh}
          labelEn={d.labelEn}
          required={d.required}
          application={application}
          submitError={errors[`documents.${d.code}`]}
          disabled={disabled}
        />
      ))}
    </Stack>
  );
}

type RowProps = {
  code: string;
  labelZh: string;
  labelEn: string;
  required: boolean;
  application: Application;
  submitError?: string;
  disabled: boolean;
};

function DocumentRow({ code, labelZh, labelEn, required, application, submitError, disabled }: RowProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const upload = useUploadDocument(application.id);
  const remove = useRemoveDocument(application.id);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = fmt.name(labelZh, labelEn);
  const uploaded = application.documents.filter((d) => d.code === code);
  const headingId = `doc-${code}`;

  async function send() {
    setError(null);
    if (!file) {
      setError(t('validation.required'));
      return;
    }
    try {
      await upload.mutateAsync({ code, file });
      notifySuccess(t('callsUi.apply.uploaded', { name: file.name }));
      setFile(null);
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={headingId}>
      <Group gap="xs" mb="xs">
        <Title order={3} size="h5" id={headingId}>
          {label}
        </Title>
        <Badge variant="light" color={required ? 'red' : 'gray'} tt="none">
          {required ? t('callsUi.apply.required') : t('callsUi.detail.optional')}
        </Badge>
      </Group>
      {uploaded.length === 0 ? (
        <Text size="sm" c={submitError ? 'red.8' : 'dimmed'}>
          {submitError ?? t('callsUi.apply.notUploaded')}
        </Text>
      ) : (
        <Stack gap={4}>
          {uploaded.map((d) => (
            <Group key={d.id} gap="xs" wrap="wrap">
              <Anchor
                href={documentUrl(application.id, d.id)}
                download={d.fileName}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                {d.fileName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('callsUi.apply.sizeKb', { n: fmt.number(Math.max(1, Math.round(d.size / 1024))) })}
              </Text>
              {!disabled ? (
                <ConfirmButton
                  size="compact-sm"
                  variant="default"
                  color="red"
                  label={t('callsUi.apply.removeShort')}
                  ariaLabel={t('callsUi.apply.removeFile', { name: d.fileName })}
                  title={t('callsUi.apply.removeFileTitle')}
                  message={t('callsUi.apply.removeFileConfirm', { name: d.fileName })}
                  busy={remove.isPending}
                  onConfirm={() => remove.mutateAsync(d.id)}
                />
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      {!disabled ? (
        <Group align="flex-start" gap="sm" mt="xs" wrap="wrap">
          <FileInput
            label={t('callsUi.apply.fileFor', { name: label })}
            placeholder={t('callsUi.apply.chooseFile')}
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            clearable
            style={{ flex: '1 1 14rem' }}
            value={file}
            error={error}
            onChange={(f) => {
              setFile(f);
              setError(null);
            }}
          />
          <Button
            variant="default"
            loading={upload.isPending}
            mt={{ base: 0, xs: 25 }}
            aria-label={t('callsUi.apply.uploadFor', { name: label })}
            onClick={() => void send()}
          >
            {t('callsUi.apply.upload')}
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
}
