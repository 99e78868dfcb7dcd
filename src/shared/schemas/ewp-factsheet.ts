import { z } from 'zod';
import { optionalText, requiredText } from './common.js';

/**
 * Our own factsheet for partners, as the EWP Factsheet API publishes one (ewp-specs-api-factsheet,
 * response.xsd; issue 22 item 3, ADR 0033). EWP files are in English, so the texts are English;
 * the form's labels are in both languages.
 */
const matching = (re: RegExp, key: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => re.test(v), { params: { i18n: key } });
/** A yearly deadline without its year, "MM-DD" (xs:gMonthDay in the file). */
const MonthDay = matching(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'month_day', 5);
const E164 = matching(/^\+[1-9]\d{1,14}$/, 'e164', 16);
const Url = matching(/^https?:\/\/\S+$/, 'http_url');

export const FactsheetInfo = z.object({ email: z.email().max(200), phone: E164, url: Url }).strict();
export type FactsheetInfo = z.infer<typeof FactsheetInfo>;

export const Deadlines = z.object({ autumn: MonthDay, spring: MonthDay }).strict();

export const OwnFactsheetBody = z
  .object({
    nominations: Deadlines,
    applications: Deadlines,
    applicationInfo: FactsheetInfo,
    decisionWeeks: z.number().int().min(0).max(52),
    torWeeks: z.number().int().min(0).max(52),
    requirements: z
      .array(z.object({ name: requiredText(200), details: requiredText(2000), url: Url.nullish() }).strict())
      .max(20)
      .default([]),
    accessibility: z
      .array(
        z
          .object({
            type: z.enum(['infrastructure', 'service']),
            name: requiredText(200),
            description: optionalText(2000),
            info: FactsheetInfo,
          })
          .strict(),
      )
      .max(20)
      .default([]),
    housing: FactsheetInfo,
    visa: FactsheetInfo,
    insurance: FactsheetInfo,
  })
  .strict();
export type OwnFactsheetBody = z.infer<typeof OwnFactsheetBody>;

export const OwnFactsheetUpdate = OwnFactsheetBody.extend({ version: z.number().int().min(0) }).strict();
export type OwnFactsheetUpdate = z.infer<typeof OwnFactsheetUpdate>;

export const OwnFactsheet = z.object({
  /** Null until someone saves it: the form starts from the university's e-mail, phone and website. */
  // The saved body as written (OwnFactsheetBody); not that schema again, whose input transforms cannot encode.
  body: z.record(z.string(), z.unknown()).nullable(),
  suggested: z.object({ email: z.string(), phone: z.string(), url: z.string() }),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  permissions: z.object({ update: z.boolean() }),
});
export type OwnFactsheet = Omit<z.infer<typeof OwnFactsheet>, 'body'> & { body: OwnFactsheetBody | null };
