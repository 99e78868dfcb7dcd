import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { peopleKeys, usePerson, useUpdatePerson } from '../api/people';
import '../i18n';
import { fromPerson } from './formState';
import { PersonForm } from './PersonForm';
import { usePersonLabels } from './personLabels';

/** Edit a person. A 409 shows who-changed-what and lets the user load the latest version into the form. */
export function PersonEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const navigate = useNavigate();
  const query = usePerson(id);
  const update = useUpdatePerson(id);
  const { fieldLabel } = usePersonLabels();
  const edit = useEditConflict({
    toForm: fromPerson,
    query,
    queryKey: peopleKeys.detail(id),
    fieldLabel,
  });
  const person = edit.record;

  if (query.isPending) return <Loading />;
  if (!person) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!person.permissions.update) return <ErrorAlert error={new Error(t('errors.FORBIDDEN'))} />;

  return (
    <>
      <PageHeader title={t('peopleUi.form.editTitle', { name: fmt.name(person.nameZh, person.nameEn) })} />
      {edit.alert}
      <PersonForm
        key={person.version}
        initial={edit.initial ?? fromPerson(person)}
        stored={{ passportNo: person.passportNo, arcNo: person.arcNo }}
        submitLabel={t('common.save')}
        cancelTo={paths.person(id)}
        onConflict={edit.onConflict}
        onSubmit={async (body) => {
          await update.mutateAsync({ ...body, version: person.version });
          notifySuccess(t('peopleUi.form.saved'));
          await navigate({ to: paths.person(id) });
        }}
      />
    </>
  );
}
