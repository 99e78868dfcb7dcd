import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinistryTable } from '#shared/reporting';
import { DrillDownList } from '#web/components/ui/DrillDownList';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { CELL_PAGE_SIZE, type TableQuery, useMinistryCell } from '#web/features/ministry/api/ministry';
import type { OpenCell } from './MinistryGrid';

type Props = { table: MinistryTable; query: TableQuery; open: OpenCell | null; onClose: () => void };

/** The records one cell counts, in a dialog (full screen on a phone). */
export function CellRecords({ table, query, open, onClose }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const records = useMinistryCell(table, query, open?.cell.cell ?? null, page);
  const close = () => {
    setPage(1);
    onClose();
  };
  return (
    <Modal
      opened={open !== null}
      onClose={close}
      size="xl"
      fullScreen={typeof window !== 'undefined' && window.innerWidth < 600}
      title={open ? t('ministryUi.cellTitle', { label: open.label }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {records.error ? <ErrorAlert error={records.error} onRetry={() => void records.refetch()} /> : null}
      <DrillDownList
        data={records.data}
        loading={records.isFetching}
        page={page}
        pageSize={CELL_PAGE_SIZE}
        onPageChange={setPage}
        label={open?.label ?? ''}
      />
    </Modal>
  );
}
