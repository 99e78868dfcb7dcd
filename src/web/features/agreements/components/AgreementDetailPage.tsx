import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Group, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PLACE_KINDS } from '#shared/enums';
import type { Agreement } from '#shared/schemas/agreements';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HistoryTimeline } from '#web/components/ui/HistoryTimeline';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { ewpIiaUrl, useAgreement, useAgreementHistory, useArchiveAgreement } from '../api/agreements';
import '../i18n';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import { AgreementFields, AgreementPartners, AgreementPeople, AgreementVersions } from './detail/AgreementSections';
import { useAgreementLabels } from './detail/agreementLabels';
import { FilesPanel } from './detail/FilesPanel';
import { TransitionActions } from './detail/TransitionActions';
import { EwpPanel } from './ewp/EwpPanel';
import { PlacesPanel } from './places/PlacesPanel';

/** One agreement: its lifecycle actions, fields, partners, people, versions, files, places and history. */
export function AgreementDetailPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const { data: a, error, isPending, refetch } = useAgreement(id);
  const history = useAgreementHistory(id);
  const labels = useAgreementLabels();

  if (isPending) return <Loading />;
  if (!a) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const other = fmt.otherName(a.titleZh, a.titleEn);

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.agreements()} size="sm">{`← ${t('agreementsUi.detail.backToList')}`}</AnchorLink>}
        title={fmt.name(a.titleZh, a.titleEn)}
        subtitle={
          <Group gap="xs">
            {other ? <span lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>{other}</span> : null}
            <AgreementStatusBadge status={a.status} />
            <Badge variant="outline" color="gray" tt="none">
              {t(`agreementKinds.${a.kind}`)}
            </Badge>
            {a.archivedAt ? (
              <Badge color="gray" variant="outline" tt="none">
                {t('partners.archivedBadge')}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          <>
            <TransitionActions agreement={a} />
            {/* EWP agreements are bilateral: the file exists for agreements with exactly one partner. */}
            {a.partners.length === 1 ? (
              <DownloadButton href={ewpIiaUrl(a.id)} variant="default">
                {t('agreementsUi.detail.ewpDownload')}
              </DownloadButton>
            ) : null}
            {a.permissions.update ? (
              <ButtonLink to={paths.agreementEdit(a.id)} variant="default">
                {t('common.edit')}
              </ButtonLink>
            ) : null}
            {a.permissions.archive ? <ArchiveAction agreement={a} /> : null}
          </>
        }
      />
      <AgreementFields agreement={a} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <AgreementPartners agreement={a} />
        <AgreementVersions agreement={a} />
      </SimpleGrid>
      <AgreementPeople agreement={a} />
      <FilesPanel agreement={a} />
      {PLACE_KINDS.includes(a.kind) ? <PlacesPanel agreement={a} /> : null}
      {/* EWP agreements are bilateral: the section is there for agreements with exactly one partner. */}
      {a.partners.length === 1 ? <EwpPanel agreement={a} /> : null}
      <HistoryTimeline history={history} ownType="agreement" {...labels} />
    </Stack>
  );
}

/** Archive (or restore) after a confirmation; nothing is ever deleted. */
function ArchiveAction({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mutation = useArchiveAgreement(a.id);
  const archiving = !a.archivedAt;
  const title = fmt.name(a.titleZh, a.titleEn);
  return (
    <ConfirmButton
      label={archiving ? t('partners.detail.archive') : t('partners.detail.restore')}
      title={archiving ? t('agreementsUi.detail.archiveTitle') : t('agreementsUi.detail.restoreTitle')}
      message={
        archiving
          ? t('agreementsUi.detail.archiveConfirm', { title })
          : t('agreementsUi.detail.restoreConfirm', { title })
      }
      busy={mutation.isPending}
      onConfirm={async () => {
        await mutation.mutateAsync({ archived: archiving, version: a.version });
        notifySuccess(archiving ? t('partners.detail.archived') : t('partners.detail.restored'));
      }}
    />
  );
}
