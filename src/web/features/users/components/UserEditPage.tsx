import { Badge, Button, Group, Stack } from '@mantine/core';
import '#web/lib/accountStrings';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HistoryTimeline } from '#web/components/ui/HistoryTimeline';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useInviteUser, userKeys, useUpdateUser, useUser, useUserHistory } from '../api/users';
import { fromUser } from './formState';
import { UserForm } from './UserForm';
import { useUserLabels } from './userLabels';

/** Edit an account (and see its history); a 409 offers the latest version instead of overwriting it. */
export function UserEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const query = useUser(id);
  const history = useUserHistory(id);
  const update = useUpdateUser(id);
  const invite = useInviteUser(id);
  const labels = useUserLabels();
  const edit = useEditConflict({
    toForm: fromUser,
    query,
    queryKey: userKeys.detail(id),
    fieldLabel: labels.fieldLabel,
  });
  const user = edit.record;

  if (query.isPending) return <Loading />;
  if (!user) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const name = fmt.name(user.nameZh, user.nameEn) || user.email;

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.users()} size="sm">{`← ${t('users.form.backToList')}`}</AnchorLink>}
        title={t('users.form.editTitle', { name })}
        subtitle={user.lastLoginAt ? t('users.form.lastLogin', { at: fmt.dateTime(user.lastLoginAt) }) : null}
      />
      {user.active ? (
        <Group gap="sm">
          {user.invitePending ? <Badge color="yellow">{t('users.form.pending')}</Badge> : null}
          <Button
            variant="light"
            loading={invite.isPending}
            onClick={() =>
              invite.mutate(undefined, {
                onSuccess: () => {
                  void history.refetch();
                  notifySuccess(t('users.form.inviteSent'));
                },
              })
            }
          >
            {t('users.form.sendInvite')}
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={invite.error} />
      {edit.alert}
      <UserForm
        key={user.version}
        mode="edit"
        initial={edit.initial ?? fromUser(user)}
        submitLabel={t('common.save')}
        cancelTo={paths.users()}
        onConflict={edit.onConflict}
        onSubmit={async (body) => {
          const saved = await update.mutateAsync({ ...body, version: user.version });
          edit.setBase(saved);
          void history.refetch();
          notifySuccess(t('users.form.saved'));
        }}
      />
      <HistoryTimeline history={history} {...labels} />
    </Stack>
  );
}
