import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useCan } from '#web/lib/session';

/**
 * The export with passport and residence-permit numbers in clear, for those who may reveal them: after
 * a confirmation that says every exported person's record of access is logged.
 */
export function ExportWithPersonalData({ href }: { href: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  // Students may reveal their own numbers but not export; OIA staff may do both (admins neither).
  const canExport = useCan('people', 'export');
  const canReveal = useCan('people', 'revealPii');
  if (!canExport || !canReveal) return null;
  return (
    <>
      <Button variant="default" color="red" onClick={open}>
        {t('peopleUi.list.exportWithPii')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('peopleUi.list.exportWithPiiTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm">{t('peopleUi.list.exportWithPiiConfirm')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button component="a" href={href} download color="red" onClick={close}>
            {t('peopleUi.list.exportWithPiiGo')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
