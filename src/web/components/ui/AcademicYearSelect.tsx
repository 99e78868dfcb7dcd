import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { academicYearAt, academicYearShortLabelParams } from '#shared/calendar';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** The academic year by the calendar year it starts in (2027 = 116學年度 = 2027/28), as the API takes it. */
  value: number | null | undefined;
  onChange: (year: number | null) => void;
  /** Years before and after this one offered (default 10 back, 5 ahead). */
  back?: number;
  ahead?: number;
};

/**
 * An academic year as people say it: 116學年度（2027–28） in Chinese, 2027/28 in English (issue 23). Staff
 * typed 2027 where 116 was meant; a list named both ways and searchable by either number leaves no guess.
 */
export function AcademicYearSelect({ value, onChange, back = 10, ahead = 5, ...props }: Props) {
  const { t } = useTranslation();
  const now = academicYearAt(new Date());
  const first = Math.min(now - back, value ?? now);
  const last = Math.max(now + ahead, value ?? now);
  const data = [];
  for (let y = last; y >= first; y--)
    data.push({ value: String(y), label: t('common.academicYearOption', academicYearShortLabelParams(y)) });
  return (
    <Select
      searchable
      {...props}
      data={data}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
    />
  );
}
