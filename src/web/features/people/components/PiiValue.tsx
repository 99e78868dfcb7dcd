import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Code, Group, Modal, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PiiField } from '#shared/schemas/people';
import { notifyError } from '#web/lib/notify';
import { useReveal } from '../api/people';

type Props = { personId: number; field: PiiField; masked: string | null; canReveal: boolean };

/**
 * A personal-data number: the mask, and for those allowed a Reveal button that asks first (the access
 * is logged) and then shows the number in place until hidden again. The number lives only in this
 * component's state — never in the query cache.
 */
export function PiiValue({ personId, field, masked, canReveal }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [value, setValue] = useState<string | null>(null);
  const reveal = useReveal(personId);
  if (!masked) return null;

  async function confirm() {
    try {
      setValue((await reveal.mutateAsync(field)).value);
    } catch (err) {
      notifyError(err);
    } finally {
      close();
    }
  }

  return (
    <Stack gap={4} component="span" align="flex-start">
      <Group gap="xs" component="span" wrap="wrap">
        {value ? (
          <Code fz="sm" aria-live="polite">
            {value}
          </Code>
        ) : (
          <span>
            {masked}
            <VisuallyHidden>{t('peopleUi.pii.maskedLabel')}</VisuallyHidden>
          </span>
        )}
        {canReveal ? (
          value ? (
            <Button size="compact-xs" variant="subtle" onClick={() => setValue(null)}>
              {t('peopleUi.pii.hide')}
            </Button>
          ) : (
            <Button size="compact-xs" variant="light" onClick={open}>
              {t('peopleUi.pii.reveal')}
            </Button>
          )
        ) : null}
      </Group>
      {value ? (
        <Text size="xs" c="dimmed" component="span">
          {t('peopleUi.pii.logged')}
        </Text>
      ) : null}
      <Modal
        opened={opened}
        onClose={close}
        title={t('peopleUi.pii.revealTitle', { field: t(`personFields.${field}`) })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm">{t('peopleUi.pii.revealConfirm')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={reveal.isPending}>
            {t('peopleUi.pii.reveal')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
