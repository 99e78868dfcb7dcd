import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Button, Modal, SegmentedControl } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_DIRECTIONS, type VisitDirection } from '#shared/engagements';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { useKeysetPaging } from '#web/lib/keysetPaging';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { PAGE_SIZE, useVisits } from '../api/visits';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { VisitCreateForm } from './VisitCreateForm';
import { VisitList } from './VisitList';

/** Visits received and delegations sent, newest first, filtered by direction. */
export function VisitsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [direction, setDirection] = useState<VisitDirection | 'all'>('all');
  const paging = useKeysetPaging();
  const list = useVisits(paging.at, direction === 'all' ? undefined : direction);
  const canWrite = useCan('visits', 'write');
  const phone = usePhone();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('visitsUi.title')}
        subtitle={list.data ? t('visitsUi.total', { total: fmt.number(list.data.total) }) : null}
        actions={canWrite ? <Button onClick={() => setCreating(true)}>{t('visitsUi.new')}</Button> : null}
      />
      <SegmentedControl
        mb="md"
        aria-label={t('visitsUi.direction')}
        data={[
          { value: 'all', label: t('visitsUi.allDirections') },
          ...VISIT_DIRECTIONS.map((d) => ({ value: d, label: t(`visitDirections.${d}`) })),
        ]}
        value={direction}
        onChange={(v) => {
          setDirection(v as VisitDirection | 'all');
          paging.reset();
        }}
      />
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('visitsUi.empty')}
        onPage={paging.onPage}
        onCountExactly={paging.onCountExactly}
      >
        {(items) => <VisitList items={items} />}
      </PagedList>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('visitsUi.new')} fullScreen={phone}>
        <VisitCreateForm onCreated={(v) => void navigate({ to: paths.visit(v.id) })} />
      </Modal>
    </>
  );
}
