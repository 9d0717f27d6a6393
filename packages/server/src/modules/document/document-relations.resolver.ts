import { Arg, Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import type { AnyRecordKind } from '../shared/domain-module';
import { DocumentFilter, DocumentOrder } from './document.inputs';
import { DocumentConnection } from './document.resolver';
import { documentsOf } from './document.relations';

const DESCRIPTION = 'Documents attached to it that you may see, newest first.';
const FILTER = { nullable: true, description: 'Which ones to list.' } as const;
const ORDER = { nullable: true, description: 'How to sort them; newest first when not given.' } as const;

/**
 * `documents` on a kind documents can be attached to (`linkable.documents` in the registry). The
 * application makes one per kind of the registry (`modules/app-modules.ts`).
 */
export function documentsFieldResolver(kind: AnyRecordKind): ClassType {
  const column = kind.linkColumn!;
  @Resolver(() => kind.entity)
  class DocumentsField {
    @FieldResolver(() => DocumentConnection, { description: DESCRIPTION })
    documents(
      @Root() record: { id: string },
      @Args() page: PageArgs,
      @Arg('filter', () => DocumentFilter, FILTER) filter: DocumentFilter | undefined,
      @Arg('orderBy', () => DocumentOrder, ORDER) orderBy: DocumentOrder | undefined,
      @Ctx() context: GraphQLContext,
    ) {
      return documentsOf(context, `${kind.type}.documents`, column, { ...page, filter, orderBy }, record.id);
    }
  }
  Object.defineProperty(DocumentsField, 'name', { value: `${kind.type}DocumentsResolver` });
  return DocumentsField;
}
