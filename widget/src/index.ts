// The embeddable chat widget: one <script src=".../widget.js" data-business-id="..." async>.
// Everything lives in a Shadow DOM (no CSS leaks either way), messages are rendered with
// textContent (never HTML), and the session survives page loads through localStorage.

interface WidgetConfig {
  businessId: string;
  name: string;
  primaryColor: string;
  textColor: string;
  backgroundColor: string;
  position: 'BOTTOM_RIGHT' | 'BOTTOM_LEFT';
  greeting: string | null;
  launcherText: string;
  showBranding: boolean;
  phone: string | null;
  phoneDisplay?: string | null;
}

interface Emergency {
  severity: number;
  phone: string | null;
  /** The number as people read it (+1 555 555 0123), formatted by the server. */
  phoneDisplay?: string | null;
  callUrl: string | null;
  message: string;
}

interface ChatReply {
  reply: string;
  lead?: { id: string };
  emergency?: Emergency;
  quickReplies?: string[];
  inputHint?: 'email' | 'phone' | 'text' | 'number' | 'date';
}

interface Msg {
  r: 'a' | 'u';
  t: string;
}

interface Saved {
  s: string;
  m: Msg[];
  e?: Emergency;
}

const script = document.currentScript as HTMLScriptElement | null;

function color(v: string | undefined, fallback: string): string {
  return v && /^#[0-9a-f]{3,8}$/i.test(v) ? v : fallback;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

async function boot(): Promise<void> {
  const businessId = script?.dataset.businessId;
  if (!businessId) return;
  const api = (script?.dataset.apiBase || new URL(script!.src).origin).replace(/\/+$/, '');
  const key = `smb-widget:${businessId}`;
  const res = await fetch(`${api}/api/widget/${encodeURIComponent(businessId)}/config`);
  if (!res.ok) return;
  const cfg = (await res.json()) as WidgetConfig;
  const primary = color(cfg.primaryColor, '#2563eb');
  const fg = color(cfg.textColor, '#ffffff');
  const bg = color(cfg.backgroundColor, '#ffffff');
  const side = cfg.position === 'BOTTOM_LEFT' ? 'left' : 'right';

  const host = el('div', { id: 'smb-chat-widget' });
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style');
  // [hidden] must win over every display rule below (the emergency banner is display:flex).
  style.textContent = `:host{all:initial}*{box-sizing:border-box;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif}[hidden]{display:none!important}
.l{position:fixed;bottom:20px;${side}:20px;z-index:2147483000;background:${primary};color:${fg};border:0;border-radius:24px;padding:12px 18px;font-size:15px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.l:focus-visible,button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #1e293b;outline-offset:2px;box-shadow:0 0 0 2px #fff}
.p{position:fixed;bottom:80px;${side}:20px;z-index:2147483001;width:360px;max-width:calc(100vw - 40px);height:540px;max-height:calc(100vh - 100px);background:${bg};color:#111;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.3);display:flex;flex-direction:column;overflow:hidden}
.h{background:${primary};color:${fg};padding:12px 14px;display:flex;align-items:center;justify-content:space-between;font-weight:600}
.h button{background:transparent;border:0;color:${fg};font-size:22px;cursor:pointer;line-height:1}
.h .x{font-size:12px;font-weight:500;text-decoration:underline;margin-right:10px}
.e{background:#b91c1c;color:#fff;padding:10px 14px;font-size:14px;display:flex;gap:10px;align-items:center;justify-content:space-between}
.e a{background:#fff;color:#b91c1c;border-radius:16px;padding:6px 12px;text-decoration:none;font-weight:700;white-space:nowrap}
.m{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px}
.b{max-width:85%;padding:8px 12px;border-radius:12px;font-size:14px;line-height:1.4;white-space:pre-wrap;word-wrap:break-word}
.a{background:#f1f5f9;align-self:flex-start}
.u{background:${primary};color:${fg};align-self:flex-end}
.t{align-self:flex-start;color:#64748b;font-size:13px;padding:4px 8px}
.q{display:flex;flex-wrap:wrap;gap:6px;padding:0 12px 8px}
.q button{border:1px solid ${primary};color:${primary};background:#fff;border-radius:14px;padding:5px 10px;font-size:13px;cursor:pointer}
form{display:flex;border-top:1px solid #e2e8f0}
input{flex:1;min-width:0;border:0;padding:12px;font-size:16px;color:#111;background:#fff}
input:focus-visible{outline-offset:-3px}
form button{border:0;background:${primary};color:${fg};padding:0 16px;font-size:14px;cursor:pointer}
.f{font-size:12px;color:#475569;text-align:center;padding:4px}
@media (max-width:480px){.p{inset:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0;bottom:0}}`;
  root.append(style);

  const launcher = el('button', { class: 'l', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'smb-panel', 'aria-haspopup': 'dialog' }, cfg.launcherText || 'Chat with us');
  const panel = el('div', { class: 'p', id: 'smb-panel', role: 'dialog', 'aria-label': `Chat with ${cfg.name}`, hidden: '' });
  const header = el('div', { class: 'h' });
  const close = el('button', { type: 'button', 'aria-label': 'Close chat' }, '×');
  // "End chat" ends the conversation for good (the owner gets the transcript now); closing the
  // panel or leaving the page does not: the chat follows the visitor from page to page.
  const endBtn = el('button', { type: 'button', class: 'x' }, 'End chat');
  const tools = el('span');
  tools.append(endBtn, close);
  header.append(el('span', {}, cfg.name), tools);
  const banner = el('div', { class: 'e', role: 'alert', hidden: '' });
  const log = el('div', { class: 'm', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messages' });
  const quick = el('div', { class: 'q', role: 'group', 'aria-label': 'Suggested replies' });
  // The agent validates every answer; the browser must not block "skip" in an e-mail or phone box.
  const form = el('form', { novalidate: '' });
  const input = el('input', { type: 'text', 'aria-label': 'Your message', placeholder: 'Type a message…', maxlength: '2000', autocomplete: 'off' });
  const send = el('button', { type: 'submit' }, 'Send');
  form.append(input, send);
  panel.append(header, banner, log, quick, form);
  if (cfg.showBranding) panel.append(el('div', { class: 'f' }, 'Powered by SMB Agent'));
  root.append(launcher, panel);
  document.body.append(host);

  let saved: Saved | null = null;
  try {
    saved = JSON.parse(localStorage.getItem(key) || 'null') as Saved | null;
  } catch {
    saved = null;
  }
  const persist = () => {
    try {
      if (saved) localStorage.setItem(key, JSON.stringify({ ...saved, m: saved.m.slice(-50) }));
    } catch {
      /* storage full or blocked: the chat still works for this page */
    }
  };

  // The log is the flexible part of a fixed-height panel: suggested replies and the emergency
  // banner appearing after a message shrink it, so every change scrolls the newest line back in view.
  const toBottom = () => {
    log.scrollTop = log.scrollHeight;
  };
  const bubble = (m: Msg, before: Node | null = null) => {
    const b = el('div', { class: `b ${m.r}` }, m.t);
    log.insertBefore(b, before);
    toBottom();
    return b;
  };
  const showQuick = (items: string[] = []) => {
    quick.replaceChildren(...items.map((q) => {
      const b = el('button', { type: 'button' }, q);
      b.addEventListener('click', () => void say(q));
      return b;
    }));
    toBottom();
  };
  const showEmergency = (e?: Emergency) => {
    if (!e) return;
    banner.replaceChildren(el('span', {}, e.message || 'Emergency'));
    const shown = e.phoneDisplay || e.phone;
    if (e.callUrl && shown) banner.append(el('a', { href: e.callUrl, 'aria-label': `Call ${shown} now` }, `Call ${shown}`));
    banner.hidden = false;
    toBottom();
  };
  // Always type="text" (a browser must never refuse what the visitor typed: "skip" at the e-mail
  // question is an answer); the keyboard and autofill follow the hint through inputmode/autocomplete.
  const hint = (h?: string) => {
    input.setAttribute('autocomplete', h === 'email' ? 'email' : h === 'phone' ? 'tel' : 'off');
    input.setAttribute('inputmode', h === 'email' ? 'email' : h === 'phone' ? 'tel' : h === 'number' ? 'numeric' : 'text');
    input.placeholder = h === 'email' ? 'name@example.com' : h === 'phone' ? 'Phone number with area code' : 'Type a message…';
  };

  // A 503 is the server shedding load before it read the request: nothing was done, so the same
  // request is sent again after its Retry-After (at most twice, at most 5 s each) while "typing…"
  // shows, instead of putting the server's words in front of the visitor. Other failures are not
  // retried (a 502/504 from a proxy may have reached the server: a retry could send twice).
  async function post<T>(path: string, body: unknown): Promise<{ status: number; data: T }> {
    for (let attempt = 0; ; attempt++) {
      const r = await fetch(`${api}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (r.status === 503 && attempt < 2) {
        const wait = Math.min(Math.max(Number(r.headers.get('retry-after')) || 2, 1), 5) * 1000;
        await new Promise((done) => setTimeout(done, wait));
        continue;
      }
      return { status: r.status, data: (await r.json().catch(() => ({}))) as T };
    }
  }

  // One chat is started at a time: a message sent while the one opening the panel started is still
  // on its way waits for it (a second start made a second chat and showed the greeting twice).
  let starting: Promise<void> | null = null;
  const start = (): Promise<void> => (starting ??= begin().finally(() => (starting = null)));
  async function begin(): Promise<void> {
    const r = await post<{ sessionId: string; messages: Array<{ content: string }>; quickReplies?: string[] }>('/api/chat', { businessId });
    if (r.status !== 201) throw new Error('chat unavailable');
    saved = { s: r.data.sessionId, m: [] };
    // (What the visitor typed while the chat was starting is already shown: the greeting goes above it.)
    const early = log.firstChild;
    for (const m of r.data.messages) {
      saved.m.push({ r: 'a', t: m.content });
      bubble({ r: 'a', t: m.content }, early);
    }
    // The chat's first message is the same greeting (perhaps with an opening-hours note after it).
    if (cfg.greeting && !saved.m.some((m) => m.t.startsWith(cfg.greeting!))) {
      saved.m.unshift({ r: 'a', t: cfg.greeting });
      log.prepend(el('div', { class: 'b a' }, cfg.greeting));
    }
    showQuick(r.data.quickReplies);
    persist();
  }

  let busy = false;
  // Messages sent while a reply is awaited: shown at once and sent in order after it (a visitor who
  // types fast loses nothing, and the turns reach the agent one at a time).
  const waiting: Array<{ t: string; b: HTMLElement }> = [];
  async function say(text: string, retried = false, shown?: HTMLElement): Promise<void> {
    const t = text.trim();
    if (!t) return;
    if (busy) {
      waiting.push({ t, b: bubble({ r: 'u', t }) });
      input.value = '';
      return;
    }
    busy = true;
    showQuick();
    let mineShown = shown;
    if (!retried && !mineShown) {
      mineShown = bubble({ r: 'u', t });
      input.value = '';
    }
    let restart: HTMLElement | undefined;
    const typing = el('div', { class: 't', 'aria-label': 'Assistant is typing' }, 'typing…');
    log.append(typing);
    toBottom();
    try {
      if (!saved) await start();
      const r = await post<ChatReply & { error?: { message: string } }>(`/api/chat/${encodeURIComponent(saved!.s)}/message`, { text: t, businessId });
      if (r.status === 404 && !retried) {
        // The session expired: start a new one and send the message again.
        saved = null;
        log.replaceChildren();
        restart = bubble({ r: 'u', t });
        for (const w of waiting) log.append(w.b);
        return;
      }
      if (r.status >= 500 || !r.data.reply) {
        // Not answered: the visitor's words go back into the box to send again, and nothing of
        // this exchange is kept in the saved conversation. A 4xx says why (too long, too fast).
        // (Messages typed after it go back too, in order: none was sent.)
        const why = r.status < 500 ? r.data.error?.message : undefined;
        const unsent = [{ t, b: mineShown ?? Array.from(log.querySelectorAll<HTMLElement>('.b.u')).pop() }, ...waiting.splice(0)];
        for (const u of unsent) u.b?.remove();
        bubble({ r: 'a', t: why ?? 'Sorry, that did not go through. Please send it again in a moment.' });
        if (!input.value) input.value = unsent.map((u) => u.t).join(' ');
        return;
      }
      const reply = r.data.reply;
      saved!.m.push({ r: 'u', t }, { r: 'a', t: reply });
      bubble({ r: 'a', t: reply });
      showQuick(r.data.quickReplies);
      hint(r.data.inputHint);
      if (r.data.emergency) {
        saved!.e = r.data.emergency;
        showEmergency(r.data.emergency);
      }
      persist();
    } catch {
      bubble({ r: 'a', t: 'Sorry, the chat is not available right now. Please try again in a moment.' });
    } finally {
      typing.remove();
      busy = false;
      input.focus();
      const next = restart ? { t, b: restart } : waiting.shift();
      if (next) void say(next.t, !!restart, next.b);
    }
  }

  const open = async (show: boolean) => {
    panel.hidden = !show;
    launcher.setAttribute('aria-expanded', String(show));
    if (show) {
      input.focus();
      if (!log.childElementCount) {
        if (saved) {
          saved.m.forEach((m) => bubble(m));
          showEmergency(saved.e);
        } else {
          await start().catch(() => bubble({ r: 'a', t: 'Sorry, the chat is not available right now.' }));
        }
      }
    } else launcher.focus();
  };

  endBtn.addEventListener('click', () => {
    if (saved) {
      // keepalive: the request completes even if the visitor leaves the page right away.
      void fetch(`${api}/api/chat/${encodeURIComponent(saved.s)}/end`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ businessId }), keepalive: true }).catch(() => undefined);
    }
    saved = null;
    try {
      localStorage.removeItem(key);
    } catch {
      /* blocked storage: nothing was saved */
    }
    log.replaceChildren();
    showQuick();
    hint();
    banner.hidden = true;
    void open(false);
  });
  launcher.addEventListener('click', () => void open(panel.hidden));
  close.addEventListener('click', () => void open(false));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') void open(false);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void say(input.value);
  });
}

void boot();
