import { useCallback, useMemo, useState } from 'react';
import { conflictFieldsOf, reapplyEdits, type ConflictFieldSpec } from './conflict';
import type { ConflictDialogProps } from './ConflictDialog';

export interface UseConflictOptions<V> {
  /** The form's values as the record was when editing started. */
  initialBase: V;
  fields: ConflictFieldSpec<V>[];
  /** "Re-apply my edits": your changes on their version; save these values. */
  onReapply(merged: V): void | Promise<void>;
  /** "Discard mine, reload theirs": show these values and forget the draft. */
  onReload(theirs: V): void;
}

/**
 * The state of a form's conflict: call `open(theirs, yours)` when a save answers CONFLICT, spread
 * `dialogProps` into <ConflictDialog />. Either choice makes their version the new starting point,
 * so that a later conflict compares against it.
 */
export function useConflict<V>({ initialBase, fields, onReapply, onReload }: UseConflictOptions<V>) {
  const [base, setBase] = useState(initialBase);
  const [conflict, setConflict] = useState<{ theirs: V; yours: V } | null>(null);
  const open = useCallback((theirs: V, yours: V) => setConflict({ theirs, yours }), []);

  const dialogProps: ConflictDialogProps = useMemo(
    () => ({
      opened: conflict !== null,
      fields: conflict ? conflictFieldsOf(fields, base, conflict.theirs, conflict.yours) : [],
      onClose: () => setConflict(null),
      onReapply: async () => {
        if (!conflict) return;
        const merged = reapplyEdits(fields, base, conflict.theirs, conflict.yours);
        setBase(conflict.theirs);
        setConflict(null);
        await onReapply(merged);
      },
      onReload: () => {
        if (!conflict) return;
        setBase(conflict.theirs);
        setConflict(null);
        onReload(conflict.theirs);
      },
    }),
    [base, conflict, fields, onReapply, onReload],
  );
  return { open, dialogProps };
}
