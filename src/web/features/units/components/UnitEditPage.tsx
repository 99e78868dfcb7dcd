import { Group, Stack, Text } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ArchiveToggle } from '#web/components/ui/ArchiveToggle';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HistoryTimeline } from '#web/components/ui/HistoryTimeline';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { unitKeys, useDeleteUnit, useSetUnitActive, useUnit, useUnitHistory, useUpdateUnit } from '../api/units';
import { UnitForm } from './UnitForm';
import { fromUnit, toBody } from './unitForm.state';
import { useUnitLabels } from './unitLabels';
import '../i18n';

/** Edit a unit, deactivate or reactivate it, delete it while nothing points to it, and see its history. */
export function UnitEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const id = Number(useParams({ strict: false }).id);
  const query = useUnit(id);
  const history = useUnitHistory(id);
  const update = useUpdateUnit(id);
  const setActive = useSetUnitActive(id);
  const remove = useDeleteUnit(id);
  const labels = useUnitLabels();
  const edit = useEditConflict({
    toForm: fromUnit,
    query,
    queryKey: unitKeys.detail(id),
    fieldLabel: labels.fieldLabel,
  });
  const unit = edit.record;

  if (query.isPending) return <Loading />;
  if (!unit) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.units()} size="sm">{`← ${t('unitsUi.form.backToList')}`}</AnchorLink>}
        title={t('unitsUi.form.editTitle', { name: fmt.name(unit.nameZh, unit.nameEn) })}
        subtitle={t('unitsUi.form.references', { count: unit.references })}
        actions={
          <Group gap="xs" wrap="wrap">
            <ArchiveToggle
              archived={!unit.active}
              texts={{
                archive: t('unitsUi.activity.archive'),
                restore: t('unitsUi.activity.restore'),
                archiveTitle: t('unitsUi.activity.archiveTitle'),
                restoreTitle: t('unitsUi.activity.restoreTitle'),
                archiveConfirm: t('unitsUi.activity.archiveConfirm'),
                restoreConfirm: t('unitsUi.activity.restoreConfirm'),
                archived: t('unitsUi.activity.archived'),
                restored: t('unitsUi.activity.restored'),
              }}
              setArchived={async (archived) => {
                edit.setBase(await setActive.mutateAsync({ active: !archived, version: unit.version }));
                void history.refetch();
              }}
              onConflict={() => query.refetch()}
              busy={setActive.isPending}
            />
            {unit.references === 0 ? (
              <ConfirmButton
                label={t('unitsUi.remove.label')}
                title={t('unitsUi.remove.title')}
                message={<Text size="sm">{t('unitsUi.remove.confirm')}</Text>}
                color="red"
                variant="light"
                busy={remove.isPending}
                onConfirm={async () => {
                  await remove.mutateAsync(unit.version);
                  notifySuccess(t('unitsUi.remove.done'));
                  await navigate({ to: paths.units() });
                }}
              />
            ) : null}
          </Group>
        }
      />
      {edit.alert}
      <UnitForm
        key={unit.version}
        initial={edit.initial ?? fromUnit(unit)}
        submitLabel={t('common.save')}
        cancelTo={paths.units()}
        onConflict={edit.onConflict}
        onSubmit={async (values) => {
          edit.setBase(await update.mutateAsync({ ...toBody(values), version: unit.version }));
          void history.refetch();
          notifySuccess(t('unitsUi.form.saved'));
        }}
      />
      <HistoryTimeline history={history} ownType="unit" {...labels} />
    </Stack>
  );
}
