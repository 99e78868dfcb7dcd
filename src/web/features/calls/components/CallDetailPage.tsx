import '@mantine/core/styles/Tabs.css';
import { Alert, Button, Group, Stack, Tabs } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Call } from '#shared/schemas/calls';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifyError } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useStartApplication } from '../api/applications';
import { useCall } from '../api/calls';
import '../i18n';
import { errorText } from '#web/lib/errorText';
import { CallStatusBadge, useTermLabel } from './common';
import { ApplicationsPanel } from './detail/ApplicationsPanel';
import { CallInfo, OffersTable } from './detail/CallInfo';
import { NominationsPanel } from './detail/NominationsPanel';
import { StaffActions } from './detail/StaffActions';

/**
 * One call. Students read what it asks for and the places on offer, and apply (or continue their application);
 * staff see it in tabs — details, offers, applications in rank order, nomination — with the call's steps on top.
 */
export function CallDetailPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const term = useTermLabel();
  const id = Number(useParams({ strict: false }).id);
  const { data: call, error, isPending, refetch } = useCall(id);
  const student = useCan('calls', 'apply');

  if (isPending) return <Loading />;
  if (!call) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const other = fmt.otherName(call.titleZh, call.titleEn);
  const staff = call.permissions.readApplications && !student;

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.calls()} size="sm">{`← ${t('callsUi.detail.backToList')}`}</AnchorLink>}
        title={fmt.name(call.titleZh, call.titleEn)}
        subtitle={
          <Group gap="xs">
            {other ? <span lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>{other}</span> : null}
            <span>{term(call.academicYear, call.term)}</span>
            <CallStatusBadge status={call.status} />
          </Group>
        }
        actions={student ? <StudentAction call={call} /> : <StaffActions call={call} />}
      />
      {student ? (
        <>
          {!call.acceptingApplications && !call.myApplicationId ? (
            <Alert color="gray" variant="light">
              {t('callsUi.detail.notAccepting')}
            </Alert>
          ) : null}
          <CallInfo call={call} />
          <OffersTable call={call} staff={false} />
        </>
      ) : (
        <Tabs defaultValue={staff ? 'applications' : 'details'} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="details">{t('callsUi.detail.tabs.details')}</Tabs.Tab>
            <Tabs.Tab value="offers">{t('callsUi.detail.tabs.offers', { n: call.offers.length })}</Tabs.Tab>
            {staff ? (
              <Tabs.Tab value="applications">
                {t('callsUi.detail.tabs.applications', { n: call.applicationCount })}
              </Tabs.Tab>
            ) : null}
            {call.permissions.nominate ? (
              <Tabs.Tab value="nomination">{t('callsUi.detail.tabs.nomination')}</Tabs.Tab>
            ) : null}
          </Tabs.List>
          <Tabs.Panel value="details">
            <CallInfo call={call} />
          </Tabs.Panel>
          <Tabs.Panel value="offers">
            <OffersTable call={call} staff />
          </Tabs.Panel>
          {staff ? (
            <Tabs.Panel value="applications">
              <ApplicationsPanel call={call} />
            </Tabs.Panel>
          ) : null}
          {call.permissions.nominate ? (
            <Tabs.Panel value="nomination">
              <NominationsPanel call={call} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      )}
    </Stack>
  );
}

/** Apply (starts a draft), continue a draft, or open one's application once it is in. */
function StudentAction({ call }: { call: Call }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartApplication(call.id);
  if (call.myApplicationId !== null) {
    return call.acceptingApplications ? (
      <>
        <ButtonLink to={paths.callApply(call.id)}>{t('callsUi.detail.continue')}</ButtonLink>
        <ButtonLink to={paths.application(call.myApplicationId)} variant="default">
          {t('callsUi.detail.viewMine')}
        </ButtonLink>
      </>
    ) : (
      <ButtonLink to={paths.application(call.myApplicationId)}>{t('callsUi.detail.viewMine')}</ButtonLink>
    );
  }
  if (!call.acceptingApplications || !call.permissions.apply) return null;
  return (
    <Button
      loading={start.isPending}
      onClick={async () => {
        try {
          await start.mutateAsync();
          await navigate({ to: paths.callApply(call.id) });
        } catch (err) {
          notifyError(new Error(errorText(err)));
        }
      }}
    >
      {t('callsUi.detail.apply')}
    </Button>
  );
}
