import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCreatePerson } from '../api/people';
import '../i18n';
import { emptyPerson } from './formState';
import { PersonForm } from './PersonForm';

export function PersonCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePerson();
  return (
    <>
      <PageHeader title={t('peopleUi.form.createTitle')} />
      <PersonForm
        initial={emptyPerson()}
        submitLabel={t('common.save')}
        cancelTo={paths.people()}
        onSubmit={async (body) => {
          const person = await create.mutateAsync(body);
          notifySuccess(t('peopleUi.form.created'));
          await navigate({ to: paths.person(person.id) });
        }}
      />
    </>
  );
}
