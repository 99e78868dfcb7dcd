import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeedbackAuthor, TaskStatus } from '#shared/assistants';
import type {
  ApplicationCreate,
  ApplicationSummary,
  Assistant,
  AssistantSummary,
  FeedbackWrite,
  HoursCreate,
  HoursEntry,
  HoursReview,
  Round,
  RoundCreate,
  RoundDetail,
  RoundUpdate,
  StageChange,
  Task,
  TaskCreate,
} from '#shared/schemas/assistants';
import { API_BASE, api } from '#web/lib/api';

const root = ['assistants'] as const;

export const useRounds = () =>
  useQuery({ queryKey: [...root, 'rounds'], queryFn: () => api.get<{ items: Round[] }>('/assistant-rounds') });
export const useRound = (id: number) =>
  useQuery({ queryKey: [...root, 'round', id], queryFn: () => api.get<RoundDetail>(`/assistant-rounds/${id}`) });
export const useAssistants = () =>
  useQuery({ queryKey: [...root, 'list'], queryFn: () => api.get<{ items: AssistantSummary[] }>('/assistants') });
export const useAssistant = (id: number) =>
  useQuery({ queryKey: [...root, 'one', id], queryFn: () => api.get<Assistant>(`/assistants/${id}`) });
export const useMyTerms = () =>
  useQuery({ queryKey: [...root, 'mine'], queryFn: () => api.get<{ items: Assistant[] }>('/assistants/mine') });

/** Every change here refreshes the whole area: the lists are small and the figures depend on each other. */
function useChange<A>(fn: (args: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: root }) });
}

export const useCreateRound = () => useChange((body: RoundCreate) => api.post<RoundDetail>('/assistant-rounds', body));
export const useUpdateRound = (id: number) =>
  useChange((body: RoundUpdate) => api.put<RoundDetail>(`/assistant-rounds/${id}`, body));
export const useApply = () =>
  useChange(({ roundId, body }: { roundId: number; body: ApplicationCreate }) =>
    api.post<ApplicationSummary>(`/assistant-rounds/${roundId}/applications`, body),
  );
export const useChangeStage = () =>
  useChange(({ id, body }: { id: number; body: StageChange }) =>
    api.post<ApplicationSummary>(`/assistant-applications/${id}/stage`, body),
  );
export const useAddTask = () =>
  useChange(({ assistantId, body }: { assistantId: number; body: TaskCreate }) =>
    api.post<Task>(`/assistants/${assistantId}/tasks`, body),
  );
export const useTaskStatus = () =>
  useChange(({ task, status }: { task: Task; status: TaskStatus }) =>
    api.post<Task>(`/assistant-tasks/${task.id}/status`, { status, version: task.version }),
  );
export const useLogHours = () =>
  useChange(({ assistantId, body }: { assistantId: number; body: HoursCreate }) =>
    api.post<HoursEntry>(`/assistants/${assistantId}/hours`, body),
  );
export const useReviewHours = () =>
  useChange(({ id, body }: { id: number; body: HoursReview }) =>
    api.post<HoursEntry>(`/assistant-hours/${id}/review`, body),
  );
export const useWriteFeedback = () =>
  useChange(({ assistantId, author, body }: { assistantId: number; author: FeedbackAuthor; body: FeedbackWrite }) =>
    api.put<Assistant>(`/assistants/${assistantId}/feedback/${author}`, body),
  );

export const monthlyHoursXlsx = (assistantId: number, month: string) =>
  `${API_BASE}/assistants/${assistantId}/hours.xlsx?month=${encodeURIComponent(month)}`;
export const certificatePdf = (assistantId: number) => `${API_BASE}/assistants/${assistantId}/certificate.pdf`;
