import { useEffect, useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { subscribe } from './api.js';
import { canWrite, useSession } from './session.js';
import { announce, ErrorNote, ReadOnlyNote } from './ui.js';

// The frame around every signed-in page: a skip link, the business name, the menu (a
// disclosure on phones, a sidebar on wide screens) and the live feed that keeps lists fresh.

const NAV: readonly (readonly [string, string])[] = [
  ['/', 'Dashboard'],
  ['/leads', 'Leads'],
  ['/conversations', 'Conversations'],
  ['/agent', 'Agent'],
  ['/questions', 'Lead questions'],
  ['/knowledge', 'Knowledge'],
  ['/widget', 'Widget'],
  ['/notifications', 'Notifications'],
  ['/phone', 'Phone'],
  ['/integrations', 'Integrations'],
  ['/team', 'Team & API keys'],
  ['/plan', 'Plan'],
  ['/account', 'Account'],
];

function useLiveFeed(enabled: boolean): void {
  const qc = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const offLeads = subscribe({ leadCaptured: { leadId: true, lead: { id: true, name: true, priority: true } } }, (d) => {
      void qc.invalidateQueries({ queryKey: ['leads'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
      const lead = d.leadCaptured.lead;
      announce(`New ${lead?.priority === 'URGENT' ? 'URGENT ' : ''}lead${lead?.name ? ` from ${lead.name}` : ''}`);
    });
    const offConversations = subscribe({ conversationUpdated: { conversationId: true, status: true } }, (d) => {
      void qc.invalidateQueries({ queryKey: ['conversations'] });
      void qc.invalidateQueries({ queryKey: ['conversation', d.conversationUpdated.conversationId] });
    });
    return () => {
      offLeads();
      offConversations();
    };
  }, [enabled, qc]);
}

export function Shell({ children }: { children: ReactNode }) {
  const session = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);
  useLiveFeed(!!session.data);
  const business = session.data?.me.business;
  return (
    <div className="shell">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">{business?.name ?? 'Console'}</span>
        {session.data ? <span className="plan-pill">{session.data.plan.tier}</span> : null}
        <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((o) => !o)}>
          Menu
        </button>
      </header>
      <nav id="main-nav" aria-label="Main" className={menuOpen ? 'open' : ''}>
        <ul>
          {NAV.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end={to === '/'}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main">
        {session.error ? <ErrorNote error={session.error} /> : null}
        {session.data && !canWrite(session.data) ? <ReadOnlyNote /> : null}
        {children}
      </main>
    </div>
  );
}
