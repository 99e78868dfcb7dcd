import { Badge, Stack, Table, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { useKeysetPaging } from '#web/lib/keysetPaging';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useDocumentTitle } from '#web/lib/title';
import { PAGE_SIZE, useCreateTrip, useTrips } from '../api/trips';
import { TripForm } from './TripForm';
import { emptyTrip, toTripBody } from './tripForm.state';
import '../i18n';

/** Fairs and trips, newest first, with their lead counts; OIA staff add new ones below. */
export function TripsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  useDocumentTitle(t('recruitmentUi.trips.title'));
  const paging = useKeysetPaging();
  const list = useTrips(paging.at);
  const canWrite = useCan('recruitment', 'write');
  const canLeads = useCan('recruitment', 'writeLeads');
  const create = useCreateTrip();
  // Cancel empties the form (a new key starts it again).
  const [formKey, setFormKey] = useState(0);
  return (
    <Stack>
      <PageHeader
        title={t('recruitmentUi.trips.title')}
        subtitle={t('recruitmentUi.trips.intro')}
        actions={
          canLeads ? (
            <ButtonLink to={paths.recruitmentTemplates()} variant="default">
              {t('recruitmentUi.templates.title')}
            </ButtonLink>
          ) : null
        }
      />
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('recruitmentUi.trips.empty')}
        onPage={paging.onPage}
        onCountExactly={paging.onCountExactly}
      >
        {(items) => (
          <ScrollTable label={t('recruitmentUi.trips.tableLabel')} minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('recruitmentUi.trips.nameEn')}</Table.Th>
                  <Table.Th>{t('recruitmentUi.trips.kind')}</Table.Th>
                  <Table.Th>{t('recruitmentUi.trips.dates')}</Table.Th>
                  <Table.Th ta="right">{t('recruitmentUi.trips.leadsCount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((trip) => (
                  <Table.Tr key={trip.id}>
                    <Table.Td>
                      <AnchorLink to={paths.recruitmentTrip(trip.id)} fw={600}>
                        {fmt.name(trip.nameZh, trip.nameEn)}
                      </AnchorLink>
                      {` · ${fmt.country(trip.country)}${trip.city ? `, ${trip.city}` : ''}`}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`recruitmentUi.trips.kinds.${trip.kind}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{`${fmt.date(trip.startDate)} – ${fmt.date(trip.endDate)}`}</Table.Td>
                    <Table.Td ta="right">{fmt.number(trip.leads)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </PagedList>
      {canWrite ? (
        <>
          <Title order={2} size="h4">
            {t('recruitmentUi.trips.create')}
          </Title>
          <TripForm
            key={formKey}
            initial={emptyTrip}
            submitLabel={t('recruitmentUi.trips.create')}
            onCancel={() => setFormKey((k) => k + 1)}
            onSubmit={async (values) => {
              const trip = await create.mutateAsync(toTripBody(values));
              await navigate({ to: paths.recruitmentTrip(trip.id) });
            }}
          />
        </>
      ) : null}
    </Stack>
  );
}
