import '@mantine/core/styles/List.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
import { Anchor, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factsheet } from '#shared/schemas/agreements';
import { DetailField } from '#web/components/ui/DetailField';
import { useFormat } from '#web/lib/format';
import { languageTag } from '#web/lib/i18n';
import { FACTSHEET_TEXTS } from './factsheetState';

/** "03-15" as "3月15日" / "March 15": a yearly date, so no year is shown. */
function useMonthDay() {
  const { locale } = useFormat();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(languageTag(locale), { month: 'long', day: 'numeric', timeZone: 'UTC' });
    return (md: string | null) => (md ? format.format(new Date(`2000-${md}T00:00:00Z`)) : '—');
  }, [locale]);
}

/**
 * A partner's factsheet in the reader's language; a text written only in the other language is shown as it is
 * (marked with its language so screen readers pronounce it right).
 */
export function FactsheetView({ factsheet: f }: { factsheet: Factsheet }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const monthDay = useMonthDay();
  const local = (zh: string | null, en: string | null) => {
    const text = fmt.name(zh, en);
    const isZh = text === zh;
    return text ? <span lang={isZh ? 'zh-Hant-TW' : 'en'}>{text}</span> : null;
  };
  const deadlines = f.deadlines.filter((d) => d.nomination || d.application);

  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('agreementsUi.factsheet.deadlines')}
        </Title>
        {deadlines.length === 0 ? (
          <Text size="sm">{t('agreementsUi.factsheet.noDeadlines')}</Text>
        ) : (
          <Table verticalSpacing={4} maw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreementsUi.factsheet.term')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.factsheet.nomination')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.factsheet.application')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deadlines.map((d) => (
                <Table.Tr key={d.term}>
                  <Table.Th scope="row">{t(`terms.${d.term}`)}</Table.Th>
                  <Table.Td>{monthDay(d.nomination)}</Table.Td>
                  <Table.Td>{monthDay(d.application)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
        <DetailField label={t('agreementsUi.factsheet.instructionLanguages')}>{f.instructionLanguages}</DetailField>
        {FACTSHEET_TEXTS.map((key) => (
          <DetailField key={key} label={t(`agreementsUi.factsheet.texts.${key}`)}>
            {local(f[`${key}Zh`], f[`${key}En`])}
          </DetailField>
        ))}
      </SimpleGrid>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('agreementsUi.factsheet.links')}
        </Title>
        {f.links.length === 0 ? (
          <Text size="sm">{t('agreementsUi.factsheet.noLinks')}</Text>
        ) : (
          <List spacing={4}>
            {f.links.map((l) => (
              <List.Item key={l.url}>
                <Anchor href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </div>
      {f.updatedAt ? (
        <Text size="xs" c="dimmed">
          {t('agreementsUi.factsheet.updatedAt', { at: fmt.dateTime(f.updatedAt) })}
        </Text>
      ) : null}
    </Stack>
  );
}
