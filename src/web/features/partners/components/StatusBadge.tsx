import '@mantine/core/styles/Badge.css';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerStatus } from '#web/lib/enums';

const COLORS: Record<PartnerStatus, string> = { active: 'teal', prospective: 'blue', inactive: 'gray' };

export function StatusBadge({ status }: { status: PartnerStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none">
      {t(`partnerStatuses.${status}`)}
    </Badge>
  );
}
