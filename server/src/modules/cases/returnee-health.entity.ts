import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description: 'Section HEALTH: seen only by caseworkers and supervisors of the owner, and partner caseworkers it is shared with.',
})
@Entity('returnee_health')
export class ReturneeHealth {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field()
  @Column('text')
  information: string;

  @Field(() => [String])
  @Column('text', { array: true })
  vulnerabilities: string[];
}
