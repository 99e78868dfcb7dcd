import '@mantine/core/styles/Radio.css';
import { Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '#shared/enums';
import { PageHeader } from '#web/components/ui/PageHeader';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { templateUrl } from '../api/imports';
import { parseImportSearch } from '../search';
import { ImportReport } from './ImportReport';
import { UploadStep } from './UploadStep';
import '../i18n';
import { DownloadButton } from '#web/components/ui/DownloadButton';

/**
 * Bulk import in three steps on one page: what to import (partners and agreements, or outbound
 * mobility records — whichever the user may import), the template, the upload (checked, nothing
 * written), and the report with the import buttons. Kind and batch are in the URL, so a reload keeps them.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { search, update } = useUrlSearch(paths.imports(), parseImportSearch);
  const allowed = {
    partners_agreements: useCan('agreements', 'import'),
    mobilities: useCan('mobility', 'import'),
    units: useCan('units', 'import'),
    accounts: useCan('users', 'create'),
  } satisfies Record<ImportKind, boolean>;
  const kinds = (Object.keys(allowed) as ImportKind[]).filter((k) => allowed[k]);
  const kind = search.kind && allowed[search.kind] ? search.kind : (kinds[0] ?? 'partners_agreements');
  const show = (batch: number | undefined) =>
    update({ batch, sheet: undefined, action: undefined, rowsPage: undefined });

  return (
    <>
      <PageHeader title={t('importsUi.title')} subtitle={t('importsUi.intro')} />
      <Stack gap="lg">
        {kinds.length > 1 ? (
          <Radio.Group
            label={t('importsUi.kind.label')}
            value={kind}
            onChange={(k) => update({ kind: k as ImportKind, batch: undefined, sheet: undefined, action: undefined })}
          >
            <Group gap="lg" mt="xs" wrap="wrap">
              {kinds.map((k) => (
                <Radio key={k} value={k} label={t(`importsUi.kind.${k}`)} />
              ))}
            </Group>
          </Radio.Group>
        ) : null}
        <Step id="import-template" title={t('importsUi.template.heading')}>
          <Text size="sm">{t(`importsUi.template.bodies.${kind}`)}</Text>
          <div>
            <DownloadButton href={templateUrl(kind)} variant="default">
              {t('importsUi.template.download')}
            </DownloadButton>
          </div>
        </Step>
        <Step id="import-upload" title={t('importsUi.upload.heading')}>
          <UploadStep key={kind} kind={kind} onChecked={show} />
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
