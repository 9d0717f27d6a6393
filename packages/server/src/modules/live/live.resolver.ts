import { isUUID } from 'class-validator';
import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { BadUserInputError, UnauthenticatedError } from '../../core/graphql/errors';
import { User } from '../user/user.entity';
import { changeStream, checkCursor, type Topic } from './change-stream';
import { timelineTopic } from './timeline-topic';
import { liveHubOf } from './live';
import { RecordChange, RecordKindEnum, recordTypeOfKind, type RecordKindValue } from './live.types';

const MAX_IDS = 200;

/** A live event is one object for every subscriber of the instance: its author is read once for all of them. */
const actors = new WeakMap<RecordChange, Promise<User | null>>();

interface SubscribeData {
  args: Record<string, unknown>;
  context: GraphQLContext;
}

function checkId(field: string, id: unknown): void {
  if (typeof id !== 'string' || !isUUID(id)) throw BadUserInputError.field(field, 'is not an id');
}

/** Checks who asks and what, then opens the stream: errors here reach the client as the subscription's error. */
async function open({ args, context }: SubscribeData, topic: Topic) {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const hub = liveHubOf(context.dataSource);
  if (!hub) throw new Error('live updates are not started on this server');
  const after = args.after as string | undefined;
  if (after !== undefined && after !== null) {
    checkId('after', after);
    await checkCursor(hub, viewer, after);
  }
  return changeStream(hub, viewer, topic, after ?? undefined);
}

function recordTopic(args: Record<string, unknown>): Topic {
  const kinds = (args.kinds as RecordKindValue[] | null | undefined) ?? [];
  const ids = (args.ids as string[] | null | undefined) ?? [];
  if (ids.length > MAX_IDS) throw BadUserInputError.field('ids', `may name at most ${MAX_IDS} records`);
  ids.forEach((id) => checkId('ids', id));
  const types = new Set(kinds.map(recordTypeOfKind));
  const idSet = new Set(ids);
  return {
    wants: (change) =>
      (types.size === 0 || types.has(change.recordType)) && (idSet.size === 0 || idSet.has(change.recordId)),
    where: (query) => {
      if (types.size > 0) query.andWhere('c.record_type IN (:...types)', { types: [...types] });
      if (idSet.size > 0) query.andWhere('c.record_id IN (:...ids)', { ids: [...idSet] });
      return query;
    },
  };
}

@Resolver(() => RecordChange)
export class LiveResolver {
  @Subscription(() => RecordChange, {
    description:
      'Changes of records as they are committed, those you may see only: of the given kinds and records (all when not given). With `after` (the last `changeId` you received), first the changes made since, from the history, in order and each once. Over WebSocket (graphql-ws) at /graphql.',
    subscribe: (data: SubscribeData) => open(data, recordTopic(data.args)),
  })
  recordChanged(
    @Root() change: RecordChange,
    @Ctx() context: GraphQLContext,
    @Arg('kinds', () => [RecordKindEnum], { nullable: true, description: 'Only records of these kinds.' })
    _kinds?: RecordKindValue[],
    @Arg('ids', () => [ID], { nullable: true, description: `Only these records (at most ${MAX_IDS}).` })
    _ids?: string[],
    @Arg('after', () => ID, { nullable: true, description: 'The last change received: resume after it.' })
    _after?: string,
  ): RecordChange {
    // Each event is a new answer: what was loaded for the previous one may have changed since.
    context.loaders.clearAll();
    return change;
  }

  @Subscription(() => RecordChange, {
    description:
      'The changes of one record’s timeline as they are committed, those you may see: the record’s own (its fields, links, trash, merges and reverts) and those of the activities and documents linked to it; with `after`, first those made since that change.',
    subscribe: async (data: SubscribeData) => {
      checkId('recordId', data.args.recordId);
      return open(data, await timelineTopic(data.context.dataSource, data.args.recordId as string));
    },
  })
  timelineChanged(
    @Root() change: RecordChange,
    @Ctx() context: GraphQLContext,
    @Arg('recordId', () => ID, { description: 'The record, of any kind.' }) _recordId: string,
    @Arg('after', () => ID, { nullable: true, description: 'The last change received: resume after it.' })
    _after?: string,
  ): RecordChange {
    context.loaders.clearAll();
    return change;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for the system.' })
  actor(@Root() change: RecordChange, @Ctx() context: GraphQLContext) {
    if (!change.actorId) return null;
    let actor = actors.get(change);
    if (!actor) {
      actor = context.dataSource.manager.findOne(User, { where: { id: change.actorId }, withDeleted: true });
      actors.set(change, actor);
    }
    return actor;
  }
}
