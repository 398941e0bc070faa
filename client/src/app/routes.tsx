import { Outlet, type RouteObject } from 'react-router';
import { PageLoader } from '../components/page-loader';
import { Role } from '../gql/graphql';
import { ApolloBoundary } from './apollo-boundary';
import { RequireRole } from './guards/require-role';
import { CHOOSE_PASSWORD_PATH, RequireSession } from './guards/require-session';
import { NotFoundPage } from './pages/not-found-page';
import { RouteErrorPage } from './pages/route-error-page';
import { RequireStaffSupport } from '../modules/staff-support/require-staff-support';

// Every page is its own chunk: the first download carries the shell, not the features.
export const appRoutes: RouteObject[] = [
  {
    id: 'root',
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        path: 'login',
        lazy: () => import('../modules/auth/login-page').then((m) => ({ Component: m.LoginPage })),
      },
      {
        // Pages before signing in that talk to the server through Apollo; the login page does not.
        element: (
          <ApolloBoundary>
            <Outlet />
          </ApolloBoundary>
        ),
        children: [
          {
            path: 'forgot-password',
            lazy: () => import('../modules/auth/forgot-password-page').then((m) => ({ Component: m.ForgotPasswordPage })),
          },
          {
            path: 'reset-password',
            lazy: () => import('../modules/auth/reset-password-page').then((m) => ({ Component: m.ResetPasswordPage })),
          },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            // RequireSession sends someone with a coordinator's temporary password here first.
            path: CHOOSE_PASSWORD_PATH.slice(1),
            lazy: () => import('../modules/auth/first-password-page').then((m) => ({ Component: m.FirstPasswordPage })),
          },
          {
            lazy: () => import('./layout/app-layout').then((m) => ({ Component: m.AppLayout })),
            errorElement: <RouteErrorPage />,
            children: [
              {
                index: true,
                lazy: () => import('../modules/profile/home-page').then((m) => ({ Component: m.HomePage })),
              },
              {
                path: 'users',
                element: <RequireRole role={Role.Coordinator} />,
                children: [
                  {
                    index: true,
                    lazy: () => import('../modules/users/users-page').then((m) => ({ Component: m.UsersPage })),
                  },
                ],
              },
              {
                path: 'inbox',
                lazy: () => import('../modules/referrals/referral-inbox-page').then((m) => ({ Component: m.ReferralInboxPage })),
              },
              {
                path: 'referrals',
                lazy: () => import('../modules/referrals/referred-cases-page').then((m) => ({ Component: m.ReferredCasesPage })),
              },
              {
                path: 'agreements',
                children: [
                  { index: true, lazy: () => import('../modules/agreements/agreements-page').then((m) => ({ Component: m.AgreementsPage })) },
                  {
                    path: ':agreementId',
                    lazy: () => import('../modules/agreements/agreement-page').then((m) => ({ Component: m.AgreementPage })),
                  },
                ],
              },
              {
                path: 'cases',
                children: [
                  { index: true, lazy: () => import('../modules/cases/cases-page').then((m) => ({ Component: m.CasesPage })) },
                  { path: 'new', lazy: () => import('../modules/cases/new-case-page').then((m) => ({ Component: m.NewCasePage })) },
                  { path: ':id', lazy: () => import('../modules/cases/case-page').then((m) => ({ Component: m.CasePage })) },
                  { path: ':id/summary', lazy: () => import('../modules/cases/case-summary-page').then((m) => ({ Component: m.CaseSummaryPage })) },
                  {
                    path: ':id/consent-form',
                    lazy: () => import('../modules/cases/consent-form-page').then((m) => ({ Component: m.ConsentFormPage })),
                  },
                ],
              },
              {
                path: 'contacts',
                lazy: () => import('../modules/contacts/require-contacts').then((m) => ({ Component: m.RequireContacts })),
                children: [
                  { index: true, lazy: () => import('../modules/contacts/contacts-page').then((m) => ({ Component: m.ContactsPage })) },
                  { path: ':id', lazy: () => import('../modules/contacts/contact-page').then((m) => ({ Component: m.ContactPage })) },
                ],
              },
              {
                path: 'supervision',
                children: [
                  {
                    index: true,
                    lazy: () => import('../modules/supervision/supervision-list-page').then((m) => ({ Component: m.SupervisionListPage })),
                  },
                  {
                    path: 'new',
                    element: <RequireRole role={Role.Supervisor} />,
                    children: [
                      {
                        index: true,
                        lazy: () => import('../modules/supervision/new-supervision-page').then((m) => ({ Component: m.NewSupervisionPage })),
                      },
                    ],
                  },
                  { path: ':id', lazy: () => import('../modules/supervision/supervision-page').then((m) => ({ Component: m.SupervisionPage })) },
                ],
              },
              {
                path: 'staff-support',
                element: <RequireStaffSupport />,
                children: [
                  { index: true, lazy: () => import('../modules/staff-support/staff-support-page').then((m) => ({ Component: m.StaffSupportPage })) },
                  { path: 'new', lazy: () => import('../modules/staff-support/consultation-editor-pages').then((m) => ({ Component: m.NewConsultationPage })) },
                  { path: ':id', lazy: () => import('../modules/staff-support/consultation-page').then((m) => ({ Component: m.ConsultationPage })) },
                  { path: ':id/edit', lazy: () => import('../modules/staff-support/consultation-editor-pages').then((m) => ({ Component: m.EditConsultationPage })) },
                ],
              },
              {
                path: 'outreach',
                lazy: () => import('../modules/outreach/require-outreach').then((m) => ({ Component: m.RequireOutreach })),
                children: [
                  { index: true, lazy: () => import('../modules/outreach/outreach-list-page').then((m) => ({ Component: m.OutreachListPage })) },
                  { path: 'new', lazy: () => import('../modules/outreach/new-outreach-page').then((m) => ({ Component: m.NewOutreachPage })) },
                  { path: ':id', lazy: () => import('../modules/outreach/outreach-page').then((m) => ({ Component: m.OutreachPage })) },
                  { path: ':id/edit', lazy: () => import('../modules/outreach/edit-outreach-page').then((m) => ({ Component: m.EditOutreachPage })) },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
