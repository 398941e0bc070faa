import type { Type } from '@nestjs/common';
import { Resolver } from '@nestjs/graphql';
import { AppError } from '../../core/errors/app-error.js';
import { addParentFields } from '../../core/resolvers/service-fields.resolver.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationsById } from '../organisations/organisations.repository.js';
import { StaffMember } from './staff-member.model.js';
import { staffById } from './staff.repository.js';

/** A field that names a person or an organisation by an id column of its parent, through the request's loaders. */
export interface Reference<T> {
  to: typeof StaffMember | typeof Organisation;
  id: (parent: T) => string | null;
  /** Null when the id is, or when the viewer may not see what it names; otherwise that is NOT_FOUND. */
  nullable?: boolean;
  description?: string;
}

type ReferenceOptions = Pick<Reference<unknown>, 'nullable' | 'description'>;

/** A person a record points to (who sent, recorded, changed it). */
export function staffMember<T>(id: (parent: T) => string | null, options: ReferenceOptions = {}): Reference<T> {
  return { to: StaffMember, id, ...options };
}

/** An organisation a record points to (its owner, a partner, a party). */
export function organisation<T>(id: (parent: T) => string | null, options: ReferenceOptions = {}): Reference<T> {
  return { to: Organisation, id, ...options };
}

async function resolve<T>(reference: Reference<T>, context: RequestContext, parent: T): Promise<StaffMember | Organisation | null> {
  const id = reference.id(parent);
  const found = !id ? null : reference.to === StaffMember ? await context.loader(staffById).load(id) : await context.loader(organisationsById).load(id);
  if (!found && !reference.nullable) throw AppError.notFound();
  return found;
}

/**
 * The resolver of `type`'s fields that only look up the person or organisation an id names:
 * `ReferenceFieldsResolver(Consent, { recordedBy: staffMember((c) => c.recordedByUserId) })`.
 */
export function ReferenceFieldsResolver<T>(type: Type<T>, fields: Record<string, Reference<T>>): Type<unknown> {
  @Resolver(() => type)
  class ReferenceFields {}
  Object.defineProperty(ReferenceFields, 'name', { value: `${type.name}ReferenceFields` });
  addParentFields<ReferenceFields, T>(
    ReferenceFields,
    Object.fromEntries(
      Object.entries(fields).map(([name, reference]) => [
        name,
        { type: () => reference.to, nullable: reference.nullable, description: reference.description, resolve: (_, context, parent) => resolve(reference, context, parent) },
      ]),
    ),
  );
  return ReferenceFields;
}
