import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CohortMenteeList } from '#shared/schemas/cohort-mentees';
import type {
  CohortApplication,
  CohortInterviewUpdate,
  CohortProgram,
  CohortProgramCreate,
  CohortProgramSummary,
  CohortSession,
  CohortSessionCreate,
  CohortSessionUpdate,
} from '#shared/schemas/cohorts';
import { API_BASE, api } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';

export type Participant = {
  id: number;
  applicationId: number;
  name: string;
  mentorId: number | null;
  mentorName: string | null;
  withdrawnOn: string | null;
  attendancePct: number;
  missedRequired: number;
  completed: boolean;
  certificateCode: string | null;
  version: number;
};
export type Note = { id: number; metOn: string; note: string; authorName: string | null; createdAt: string };
export type ApplicationFilter = { stage?: string; source?: string; q?: string };
type AppPage = { items: CohortApplication[]; total: number; nextAfter: number | null };

export const APPLICATION_PAGE = 50;

export const cohortKeys = {
  all: ['cohorts'] as const,
  list: () => ['cohorts', 'list', currentLocale()] as const,
  program: (id: number) => ['cohorts', 'program', id] as const,
  sessions: (id: number) => ['cohorts', 'sessions', id] as const,
  applications: (id: number, f: ApplicationFilter) => ['cohorts', 'applications', id, f] as const,
  participants: (id: number) => ['cohorts', 'participants', id] as const,
  attendance: (id: number, sessionId: number) => ['cohorts', 'attendance', id, sessionId] as const,
  notes: (id: number, participantId: number) => ['cohorts', 'notes', id, participantId] as const,
};

export const usePrograms = () =>
  useQuery({ queryKey: cohortKeys.list(), queryFn: () => api.get<{ items: CohortProgramSummary[] }>('/cohorts') });
export const useProgram = (id: number) =>
  useQuery({ queryKey: cohortKeys.program(id), queryFn: () => api.get<CohortProgram>(`/cohorts/${id}`) });
export const useSessions = (id: number) =>
  useQuery({
    queryKey: cohortKeys.sessions(id),
    queryFn: () => api.get<{ items: CohortSession[]; hoursByKind: Record<string, number> }>(`/cohorts/${id}/sessions`),
  });
export const useParticipants = (id: number, enabled = true) =>
  useQuery({
    queryKey: cohortKeys.participants(id),
    queryFn: () => api.get<{ items: Participant[] }>(`/cohorts/${id}/participants`),
    enabled,
  });
/** The signed-in mentor's own mentees (any program), with their attendance. */
export const useMyMentees = () =>
  useQuery({
    queryKey: ['cohorts', 'mentees', currentLocale()],
    queryFn: () => api.get<CohortMenteeList>('/cohorts/mentees'),
  });
export const useMentors = (enabled: boolean) =>
  useQuery({
    queryKey: ['cohorts', 'mentors', currentLocale()],
    queryFn: () => api.get<{ items: { id: number; name: string }[] }>('/cohorts/mentors'),
    enabled,
  });
export const useAttendance = (id: number, sessionId: number | null) =>
  useQuery({
    queryKey: cohortKeys.attendance(id, sessionId ?? 0),
    queryFn: () =>
      api.get<{ items: { participantId: number; name: string; present: boolean | null }[] }>(
        `/cohorts/${id}/sessions/${sessionId}/attendance`,
      ),
    enabled: sessionId !== null,
  });
