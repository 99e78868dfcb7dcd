import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Checkbox.css';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '#shared/schemas/imports';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { useFormat } from '#web/lib/format';
import type { CommitRequest } from '../api/imports';

type Props = { batch: ImportBatch; commit: UseMutationResult<ImportBatch, Error, CommitRequest> };

/**
 * "Import" when the file has no errors; otherwise "Import valid rows only", after a confirmation
 * that says how many rows are skipped.
 */
export function CommitPanel({ batch, commit }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [confirming, { open, close }] = useDisclosure(false);
  const [sendInvites, setSendInvites] = useState(false);
  const errors = batch.counts.error;
  const write = batch.counts.create + batch.counts.update + batch.counts.unchanged;
  const run = (mode: 'all' | 'validOnly') => {
    close();
    commit.mutate({ mode, sendInvites: batch.kind === 'accounts' && sendInvites });
  };
  const numbers = { write: fmt.number(write), skipped: fmt.number(errors) };

  return (
    <Stack gap="xs">
      {batch.kind === 'accounts' ? (
        <Checkbox
          label={t('importsUi.commit.sendInvites')}
          description={t('importsUi.commit.sendInvitesHint')}
          checked={sendInvites}
          onChange={(e) => setSendInvites(e.currentTarget.checked)}
        />
      ) : null}
      <Group gap="sm" wrap="wrap">
        <Button
          onClick={() => run('all')}
          disabled={errors > 0}
          aria-describedby={errors > 0 ? 'import-all-hint' : undefined}
        >
          {t('importsUi.commit.all')}
        </Button>
        {errors > 0 ? (
          <Button variant="light" onClick={open} disabled={write === 0}>
            {t('importsUi.commit.validOnly')}
          </Button>
        ) : null}
      </Group>
      {errors > 0 ? (
        <Text size="sm" c="dimmed" id="import-all-hint">
          {write === 0 ? t('importsUi.commit.nothingToWrite') : t('importsUi.commit.allHint')}
        </Text>
      ) : null}
      <ErrorAlert error={commit.error} />
      <Modal
        opened={confirming}
        onClose={close}
        title={t('importsUi.commit.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm">{t('importsUi.commit.confirmBody', numbers)}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => run('validOnly')}>{t('importsUi.commit.confirm', numbers)}</Button>
        </Group>
      </Modal>
    </Stack>
  );
}
