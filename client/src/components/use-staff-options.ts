import { useMemo } from 'react';
import type { NamedInScripts } from '@cirkel/i18n';
import { useCurrentUser } from '../core/auth/session-context';
import { useReadableNames } from './person-name';
import { optionsOf } from './select-data';

/**
 * The organisation's staff as options, named in the reader's script: who may hold an activity or
 * own a follow-up. The signed-in person is always among them, even before the list arrives.
 */
export function useStaffOptions(staff: readonly (NamedInScripts & { id: string })[] | undefined) {
  const me = useCurrentUser();
  const names = useReadableNames();
  return useMemo(() => {
    const people = staff ?? [];
    const self = { id: me.id, name: me.name, nameLatin: me.nameLatin, nameArabic: me.nameArabic };
    return optionsOf(people.some((person) => person.id === me.id) ? people : [self, ...people], names.label);
  }, [staff, me.id, me.name, me.nameLatin, me.nameArabic, names]);
}
