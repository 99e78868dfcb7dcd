import { useTranslation } from 'react-i18next';
import type { Call } from '#shared/schemas/calls';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { ButtonLink } from '#web/components/ui/links';
import { useAllocate, useCallTransition, usePublish } from '#web/features/calls/api/calls';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';

/** Staff's steps for a call: open, close or reopen it; allocate the places; publish the results; edit. */
export function StaffActions({ call }: { call: Call }) {
  const { t } = useTranslation();
  const transition = useCallTransition(call.id);
  const allocate = useAllocate(call.id);
  const publish = usePublish(call.id);
  const canAllocate = call.permissions.allocate && (call.status === 'closed' || call.status === 'allocated');
  const canPublish = call.permissions.publish && call.status === 'allocated';

  return (
    <>
      {call.transitions.map((action) => (
        <ConfirmButton
          key={action}
          label={t(`callTransitions.${action}`)}
          title={t(`callTransitions.${action}`)}
          message={t(`callsUi.transitions.explain.${action}`)}
          variant={action === 'open' ? 'filled' : 'default'}
          busy={transition.isPending}
          onConfirm={async () => {
            const result = await transition.mutateAsync({ action, version: call.version });
            notifySuccess(t('callsUi.transitions.done', { status: t(`callStatuses.${result.status}`) }));
          }}
        />
      ))}
      {canAllocate ? (
        <ConfirmButton
          variant="filled"
          label={t('callsUi.actions.allocate')}
          title={t('callsUi.actions.allocate')}
          message={
            call.status === 'allocated' ? t('callsUi.actions.reallocateConfirm') : t('callsUi.actions.allocateConfirm')
          }
          busy={allocate.isPending}
          onConfirm={async () => {
            const result = await allocate.mutateAsync(call.version);
            notifySuccess(
              t('callsUi.actions.allocated', {
                selected: result.selected,
                waitlisted: result.waitlisted,
                notSelected: result.notSelected,
              }),
            );
          }}
        />
      ) : null}
      {canPublish ? (
        <ConfirmButton
          variant="filled"
          label={t('callsUi.actions.publish')}
          title={t('callsUi.actions.publish')}
          message={t('callsUi.actions.publishConfirm')}
          busy={publish.isPending}
          onConfirm={async () => {
            await publish.mutateAsync(call.version);
            notifySuccess(t('callsUi.actions.published'));
          }}
        />
      ) : null}
      {call.permissions.update ? (
        <ButtonLink to={paths.callEdit(call.id)} variant="default">
          {t('common.edit')}
        </ButtonLink>
      ) : null}
    </>
  );
}
