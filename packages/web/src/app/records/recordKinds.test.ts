import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isUnionType,
  type GraphQLObjectType,
} from 'graphql';
import { SAVED_VIEW_TARGETS } from '../../modules/savedView/lib/savedViewTargets';
import { kindsWith, RECORD_KINDS } from './recordKinds';

// The server's schema, as committed (a server test keeps it current): what the web's record kinds must agree with.
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../../server/schema.graphql'), 'utf8'));

const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
};
/**
 * Kinds of record of the server (types with a `deletedAt` and a `version`) that the web app does not list, and
 * why: a kind the server adds fails the test below until it is added to RECORD_KINDS or here.
 */
const NOT_RECORD_KINDS: Record<string, string> = {
  ProjectTask: 'shown and edited inside its project, never on its own',
  Milestone: 'shown and edited inside its project, never on its own',
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

  const inputIdFields = (name: string, own: string) => {
    const input = schema.getType(name);
    if (!isInputObjectType(input)) throw new Error(`${name} is not an input`);
    return Object.keys(input.getFields()).filter((field) => field.endsWith('Id') && field !== own);
  };

  it('know every kind activities can concern, and only those', () => {
    const fields = inputIdFields('LinkActivityInput', 'activityId');
    expect(sorted(kindsWith('activityLinks').map((kind) => kind.linkField))).toEqual(sorted(fields));
  });

  it('know every kind documents can be attached to, and only those', () => {
    const fields = inputIdFields('AttachDocumentInput', 'documentId');
    expect(sorted(kindsWith('documentLinks').map((kind) => kind.linkField))).toEqual(sorted(fields));
  });

  it('know every kind that carries tags, and only those', () => {
    const tagged = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && 'tags' in type.getFields() && type.name !== 'Query')
      .map((type) => type.name);
    expect(sorted(kindsWith('taggable').map((kind) => kind.typename))).toEqual(sorted(tagged));
  });

  it('give every linked or tagged kind its link field', () => {
    const linked = RECORD_KINDS.filter((kind) => kind.activityLinks || kind.documentLinks || kind.taggable);
    expect(linked.filter((kind) => kind.linkField !== `${kind.detailField}Id`).map((kind) => kind.typename)).toEqual(
      [],
    );
  });

  it('know every kind of record of the server, but those left out on purpose', () => {
    const query = schema.getQueryType()!.getFields();
    const known = new Set(RECORD_KINDS.map((kind) => kind.typename));
    // The server's kinds of record: the types with a `deletedAt` and a `version` (soft-deleted, in the history).
    const records = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && 'deletedAt' in type.getFields())
      .filter((type) => 'version' in type.getFields())
      .map((type) => type.name);
    expect(records.filter((name) => !known.has(name) && !(name in NOT_RECORD_KINDS))).toEqual([]);
    expect(records).toEqual(expect.arrayContaining([...known, ...Object.keys(NOT_RECORD_KINDS)]));
    // Those served one by one (`Query.<kind>(id:)`) all have a kind here.
    const served = Object.values(query)
      .filter((field) => field.args.some((arg) => arg.name === 'id'))
      .map((field) => getNamedType(field.type).name)
      .filter((name) => records.includes(name));
    expect(served.filter((name) => !known.has(name))).toEqual([]);
  });

  it('give every kind with a list in the navigation a path', () => {
    expect(kindsWith('navigation').filter((kind) => !kind.path)).toEqual([]);
  });
});
