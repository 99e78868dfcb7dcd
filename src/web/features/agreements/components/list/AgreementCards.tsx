import '@mantine/core/styles/Badge.css';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementSummary } from '#shared/schemas/agreements';
import { AnchorLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { AgreementStatusBadge } from '../AgreementStatusBadge';
import { partnerLine } from './agreementDisplay';
import { Day, EndDay } from './Day';

/** The agreements list on a phone: one card per agreement instead of a wide table. */
export function AgreementCards({ items }: { items: AgreementSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack
      gap="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('agreementsUi.list.tableLabel')}
    >
      {items.map((a) => (
        <Paper component="li" withBorder radius="md" p="sm" key={a.id}>
          <AnchorLink to={paths.agreement(a.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {fmt.name(a.titleZh, a.titleEn)}
          </AnchorLink>
          <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
            {partnerLine(fmt, a.partners)}
          </Text>
          <Text size="sm" mt={2}>
            <Day value={a.startDate} /> – <EndDay agreement={a} />
          </Text>
          <Group gap={6} mt={6}>
            <AgreementStatusBadge status={a.status} />
            <Badge variant="outline" color="gray" tt="none">
              {t(`agreementKinds.${a.kind}`)}
            </Badge>
            {a.archivedAt ? (
              <Badge variant="outline" color="gray" tt="none">
                {t('partners.archivedBadge')}
              </Badge>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
