import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Button, type ButtonProps, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '#web/lib/errorText';
import { notifyError } from '#web/lib/notify';

type Props = {
  /** The button's text (also the confirm button's). */
  label: string;
  /** An accessible name when the button's text alone is ambiguous (e.g. "Remove" in a table row). */
  ariaLabel?: string;
  title: string;
  message: ReactNode;
  /** Runs on confirm; an error is shown as a notification. */
  onConfirm: () => Promise<unknown>;
  busy?: boolean;
  color?: ButtonProps['color'];
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
};

/** A button that asks first (archive, remove a file, a row of places or an award); a failure shows the server's field messages. */
export function ConfirmButton({ label, ariaLabel, title, message, onConfirm, busy, color, size, variant }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  async function confirm() {
    try {
      await onConfirm();
    } catch (err) {
      notifyError(new Error(errorText(err)));
    } finally {
      close();
    }
  }
  return (
    <>
      <Button variant={variant ?? 'default'} size={size} color={color} onClick={open} aria-label={ariaLabel}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text size="sm" component="div">
          {message}
        </Text>
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
