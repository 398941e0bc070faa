-- The two roles Cirkel needs, created once by an administrator (psql variables):
--   psql -v owner_password=… -v app_password=… -f init-roles.sql
-- The owner runs the migrations; the application role owns nothing, is no superuser and cannot
-- bypass row-level security. The migrations grant it exactly what it needs.
CREATE ROLE cirkel_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE cirkel_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD :'app_password';
CREATE DATABASE cirkel OWNER cirkel_owner ENCODING 'UTF8';
REVOKE ALL ON DATABASE cirkel FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE cirkel TO cirkel_owner, cirkel_app;
