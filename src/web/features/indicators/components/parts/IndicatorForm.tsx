import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  COMPUTED_RULES,
  INDICATOR_METHODS,
  INDICATOR_UNITS,
  SPROUT_CHAPTERS,
  STRATEGIES,
} from '#shared/reporting';
import type { Indicator, IndicatorCreate } from '#shared/schemas/indicators';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';

export type IndicatorFormState = {
  code: string;
  sortOrder: number;
  nameZh: string;
  nameEn: string;
  definitionZh: string;
  definitionEn: string;
  unit: string;
  strategy: string;
  chapter: string;
  method: string;
  rule: string;
  activityKind: string;
  sourceZh: string;
  sourceEn: string;
};

export function indicatorFormState(i?: Indicator): IndicatorFormState {
  return {
    code: i?.code ?? '',
    sortOrder: i?.sortOrder ?? 0,
    nameZh: i?.nameZh ?? '',
    nameEn: i?.nameEn ?? '',
    definitionZh: i?.definitionZh ?? '',
    definitionEn: i?.definitionEn ?? '',
    unit: i?.unit ?? 'count',
    strategy: String(i?.strategy ?? 1),
    chapter: i?.chapter ?? '',
    method: i?.method ?? 'computed',
    rule: i?.rule ?? '',
    activityKind: i?.activityKind ?? '',
    sourceZh: i?.sourceZh ?? '',
    sourceEn: i?.sourceEn ?? '',
  };
}

type Body = Omit<IndicatorCreate, 'code'> & { code?: string };
type Props = {
  initial: IndicatorFormState;
  /** Editing an existing definition: the code is fixed and saving makes a new version. */
  editing: boolean;
  onSubmit: (body: Body) => Promise<unknown>;
  onCancel: () => void;
};

/** An indicator's definition: names and definition in both languages, unit, strategy, chapter, how it is counted, source. */
export function IndicatorForm({ initial, editing, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, submit } = useServerForm({
    initial,
    validate: (f, required) =>
      required([
        ...(!editing && !f.code.trim() ? ['code'] : []),
        ...(f.nameZh.trim() ? [] : ['nameZh']),
        ...(f.nameEn.trim() ? [] : ['nameEn']),
        ...(f.method === 'computed' && !f.rule ? ['rule'] : []),
        ...(f.method === 'manual' && !f.activityKind ? ['activityKind'] : []),
      ]),
    send: (f) =>
      onSubmit({
        ...(editing ? {} : { code: f.code }),
        sortOrder: f.sortOrder,
        nameZh: f.nameZh,
        nameEn: f.nameEn,
        definitionZh: f.definitionZh,
        definitionEn: f.definitionEn,
        unit: f.unit as Body['unit'],
        strategy: Number(f.strategy),
        chapter: (f.chapter || null) as Body['chapter'],
        method: f.method as Body['method'],
        rule: (f.method === 'computed' ? f.rule : null) as Body['rule'],
        activityKind: (f.method === 'manual' ? f.activityKind : null) as Body['activityKind'],
        sourceZh: f.sourceZh,
        sourceEn: f.sourceEn,
      }),
  });
  const select = (
    key: 'unit' | 'strategy' | 'chapter' | 'method' | 'rule' | 'activityKind',
    data: { value: string; label: string }[],
    clearable = false,
  ) => ({
    data,
    value: form[key] || null,
    error: errors[key],
    clearable,
    allowDeselect: clearable,
    onChange: (v: string | null) => set(key, v ?? ''),
  });
  const area = { autosize: true, minRows: 2, maxRows: 6 };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('indicatorsUi.fields.code')}
            required={!editing}
            disabled={editing}
            maxLength={40}
            {...text('code')}
          />
          <NumberInput
            label={t('indicatorsUi.fields.sortOrder')}
            min={0}
            allowDecimal={false}
            value={form.sortOrder}
            error={errors.sortOrder}
            onChange={(v) => set('sortOrder', typeof v === 'number' ? v : 0)}
          />
          <TextInput label={t('indicatorsUi.fields.nameZh')} lang="zh-Hant-TW" required {...text('nameZh')} />
          <TextInput label={t('indicatorsUi.fields.nameEn')} lang="en" required {...text('nameEn')} />
          <Select
            label={t('indicatorsUi.fields.unit')}
            {...select(
              'unit',
              INDICATOR_UNITS.map((u) => ({ value: u, label: t(`indicatorUnits.${u}`) })),
            )}
          />
          <Select
            label={t('indicatorsUi.fields.strategy')}
            {...select(
              'strategy',
              STRATEGIES.map((s) => ({ value: String(s), label: t(`strategies.${s}`) })),
            )}
          />
          <Select
            label={t('indicatorsUi.fields.chapter')}
            {...select(
              'chapter',
              SPROUT_CHAPTERS.map((c) => ({ value: c, label: c })),
              true,
            )}
          />
          <Select
            label={t('indicatorsUi.fields.method')}
            {...select(
              'method',
              INDICATOR_METHODS.map((m) => ({ value: m, label: t(`indicatorMethods.${m}`) })),
            )}
          />
          {form.method === 'computed' ? (
            <Select
              label={t('indicatorsUi.fields.rule')}
              required
              {...select(
                'rule',
                COMPUTED_RULES.map((r) => ({ value: r, label: t(`computedRules.${r}`) })),
              )}
            />
          ) : (
            <Select
              label={t('indicatorsUi.fields.activityKind')}
              required
              {...select(
                'activityKind',
                ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKinds.${k}`) })),
              )}
            />
          )}
        </SimpleGrid>
        <Textarea label={t('indicatorsUi.fields.definitionZh')} lang="zh-Hant-TW" {...area} {...text('definitionZh')} />
        <Textarea label={t('indicatorsUi.fields.definitionEn')} lang="en" {...area} {...text('definitionEn')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label={t('indicatorsUi.fields.sourceZh')} lang="zh-Hant-TW" {...text('sourceZh')} />
          <TextInput label={t('indicatorsUi.fields.sourceEn')} lang="en" {...text('sourceEn')} />
        </SimpleGrid>
        <FormActions
          error={formError}
          busy={busy}
          submitLabel={editing ? t('indicatorsUi.form.saveVersion') : t('common.save')}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
