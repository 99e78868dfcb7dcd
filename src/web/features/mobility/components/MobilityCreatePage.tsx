import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCreateMobility } from '../api/mobility';
import { parseMobilityNewSearch } from '../search';
import '../i18n';
import { emptyMobility } from './form/formState';
import { MobilityForm } from './form/MobilityForm';

/** A new mobility record (with the person whose page linked here, if any). */
export function MobilityCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMobility();
  const { personId } = parseMobilityNewSearch(useSearch({ strict: false }));
  return (
    <>
      <PageHeader title={t('mobilityUi.form.createTitle')} />
      <MobilityForm
        initial={emptyMobility(personId ?? null)}
        submitLabel={t('common.save')}
        cancelTo={personId ? paths.person(personId) : paths.mobilities()}
        onSubmit={async (body) => {
          const m = await create.mutateAsync(body);
          notifySuccess(t('mobilityUi.form.created'));
          await navigate({ to: paths.mobility(m.id) });
        }}
      />
    </>
  );
}
