import { useState } from 'react';

/**
 * The rows selected for bulk actions. The selection belongs to one view: changing filters, sort or
 * page (anything in `variables`) clears it.
 */
export function useViewSelection(variables: unknown) {
  const viewKey = JSON.stringify(variables);
  const [selection, setSelection] = useState({ viewKey, ids: [] as string[] });
  const selected = selection.viewKey === viewKey ? selection.ids : [];
  return {
    selected,
    setSelected: (ids: string[]) => setSelection({ viewKey, ids }),
    clear: () => setSelection({ viewKey, ids: [] }),
  };
}
