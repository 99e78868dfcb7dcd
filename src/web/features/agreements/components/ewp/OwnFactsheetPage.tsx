import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OwnFactsheet, OwnFactsheetBody } from '#shared/schemas/ewp-factsheet';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ownFactsheetXmlUrl, useOwnFactsheet, useSaveOwnFactsheet } from '#web/features/agreements/api/ownFactsheet';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import '../../i18n';
import { OwnFactsheetForm } from './OwnFactsheetForm';

/** A first factsheet starts from the university's own e-mail, phone and website. */
function startFrom(sheet: OwnFactsheet): OwnFactsheetBody {
  if (sheet.body) return sheet.body;
  const info = () => ({ ...sheet.suggested });
  return {
    nominations: { autumn: '', spring: '' },
    applications: { autumn: '', spring: '' },
    applicationInfo: info(),
    decisionWeeks: 5,
    torWeeks: 5,
    requirements: [],
    accessibility: [],
    housing: info(),
    visa: info(),
    insurance: info(),
  };
}

/** Our own factsheet for partners (EWP Factsheet API): edit it and download the file partners read. */
export function OwnFactsheetPage() {
  const { t } = useTranslation();
  const sheet = useOwnFactsheet();
  const save = useSaveOwnFactsheet();
  const s = sheet.data;
  if (sheet.isPending) return <Loading />;
  if (!s) return <ErrorAlert error={sheet.error} onRetry={() => void sheet.refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.agreements()} size="sm">{`← ${t('agreementsUi.detail.backToList')}`}</AnchorLink>}
        title={t('ewpUi.factsheet.title')}
        actions={
          s.body ? (
            <DownloadButton href={ownFactsheetXmlUrl()} variant="default">
              {t('ewpUi.factsheet.download')}
            </DownloadButton>
          ) : null
        }
      />
      <Text size="sm" c="dimmed">
        {t('ewpUi.factsheet.intro')}
      </Text>
      {s.permissions.update ? (
        <OwnFactsheetForm
          key={s.version}
          initial={startFrom(s)}
          onSubmit={async (body) => {
            await save.mutateAsync({ ...body, version: s.version });
            notifySuccess(t('ewpUi.factsheet.saved'));
          }}
        />
      ) : (
        <Alert color="gray">{s.body ? null : t('errors.ewp_factsheet_missing')}</Alert>
      )}
    </Stack>
  );
}
