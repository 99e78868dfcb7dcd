import { Stack } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useDocumentTitle } from '#web/lib/title';
import { tripKey, useTrip, useUpdateTrip } from '../api/trips';
import { TripForm } from './TripForm';
import { fromTrip, toTripBody } from './tripForm.state';
import '../i18n';

/** Edit a fair or trip; a change saved meanwhile by someone else is shown and merged field by field (409). */
export function TripEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const id = Number(useParams({ strict: false }).id);
  const query = useTrip(id);
  const update = useUpdateTrip(id);
  const edit = useEditConflict({
    toForm: fromTrip,
    query,
    queryKey: tripKey(id),
    fieldLabel: (key) => t(`recruitmentUi.trips.${key === 'costMinor' ? 'cost' : key}`, { defaultValue: key }),
  });
  const trip = edit.record;
  const name = trip ? fmt.name(trip.nameZh, trip.nameEn) : null;
  useDocumentTitle(name ? t('recruitmentUi.trips.editTitle', { name }) : null);
  if (query.isPending) return <Loading />;
  if (!trip) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.recruitmentTrip(id)} size="sm">{`← ${name}`}</AnchorLink>}
        title={t('recruitmentUi.trips.editTitle', { name })}
      />
      {edit.alert}
      <TripForm
        key={trip.version}
        initial={edit.initial ?? fromTrip(trip)}
        submitLabel={t('common.save')}
        cancelTo={paths.recruitmentTrip(id)}
        onConflict={edit.onConflict}
        onSubmit={async (values) => {
          edit.setBase(await update.mutateAsync({ ...toTripBody(values), version: trip.version }));
          notifySuccess(t('recruitmentUi.saved'));
          await navigate({ to: paths.recruitmentTrip(id) });
        }}
      />
    </Stack>
  );
}
