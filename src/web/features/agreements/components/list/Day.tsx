import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementSummary } from '#shared/schemas/agreements';
import { useFormat } from '#web/lib/format';
import { formatDay } from './agreementDisplay';

/** A calendar day as a <time> element in the reader's format, or a dash. */
export function Day({ value, size = 'sm' }: { value: string | null | undefined; size?: string }) {
  const fmt = useFormat();
  if (!value) return '—';
  return (
    <Text size={size} span component="time" dateTime={value} style={{ whiteSpace: 'nowrap' }}>
      {formatDay(fmt, value)}
    </Text>
  );
}

/** The end of an agreement: its end date, or "open-ended". */
export function EndDay({
  agreement,
  size,
}: {
  agreement: Pick<AgreementSummary, 'endDate' | 'openEnded'>;
  size?: string;
}) {
  const { t } = useTranslation();
  return agreement.openEnded ? t('agreementFields.openEnded') : <Day value={agreement.endDate} size={size} />;
}
