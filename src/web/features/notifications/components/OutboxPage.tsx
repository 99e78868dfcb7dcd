import { Alert, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailStatus } from '#shared/schemas/notifications';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useKeysetPaging } from '#web/lib/keysetPaging';
import { PAGE_SIZE, useOutbox } from '../api/notifications';
import '../i18n';
import { MailMessageModal } from './MailMessageModal';
import { MAIL_STATUSES } from './MailStatusBadge';
import { OutboxTable } from './OutboxTable';

const ALL = 'all';

/**
 * The mail outbox (administrators): every e-mail with its delivery state. Without SMTP configured, this is
 * where reminder e-mails can be read in development.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MailStatus | undefined>(undefined);
  const [viewing, setViewing] = useState<number | null>(null);
  const paging = useKeysetPaging();
  const list = useOutbox(paging.at, status);

  return (
    <>
      <PageHeader title={t('notificationsUi.outbox.title')} subtitle={t('notificationsUi.outbox.subtitle')} />
      {list.data?.delivery === 'none' ? (
        <Alert color="orange" variant="light" mb="md">
          {t('notificationsUi.outbox.noSmtp')}
        </Alert>
      ) : null}
      <NativeSelect
        label={t('notificationsUi.outbox.status')}
        value={status ?? ALL}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setStatus(MAIL_STATUSES.find((s) => s === value));
          paging.reset();
        }}
        data={[
          { value: ALL, label: t('notificationsUi.outbox.allStatuses') },
          ...MAIL_STATUSES.map((s) => ({ value: s, label: t(`notificationsUi.outbox.statuses.${s}`) })),
        ]}
        maw={260}
        mb="md"
      />
      <PagedList
        query={list}
        pageSize={PAGE_SIZE}
        empty={t('notificationsUi.outbox.empty')}
        onPage={paging.onPage}
        onCountExactly={paging.onCountExactly}
      >
        {(items) => <OutboxTable items={items} onView={setViewing} />}
      </PagedList>
      <MailMessageModal id={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
