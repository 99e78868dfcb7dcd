import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { isApiError } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useDocumentTitle } from '#web/lib/title';
import { leadKey, useLead, useUpdateLead, useWithdrawConsent } from '../api/leads';
import { LeadEditForm } from './LeadEditForm';
import { fromLead, toLeadBody } from './leadForm.state';
import '../i18n';

/**
 * One lead (personal data, OIA staff): their details to edit (version-checked, merged on 409), their consent
 * as recorded, and withdrawing it when they ask — after which no follow-up mail goes to them.
 */
export function LeadPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const query = useLead(id);
  const update = useUpdateLead(id);
  const withdraw = useWithdrawConsent(id);
  const edit = useEditConflict({
    toForm: fromLead,
    query,
    queryKey: leadKey(id),
    fieldLabel: (key) => t(`recruitmentUi.leads.${key}`, { defaultValue: key }),
  });
  const lead = edit.record;
  useDocumentTitle(lead?.name ?? null);
  if (query.isPending) return <Loading />;
  if (!lead) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const back = lead.tripId ? paths.recruitmentTrip(lead.tripId) : paths.recruitmentTrips();
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={back} size="sm">{`← ${t('recruitmentUi.leads.back')}`}</AnchorLink>}
        title={lead.name}
        subtitle={`${lead.email} · ${fmt.country(lead.country)} · ${fmt.date(lead.collectedOn)}`}
      />
      {edit.alert}
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('recruitmentUi.leads.consentTitle')}>
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{t('recruitmentUi.leads.consentTitle')}</Text>
            <Badge color={lead.mailable ? 'green' : 'gray'} variant="light">
              {t(lead.mailable ? 'recruitmentUi.leads.mailable' : 'recruitmentUi.leads.notMailable')}
            </Badge>
          </Group>
          <Text size="sm">
            {lead.consentAt
              ? t('recruitmentUi.leads.consentGiven', {
                  at: fmt.dateTime(lead.consentAt),
                  version: lead.consentVersion ?? '',
                })
              : t('recruitmentUi.leads.consentNone')}
          </Text>
          {lead.consentWithdrawnAt ? (
            <Alert color="gray" variant="light" role="status">
              {t('recruitmentUi.leads.consentWithdrawn', { at: fmt.dateTime(lead.consentWithdrawnAt) })}
            </Alert>
          ) : null}
          {lead.mailable ? (
            <div>
              <ConfirmButton
                label={t('recruitmentUi.leads.withdraw')}
                title={t('recruitmentUi.leads.withdrawTitle')}
                message={t('recruitmentUi.leads.withdrawConfirm', { name: lead.name })}
                color="red"
                variant="light"
                busy={withdraw.isPending}
                onConfirm={async () => {
                  try {
                    edit.setBase(await withdraw.mutateAsync(lead.version));
                    notifySuccess(t('recruitmentUi.leads.withdrawn'));
                  } catch (err) {
                    // Someone changed the lead meanwhile: show it as it is now, then say why nothing happened.
                    if (isApiError(err, 'VERSION_CONFLICT'))
                      void query.refetch().then((r) => r.data && edit.setBase(r.data));
                    throw err;
                  }
                }}
              />
            </div>
          ) : null}
        </Stack>
      </Paper>
      <LeadEditForm
        key={lead.version}
        initial={edit.initial ?? fromLead(lead)}
        cancelTo={back}
        onConflict={edit.onConflict}
        onSubmit={async (values) => {
          edit.setBase(await update.mutateAsync({ ...toLeadBody(values, lead), version: lead.version }));
          notifySuccess(t('recruitmentUi.saved'));
        }}
      />
    </Stack>
  );
}
