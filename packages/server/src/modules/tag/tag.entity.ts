import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { RecordEntity } from '../../core/db/record.entity';

/** A label any record can carry; labels are unique regardless of case. */
@ObjectType({ description: 'A label any record can carry; unique regardless of case.' })
@Entity('tags')
export class Tag extends RecordEntity {
  @Field({ description: 'The label, unique regardless of case.' })
  @Column({ type: 'text' })
  label: string;

  @Field(() => String, { nullable: true, description: 'A colour to show it in: #rrggbb.' })
  @Column({ type: 'text', nullable: true })
  color: string | null;

  @Field(() => String, { nullable: true, description: 'What the tag means, when to use it.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/** The fields clients edit, recorded one by one in the history. */
export const TAG_FIELDS = ['label', 'color', 'description'] as const satisfies readonly (keyof Tag)[];
