import '@mantine/core/styles/List.css';
import { Alert, Button, FileInput, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES, type ImportKind } from '#shared/enums';
import { isApiError } from '#web/lib/api';
import { useUploadImport } from '../api/imports';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Pick a workbook and have it checked; the report opens below once the server has read every row. */
export function UploadStep({ kind, onChecked }: { kind: ImportKind; onChecked: (batchId: number) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadImport(kind);
  const tooLarge = file !== null && file.size > IMPORT_MAX_BYTES;

  async function check() {
    if (!file || tooLarge) return;
    const batch = await upload.mutateAsync(file).catch(() => null);
    if (batch) onChecked(batch.id);
  }

  return (
    <>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={t('importsUi.upload.label')}
          description={t('importsUi.upload.description')}
          accept={XLSX}
          value={file}
          onChange={(f) => {
            setFile(f);
            upload.reset();
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('common.close') }}
          error={tooLarge ? t('importsUi.upload.tooLarge') : undefined}
          style={{ flex: '1 1 18rem' }}
        />
        <Button onClick={() => void check()} disabled={!file || tooLarge} loading={upload.isPending}>
          {t('importsUi.upload.check')}
        </Button>
      </Group>
      {upload.error ? <UploadError error={upload.error} /> : null}
    </>
  );
}

/** The server's reason (not an xlsx, too large, empty, missing columns…), with the details it gives. */
function UploadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : t('errors.INTERNAL');
  const details = isApiError(error) ? error.fields.map((f) => f.message) : [];
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')} role="alert">
      <Text size="sm">{message}</Text>
      {details.length ? (
        <List size="sm" mt="xs" aria-label={t('importsUi.upload.details')}>
          {details.map((d) => (
            <List.Item key={d}>{d}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
