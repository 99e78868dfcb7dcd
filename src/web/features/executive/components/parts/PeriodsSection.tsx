import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodStatusRow } from '#shared/schemas/executive';
import { EmptyState } from '#web/components/ui/EmptyState';
import { AnchorLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { Section } from './Section';

/** The periods open now or opening soon: how many colleges have submitted and which have not. */
export function PeriodsSection({ periods }: { periods: PeriodStatusRow[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Section title={t('executiveUi.periods.title')}>
      {periods.length === 0 ? <EmptyState>{t('executiveUi.periods.none')}</EmptyState> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {periods.map((p) => (
          <Paper key={p.id} withBorder p="sm" radius="md">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <AnchorLink to={paths.reportingPeriod(p.id)} fw={600}>
                  {fmt.name(p.nameZh, p.nameEn)}
                </AnchorLink>
                <Badge color={p.state === 'open' ? 'blue' : 'gray'} variant="light">
                  {t(`executiveUi.periods.state.${p.state}`)}
                </Badge>
              </Group>
              <Text size="sm">
                {t('executiveUi.periods.dates', { opens: fmt.date(p.opensOn), closes: fmt.date(p.closesOn) })}
              </Text>
              <Text size="sm" fw={600}>
                {t('executiveUi.periods.submitted', {
                  submitted: fmt.number(p.submitted),
                  colleges: fmt.number(p.colleges),
                })}
              </Text>
              {p.notSubmitted.length ? (
                <Text size="sm">
                  {t('executiveUi.periods.missing', {
                    list: p.notSubmitted
                      .map((c) =>
                        t('executiveUi.periods.college', {
                          name: fmt.name(c.nameZh, c.nameEn),
                          status: t(`executive.submission.${c.status ?? 'none'}`),
                        }),
                      )
                      .join(fmt.locale === 'en' ? ', ' : '、'),
                  })}
                </Text>
              ) : (
                <Text size="sm">{t('executiveUi.periods.allIn')}</Text>
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Section>
  );
}
