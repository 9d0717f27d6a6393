import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, isUnionType } from 'graphql';
import { SAVED_VIEW_TARGETS } from '../../modules/savedView/lib/savedViewTargets';
import { kindsWith, RECORD_KINDS } from './recordKinds';

// The server's schema, as committed (a server test keeps it current): what the web's record kinds must agree with.
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../../server/schema.graphql'), 'utf8'));

const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
};
const sorted = (values: readonly (string | undefined)[]) => [...values].map(String).sort();

describe('the web record kinds agree with the server schema', () => {
  it('know every kind that goes to the trash, and only those', () => {
    expect(sorted(kindsWith('trash').map((kind) => kind.trash))).toEqual(sorted(enumValues('TrashType')));
    const union = schema.getType('TrashedRecord');
    if (!isUnionType(union)) throw new Error('TrashedRecord is not a union');
    expect(sorted(kindsWith('trash').map((kind) => kind.typename))).toEqual(
      sorted(union.getTypes().map((type) => type.name)),
    );
  });

  it('know every kind search finds, and only those', () => {
    expect(sorted(kindsWith('search').map((kind) => kind.search))).toEqual(sorted(enumValues('SearchType')));
  });

  it('know every page a view can be saved of (the lists and the graph), and only those', () => {
    const kinds = [...SAVED_VIEW_TARGETS.values()].map((target) => target.kind);
    expect(sorted(kinds)).toEqual(sorted(enumValues('SavedViewKind')));
  });

  it('know every kind a bulk action selects, and only those', () => {
    const input = schema.getType('TagRecordsInput');
    if (!isInputObjectType(input)) throw new Error('TagRecordsInput is not an input');
    const keys = Object.keys(input.getFields()).filter((field) => field.endsWith('Ids'));
    expect(sorted(kindsWith('selection').map((kind) => kind.selection))).toEqual(sorted(keys));
  });

  it('know every kind that has a timeline, and only those', () => {
    const withTimeline = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && 'timeline' in type.getFields())
      .map((type) => type.name);
    expect(sorted(kindsWith('timeline').map((kind) => kind.typename))).toEqual(sorted(withTimeline));
  });

  it('name object types and Query fields that exist', () => {
    const query = schema.getQueryType()!.getFields();
    for (const kind of RECORD_KINDS) {
      expect([kind.typename, isObjectType(schema.getType(kind.typename))]).toEqual([kind.typename, true]);
      expect([kind.detailField, query[kind.detailField]?.type.toString()]).toEqual([kind.detailField, kind.typename]);
      for (const list of kind.lists) expect([kind.typename, list, list in query]).toEqual([kind.typename, list, true]);
    }
  });

  it('give every kind with a list in the navigation a path', () => {
    expect(kindsWith('navigation').filter((kind) => !kind.path)).toEqual([]);
  });
});
