import '@mantine/core/styles/List.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
import { List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Call } from '#shared/schemas/calls';
import { DetailField } from '#web/components/ui/DetailField';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { Deadline } from '../common';

/** What a call asks for: description, dates, eligibility and the documents to upload. */
export function CallInfo({ call }: { call: Call }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const description = fmt.name(call.descriptionZh, call.descriptionEn);
  const e = call.eligibility;
  const languageText = fmt.name(e.languageTextZh, e.languageTextEn);
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="call-about">
        <Title order={2} size="h4" id="call-about" mb="sm">
          {t('callsUi.detail.about')}
        </Title>
        {description ? (
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} mb="md">
            {description}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" component="dl" m={0}>
          <DetailField label={t('callsUi.fields.opensAt')}>
            <time dateTime={call.opensAt}>{fmt.dateTime(call.opensAt)}</time>
          </DetailField>
          <DetailField label={t('callsUi.fields.deadline')}>
            <Deadline iso={call.deadline} withDays={call.status === 'open'} />
          </DetailField>
          <DetailField label={t('callsUi.fields.maxPreferences')}>{fmt.number(call.maxPreferences)}</DetailField>
        </SimpleGrid>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="call-eligibility">
          <Title order={2} size="h4" id="call-eligibility" mb="sm">
            {t('callsUi.form.eligibility')}
          </Title>
          <Stack gap="xs" component="dl" m={0}>
            <DetailField label={t('callsUi.fields.levels')}>
              {e.levels.length
                ? e.levels.map((l) => t(`degreeLevels.${l}`)).join(t('callsUi.listSeparator'))
                : t('callsUi.detail.anyLevel')}
            </DetailField>
            <DetailField label={t('callsUi.fields.minGpa')}>
              {e.minGpa !== null ? fmt.number(e.minGpa) : t('callsUi.detail.noMinimum')}
            </DetailField>
            <DetailField label={t('callsUi.fields.languageCertRequired')}>
              {[e.languageCertRequired ? t('common.yes') : t('common.no'), languageText].filter(Boolean).join(' · ')}
            </DetailField>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="call-documents">
          <Title order={2} size="h4" id="call-documents" mb="sm">
            {t('callsUi.form.documents')}
          </Title>
          {call.documents.length === 0 ? (
            <Text c="dimmed">{t('callsUi.detail.noDocuments')}</Text>
          ) : (
            <List size="sm" spacing={4}>
              {call.documents.map((d) => (
                <List.Item key={d.code}>
                  {fmt.name(d.labelZh, d.labelEn)}
                  {d.required ? null : ` (${t('callsUi.detail.optional')})`}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

/** The partner places on offer; staff also see how many are allocated and what remains in the ledger. */
export function OffersTable({ call, staff }: { call: Call; staff: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="call-offers">
      <Title order={2} size="h4" id="call-offers" mb="sm">
        {t('callsUi.form.offers')}
      </Title>
      {call.offers.length === 0 ? (
        <EmptyState>{t('callsUi.detail.noOffers')}</EmptyState>
      ) : (
        <ScrollTable label={t('callsUi.detail.offersTable')} minWidth={staff ? 680 : 340}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('callsUi.fields.partner')}</Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.country')}</Table.Th>
                {staff ? <Table.Th scope="col">{t('callsUi.fields.level')}</Table.Th> : null}
                <Table.Th scope="col" ta="end">
                  {t('callsUi.fields.places')}
                </Table.Th>
                {staff ? (
                  <>
                    <Table.Th scope="col" ta="end">
                      {t('callsUi.fields.allocated')}
                    </Table.Th>
                    <Table.Th scope="col" ta="end">
                      {t('callsUi.fields.remaining')}
                    </Table.Th>
                  </>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {call.offers.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{fmt.name(o.partnerNameZh, o.partnerNameEn)}</Table.Td>
                  <Table.Td>{fmt.country(o.country)}</Table.Td>
                  {staff ? <Table.Td>{t(`studyLevels.${o.level}`)}</Table.Td> : null}
                  <Table.Td ta="end">{fmt.number(o.places)}</Table.Td>
                  {staff ? (
                    <>
                      <Table.Td ta="end">{fmt.number(o.allocated)}</Table.Td>
                      <Table.Td ta="end">{fmt.number(o.placeRemaining)}</Table.Td>
                    </>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
