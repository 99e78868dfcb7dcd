import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ScrollArea.css';
import { Button, Modal } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListHeaderActions, SortControls } from '#web/components/ui/ListControls';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { exportUrl, PAGE_SIZE, useActivities, useCreateActivity } from '../api/activities';
import { ACTIVITY_LIST_SORTS, parseActivitySearch } from '../search';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { ActivityForm } from './form/ActivityForm';
import { emptyActivity } from './form/formState';
import { ActivityFilters, KindChips } from './list/ActivityFilters';
import { ActivityCards, ActivityTable } from './list/ActivityRows';

/** College exchange records: kind chips, filters, sorting and paging in the URL; export with the same filters. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { search, update } = useUrlSearch(paths.activities(), parseActivitySearch);
  const phone = usePhone();
  const canWrite = useCan('activities', 'write');
  const list = useActivities(search);
  const create = useCreateActivity();
  const [creating, setCreating] = useState(false);
  const sort = search.sort ?? 'start_date';
  const order = search.order ?? 'desc';
  return (
    <>
      <PageHeader
        title={t('activities.title')}
        subtitle={list.data ? t('activitiesUi.total', { total: fmt.number(list.data.total) }) : null}
        actions={
          <>
            <ListHeaderActions exportHref={exportUrl(search)} exportLabel={t('activitiesUi.export')} newLabel="" />
            {canWrite ? <Button onClick={() => setCreating(true)}>{t('activitiesUi.new')}</Button> : null}
          </>
        }
      />
      <KindChips search={search} onChange={update} />
      <ActivityFilters search={search} onChange={update}>
        <SortControls
          sorts={ACTIVITY_LIST_SORTS}
          sort={sort}
          order={order}
          label={(s) => t(`activitiesUi.sorts.${s}`)}
          onChange={update}
        />
      </ActivityFilters>
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('activitiesUi.empty')}
        onPage={(page, cursor) => update({ page, cursor }, false)}
        onCountExactly={() => update({ count: 'exact' }, false)}
      >
        {(items) =>
          phone ? (
            <ActivityCards items={items} />
          ) : (
            <ActivityTable
              items={items}
              kind={search.kind}
              sort={sort}
              order={order}
              onSort={(s, o) => update({ sort: s, order: o })}
            />
          )
        }
      </PagedList>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        size="xl"
        fullScreen={phone}
        title={t('activitiesUi.form.createTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ActivityForm
          initial={emptyActivity(search.kind, search.unitId ?? null)}
          submitLabel={t('common.save')}
          onCancel={() => setCreating(false)}
          onSubmit={async (body) => {
            const a = await create.mutateAsync(body);
            notifySuccess(t('activitiesUi.form.created'));
            setCreating(false);
            await navigate({ to: paths.activity(a.id) });
          }}
        />
      </Modal>
    </>
  );
}
