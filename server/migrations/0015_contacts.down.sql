DROP TABLE contact_person;
DROP TABLE contact_status_change;
DROP TABLE contact_organisation;
DROP FUNCTION app_contact_in_directory(uuid);
DROP FUNCTION app_contact_name_key(text);
