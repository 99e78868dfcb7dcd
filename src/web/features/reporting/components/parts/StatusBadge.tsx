import '@mantine/core/styles/Badge.css';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodState } from '#shared/reporting';

// Only colours whose badge text the theme darkens to AA contrast (as AgreementStatusBadge).
const STATUS_COLORS: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  approved: 'teal',
};
const STATE_LOOK: Record<PeriodState, { color: string; variant: 'light' | 'outline' }> = {
  upcoming: { color: 'blue', variant: 'outline' },
  open: { color: 'teal', variant: 'light' },
  closed: { color: 'gray', variant: 'light' },
};

/** A submission's status (or "not open yet" when it has none). */
export function SubmissionStatusBadge({ status }: { status: string | null }) {
  const { t } = useTranslation();
  const none = t('indicatorsUi.overview.noSubmission');
  return (
    <Badge variant="light" color={status ? STATUS_COLORS[status] : 'gray'} tt="none">
      {status ? t(`submissionStatuses.${status}`) : none}
    </Badge>
  );
}

export function PeriodStateBadge({ state }: { state: PeriodState }) {
  const { t } = useTranslation();
  return (
    <Badge {...STATE_LOOK[state]} tt="none">
      {t(`periodStates.${state}`)}
    </Badge>
  );
}
