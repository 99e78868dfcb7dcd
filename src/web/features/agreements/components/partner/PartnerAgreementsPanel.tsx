import '@mantine/core/styles/Table.css';
import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerAgreements } from '#shared/schemas/agreements';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { usePartnerAgreements } from '#web/features/agreements/api/places';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { AgreementTermCells } from '../list/AgreementTermCells';
import { useAcademicYear } from '../places/useAcademicYear';
import { ExchangeHistory } from './ExchangeHistory';

/** A partner's agreements (every version, newest first as the server sends them) and its places per year. */
export function PartnerAgreementsPanel({ partnerId }: { partnerId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canCreate = useCan('agreements', 'create');
  const query = usePartnerAgreements(partnerId);
  const data = query.data;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="partner-agreements-heading">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="partner-agreements-heading">
          {t('agreementsUi.partner.agreements')}
        </Title>
        {canCreate ? (
          <ButtonLink to={paths.agreementNew()} search={{ partnerId }} variant="default">
            {t('agreementsUi.list.new')}
          </ButtonLink>
        ) : null}
      </Group>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? <Loading /> : null}
      {data && data.agreements.length === 0 ? <EmptyState>{t('agreementsUi.partner.noAgreements')}</EmptyState> : null}
      {data && data.agreements.length > 0 ? (
        <Stack gap="md">
          <ScrollTable label={t('agreementsUi.list.tableLabel')} minWidth={640}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('agreementsUi.list.agreement')}</Table.Th>
                  <Table.Th scope="col">{t('agreementFields.kind')}</Table.Th>
                  <Table.Th scope="col">{t('agreementFields.status')}</Table.Th>
                  <Table.Th scope="col">{t('agreementFields.startDate')}</Table.Th>
                  <Table.Th scope="col">{t('agreementFields.endDate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.agreements.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <AnchorLink to={paths.agreement(a.id)} fw={600}>
                        {fmt.name(a.titleZh, a.titleEn)}
                      </AnchorLink>
                      {a.code ? (
                        <Text size="xs" c="dimmed">
                          {a.code}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <AgreementTermCells agreement={a} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <PlacesByYear places={data.places} />
          <ExchangeHistory exchanges={data.exchanges} />
        </Stack>
      ) : null}
    </Paper>
  );
}

/** Places of all this partner's agreements, per academic year and direction: places and used. */
function PlacesByYear({ places }: { places: PartnerAgreements['places'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const yearLabel = useAcademicYear();
  const rows = [...places].sort((a, b) => b.academicYear - a.academicYear || a.direction.localeCompare(b.direction));
  return (
    <div>
      <Title order={3} size="h5" mb="xs" id="partner-places-heading">
        {t('agreementsUi.partner.places')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{t('agreementsUi.places.none')}</Text>
      ) : (
        <ScrollTable label={t('agreementsUi.partner.places')} minWidth={480}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreementsUi.places.academicYear')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.places.direction')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('agreementsUi.places.places')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('agreementsUi.places.used')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.academicYear}-${r.direction}`}>
                  <Table.Td>{yearLabel(r.academicYear)}</Table.Td>
                  <Table.Td>{t(`directions.${r.direction}`)}</Table.Td>
                  <Table.Td ta="end">{fmt.number(r.places)}</Table.Td>
                  <Table.Td ta="end">{fmt.number(r.used)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </div>
  );
}
