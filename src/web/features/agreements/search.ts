import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../shared/enums';
import { compact, oneOf, positiveInt, type RawSearch, text } from '../../lib/search';

/** The agreements list's filters, kept in the URL. */
export type AgreementSearch = {
  q?: string;
  kind?: (typeof AGREEMENT_KINDS)[number];
  status?: (typeof AGREEMENT_STATUSES)[number];
  page?: number;
};

export function parseAgreementSearch(raw: RawSearch): AgreementSearch {
  return compact({
    q: text(raw, 'q'),
    kind: oneOf(raw, 'kind', AGREEMENT_KINDS),
    status: oneOf(raw, 'status', AGREEMENT_STATUSES),
    page: positiveInt(raw, 'page'),
  });
}
