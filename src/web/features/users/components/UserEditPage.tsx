import { Paper, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/schemas/users';
import { ConflictAlert } from '../../../components/ui/ConflictAlert';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { HistoryTimeline } from '../../../components/ui/HistoryTimeline';
import { Loading } from '../../../components/ui/Loading';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { isApiError } from '../../../lib/api';
import { changedFields } from '../../../lib/diff';
import { useFormat } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { userKeys, useUpdateUser, useUser, useUserHistory } from '../api/users';
import { fromUser } from './formState';
import { UserForm } from './UserForm';
import { useUserLabels } from './userLabels';

type Conflict = { message: string; current: User | null };

/** Edit an account (and see its history); a 409 offers the latest version instead of overwriting it. */
export function UserEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useUser(id);
  const history = useUserHistory(id);
  const update = useUpdateUser(id);
  const labels = useUserLabels();
  const [base, setBase] = useState<User | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  if (data && !base) setBase(data);
  const user = base ?? data;

  if (isPending) return <Loading />;
  if (!user) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const name = fmt.name(user.nameZh, user.nameEn) || user.email;

  async function loadLatest() {
    const latest = conflict?.current ?? (await refetch()).data ?? null;
    if (latest) {
      queryClient.setQueryData(userKeys.detail(id), latest);
      setBase(latest);
    }
    setConflict(null);
  }

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.users()} size="sm">{`← ${t('users.form.backToList')}`}</AnchorLink>}
        title={t('users.form.editTitle', { name })}
        subtitle={user.lastLoginAt ? t('users.form.lastLogin', { at: fmt.dateTime(user.lastLoginAt) }) : null}
      />
      {conflict ? (
        <ConflictAlert
          message={conflict.message}
          version={conflict.current?.version ?? null}
          updatedAt={conflict.current?.updatedAt ?? null}
          changed={conflict.current ? changedFields(user, conflict.current).map((c) => labels.fieldLabel(c.key)) : []}
          onLoadLatest={() => void loadLatest()}
        />
      ) : null}
      <UserForm
        key={user.version}
        mode="edit"
        initial={fromUser(user)}
        submitLabel={t('common.save')}
        cancel={
          <ButtonLink to={paths.users()} variant="default">
            {t('common.cancel')}
          </ButtonLink>
        }
        onConflict={(err) => {
          if (!isApiError(err)) return;
          setConflict({ message: err.message, current: (err.current as User | undefined) ?? null });
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }}
        onSubmit={async (body) => {
          const saved = await update.mutateAsync({ ...body, version: user.version });
          setBase(saved);
          void history.refetch();
          notifySuccess(t('users.form.saved'));
        }}
      />
      <Paper withBorder p="md" radius="md">
        {history.data ? (
          <HistoryTimeline entries={history.data.items} {...labels} />
        ) : history.error ? (
          <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <Loading />
        )}
      </Paper>
    </Stack>
  );
}
