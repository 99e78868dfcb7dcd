import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR = { met: 'green', due: 'gray', breached: 'red' } as const;

/** Where a service level stands: on time, pending or late. */
export function SlaBadge({ state }: { state: keyof typeof COLOR }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLOR[state]}>
      {t(`enquiriesUi.sla.${state}`)}
    </Badge>
  );
}
