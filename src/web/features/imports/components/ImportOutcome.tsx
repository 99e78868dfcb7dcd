import '@mantine/core/styles/Progress.css';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '#shared/schemas/imports';
import { ButtonLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';

/** Rows the commit goes through (error rows are skipped). */
const toWrite = (b: ImportBatch) => b.counts.create + b.counts.update + b.counts.unchanged;

/**
 * While a commit runs. The count comes from polling the batch; on SQLite the one database connection
 * is busy with the import, so the poll is answered only at the end and the bar shows "working" until then.
 */
export function ImportProgress({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const total = Math.max(1, toWrite(batch));
  const processed = Math.min(batch.processedRows, total);
  const started = batch.status === 'importing' && processed > 0;
  return (
    <Stack gap={4} role="status">
      <Text size="sm">
        {started
          ? t('importsUi.commit.progress', { processed: fmt.number(processed), total: fmt.number(total) })
          : t('importsUi.commit.preparing')}
      </Text>
      <Progress
        value={started ? Math.round((processed / total) * 100) : 100}
        striped
        animated
        size="lg"
        aria-label={t('importsUi.commit.progressLabel')}
      />
    </Stack>
  );
}

/** What was written, with the ways on to the lists. */
export function ImportResult({ batch, onAnother }: { batch: ImportBatch; onAnother: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = (k: keyof ImportBatch['counts']) => fmt.number(batch.counts[k]);
  return (
    <Alert color="teal" variant="light" title={t('importsUi.result.heading')} role="status">
      <Text size="sm">
        {t('importsUi.result.body', {
          create: n('create'),
          update: n('update'),
          unchanged: n('unchanged'),
          error: n('error'),
        })}
      </Text>
      <Group gap="xs" mt="sm" wrap="wrap">
        {batch.kind === 'units' ? (
          <ButtonLink to={paths.units()} size="xs">
            {t('importsUi.result.units')}
          </ButtonLink>
        ) : batch.kind === 'mobilities' ? (
          <ButtonLink to={paths.mobilities()} size="xs">
            {t('importsUi.result.mobilities')}
          </ButtonLink>
        ) : (
          <>
            <ButtonLink to={paths.partners()} size="xs">
              {t('importsUi.result.partners')}
            </ButtonLink>
            <ButtonLink to={paths.agreements()} size="xs" variant="default">
              {t('importsUi.result.agreements')}
            </ButtonLink>
          </>
        )}
        <Button size="xs" variant="subtle" onClick={onAnother}>
          {t('importsUi.result.another')}
        </Button>
      </Group>
    </Alert>
  );
}
