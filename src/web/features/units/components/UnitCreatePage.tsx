import { Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCreateUnit } from '../api/units';
import { UnitForm } from './UnitForm';
import { emptyUnit, toBody } from './unitForm.state';
import '../i18n';

export function UnitCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUnit();
  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.units()} size="sm">{`← ${t('unitsUi.form.backToList')}`}</AnchorLink>}
        title={t('unitsUi.form.createTitle')}
      />
      <UnitForm
        initial={emptyUnit()}
        submitLabel={t('unitsUi.new')}
        cancelTo={paths.units()}
        onSubmit={async (values) => {
          const unit = await create.mutateAsync(toBody(values));
          notifySuccess(t('unitsUi.form.created'));
          await navigate({ to: paths.unit(unit.id) });
        }}
      />
    </Stack>
  );
}
