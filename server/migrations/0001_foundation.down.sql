DROP SCHEMA auth CASCADE;
DROP TABLE refresh_token;
DROP TABLE login_throttle;
DROP TABLE app_user;
DROP TABLE organisation;
DROP FUNCTION app_touch_updated_at();
DROP FUNCTION app_current_user_id();
DROP FUNCTION app_current_organisation_id();
