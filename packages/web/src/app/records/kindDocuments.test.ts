import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { CONCERNED_KIND_LIST, CONCERNED_KINDS } from '../../modules/activity/activityRecords';
import { RecordPickerQuery } from '../../modules/activity/components/RecordPicker';
import { DocumentAttachments_document } from '../../modules/document/components/DocumentAttachments';
import { RecordTimelineQuery } from '../../modules/timeline/components/RecordTimeline';
import { DELETE_MUTATIONS, RESTORE_MUTATIONS } from '../../modules/trash/hooks/recordMutations';
import { kindsWith, RECORD_KINDS } from './recordKinds';

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

/** The fields of a selection set, by the name the answer holds them under (their alias if any). */
function fieldsOf(selectionSet: SelectionSetNode | undefined): Map<string, FieldNode> {
  const fields = (selectionSet?.selections ?? []).filter((selection) => selection.kind === Kind.FIELD);
  return new Map(fields.map((field) => [(field.alias ?? field.name).value, field]));
}

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

  it("list every kind with a page that documents are attached to in a document's attachments", () => {
    const fragment = DocumentAttachments_document as unknown as DocumentNode;
    const definition = fragment.definitions.find((node) => node.kind === Kind.FRAGMENT_DEFINITION)!;
    const links = fieldsOf(fieldsOf(definition.selectionSet).get('links')?.selectionSet);
    const attached = RECORD_KINDS.filter((kind) => kind.documentLinks && kind.path);
    expect(sorted([...links.keys()].filter((field) => field !== 'id'))).toEqual(
      sorted(attached.map((kind) => kind.detailField)),
    );
    for (const kind of attached) {
      expect([kind.typename, sorted([...fieldsOf(links.get(kind.detailField)!.selectionSet).keys()])]).toEqual([
        kind.typename,
        ['id', 'name'],
      ]);
    }
  });
});
