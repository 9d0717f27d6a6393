import { useCallback, useMemo } from 'react';
import { useTagOptions } from './useTagOptions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Stands for a tag name that no tag has: the list then shows nothing, as no record has it. */
const UNKNOWN_TAG_ID = '00000000-0000-0000-0000-000000000000';

/**
 * A list's tag filter reads tags by name in the URL (`tag=Partner,Horizon`) while its picker and
 * the API use ids. Old links with ids still work. `ready` is false while names wait for the tags.
 */
export function useTagNamesInUrl<V extends { tag: string[] }, O>(
  view: V,
  setView: (patch: Partial<V>, options?: O) => void,
): { view: V; setView: (patch: Partial<V>, options?: O) => void; ready: boolean } {
  const { options, loading } = useTagOptions();
  const named = view.tag.some((value) => !UUID.test(value));
  const ids = useMemo(() => {
    const byLabel = new Map(options.map((tag) => [tag.label.toLowerCase(), tag.value]));
    return view.tag.map((value) => (UUID.test(value) ? value : (byLabel.get(value.toLowerCase()) ?? UNKNOWN_TAG_ID)));
  }, [options, view.tag]);
  const withIds = useMemo(() => ({ ...view, tag: ids }), [view, ids]);
  const setWithNames = useCallback(
    (patch: Partial<V>, setOptions?: O) => {
      if (!patch.tag) return setView(patch, setOptions);
      const byId = new Map(options.map((tag) => [tag.value, tag.label]));
      // A name with a comma would split in the URL's list: such a tag keeps its id.
      const tag = patch.tag.map((id) => {
        const label = byId.get(id);
        return label && !label.includes(',') && !UUID.test(label) ? label : id;
      });
      setView({ ...patch, tag }, setOptions);
    },
    [options, setView],
  );
  return { view: withIds, setView: setWithNames, ready: !named || !loading };
}
