import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Card.css';
import { Badge, Button, Card, Modal, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '#shared/schemas/events';
import { AnchorLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { useKeysetPaging } from '#web/lib/keysetPaging';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import { useCan } from '#web/lib/session';
import { PAGE_SIZE, useEvents } from '../api/events';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { EventCreateForm } from './EventCreateForm';

/** Events and conferences, newest first: a table on a wide screen, cards on a phone. */
export function EventsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const paging = useKeysetPaging();
  const list = useEvents(paging.at);
  const canWrite = useCan('events', 'write');
  const phone = usePhone();
  const [creating, setCreating] = useState(false);
  const unitName = useUnitName();
  const title = (e: EventSummary) => fmt.name(e.titleZh, e.titleEn);
  const dates = (e: EventSummary) => `${fmt.date(e.startDate)} – ${fmt.date(e.endDate)}`;
  return (
    <>
      <PageHeader
        title={t('eventsUi.title')}
        subtitle={list.data ? t('eventsUi.total', { total: fmt.number(list.data.total) }) : null}
        actions={canWrite ? <Button onClick={() => setCreating(true)}>{t('eventsUi.new')}</Button> : null}
      />
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('eventsUi.empty')}
        onPage={paging.onPage}
        onCountExactly={paging.onCountExactly}
      >
        {(items) =>
          phone ? (
            <Stack gap="sm">
              {items.map((e) => (
                <Card key={e.id} withBorder padding="sm">
                  <AnchorLink to={paths.event(e.id)} fw={600}>
                    {title(e)}
                  </AnchorLink>
                  <Text size="sm">{t(`eventKinds.${e.kind}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {dates(e)} · {unitName(e.unitId)}
                  </Text>
                </Card>
              ))}
            </Stack>
          ) : (
            <ScrollTable label={t('eventsUi.title')} minWidth={760}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('engagementUi.titleEn')}</Table.Th>
                    <Table.Th>{t('eventsUi.kind')}</Table.Th>
                    <Table.Th>{t('engagementUi.startDate')}</Table.Th>
                    <Table.Th>{t('engagementUi.unit')}</Table.Th>
                    <Table.Th>{t('eventsUi.venue')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <AnchorLink to={paths.event(e.id)}>{title(e)}</AnchorLink>{' '}
                        {e.isPublic ? <Badge variant="light">{t('eventsUi.public')}</Badge> : null}
                      </Table.Td>
                      <Table.Td>{t(`eventKinds.${e.kind}`)}</Table.Td>
                      <Table.Td>{dates(e)}</Table.Td>
                      <Table.Td>{unitName(e.unitId)}</Table.Td>
                      <Table.Td>{e.venue}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </PagedList>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('eventsUi.new')} fullScreen={phone}>
        <EventCreateForm onCreated={(e) => void navigate({ to: paths.event(e.id) })} />
      </Modal>
    </>
  );
}
