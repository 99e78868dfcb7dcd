import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Table.css';
import { Alert, Anchor, Button, FileInput, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/schemas/agreements';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import {
  FILE_KINDS,
  type FileKind,
  fileUrl,
  useRemoveFile,
  useUploadFile,
} from '#web/features/agreements/api/agreements';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';

/** The agreement's files (signed PDF, drafts): download, and upload or remove when the user may. */
export function FilesPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const remove = useRemoveFile(agreement.id);
  const canUpload = agreement.permissions.upload;
  const kb = (size: number) => t('agreementsUi.files.sizeKb', { n: fmt.number(Math.max(1, Math.round(size / 1024))) });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="files-heading">
      <Title order={2} size="h4" id="files-heading" mb="sm">
        {t('agreementsUi.files.title')}
      </Title>
      {agreement.files.length === 0 ? (
        <EmptyState>{t('agreementsUi.files.none')}</EmptyState>
      ) : (
        <ScrollTable label={t('agreementsUi.files.tableLabel')} minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreementsUi.files.name')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.files.kind')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.files.size')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.files.uploadedBy')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.files.uploadedAt')}</Table.Th>
                {canUpload ? <Table.Th scope="col">{t('agreementsUi.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreement.files.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Anchor href={fileUrl(agreement.id, f.id)} download={f.fileName}>
                      {f.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`agreementsUi.files.kinds.${f.kind}`)}</Table.Td>
                  <Table.Td>{kb(f.size)}</Table.Td>
                  <Table.Td>{fmt.name(f.uploadedByNameZh, f.uploadedByNameEn) || f.uploadedBy || '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" component="time" dateTime={f.uploadedAt}>
                      {fmt.dateTime(f.uploadedAt)}
                    </Text>
                  </Table.Td>
                  {canUpload ? (
                    <Table.Td>
                      <ConfirmButton
                        size="compact-sm"
                        color="red"
                        label={t('agreementsUi.files.remove')}
                        ariaLabel={t('agreementsUi.files.removeNamed', { name: f.fileName })}
                        title={t('agreementsUi.files.remove')}
                        message={t('agreementsUi.files.removeConfirm', { name: f.fileName })}
                        busy={remove.isPending}
                        onConfirm={async () => {
                          await remove.mutateAsync(f.id);
                          notifySuccess(t('agreementsUi.files.removed'));
                        }}
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {canUpload ? <UploadForm agreementId={agreement.id} /> : null}
    </Paper>
  );
}

/** PDF only; the kind goes first so the server knows what it receives before the bytes. */
function UploadForm({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const upload = useUploadFile(agreementId);
  const [kind, setKind] = useState<FileKind>('signed');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!file) {
      setErrors({ file: t('validation.required') });
      return;
    }
    try {
      await upload.mutateAsync({ kind, file });
      notifySuccess(t('agreementsUi.files.uploaded', { name: file.name }));
      setFile(null);
      setErrors({});
    } catch (err) {
      setErrors(fieldErrors(err));
      setFormError(errorText(err, ['file']));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('agreementsUi.files.upload')}
      </Title>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Select
          label={t('agreementsUi.files.kind')}
          allowDeselect={false}
          w={{ base: '100%', xs: 180 }}
          data={FILE_KINDS.map((k) => ({ value: k, label: t(`agreementsUi.files.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => setKind((v ?? 'signed') as FileKind)}
        />
        <FileInput
          label={t('agreementsUi.files.file')}
          placeholder={t('agreementsUi.files.choose')}
          // Rendered as text (not an input placeholder), so it must reach AA contrast like any text.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          description={t('agreementsUi.files.pdfOnly')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          accept="application/pdf,.pdf"
          clearable
          style={{ flex: '1 1 14rem' }}
          value={file}
          error={errors.file}
          onChange={(f) => {
            setFile(f);
            setErrors({});
          }}
        />
        <Button type="submit" loading={upload.isPending} mt={{ base: 0, xs: 25 }}>
          {t('agreementsUi.files.uploadButton')}
        </Button>
      </Group>
      {formError ? (
        <Alert color="red" variant="light" role="alert" mt="sm" title={t('common.errorTitle')}>
          {formError}
        </Alert>
      ) : null}
    </form>
  );
}
