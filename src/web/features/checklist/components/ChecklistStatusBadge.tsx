import '@mantine/core/styles/Badge.css';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistStatus } from '#shared/schemas/checklist';

/** Colour and fill per status; only colours whose badge text the theme darkens to AA contrast. */
const LOOK: Record<ChecklistStatus, { color: string; variant: 'light' | 'outline' }> = {
  pending: { color: 'gray', variant: 'light' },
  under_review: { color: 'blue', variant: 'light' },
  approved: { color: 'teal', variant: 'light' },
  rejected: { color: 'red', variant: 'light' },
};

export function ChecklistStatusBadge({ status }: { status: ChecklistStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...LOOK[status]} tt="none" style={{ minWidth: 'max-content' }}>
      {t(`checklistStatuses.${status}`)}
    </Badge>
  );
}
