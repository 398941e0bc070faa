-- The SQL of src/core/health/health.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- HealthRepository.ping
SELECT 1
