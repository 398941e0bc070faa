/** A user as the users list shows them: a caseworker of Stockholm, active, named `name`. */
export function listedUser(id: string, name: string, mustChangePassword = false) {
  return {
    __typename: 'User',
    id,
    name,
    nameLatin: null,
    nameArabic: null,
    email: `${id}@stockholm.example`,
    roles: ['CASEWORKER'],
    language: 'sv',
    active: true,
    mustChangePassword,
    createdAt: '2026-02-01T10:00:00.000Z',
  };
}
