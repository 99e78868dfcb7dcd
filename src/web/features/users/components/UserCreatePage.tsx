import { useNavigate } from '@tanstack/react-router';
import '#web/lib/accountStrings';
import { useTranslation } from 'react-i18next';
import type { UserCreate } from '#shared/schemas/users';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCreateUser } from '../api/users';
import { emptyUser } from './formState';
import { UserForm } from './UserForm';

export function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  return (
    <>
      <PageHeader title={t('users.form.createTitle')} />
      <UserForm
        mode="create"
        initial={emptyUser()}
        submitLabel={t('common.save')}
        cancelTo={paths.users()}
        onSubmit={async (body) => {
          const user = await create.mutateAsync(body as UserCreate);
          notifySuccess(t('users.form.created'));
          await navigate({ to: paths.user(user.id) });
        }}
      />
    </>
  );
}
