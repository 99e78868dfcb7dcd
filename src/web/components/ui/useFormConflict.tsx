import { useState } from 'react';
import { isApiError } from '#web/lib/api';
import { conflictRows, mergeValues } from '#web/lib/merge';
import { ConflictAlert } from './ConflictAlert';

type Versioned = { version: number; updatedAt?: string | null };

/**
 * A form over a record that is not its own page (a dialog, a row): `base` is the version the form started
 * from; `take(err, mine)` catches a 409 (true) with what the user typed; `alert` merges field by field and
 * restarts the form on the current version (`restart` gives the form its new values).
 */
export function useFormConflict<T extends Versioned, S extends object>(opts: {
  initial: T;
  toForm: (record: T) => S;
  fieldLabel: (key: string) => string;
  restart: (values: S) => void;
}) {
  const [base, setBase] = useState(opts.initial);
  const [conflict, setConflict] = useState<{ message: string; current: T; mine: S } | null>(null);
  const restartOn = (current: T, values: S) => {
    setBase(current);
    opts.restart(values);
    setConflict(null);
  };
  const take = (err: unknown, mine: S): boolean => {
    if (!isApiError(err, 'VERSION_CONFLICT') || !err.current) return false;
    setConflict({ message: err.message, current: err.current as T, mine });
    return true;
  };
  const alert = conflict ? (
    <ConflictAlert
      message={conflict.message}
      version={conflict.current.version}
      updatedAt={conflict.current.updatedAt ?? null}
      changed={[]}
      onLoadLatest={() => restartOn(conflict.current, opts.toForm(conflict.current))}
      merge={{
        rows: conflictRows(opts.toForm(base), conflict.mine, opts.toForm(conflict.current)),
        fieldLabel: opts.fieldLabel,
        onApply: (picks) =>
          restartOn(conflict.current, mergeValues(conflict.mine, opts.toForm(conflict.current), picks)),
      }}
    />
  ) : null;
  return { base, take, alert, pending: conflict !== null };
}
