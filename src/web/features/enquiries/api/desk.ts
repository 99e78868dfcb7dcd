import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Enquiry,
  EnquiryCategory,
  EnquiryFigures,
  EnquiryPage,
  FaqEntry,
  FaqInput,
  SavedReply,
} from '#shared/schemas/enquiries';
import { api } from '#web/lib/api';

const keys = {
  list: (q: object) => ['enquiries', 'list', q] as const,
  one: (id: number) => ['enquiries', 'one', id] as const,
  figures: ['enquiries', 'figures'] as const,
  categories: ['enquiries', 'categories'] as const,
  saved: ['enquiries', 'saved-replies'] as const,
};

/** The queue's filters and where it is (a keyset-paged list, ADR 0035: the cursor the page starts after). */
export type DeskQuery = { status?: string; mine?: boolean; page: number; cursor?: string; count?: 'exact' };
export const DESK_PAGE_SIZE = 25;

export const useEnquiries = (q: DeskQuery) =>
  useQuery({
    queryKey: keys.list(q),
    queryFn: () => api.get<EnquiryPage>('/enquiries', { ...q, pageSize: DESK_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
export const useEnquiry = (id: number) =>
  useQuery({ queryKey: keys.one(id), queryFn: () => api.get<Enquiry>(`/enquiries/${id}`), retry: false });
export const useFigures = (enabled: boolean) =>
  useQuery({ queryKey: keys.figures, queryFn: () => api.get<EnquiryFigures>('/enquiries/figures'), enabled });
export const useCategories = () =>
  useQuery({
    queryKey: keys.categories,
    queryFn: () => api.get<{ items: EnquiryCategory[] }>('/enquiry-categories'),
    staleTime: 60_000,
  });
export const useSavedReplies = () =>
  useQuery({ queryKey: keys.saved, queryFn: () => api.get<{ items: SavedReply[] }>('/enquiry-saved-replies') });

/** One action on an enquiry (assign, note, reply, close, reopen): the answer is the enquiry as it is now. */
export function useEnquiryAction(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: string; body: object }) =>
      api.post<Enquiry>(`/enquiries/${id}/${action}`, body),
    onSuccess: (enquiry) => {
      qc.setQueryData(keys.one(id), enquiry);
      void qc.invalidateQueries({ queryKey: ['enquiries', 'list'] });
      void qc.invalidateQueries({ queryKey: keys.figures });
    },
  });
}

export const usePromote = (id: number) =>
  useMutation({ mutationFn: (body: FaqInput) => api.post<FaqEntry>(`/enquiries/${id}/faq`, body) });

export function useUpdateCategory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, ...body }: EnquiryCategory) =>
      api.put<EnquiryCategory>(`/enquiry-categories/${encodeURIComponent(code)}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.categories }),
  });
}

export const useFaqAdmin = () =>
  useQuery({ queryKey: ['enquiries', 'faq'], queryFn: () => api.get<{ items: FaqEntry[] }>('/faq') });

export function usePublishFaq() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, published }: { entry: FaqEntry; published: boolean }) =>
      api.put<FaqEntry>(`/faq/${entry.id}`, {
        categoryCode: entry.category.code,
        questionZh: entry.questionZh,
        questionEn: entry.questionEn,
        answerZh: entry.answerZh,
        answerEn: entry.answerEn,
        published,
        version: entry.version,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['enquiries', 'faq'] }),
  });
}

/** A new saved reply (both languages; the reply form fills in the enquirer's). */
export function useCreateSavedReply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { titleZh: string; titleEn: string; bodyZh: string; bodyEn: string; categoryCode: null }) =>
      api.post<SavedReply>('/enquiry-saved-replies', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.saved }),
  });
}
