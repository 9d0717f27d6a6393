/**
 * When a save answers CONFLICT: what the other person changed beside what you typed, and the two
 * ways on. An edit form adopts it in a few lines:
 *
 *   const conflict = useConflict({ initialBase: valuesOf(record), fields: SPECS, onReapply: save, onReload: show });
 *   // in the submit's catch, with the record fetched again:
 *   if (isConflict(error)) conflict.open(valuesOf(latest), values);
 *   <ConflictDialog {...conflict.dialogProps} />
 */
export { ConflictDialog, type ConflictDialogProps } from './ConflictDialog';
export { isConflict, type ConflictFieldSpec } from './conflict';
export { useConflict } from './useConflict';
