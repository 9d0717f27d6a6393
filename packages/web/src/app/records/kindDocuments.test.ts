import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { CONCERNED_KIND_LIST, CONCERNED_KINDS } from '../../modules/activity/activityRecords';
import { RecordPickerQuery } from '../../modules/activity/components/RecordPicker';
import { RecordTimelineQuery } from '../../modules/timeline/components/RecordTimeline';
import { DELETE_MUTATIONS, RESTORE_MUTATIONS } from '../../modules/trash/hooks/recordMutations';
import { kindsWith } from './recordKinds';

// Typed operations have to be written out per kind (codegen reads them from the source): these
// checks fail when a kind with the feature has none, so adding a kind cannot forget one.

/** The fields an operation selects at its root, and the variables it declares. */
function rootOf(document: DocumentNode) {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fields = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  const variables = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value);
  return { fields, variables };
}
const sorted = (values: readonly string[]) => [...values].sort();

describe('the operations written per kind of record', () => {
  it('delete and restore every kind that goes to the trash, with its own mutation', () => {
    const trashed = kindsWith('trash');
    expect(sorted(Object.keys(DELETE_MUTATIONS))).toEqual(sorted(trashed.map((kind) => kind.trash)));
    expect(sorted(Object.keys(RESTORE_MUTATIONS))).toEqual(sorted(trashed.map((kind) => kind.trash)));
    for (const kind of trashed) {
      expect(rootOf(DELETE_MUTATIONS[kind.trash]).fields).toEqual([`delete${kind.typename}`]);
      expect(rootOf(RESTORE_MUTATIONS[kind.trash]).fields).toEqual([`restore${kind.typename}`]);
    }
  });

  it('read the timeline of every kind that has one, switched by a variable of its name', () => {
    const { fields, variables } = rootOf(RecordTimelineQuery);
    const detailFields = kindsWith('timeline').map((kind) => kind.detailField);
    expect(sorted(fields)).toEqual(sorted(detailFields));
    expect(variables).toEqual(expect.arrayContaining(detailFields));
  });

  it('offer in the record picker every kind with a timeline that activities can concern', () => {
    const concerned = kindsWith('timeline').filter((kind) => kind.activityLinks);
    expect(CONCERNED_KIND_LIST).toEqual(concerned.map((kind) => kind.typename.toUpperCase()));
    for (const kind of CONCERNED_KIND_LIST) expect(CONCERNED_KINDS[kind].idField).toMatch(/Id$/);
    const { fields } = rootOf(RecordPickerQuery);
    expect(sorted(fields)).toEqual(sorted(concerned.map((kind) => kind.lists[0])));
  });
});
