-- The open cases whose latest follow-up visit's next date has passed on the partner's calendar
-- day, among those the current actor sees: as the owner (case readers: the organisation's own
-- cases, per partner, whose day decides) and as the partner (partner staff: the cases it follows
-- up). The worklist's overdue list and its count. The rules are those of row-level security on
-- follow_up_visit and referral_case — follow_up_visit_referrer_read, and follow_up_visit_partner's
-- app_follow_up_access() — written over the set at once: under row-level security that function
-- ran once per visit at 300 µs, half a second for a partner with 1,600 overdue visits.
-- "Overdue" is app_is_overdue()'s rule (next_visit_on < app_local_today(partner)), spelled as a
-- range per partner organisation so that the partial indexes of migration 0009 serve it; since
-- migration 0022 they hold the visits of open cases only (`case_open`, kept by triggers), so no
-- visit is probed for its case's status.
-- test/worklist/overdue-follow-ups.test.ts checks that this set equals what row-level security
-- and app_is_overdue() give, case by case of the rule.
CREATE OR REPLACE FUNCTION app_overdue_follow_ups() RETURNS TABLE (case_id uuid, next_visit_on date)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    organisation constant uuid := app_current_organisation_id();
    referral_agreements uuid[];
    follow_up_owners uuid[];
  BEGIN
    IF organisation IS NULL THEN
      RETURN;
    END IF;
    IF app_is_case_reader() THEN
      RETURN QUERY
        SELECT v.case_id, v.next_visit_on
          FROM organisation p
         CROSS JOIN LATERAL (
           -- OFFSET 0: an index range per partner, not a filter over every latest visit.
           SELECT w.case_id, w.next_visit_on FROM follow_up_visit w
            WHERE w.owner_organisation_id = organisation AND w.partner_organisation_id = p.id AND w.latest AND w.case_open
              AND w.next_visit_on < app_local_today(p.id)
           OFFSET 0
         ) v;
    END IF;
    IF app_is_partner_staff() THEN
      -- app_follow_up_access(): an ACCEPTED referral from the case's owner under an agreement in
      -- force for REFERRALS, with an active consent covering its sections, and a FOLLOW_UP
      -- agreement in force between the owner and this organisation. The agreements once, here.
      referral_agreements := ARRAY(SELECT g.id FROM cooperation_agreement g WHERE app_agreement_in_force(g.id, 'REFERRALS'));
      follow_up_owners := ARRAY(SELECT a.organisation_id FROM agreement_party a JOIN agreement_party b ON b.agreement_id = a.agreement_id
                                 WHERE b.organisation_id = organisation AND app_agreement_in_force(a.agreement_id, 'FOLLOW_UP'));
      RETURN QUERY
        SELECT v.case_id, v.next_visit_on
          FROM (SELECT w.case_id, w.owner_organisation_id, w.next_visit_on FROM follow_up_visit w
                 WHERE w.partner_organisation_id = organisation AND w.latest AND w.case_open AND w.next_visit_on < app_local_today(organisation)
                   AND w.owner_organisation_id = ANY (follow_up_owners)
                OFFSET 0) v
         -- LIMIT 1: a probe per overdue visit, never a pass over all the organisation's referrals.
         CROSS JOIN LATERAL (
           SELECT 1 FROM referral r
            WHERE r.case_id = v.case_id AND r.organisation_id = v.owner_organisation_id AND r.to_organisation_id = organisation
              AND r.status = 'ACCEPTED' AND r.agreement_id = ANY (referral_agreements)
              AND EXISTS (SELECT 1 FROM consent k
                           WHERE k.case_id = r.case_id AND k.partner_organisation_id = r.to_organisation_id
                             AND k.withdrawn_at IS NULL AND k.sections @> r.sections)
            LIMIT 1) reached;
    END IF;
  END
  $$;

REVOKE ALL ON FUNCTION app_overdue_follow_ups() FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_overdue_follow_ups() TO :"app_role";