export const useNotes = (id: number, participantId: number | null) =>
  useQuery({
    queryKey: cohortKeys.notes(id, participantId ?? 0),
    queryFn: () => api.get<{ items: Note[] }>(`/cohorts/${id}/participants/${participantId}/counselling`),
    enabled: participantId !== null,
    // Every read is logged: do not read again behind the user's back.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

/** The funnel in keyset pages: "show more" asks for the page after the last id shown. */
export const useApplications = (id: number, filter: ApplicationFilter) =>
  useInfiniteQuery({
    queryKey: cohortKeys.applications(id, filter),
    queryFn: ({ pageParam }) =>
      api.get<AppPage>(`/cohorts/${id}/applications`, { ...filter, after: pageParam, pageSize: APPLICATION_PAGE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextAfter ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Any cohort write refreshes the program's figures and lists. */
function useCohortWrite<B, R>(send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cohortKeys.all }),
  });
}

export const useCreateProgram = () =>
  useCohortWrite((body: CohortProgramCreate) => api.post<CohortProgram>('/cohorts', body));
export const useUpdateProgram = (id: number) =>
  useCohortWrite((body: CohortProgramCreate & { version: number }) => api.put<CohortProgram>(`/cohorts/${id}`, body));
export const useAddSession = (id: number) =>
  useCohortWrite((body: CohortSessionCreate) => api.post(`/cohorts/${id}/sessions`, body));
export const useUpdateSession = (id: number, sessionId: number) =>
  useCohortWrite((body: CohortSessionUpdate) => api.put(`/cohorts/${id}/sessions/${sessionId}`, body));
export const useSetAttendance = (id: number, sessionId: number) =>
  useCohortWrite((marks: { participantId: number; present: boolean }[]) =>
    api.put(`/cohorts/${id}/sessions/${sessionId}/attendance`, { marks }),
  );
export const useChangeStage = (id: number) =>
  useCohortWrite(
    ({
      appId,
      ...body
    }: {
      appId: number;
      stage: string;
      score: number | null;
      reason: string | null;
      interviewOn: string | null;
      version: number;
    }) => api.post<CohortApplication>(`/cohorts/${id}/applications/${appId}/stage`, body),
  );
export const useRecordInterview = (id: number) =>
  useCohortWrite(({ appId, ...body }: CohortInterviewUpdate & { appId: number }) =>
    api.put<CohortApplication>(`/cohorts/${id}/applications/${appId}/interview`, body),
  );
export const useImportApplications = (id: number) =>
  useCohortWrite((form: FormData) =>
    api.upload<{ created: number; problems: { row: number; field: string; message: string }[] }>(
      `/cohorts/${id}/applications/import`,
      form,
    ),
  );
export const useUpdateParticipant = (id: number) =>
  useCohortWrite(
    ({
      participantId,
      ...body
    }: {
      participantId: number;
      mentorId: number | null;
      withdrawnOn: string | null;
      version: number;
    }) => api.put(`/cohorts/${id}/participants/${participantId}`, body),
  );
export const useIssueCertificate = (id: number) =>
  useCohortWrite((participantId: number) =>
    api.post<{ code: string; issuedOn: string }>(`/cohorts/${id}/participants/${participantId}/certificate`),
  );
export function useAddNote(id: number, participantId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { metOn: string; note: string }) =>
      api.post<{ items: Note[] }>(`/cohorts/${id}/participants/${participantId}/counselling`, body),
    // The answer is the log as it is now: no second (logged) read.
    onSuccess: (notes) => queryClient.setQueryData(cohortKeys.notes(id, participantId), notes),
  });
}

export const certificateUrl = (id: number, participantId: number) =>
  `${API_BASE}/cohorts/${id}/participants/${participantId}/certificate.pdf?locale=${currentLocale()}`;

/** The signed-out pages. */
export const usePublicProgram = (id: number) =>
  useQuery({
    queryKey: ['cohorts', 'public', id],
    queryFn: () =>
      api.get<{ id: number; nameZh: string; nameEn: string; startDate: string; endDate: string }>(
        `/public/cohorts/${id}`,
      ),
    retry: false,
  });
export const submitPublicApplication = (id: number, body: Record<string, unknown>) =>
  api.post<{ ok: true }>(`/public/cohorts/${id}/applications`, body);
export const useVerification = (code: string) =>
  useQuery({
    queryKey: ['cohorts', 'verify', code],
    queryFn: () =>
      api.get<{ name: string; programZh: string; programEn: string; issuedOn: string }>(
        `/public/certificates/${encodeURIComponent(code)}`,
      ),
    retry: false,
  });
