import { useCan } from '#web/lib/session';
import '#web/features/agreements/i18n';
import { FactsheetPanel } from './FactsheetPanel';
import { PartnerAgreementsPanel } from './PartnerAgreementsPanel';

/** What the agreements feature adds to a partner's page: its agreements and places, and its factsheet. */
export function PartnerAgreementSections({ partnerId }: { partnerId: number }) {
  const canReadAgreements = useCan('agreements', 'read');
  const canReadFactsheet = useCan('agreements', 'readFactsheet');
  return (
    <>
      {canReadAgreements ? <PartnerAgreementsPanel partnerId={partnerId} /> : null}
      {canReadFactsheet ? <FactsheetPanel partnerId={partnerId} /> : null}
    </>
  );
}
