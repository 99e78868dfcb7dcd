import '@mantine/core/styles/Badge.css';
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '#shared/enums';

/** Colour and fill per status; only colours whose badge text the theme darkens to AA contrast. */
const LOOK: Record<AgreementStatus, { color: string; variant: 'light' | 'outline' }> = {
  draft: { color: 'gray', variant: 'light' },
  under_review: { color: 'blue', variant: 'light' },
  awaiting_signature: { color: 'blue', variant: 'outline' },
  active: { color: 'teal', variant: 'light' },
  expiring: { color: 'orange', variant: 'light' },
  expired: { color: 'red', variant: 'light' },
  terminated: { color: 'red', variant: 'outline' },
  renewed: { color: 'gray', variant: 'outline' },
};

export function AgreementStatusBadge({ status, size }: { status: AgreementStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    // Never shortened to "即將…" in a narrow table column: the badge keeps its full width.
    <Badge {...LOOK[status]} size={size} tt="none" style={{ minWidth: 'max-content' }}>
      {t(`agreementStatuses.${status}`)}
    </Badge>
  );
}
