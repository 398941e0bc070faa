import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityRows, manyBy, oneBy } from '../../core/database/entity-rows.js';
import { change, execute, maybeOne, one, rows } from '../../core/database/sql.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ContactOrganisation } from './contact-organisation.entity.js';
import { ContactPerson } from './contact-person.entity.js';
import { ContactStatusChange } from './contact-status-change.entity.js';
import type { ContactKind, ContactStatus } from './contacts.enums.js';

const organisationsById = oneBy(ContactOrganisation, 'id', 'id');
const personsById = oneBy(ContactPerson, 'id', 'id');
const peopleByContact = manyBy(ContactPerson, 'contact_organisation_id', 'contactOrganisationId', 't.name, t.id');
const historyByContact = manyBy(ContactStatusChange, 'contact_organisation_id', 'contactOrganisationId', 't.changed_at DESC, t.id DESC');

export interface ContactListFilter {
  kind: ContactKind | null;
  country: string | null;
  status: ContactStatus | null;
  district: string | null;
  text: string | null;
  includeArchived: boolean;
}

export interface ContactOrganisationValues {
  name: string;
  kind: ContactKind;
  focusCountries: string[];
  languages: string[];
  district: string | null;
  address: string | null;
  website: string | null;
  letterOfIntentAttachmentId: string | null;
}

export interface ContactPersonValues {
  name: string;
  roleTitle: string | null;
  phone: string | null;
  email: string | null;
  preferredLanguage: string | null;
}

/**
 * The filters of the directory's list, as SQL on the alias `c` with the parameters $1…$6 (kind,
 * country, status, district, text, include archived). Text compares folded (app_contact_name_key:
 * lower case, no diacritics, any run of separators one space), so the pattern holds only letters,
 * digits and spaces: no LIKE wildcard of the caller's survives. Row-level security keeps it to
 * the reader's own directory.
 */
const listFilters = `($1::text IS NULL OR c.kind = $1)
   AND ($2::text IS NULL OR c.focus_countries @> ARRAY[$2::text])
   AND ($3::text IS NULL OR c.status = $3)
   AND ($4::text IS NULL OR app_contact_name_key(c.district) = app_contact_name_key($4))
   AND ($5::text IS NULL OR c.name_key LIKE '%' || app_contact_name_key($5) || '%')
   AND ($6::boolean OR c.archived_at IS NULL)`;

function filterParams(filter: ContactListFilter): unknown[] {
  return [filter.kind, filter.country, filter.status, filter.district, filter.text, filter.includeArchived];
}

/** Each organisation's contacts directory; row-level security shows a reader only their own. */
@Injectable()
export class ContactsRepository {
  byId(context: RequestContext): DataLoader<string, ContactOrganisation | null> {
    return context.loader(organisationsById);
  }

  personById(context: RequestContext): DataLoader<string, ContactPerson | null> {
    return context.loader(personsById);
  }

  /** By name. */
  peopleByContact(context: RequestContext): DataLoader<string, ContactPerson[]> {
    return context.loader(peopleByContact);
  }

  /** Newest first. */
  historyByContact(context: RequestContext): DataLoader<string, ContactStatusChange[]> {
    return context.loader(historyByContact);
  }

