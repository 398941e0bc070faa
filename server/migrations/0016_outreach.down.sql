DROP TABLE staff_consultation;
DROP TABLE outreach_activity_staff;
DROP TABLE outreach_activity_person;
DROP TABLE outreach_activity_contact;
DROP TABLE outreach_activity;
DROP FUNCTION app_is_own_staff(uuid);
