import '@mantine/core/styles/Drawer.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Drawer, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DrillDownList } from '#web/components/ui/DrillDownList';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { useFigureRecords } from '#web/features/reporting/api/reporting';

const PAGE_SIZE = 20;

type Props = {
  submissionId: number;
  figure: { indicatorId: number; title: string } | null;
  /** An approved submission can show the records its snapshot counted, or today's. */
  hasSnapshot: boolean;
  onClose: () => void;
};

/** The records behind one figure (the drill-down), each linking to its record; paged. */
export function RecordsDrawer({ submissionId, figure, hasSnapshot, onClose }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [at, setAt] = useState<'today' | 'snapshot'>('today');
  const records = useFigureRecords(submissionId, figure?.indicatorId ?? null, at, page);
  return (
    <Drawer
      opened={figure !== null}
      onClose={() => {
        setPage(1);
        setAt('today');
        onClose();
      }}
      position="right"
      size="xl"
      title={figure?.title ?? ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        {hasSnapshot ? (
          <SegmentedControl
            aria-label={t('indicatorsUi.records.which')}
            value={at}
            onChange={(v) => {
              setAt(v as 'today' | 'snapshot');
              setPage(1);
            }}
            data={[
              { value: 'today', label: t('indicatorsUi.records.today') },
              { value: 'snapshot', label: t('indicatorsUi.records.snapshot') },
            ]}
          />
        ) : null}
        {records.error ? <ErrorAlert error={records.error} onRetry={() => void records.refetch()} /> : null}
        <DrillDownList
          data={records.data}
          loading={records.isPending}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
          label={figure?.title ?? ''}
        />
      </Stack>
    </Drawer>
  );
}
