import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file (the signed consent form). Its bytes are read only by the download route. */
@ObjectType()
@Entity('attachment')
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field()
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Field()
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Field(() => Int)
  @Column('integer')
  size: number;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Column({ name: 'uploaded_by_user_id', type: 'uuid' })
  uploadedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Relative URL; GET it with the bearer token.' })
  get url(): string {
    return `/attachments/${this.id}`;
  }
}
