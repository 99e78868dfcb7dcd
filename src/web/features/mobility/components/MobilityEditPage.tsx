import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { mobilityKeys, useMobility, useUpdateMobility } from '../api/mobility';
import '../i18n';
import { fromMobility } from './form/formState';
import { MobilityForm } from './form/MobilityForm';

/** Edit a mobility record; a 409 shows what changed and offers the latest version. */
export function MobilityEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const navigate = useNavigate();
  const query = useMobility(id);
  const update = useUpdateMobility(id);
  const edit = useEditConflict({
    toForm: fromMobility,
    query,
    queryKey: mobilityKeys.detail(id),
    fieldLabel: (key) => t(`mobilityFields.${key}`, { defaultValue: key }),
  });
  const m = edit.record;
  if (query.isPending) return <Loading />;
  if (!m) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!m.permissions.update) return <ErrorAlert error={new Error(t('errors.FORBIDDEN'))} />;
  return (
    <>
      <PageHeader title={t('mobilityUi.form.editTitle', { name: fmt.name(m.personNameZh, m.personNameEn) })} />
      {edit.alert}
      <MobilityForm
        key={m.version}
        editing
        initial={edit.initial ?? fromMobility(m)}
        submitLabel={t('common.save')}
        cancelTo={paths.mobility(id)}
        onConflict={edit.onConflict}
        onSubmit={async (body) => {
          const { status: _s, ...rest } = body;
          await update.mutateAsync({ ...rest, version: m.version });
          notifySuccess(t('mobilityUi.form.saved'));
          await navigate({ to: paths.mobility(id) });
        }}
      />
    </>
  );
}
