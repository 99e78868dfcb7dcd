import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/partners';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useArchivePartner, usePartner } from '../api/partners';

/** Archive (or restore) after a confirmation; nothing is ever deleted. */
export function ArchiveButton({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [opened, { open, close }] = useDisclosure(false);
  const mutation = useArchivePartner(partner.id);
  const { refetch } = usePartner(partner.id);
  const archiving = !partner.archivedAt;
  const name = fmt.name(partner.nameZh, partner.nameEn);

  async function confirm() {
    try {
      await mutation.mutateAsync({ archived: archiving, version: partner.version });
      notifySuccess(archiving ? t('partners.detail.archived') : t('partners.detail.restored'));
    } catch (err) {
      notifyError(err);
      if (isApiError(err, 'VERSION_CONFLICT')) void refetch();
    } finally {
      close();
    }
  }

  return (
    <>
      <Button variant="default" onClick={open}>
        {archiving ? t('partners.detail.archive') : t('partners.detail.restore')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={archiving ? t('partners.detail.archiveTitle') : t('partners.detail.restoreTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm">
          {archiving ? t('partners.detail.archiveConfirm', { name }) : t('partners.detail.restoreConfirm', { name })}
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={mutation.isPending}>
            {archiving ? t('partners.detail.archive') : t('partners.detail.restore')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
