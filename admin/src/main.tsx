import { StrictMode, Suspense, lazy, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { auth, failureOf } from './api.js';
import { Shell } from './shell.js';
import { Loading, NoticeRegion } from './ui.js';
import './styles.css';

// Routes are split per page (React.lazy): the first load carries the shell, the router, the
// query cache and the Genql runtime; each page's code arrives when it is opened.

const SignIn = lazy(() => import('./pages/sign-in.js'));
const SignUp = lazy(() => import('./pages/sign-up.js'));
const ForgotPassword = lazy(() => import('./pages/forgot-password.js'));
const ResetPassword = lazy(() => import('./pages/reset-password.js'));
const AcceptInvitation = lazy(() => import('./pages/accept-invitation.js'));
const VerifyEmail = lazy(() => import('./pages/verify-email.js'));
const Dashboard = lazy(() => import('./pages/dashboard.js'));
const Leads = lazy(() => import('./pages/leads.js'));
const LeadDetail = lazy(() => import('./pages/lead-detail.js'));
const Conversations = lazy(() => import('./pages/conversations.js'));
const Agent = lazy(() => import('./pages/agent.js'));
const Questions = lazy(() => import('./pages/questions.js'));
const Knowledge = lazy(() => import('./pages/knowledge.js'));
const Widget = lazy(() => import('./pages/widget.js'));
const Notifications = lazy(() => import('./pages/notifications.js'));
const Phone = lazy(() => import('./pages/phone.js'));
const Integrations = lazy(() => import('./pages/integrations.js'));
const Team = lazy(() => import('./pages/team.js'));
const PlanPage = lazy(() => import('./pages/plan.js'));
const Account = lazy(() => import('./pages/account.js'));

function onAuthError(err: unknown): void {
  if (failureOf(err).code === 'UNAUTHENTICATED' && auth.token()) auth.set(null);
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAuthError }),
  mutationCache: new MutationCache({ onError: onAuthError }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: true,
      retry: (count, err) => {
        const code = failureOf(err).code;
        return count < 2 && (code === 'NETWORK' || code === 'SERVICE_UNAVAILABLE');
      },
    },
  },
});
auth.onChange(() => {
  if (!auth.token()) queryClient.clear();
});

function useToken(): string | null {
  return useSyncExternalStore(auth.onChange, auth.token);
}

function RequireAuth({ children }: { children: ReactNode }) {
  const token = useToken();
  const location = useLocation();
  if (!token) {
    const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/signin${next}`} replace />;
  }
  return <Shell>{children}</Shell>;
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function TitleAndFocus() {
  // Move focus to the page's heading on navigation so screen readers hear the new page.
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // On a fresh load focus stays at the top (the first Tab reaches the skip link).
    const initial = first.current;
    first.current = false;
    const t = setTimeout(() => {
      const h1 = document.querySelector<HTMLElement>('main h1');
      if (h1) {
        document.title = `${h1.textContent ?? ''} · Console`;
        h1.tabIndex = -1;
        if (!initial && (document.activeElement === document.body || document.activeElement?.closest('nav'))) h1.focus({ preventScroll: true });
      }
    }, 150);
    return () => clearTimeout(t);
  }, [location.pathname]);
  return null;
}

const authed = (el: ReactNode) => (
  <RequireAuth>
    <Page>{el}</Page>
  </RequireAuth>
);
const open = (el: ReactNode) => <Page>{el}</Page>;

function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename="/admin">
        <TitleAndFocus />
        <Routes>
          <Route path="/signin" element={open(<SignIn />)} />
          <Route path="/signup" element={open(<SignUp />)} />
          <Route path="/forgot-password" element={open(<ForgotPassword />)} />
          <Route path="/reset-password" element={open(<ResetPassword />)} />
          <Route path="/accept-invitation" element={open(<AcceptInvitation />)} />
          <Route path="/verify-email" element={open(<VerifyEmail />)} />
          <Route path="/" element={authed(<Dashboard />)} />
          <Route path="/leads" element={authed(<Leads />)} />
          <Route path="/leads/:id" element={authed(<LeadDetail />)} />
          <Route path="/conversations" element={authed(<Conversations />)} />
          <Route path="/conversations/:id" element={authed(<Conversations />)} />
          <Route path="/agent" element={authed(<Agent />)} />
          <Route path="/questions" element={authed(<Questions />)} />
          <Route path="/knowledge" element={authed(<Knowledge />)} />
          <Route path="/widget" element={authed(<Widget />)} />
          <Route path="/notifications" element={authed(<Notifications />)} />
          <Route path="/phone" element={authed(<Phone />)} />
          <Route path="/integrations" element={authed(<Integrations />)} />
          <Route path="/team" element={authed(<Team />)} />
          <Route path="/plan" element={authed(<PlanPage />)} />
          <Route path="/account" element={authed(<Account />)} />
          <Route path="*" element={authed(<NotFound />)} />
        </Routes>
        <NoticeRegion />
      </BrowserRouter>
    </QueryClientProvider>
  );
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>This page does not exist. Use the menu to find your way.</p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
