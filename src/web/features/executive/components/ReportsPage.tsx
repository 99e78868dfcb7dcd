import '@mantine/core/styles/SimpleGrid.css';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import '../i18n';

/** Each card: where it leads, and the capability (resource, action) it needs. */
const CARDS = [
  { key: 'dashboard', to: paths.executiveDashboard(), needs: ['reporting', 'readDashboard'] },
  { key: 'status', to: paths.statusReport(), needs: ['reporting', 'buildReports'] },
  { key: 'ministry', to: paths.ministryTables(), needs: ['reporting', 'readMinistry'] },
  { key: 'settings', to: paths.countingSettings(), needs: ['reporting', 'readMinistry'] },
  { key: 'builder', to: paths.reportBuilder(), needs: ['reporting', 'buildReports'] },
  { key: 'indicators', to: paths.indicators(), needs: ['reporting', 'readIndicators'] },
  { key: 'reporting', to: paths.reporting(), needs: ['reporting', 'readSubmissions'] },
] as const;

/** /reports: the reports and reporting pages this user may open, one card each. */
export function ReportsPage() {
  const { t } = useTranslation();
  const allowed = {
    readDashboard: useCan('reporting', 'readDashboard'),
    buildReports: useCan('reporting', 'buildReports'),
    readMinistry: useCan('reporting', 'readMinistry'),
    readIndicators: useCan('reporting', 'readIndicators'),
    readSubmissions: useCan('reporting', 'readSubmissions'),
  };
  return (
    <>
      <PageHeader title={t('executiveUi.reportsTitle')} subtitle={t('executiveUi.hub.subtitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {CARDS.filter((c) => allowed[c.needs[1]]).map((c) => (
          <Paper key={c.key} withBorder p="md" radius="md" component="article">
            <Stack gap={6}>
              <Title order={2} size="h4">
                <AnchorLink to={c.to}>{t(`executiveUi.hub.${c.key}.title`)}</AnchorLink>
              </Title>
              <Text size="sm">{t(`executiveUi.hub.${c.key}.text`)}</Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </>
  );
}
