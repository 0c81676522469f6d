import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { FullPageSpinner } from './modules/session/components/FullPageSpinner';
import { RedirectIfSignedIn } from './modules/session/components/RedirectIfSignedIn';
import { RequireSession } from './modules/session/components/RequireSession';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';

// Sign-in and sign-up ship in the entry chunk: they are the first thing most
// visitors see. Everything behind them, Apollo Client included, loads on demand.
const ApolloBoundary = lazy(() =>
  import('./modules/session/components/ApolloBoundary').then((m) => ({ default: m.ApolloBoundary })),
);
const RequireOrganization = lazy(() =>
  import('./modules/session/components/RequireOrganization').then((m) => ({ default: m.RequireOrganization })),
);
const AppShell = lazy(() => import('./modules/shell/components/AppShell').then((m) => ({ default: m.AppShell })));
const OverviewPage = lazy(() => import('./pages/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const PlanPage = lazy(() => import('./pages/PlanPage').then((m) => ({ default: m.PlanPage })));
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const BudgetPage = lazy(() => import('./pages/BudgetPage').then((m) => ({ default: m.BudgetPage })));
const TemplatesPage = lazy(() => import('./pages/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));
const TemplateUsePage = lazy(() => import('./pages/TemplateUsePage').then((m) => ({ default: m.TemplateUsePage })));
const DepartmentPage = lazy(() => import('./pages/DepartmentPage').then((m) => ({ default: m.DepartmentPage })));
const CyclesPage = lazy(() => import('./pages/CyclesPage').then((m) => ({ default: m.CyclesPage })));
const StagePage = lazy(() => import('./pages/StagePage').then((m) => ({ default: m.StagePage })));
const VersionsPage = lazy(() => import('./pages/VersionsPage').then((m) => ({ default: m.VersionsPage })));
const LettersPage = lazy(() => import('./pages/LettersPage').then((m) => ({ default: m.LettersPage })));
const MyWorkPage = lazy(() => import('./pages/MyWorkPage').then((m) => ({ default: m.MyWorkPage })));
const MembersPage = lazy(() => import('./pages/MembersPage').then((m) => ({ default: m.MembersPage })));
const DepartmentsPage = lazy(() => import('./pages/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })));
const AuditLogPage = lazy(() => import('./pages/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const RecentlyDeletedPage = lazy(() => import('./pages/RecentlyDeletedPage').then((m) => ({ default: m.RecentlyDeletedPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
const CreateOrganizationPage = lazy(() =>
  import('./pages/CreateOrganizationPage').then((m) => ({ default: m.CreateOrganizationPage })),
);
const InvitationPage = lazy(() => import('./pages/InvitationPage').then((m) => ({ default: m.InvitationPage })));

export function App() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <Routes>
        <Route element={<RedirectIfSignedIn />}>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/sign-up" element={<SignUpPage />} />
        </Route>
        <Route element={<ApolloBoundary />}>
          <Route path="/invite/:token" element={<InvitationPage />} />
        </Route>
        {/* Checked before Apollo loads, so a signed-out visitor goes straight to a light sign-in page. */}
        <Route element={<RequireSession />}>
          <Route element={<ApolloBoundary />}>
            <Route path="/organizations/new" element={<CreateOrganizationPage />} />
            <Route element={<RequireOrganization />}>
              <Route element={<AppShell />}>
                <Route index element={<OverviewPage />} />
                <Route path="/plan" element={<PlanPage />} />
                <Route path="/dashboard" element={<DashboardPage />} />
                <Route path="/budget" element={<BudgetPage />} />
                <Route path="/templates" element={<TemplatesPage />} />
                <Route path="/templates/:templateId/use" element={<TemplateUsePage />} />
                <Route path="/department" element={<DepartmentPage />} />
                <Route path="/cycles" element={<CyclesPage />} />
                <Route path="/cycles/:cycleId" element={<CyclesPage />} />
                <Route path="/cycles/:cycleId/stages/:stageId" element={<StagePage />} />
                <Route path="/versions" element={<VersionsPage />} />
                <Route path="/versions/:versionId/letters" element={<LettersPage />} />
                <Route path="/my-work" element={<MyWorkPage />} />
                <Route path="/members" element={<MembersPage />} />
                <Route path="/departments" element={<DepartmentsPage />} />
                <Route path="/audit" element={<AuditLogPage />} />
                <Route path="/recently-deleted" element={<RecentlyDeletedPage />} />
                <Route path="/settings" element={<SettingsPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
