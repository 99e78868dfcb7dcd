import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '#shared/errors';
import type {
  EnquiryReceipt,
  EnquirySubmit,
  PublicCategoryList,
  PublicFaqList,
  RatingSubmit,
} from '#shared/schemas/enquiries';
import { ApiRequestError } from '#web/lib/api';
import { currentLocale, i18n } from '#web/lib/i18n';

/**
 * The desk's public API (/api/public, no session, no CSRF token): the signed-out pages call it directly,
 * with the reader's language for the messages; errors come back as the app's ApiRequestError.
 */
async function publicRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-locale': currentLocale() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/public${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK', message: i18n.t('common.networkError') });
  }
  const data = await res.json().catch(() => null);
  if (res.ok) return data as T;
  const error = (data as ApiError | null)?.error;
  throw new ApiRequestError(res.status, error ?? { code: 'INTERNAL', message: i18n.t('errors.INTERNAL') });
}

export const usePublicCategories = () =>
  useQuery({
    queryKey: ['public', 'enquiry-categories'],
    queryFn: () => publicRequest<PublicCategoryList>('GET', '/enquiry-categories'),
  });
export const usePublicFaq = () =>
  useQuery({ queryKey: ['public', 'faq'], queryFn: () => publicRequest<PublicFaqList>('GET', '/faq') });

export const submitEnquiry = (body: EnquirySubmit) => publicRequest<EnquiryReceipt>('POST', '/enquiries', body);
export const rateAnswer = (body: RatingSubmit) => publicRequest<{ ok: true }>('POST', '/enquiry-ratings', body);
