import '@mantine/core/styles/Pagination.css';
import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '#web/lib/format';

type Props = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

/** "1–25 of 222" and page buttons (each with an accessible name). */
export function TablePagination({ page, pageSize, total, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const controlLabels = {
    first: t('common.pagination.first'),
    previous: t('common.pagination.previous'),
    next: t('common.pagination.next'),
    last: t('common.pagination.last'),
  };
  return (
    <Group justify="space-between" mt="md" gap="sm" className="no-print">
      <Text size="sm" aria-live="polite">
        {t('common.pagination.range', { from: fmt.number(from), to: fmt.number(to), total: fmt.number(total) })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t('common.pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onChange}
            size="sm"
            siblings={1}
            boundaries={1}
            getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
            getItemProps={(p) => ({
              'aria-label': t('common.pagination.page', { page: p }),
              'aria-current': p === page ? 'page' : undefined,
            })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
