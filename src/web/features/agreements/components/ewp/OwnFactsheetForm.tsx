import '@mantine/core/styles/SimpleGrid.css';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FactsheetInfo, OwnFactsheetBody } from '#shared/schemas/ewp-factsheet';
import { FormActions } from '#web/components/ui/FormActions';
import { useServerForm } from '#web/lib/form';
import { paths } from '#web/lib/paths';

type Props = { initial: OwnFactsheetBody; onSubmit: (body: OwnFactsheetBody) => Promise<unknown> };
const INFOS = ['applicationInfo', 'housing', 'visa', 'insurance'] as const;
const emptyInfo = (): FactsheetInfo => ({ email: '', phone: '', url: '' });

/** Our factsheet's fields in the EWP file's terms; the server checks each one (MM-DD, E.164, https). */
export function OwnFactsheetForm({ initial, onSubmit }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, setList, submit } = useServerForm({
    initial,
    validate: () => ({}),
    send: onSubmit,
  });
  const k = (s: string) => t(`ewpUi.factsheet.${s}`);
  const info = (path: string, value: FactsheetInfo, change: (v: FactsheetInfo) => void) => (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      {(['email', 'phone', 'url'] as const).map((f) => (
        <TextInput
          key={f}
          label={k(f)}
          value={value[f]}
          error={errors[`${path}.${f}`]}
          onChange={(e) => change({ ...value, [f]: e.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {(['nominations', 'applications'] as const).map((cal) => (
          <Paper withBorder p="sm" radius="md" key={cal}>
            <Title order={3} size="h5" mb="xs">
              {k(cal)}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {(['autumn', 'spring'] as const).map((term) => (
                <TextInput
                  key={term}
                  label={k(term)}
                  placeholder="04-30"
                  value={form[cal][term]}
                  error={errors[`${cal}.${term}`]}
                  onChange={(e) => setList(cal, { ...form[cal], [term]: e.currentTarget.value }, `${cal}.${term}`)}
                />
              ))}
            </SimpleGrid>
          </Paper>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {(['decisionWeeks', 'torWeeks'] as const).map((f) => (
            <NumberInput
              key={f}
              label={k(f)}
              min={0}
              max={52}
              value={form[f]}
              error={errors[f]}
              onChange={(v) => setList(f, typeof v === 'number' ? v : 0, f)}
            />
          ))}
        </SimpleGrid>
        {INFOS.map((name) => (
          <Paper withBorder p="sm" radius="md" key={name}>
            <Title order={3} size="h5" mb="xs">
              {k(name)}
            </Title>
            {info(name, form[name], (v) => setList(name, v))}
          </Paper>
        ))}
        <Paper withBorder p="sm" radius="md">
          <Title order={3} size="h5" mb="xs">
            {k('requirements')}
          </Title>
          {form.requirements.map((r, i) => (
            <Stack key={`req-${i.toString()}`} gap="xs" mb="sm">
              <TextInput
                label={k('requirementName')}
                value={r.name}
                error={errors[`requirements.${i}.name`]}
                onChange={(e) =>
                  setList(
                    'requirements',
                    form.requirements.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)),
                  )
                }
              />
              <Textarea
                label={k('requirementDetails')}
                autosize
                value={r.details}
                error={errors[`requirements.${i}.details`]}
                onChange={(e) =>
                  setList(
                    'requirements',
                    form.requirements.map((x, j) => (j === i ? { ...x, details: e.currentTarget.value } : x)),
                  )
                }
              />
              <Group>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() =>
                    setList(
                      'requirements',
                      form.requirements.filter((_, j) => j !== i),
                    )
                  }
                >
                  {k('remove')}
                </Button>
              </Group>
            </Stack>
          ))}
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setList('requirements', [...form.requirements, { name: '', details: '', url: null }])}
          >
            {k('addRequirement')}
          </Button>
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Title order={3} size="h5" mb="xs">
            {k('accessibility')}
          </Title>
          {form.accessibility.map((a, i) => {
            const change = (v: Partial<typeof a>) =>
              setList(
                'accessibility',
                form.accessibility.map((x, j) => (j === i ? { ...x, ...v } : x)),
              );
            return (
              <Stack key={`acc-${i.toString()}`} gap="xs" mb="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Select
                    label={k('accessibilityType')}
                    data={(['infrastructure', 'service'] as const).map((v) => ({
                      value: v,
                      label: k(`accessibilityTypes.${v}`),
                    }))}
                    value={a.type}
                    allowDeselect={false}
                    onChange={(v) => change({ type: v === 'infrastructure' ? 'infrastructure' : 'service' })}
                  />
                  <TextInput
                    label={k('accessibilityName')}
                    value={a.name}
                    error={errors[`accessibility.${i}.name`]}
                    onChange={(e) => change({ name: e.currentTarget.value })}
                  />
                </SimpleGrid>
                <Textarea
                  label={k('accessibilityDescription')}
                  autosize
                  value={a.description ?? ''}
                  onChange={(e) => change({ description: e.currentTarget.value || null })}
                />
                {info(`accessibility.${i}.info`, a.info, (v) => change({ info: v }))}
                <Group>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() =>
                      setList(
                        'accessibility',
                        form.accessibility.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {k('remove')}
                  </Button>
                </Group>
              </Stack>
            );
          })}
          <Button
            size="compact-sm"
            variant="light"
            onClick={() =>
              setList('accessibility', [
                ...form.accessibility,
                { type: 'service', name: '', description: null, info: emptyInfo() },
              ])
            }
          >
            {k('addAccessibility')}
          </Button>
        </Paper>
        <FormActions busy={busy} error={formError} submitLabel={k('save')} cancelTo={paths.agreements()} />
      </Stack>
    </form>
  );
}
