import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionUser, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { homeProfileQuery } from '../profile/profile-operations';

function profile(user = sessionUser()) {
  return { request: { query: homeProfileQuery }, result: { data: { me: { ...user, createdAt: '2026-01-15T09:00:00.000Z' } } } };
}

describe("the analyst's start page", () => {
  it('says that reports are coming, with no worklist and no link to cases, messages or supervision', async () => {
    const analyst = sessionUser({ roles: ['ANALYST'] });
    // No worklist mock: an analyst's start page must not ask for one (a request would fail the test).
    renderApp({ path: '/', session: signedIn(['ANALYST']), mocks: [profile(analyst)] });

    const coming = await screen.findByTestId('reports-coming');
    expect(within(coming).getByRole('heading', { name: 'Reports' })).toBeInTheDocument();
    expect(coming).toHaveTextContent('are coming here');
    expect(coming).toHaveTextContent('no cases, names, messages or supervision notes');
    expect(screen.queryByTestId('worklist')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('link').map((link) => link.getAttribute('href'))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/(cases|inbox|referrals|supervision)/)]),
    );
  });

  it('reads in Arabic too', async () => {
    renderApp({ path: '/', session: signedIn(['ANALYST'], { language: 'ar' }), mocks: [profile(sessionUser({ roles: ['ANALYST'], language: 'ar' }))] });
    expect(await screen.findByRole('heading', { name: 'التقارير' })).toBeInTheDocument();
  });

  it('a caseworker still gets the worklist', async () => {
    renderApp({ path: '/', session: signedIn(['CASEWORKER']), mocks: [profile()] });
    expect(await screen.findByTestId('worklist')).toBeInTheDocument();
    expect(screen.queryByTestId('reports-coming')).not.toBeInTheDocument();
  });
});
