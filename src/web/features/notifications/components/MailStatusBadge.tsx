import '@mantine/core/styles/Badge.css';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MailStatus } from '#shared/schemas/notifications';

/** Zod-free copy of the statuses for the filter (kept in step with the schema by the type). */
export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const satisfies readonly MailStatus[];

const COLORS: Record<MailStatus, string> = { pending: 'orange', sending: 'blue', sent: 'teal', failed: 'red' };

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`notificationsUi.outbox.statuses.${status}`)}
    </Badge>
  );
}