  /** A page in name order after the cursor (folded name, id), LIMIT first + 1; the loader is primed. */
  async page(context: RequestContext, filter: ContactListFilter, first: number, after?: readonly [string, string]): Promise<ContactOrganisation[]> {
    const entities = EntityRows.of(context.db, ContactOrganisation);
    const found = await rows<Record<string, unknown>>(
      context.db,
      `SELECT ${entities.select('c')} FROM contact_organisation c
        WHERE ${listFilters}
          AND ($7::text IS NULL OR (c.name_key, c.id) > ($7::text, $8::uuid))
        ORDER BY c.name_key, c.id LIMIT $9`,
      [...filterParams(filter), after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return entities.primed(found, 'c', this.byId(context));
  }

  async count(context: RequestContext, filter: ContactListFilter): Promise<number> {
    const { count } = await one<{ count: number }>(context.db, `SELECT count(*)::int AS count FROM contact_organisation c WHERE ${listFilters}`, filterParams(filter));
    return count;
  }

  /** The districts the directory names, for the filter's choices. */
  async districts(context: RequestContext): Promise<string[]> {
    const found = await rows<{ district: string }>(
      context.db,
      'SELECT min(district) AS district FROM contact_organisation WHERE district IS NOT NULL GROUP BY app_contact_name_key(district) ORDER BY 1 LIMIT 500',
    );
    return found.map((row) => row.district);
  }

  /** The entry of the same name (folded) and kind in the reader's directory, archived or not. */
  async sameName(context: RequestContext, organisationId: string, name: string, kind: ContactKind, except: string | null): Promise<{ id: string; name: string } | undefined> {
    return maybeOne<{ id: string; name: string }>(
      context.db,
      `SELECT id, name FROM contact_organisation
        WHERE organisation_id = $1 AND kind = $2 AND name_key = app_contact_name_key($3) AND ($4::uuid IS NULL OR id <> $4)`,
      [organisationId, kind, name, except],
    );
  }

  async insert(context: RequestContext, organisationId: string, userId: string, values: ContactOrganisationValues, status: ContactStatus): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO contact_organisation (organisation_id, created_by_user_id, name, kind, focus_countries, languages, district, address, website,
                                         letter_of_intent_attachment_id, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [organisationId, userId, ...organisationValues(values), status],
    );
    return id;
  }

  /** Whether the version matched (and the row changed). */
  async update(context: RequestContext, id: string, version: number, values: ContactOrganisationValues): Promise<boolean> {
    const { count } = await change(
      context.db,
      `UPDATE contact_organisation
          SET name = $3, kind = $4, focus_countries = $5, languages = $6, district = $7, address = $8, website = $9,
              letter_of_intent_attachment_id = $10, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [id, version, ...organisationValues(values)],
    );
    return count === 1;
  }

  async setStatus(context: RequestContext, id: string, from: ContactStatus | null, to: ContactStatus, note: string | null, organisationId: string, userId: string): Promise<void> {
    if (from !== null) {
      await execute(context.db, 'UPDATE contact_organisation SET status = $2, version = version + 1, updated_at = now() WHERE id = $1', [id, to]);
    }
    await execute(
      context.db,
      `INSERT INTO contact_status_change (organisation_id, contact_organisation_id, from_status, to_status, note, changed_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [organisationId, id, from, to, note, userId],
    );
  }

  async setArchived(context: RequestContext, id: string, userId: string | null): Promise<void> {
    await execute(
      context.db,
      `UPDATE contact_organisation SET archived_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() END, archived_by_user_id = $2,
              version = version + 1, updated_at = now() WHERE id = $1`,
      [id, userId],
    );
  }

  /**
   * Whether the entry has history worth keeping: outreach that involved it, consultations of it as
   * a department, a cooperation status that has moved, or cases that came through it (their
   * source, migration 0018). Removing it then archives it instead.
   */
  async hasHistory(context: RequestContext, id: string): Promise<boolean> {
    const found = await one<{ used: boolean }>(
      context.db,
      `SELECT EXISTS (SELECT 1 FROM outreach_activity_contact a WHERE a.contact_organisation_id = $1)
           OR EXISTS (SELECT 1 FROM staff_consultation s WHERE s.department_contact_id = $1)
           OR EXISTS (SELECT 1 FROM contact_status_change s WHERE s.contact_organisation_id = $1 AND s.from_status IS NOT NULL)
           OR EXISTS (SELECT 1 FROM referral_case c WHERE c.source_contact_id = $1) AS used`,
      [id],
    );
    return found.used;
  }

  async delete(context: RequestContext, id: string): Promise<void> {
    await execute(context.db, 'DELETE FROM contact_organisation WHERE id = $1', [id]);
  }

  async insertPerson(context: RequestContext, contact: ContactOrganisation, userId: string, values: ContactPersonValues): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO contact_person (organisation_id, contact_organisation_id, created_by_user_id, name, role_title, phone, email, preferred_language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [contact.organisationId, contact.id, userId, ...personValues(values)],
    );
    return id;
  }

  async updatePerson(context: RequestContext, id: string, version: number, values: ContactPersonValues): Promise<boolean> {
    const { count } = await change(
      context.db,
      `UPDATE contact_person SET name = $3, role_title = $4, phone = $5, email = $6, preferred_language = $7, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [id, version, ...personValues(values)],
    );
    return count === 1;
  }

  async deletePerson(context: RequestContext, id: string): Promise<void> {
    await execute(context.db, 'DELETE FROM contact_person WHERE id = $1', [id]);
  }

  /** Forgets what this request's loaders hold of an entry (after a write). */
  forget(context: RequestContext, id: string): void {
    this.byId(context).clear(id);
    this.peopleByContact(context).clear(id);
    this.historyByContact(context).clear(id);
  }
}

function organisationValues(values: ContactOrganisationValues): unknown[] {
  return [values.name, values.kind, values.focusCountries, values.languages, values.district, values.address, values.website, values.letterOfIntentAttachmentId];
}

function personValues(values: ContactPersonValues): unknown[] {
  return [values.name, values.roleTitle, values.phone, values.email, values.preferredLanguage];
}
