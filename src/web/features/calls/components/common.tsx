import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Badge, Button, type ButtonProps, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, CallStatus } from '../../../../shared/mobility';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { i18n } from '../../../lib/i18n';
import { notifyError } from '../../../lib/notify';

const CALL_COLORS: Record<CallStatus, string> = {
  draft: 'gray',
  open: 'teal',
  closed: 'orange',
  allocated: 'blue',
  published: 'indigo',
};

export function CallStatusBadge({ status }: { status: CallStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CALL_COLORS[status]} variant="light" tt="none">
      {t(`callStatuses.${status}`)}
    </Badge>
  );
}

const APPLICATION_COLORS: Partial<Record<ApplicationStatus, string>> = {
  submitted: 'blue',
  selected: 'teal',
  nominated: 'teal',
  accepted: 'green',
  waitlisted: 'orange',
  not_selected: 'red',
  ineligible: 'red',
  rejected_by_partner: 'red',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={APPLICATION_COLORS[status] ?? 'gray'} variant="light" tt="none">
      {t(`applicationStatuses.${status}`)}
    </Badge>
  );
}

/** Whole days from now until an instant (negative once past), counted in the reader's time zone. */
export function daysLeft(iso: string, now = new Date()): number {
  const end = new Date(iso);
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(end) - day(now)) / 86_400_000);
}

/** A deadline in the reader's local time, with how many days are left while it is ahead. */
export function Deadline({ iso, withDays = true }: { iso: string; withDays?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const past = new Date(iso).getTime() <= Date.now();
  const days = daysLeft(iso);
  return (
    <>
      <time dateTime={iso}>{fmt.dateTime(iso)}</time>
      {withDays ? (
        <Text span size="sm" c={past ? 'red.8' : days <= 3 ? 'orange.9' : 'dimmed'} ml={6}>
          {past
            ? t('callsUi.deadline.passed')
            : days === 0
              ? t('callsUi.deadline.today')
              : t('callsUi.deadline.daysLeft', { n: days })}
        </Text>
      ) : null}
    </>
  );
}

/** "114 學年度 春季" / "2025–2026 spring". */
export function useTermLabel() {
  const { t } = useTranslation();
  return (year: number, term: string) =>
    t('callsUi.yearTerm', { roc: year - 1911, from: year, to: year + 1, term: t(`callTerms.${term}`) });
}

/**
 * What to tell the user about a failed action with no form field to show it on: the server's field messages,
 * else its general message. `shown` are the paths already displayed beside their fields.
 */
export function errorText(err: unknown, shown: string[] = []): string {
  if (isApiError(err)) {
    const messages = [...new Set(err.fields.filter((f) => !shown.includes(f.path)).map((f) => f.message))];
    if (messages.length) return messages.join(' ');
  }
  return err instanceof Error && err.message ? err.message : i18n.t('errors.INTERNAL');
}

type ConfirmProps = {
  label: string;
  ariaLabel?: string;
  title: string;
  message: ReactNode;
  onConfirm: () => Promise<unknown>;
  busy?: boolean;
  color?: ButtonProps['color'];
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
};

/** A button that asks first; an error is shown as a notification. */
export function ConfirmButton({
  label,
  ariaLabel,
  title,
  message,
  onConfirm,
  busy,
  color,
  size,
  variant,
}: ConfirmProps) {
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
      <Button variant={variant ?? 'filled'} size={size} color={color} onClick={open} aria-label={ariaLabel}>
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
