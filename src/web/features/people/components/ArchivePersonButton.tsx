import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas/people';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useArchivePerson, usePerson } from '../api/people';

/** Archive (or restore) after a confirmation; people are never deleted. */
export function ArchivePersonButton({ person }: { person: Person }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [opened, { open, close }] = useDisclosure(false);
  const mutation = useArchivePerson(person.id);
  const { refetch } = usePerson(person.id);
  const archiving = !person.archivedAt;
  const name = fmt.name(person.nameZh, person.nameEn);

  async function confirm() {
    try {
      await mutation.mutateAsync({ archived: archiving, version: person.version });
      notifySuccess(archiving ? t('peopleUi.detail.archived') : t('peopleUi.detail.restored'));
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
        {archiving ? t('peopleUi.detail.archive') : t('peopleUi.detail.restore')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={archiving ? t('peopleUi.detail.archive') : t('peopleUi.detail.restore')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm">
          {archiving ? t('peopleUi.detail.archiveConfirm', { name }) : t('peopleUi.detail.restoreConfirm', { name })}
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={mutation.isPending}>
            {archiving ? t('peopleUi.detail.archive') : t('peopleUi.detail.restore')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
