import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementSummary } from '#shared/schemas/agreements';
import { AgreementStatusBadge } from '../AgreementStatusBadge';
import { Day, EndDay } from './Day';

/** The kind, status, start and end cells of an agreement's table row (agreements list, partner page). */
export function AgreementTermCells({ agreement: a }: { agreement: AgreementSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.Td>{t(`agreementKinds.${a.kind}`)}</Table.Td>
      <Table.Td>
        <AgreementStatusBadge status={a.status} />
      </Table.Td>
      <Table.Td>
        <Day value={a.startDate} />
      </Table.Td>
      <Table.Td>
        <EndDay agreement={a} />
      </Table.Td>
    </>
  );
}
