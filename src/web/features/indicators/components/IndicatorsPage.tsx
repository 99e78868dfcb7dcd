import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Table.css';
import { Button, Modal, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_METHODS, SPROUT_CHAPTERS, STRATEGIES } from '#shared/reporting';
import type { IndicatorSummary } from '#shared/schemas/indicators';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { EnumFilter } from '#web/components/ui/ListFilters';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { type IndicatorFilters, useIndicators, useSaveIndicator } from '../api/indicators';
import '../i18n';
import { IndicatorForm, indicatorFormState } from './parts/IndicatorForm';
import { MethodText } from './parts/MethodText';

/** The indicator definitions with strategy, chapter and method filters; administrators add new ones. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const manage = useCan('reporting', 'manageIndicators');
  const [filters, setFilters] = useState<IndicatorFilters>({});
  const [creating, setCreating] = useState(false);
  const list = useIndicators(filters);
  const save = useSaveIndicator();
  const strategies = STRATEGIES.map(String) as string[];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('indicators.title')}
        subtitle={t('indicatorsUi.list.subtitle')}
        actions={manage ? <Button onClick={() => setCreating(true)}>{t('indicatorsUi.list.create')}</Button> : null}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <EnumFilter
          label={t('indicatorsUi.fields.strategy')}
          values={strategies}
          labelOf={(s) => t(`strategies.${s}`)}
          value={filters.strategy}
          onChange={(strategy) => setFilters((f) => ({ ...f, strategy }))}
        />
        <EnumFilter
          label={t('indicatorsUi.fields.chapter')}
          values={SPROUT_CHAPTERS}
          labelOf={(c) => c}
          value={filters.chapter as (typeof SPROUT_CHAPTERS)[number] | undefined}
          onChange={(chapter) => setFilters((f) => ({ ...f, chapter }))}
        />
        <EnumFilter
          label={t('indicatorsUi.fields.method')}
          values={INDICATOR_METHODS}
          labelOf={(m) => t(`indicatorMethods.${m}`)}
          value={filters.method as (typeof INDICATOR_METHODS)[number] | undefined}
          onChange={(method) => setFilters((f) => ({ ...f, method }))}
        />
      </SimpleGrid>
      <Switch
        label={t('indicatorsUi.list.showArchived')}
        checked={!!filters.archived}
        onChange={(e) => {
          const archived = e.currentTarget.checked;
          setFilters((f) => ({ ...f, archived }));
        }}
      />
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.data && !list.data.items.length ? <EmptyState>{t('indicatorsUi.list.none')}</EmptyState> : null}
      {list.data?.items.length ? <IndicatorTable items={list.data.items} /> : null}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        size="lg"
        title={t('indicatorsUi.list.create')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <IndicatorForm
          initial={indicatorFormState()}
          editing={false}
          onCancel={() => setCreating(false)}
          onSubmit={async (body) => {
            const created = await save.mutateAsync({ id: null, body: body as never });
            notifySuccess(t('indicatorsUi.indicator.saved'));
            setCreating(false);
            void navigate({ to: paths.indicator(created.id) });
          }}
        />
      </Modal>
    </Stack>
  );
}

function IndicatorTable({ items }: { items: IndicatorSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ScrollTable label={t('indicators.title')} minWidth={860}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicatorsUi.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.fields.strategy')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.fields.chapter')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.fields.method')}</Table.Th>
            <Table.Th scope="col">{t('indicatorsUi.fields.unit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                <AnchorLink to={paths.indicator(i.id)}>{fmt.name(i.nameZh, i.nameEn)}</AnchorLink>
                <Text size="xs" c="dimmed">
                  {i.code}
                </Text>
              </Table.Td>
              <Table.Td>{t(`strategies.${i.strategy}`)}</Table.Td>
              <Table.Td>{i.chapter ?? '—'}</Table.Td>
              <Table.Td>
                <MethodText indicator={i} />
              </Table.Td>
              <Table.Td>{t(`indicatorUnits.${i.unit}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
