import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import { paths } from '../../../lib/paths';
import { useUrlSearch } from '../../../lib/urlSearch';
import { templateUrl } from '../api/imports';
import { parseImportSearch } from '../search';
import { ImportReport } from './ImportReport';
import { UploadStep } from './UploadStep';
import '../i18n';

/**
 * Bulk import in three steps on one page: the template, the upload (checked, nothing written), and the
 * report with the import buttons. The batch being looked at is in the URL, so a reload keeps it.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { search, update } = useUrlSearch(paths.imports(), parseImportSearch);
  const show = (batch: number | undefined) =>
    update({ batch, sheet: undefined, action: undefined, rowsPage: undefined });

  return (
    <>
      <PageHeader title={t('importsUi.title')} subtitle={t('importsUi.intro')} />
      <Stack gap="lg">
        <Step id="import-template" title={t('importsUi.template.heading')}>
          <Text size="sm">{t('importsUi.template.body')}</Text>
          <div>
            <Button component="a" href={templateUrl()} download variant="default">
              {t('importsUi.template.download')}
            </Button>
          </div>
        </Step>
        <Step id="import-upload" title={t('importsUi.upload.heading')}>
          <UploadStep onChecked={show} />
        </Step>
        {search.batch ? (
          <Step id="import-report" title={t('importsUi.report.heading')}>
            <ImportReport
              key={search.batch}
              id={search.batch}
              search={search}
              update={update}
              onDone={() => show(undefined)}
            />
          </Step>
        ) : null}
      </Stack>
    </>
  );
}

function Step({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
