import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Button, type ButtonProps, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../../lib/notify';

type Props = {
  label: string;
  ariaLabel?: string;
  title: string;
  message: string;
  onConfirm: () => Promise<unknown>;
  busy?: boolean;
  color?: ButtonProps['color'];
  size?: ButtonProps['size'];
};

/** A button that asks before it acts (archive a program, remove an award); a failure shows as a notification. */
export function ConfirmAction({ label, ariaLabel, title, message, onConfirm, busy, color, size }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  async function confirm() {
    try {
      await onConfirm();
    } catch (err) {
      notifyError(err);
    } finally {
      close();
    }
  }
  return (
    <>
      <Button variant="default" size={size} color={color} onClick={open} aria-label={ariaLabel}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color={color} onClick={() => void confirm()} loading={busy}>
            {label}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
