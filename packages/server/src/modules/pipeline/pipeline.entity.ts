import { Column, Entity } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const VALUE_UNITS = ['people', 'resources', 'money'] as const;
export type ValueUnit = (typeof VALUE_UNITS)[number];
export const ValueUnitEnum = graphqlEnum(
  VALUE_UNITS,
  'ValueUnit',
  'What the expected value of a pipeline’s opportunities counts: PEOPLE, RESOURCES or MONEY (in its currency).',
);

/** An ordered list of stages that opportunities move through (Outreach, Partnership …). */
@ObjectType({ description: 'An ordered list of stages that opportunities move through, defined by admins.' })
@Entity('pipelines')
export class Pipeline extends LinkEntity {
  @Field({ description: 'Its name: Outreach, Partnership …' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => ValueUnitEnum, { description: 'What its opportunities’ expected value counts.' })
  @Column({ type: 'text', default: 'people' })
  valueUnit: ValueUnit;

  @Field(() => String, { nullable: true, description: 'The ISO 4217 currency of MONEY values: EUR.' })
  @Column({ type: 'text', nullable: true })
  currency: string | null;

  @Field(() => Int, { description: 'Its place among pipelines, from 0.' })
  @Column({ type: 'integer', default: 0 })
  position: number;
}
