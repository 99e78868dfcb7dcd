import { Anchor, Badge, Checkbox, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENQUIRY_STATUSES } from '#shared/enquiries';
import { AnchorLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { DESK_PAGE_SIZE, type DeskQuery, useEnquiries } from '../api/desk';
import { DeskFigures } from './DeskFigures';
import { DeskSettings } from './DeskSettings';
import { SlaBadge } from './SlaBadge';
import '../i18n';

/** The enquiry desk: the figures, and the queue of the divisions the user handles. */
export function DeskPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const handles = useCan('enquiries', 'handle');
  const figures = useCan('enquiries', 'figures');
  const settings = useCan('enquiries', 'settings');
  const [q, setQ] = useState<DeskQuery>({ page: 1 });
  const list = useEnquiries(q);
  const statuses = [
    { label: t('enquiriesUi.desk.all'), value: '' },
    ...ENQUIRY_STATUSES.map((s) => ({ value: s, label: t(`enquiryStatuses.${s}`) })),
  ];
  return (
    <>
      <PageHeader
        title={t('enquiriesUi.desk.title')}
        subtitle={t('enquiriesUi.desk.intro')}
        actions={
          <Anchor href={paths.ask()} target="_blank" size="sm">
            {t('enquiriesUi.desk.askLink')}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <DeskFigures enabled={figures} />
        {handles ? (
          <Stack gap="sm">
            <Group gap="md" align="flex-end" wrap="wrap">
              <NativeSelect
                aria-label={t('enquiriesUi.detail.status')}
                data={statuses}
                value={q.status ?? ''}
                onChange={(e) => setQ({ status: e.currentTarget.value || undefined, mine: q.mine, page: 1 })}
              />
              <Checkbox
                label={t('enquiriesUi.desk.mine')}
                checked={q.mine ?? false}
                onChange={(e) => setQ({ status: q.status, mine: e.currentTarget.checked || undefined, page: 1 })}
              />
            </Group>
            <PagedList
              query={list}
              pageSize={DESK_PAGE_SIZE}
              empty={t('enquiriesUi.desk.empty')}
              onPage={(page, cursor) => setQ({ ...q, page: page ?? 1, cursor })}
              onCountExactly={() => setQ({ ...q, count: 'exact' })}
            >
              {(items) => (
                <ScrollTable label={t('enquiriesUi.desk.title')} minWidth={640}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('enquiriesUi.ask.subject')}</Table.Th>
                        <Table.Th>{t('enquiriesUi.detail.status')}</Table.Th>
                        <Table.Th>{t('enquiriesUi.desk.received')}</Table.Th>
                        <Table.Th>{t('enquiriesUi.desk.firstDue')}</Table.Th>
                        <Table.Th>{t('enquiriesUi.detail.assignee')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((e) => (
                        <Table.Tr key={e.id}>
                          <Table.Td>
                            <AnchorLink to={paths.enquiry(e.id)}>{e.subject}</AnchorLink>
                            <Text size="xs" c="dimmed">
                              {e.reference} · {e.name}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Badge variant="light">{t(`enquiryStatuses.${e.status}`)}</Badge>
                          </Table.Td>
                          <Table.Td>{f.dateTime(e.receivedAt)}</Table.Td>
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              {f.date(e.firstResponseDue)}
                              <SlaBadge state={e.firstResponse} />
                            </Group>
                          </Table.Td>
                          <Table.Td>{e.assigneeName ?? t('enquiriesUi.detail.unassigned')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
            </PagedList>
          </Stack>
        ) : null}
        {settings ? <DeskSettings /> : null}
      </Stack>
    </>
  );
}
