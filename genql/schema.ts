/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type Scalars = {
    Boolean: boolean,
    DateTime: string,
    Float: number,
    ID: string,
    Int: number,
    JSON: unknown,
    String: string,
}

export interface AdvancedAnalytics {
    /** Leads per weekday and hour */
    hourlyHeatmap: HeatmapCell[]
    /** Share of leads without an answer to each lead question (an optional question counts when skipped) */
    questionDropOff: QuestionDropOff[]
    __typename: 'AdvancedAnalytics'
}

export interface AgentAnswer {
    /** What a visitor asking this would be told */
    answer: Scalars['String']
    /** False when nothing the business wrote covers the question (the agent says it doesn't know) */
    known: Scalars['Boolean']
    sources: AgentAnswerSource[]
    __typename: 'AgentAnswer'
}

export interface AgentAnswerSource {
    /** A knowledge item title, "FAQ" or "Business profile" */
    title: Scalars['String']
    __typename: 'AgentAnswerSource'
}

export interface AgentConfig {
    agentName: Scalars['String']
    emergencyKeywords: Scalars['String'][]
    /** 1 (only obvious emergencies) to 10 (flag anything urgent) */
    emergencySensitivity: Scalars['Int']
    faq: FaqEntry[]
    /** The first thing the agent says in a chat (the widget shows the same text) */
    greeting: Scalars['String']
    id: Scalars['ID']
    instructions: Scalars['String']
    interruptionDelayMs: Scalars['Int']
    persona: Scalars['String']
    realtimeEnabled: Scalars['Boolean']
    realtimeVoice: Scalars['String']
    twilioLanguage: Scalars['String']
    twilioVoice: Scalars['String']
    updatedAt: Scalars['DateTime']
    voiceGreeting: Scalars['String']
    /** @deprecated Use greeting (the one greeting of the chat and the widget) */
    welcomeMessage: Scalars['String']
    __typename: 'AgentConfig'
}

export interface ApiKey {
    createdAt: Scalars['DateTime']
    /** The team member the key belongs to; it stops working when they are removed or become a MEMBER. Null once that user is gone */
    createdBy: (User | null)
    id: Scalars['ID']
    lastUsedAt: (Scalars['DateTime'] | null)
    name: Scalars['String']
    /** The public start of the key, to recognise it */
    prefix: Scalars['String']
    revokedAt: (Scalars['DateTime'] | null)
    role: Role
    __typename: 'ApiKey'
}

export interface AuthPayload {
    businessId: Scalars['ID']
    role: Role
    /** A JWT for `Authorization: Bearer <token>` */
    token: Scalars['String']
    userId: Scalars['ID']
    __typename: 'AuthPayload'
}


/** A number Twilio can sell right now */
export interface AvailablePhoneNumber {
    friendlyName: Scalars['String']
    isoCountry: Scalars['String']
    locality: (Scalars['String'] | null)
    /** E.164 */
    phoneNumber: Scalars['String']
    region: (Scalars['String'] | null)
    sms: Scalars['Boolean']
    voice: Scalars['Boolean']
    __typename: 'AvailablePhoneNumber'
}

export interface Business {
    address: (Scalars['String'] | null)
    /** Origins allowed to embed the chat widget */
    allowedOrigins: Scalars['String'][]
    businessHours: BusinessHours
    createdAt: Scalars['DateTime']
    description: Scalars['String']
    emergencyMessageTemplate: (Scalars['String'] | null)
    id: Scalars['ID']
    /** Where lead e-mails go now: the verified notification e-mail, else the owner's login e-mail */
    leadEmailRecipient: (Scalars['String'] | null)
    name: Scalars['String']
    /** Whether the notification e-mail was verified through its link (lead e-mails go to it only then) */
    notificationEmailVerified: Scalars['Boolean']
    notificationSettings: NotificationSettings
    phoneNumber: (Scalars['String'] | null)
    /** How the business got twilioNumber (null when it has none, or it predates provisioning) */
    phoneNumberSource: (PhoneNumberSource | null)
    plan: Plan
    timezone: Scalars['String']
    /** The number callers dial (set by the platform) */
    twilioNumber: (Scalars['String'] | null)
    updatedAt: Scalars['DateTime']
    website: (Scalars['String'] | null)
    /** The last time the widget started a chat from one of the allowed origins; null until it has */
    widgetLastSeen: (WidgetSeen | null)
    __typename: 'Business'
}

export interface BusinessHours {
    /** Closed dates, YYYY-MM-DD */
    holidays: Scalars['String'][]
    weekly: DayHours[]
    __typename: 'BusinessHours'
}


/** What the voice bridge recorded about one phone call */
export interface CallAnalytics {
    /** ACTIVE, ENDED, FAILED or MISSED */
    connectionStatus: Scalars['String']
    durationSeconds: (Scalars['Int'] | null)
    emergencyDetected: Scalars['Boolean']
    firstAudioMs: (Scalars['Int'] | null)
    /** What the caller came for, from the tools the agent used */
    intents: Scalars['String'][]
    interruptions: Scalars['Int']
    /** Transcript messages saved for the call */
    messages: Scalars['Int']
    /** realtime, gather, voicemail or busy */
    mode: (Scalars['String'] | null)
    openaiErrors: Scalars['Int']
    packetsDropped: Scalars['Int']
    packetsIn: Scalars['Int']
    packetsOut: Scalars['Int']
    reconnects: Scalars['Int']
    toolCalls: ToolCallCount[]
    /** Caller-turn latency (p50/p95); null before the first measured turn */
    turnLatency: (TurnLatency | null)
    __typename: 'CallAnalytics'
}


/** Who transfer_call rings, in order (a waterfall of up to 3), and for how long each; empty numbers: the business phone */
export interface CallTransferSettings {
    numbers: Scalars['String'][]
    ringSeconds: Scalars['Int']
    __typename: 'CallTransferSettings'
}

export interface Client {
    company: (Scalars['String'] | null)
    createdAt: Scalars['DateTime']
    email: (Scalars['String'] | null)
    externalRef: (Scalars['String'] | null)
    id: Scalars['ID']
    name: Scalars['String']
    notes: (Scalars['String'] | null)
    phone: (Scalars['String'] | null)
    projects: Project[]
    updatedAt: Scalars['DateTime']
    __typename: 'Client'
}

export interface ClientConnection {
    edges: ClientEdge[]
    nodes: Client[]
    pageInfo: PageInfo
    /** All items matching the filter (costs a count) */
    totalCount: Scalars['Int']
    __typename: 'ClientConnection'
}

export interface ClientEdge {
    cursor: Scalars['String']
    node: Client
    __typename: 'ClientEdge'
}


/** Projects whose customer field or contact e-mails match this rule belong to the client */
export interface ClientLinkRule {
    clientId: Scalars['ID']
    createdAt: Scalars['DateTime']
    id: Scalars['ID']
    kind: ClientLinkRuleKind
    value: Scalars['String']
    __typename: 'ClientLinkRule'
}

export type ClientLinkRuleKind = 'DOMAIN' | 'EMAIL'


/** A chat session or a phone call */
export interface Conversation {
    /** Per-call session analytics (phone calls only) */
    callAnalytics: (CallAnalytics | null)
    channel: ConversationChannel
    client: (Client | null)
    durationSeconds: (Scalars['Int'] | null)
    endedAt: (Scalars['DateTime'] | null)
    fromNumber: (Scalars['String'] | null)
    id: Scalars['ID']
    leads: Lead[]
    /** The transcript, oldest first */
    messages: Message[]
    startedAt: Scalars['DateTime']
    status: ConversationStatus
    summary: (Scalars['String'] | null)
    toNumber: (Scalars['String'] | null)
    __typename: 'Conversation'
}

export type ConversationChannel = 'CALL' | 'CHAT'

export interface ConversationConnection {
    edges: ConversationEdge[]
    nodes: Conversation[]
    pageInfo: PageInfo
    /** All items matching the filter (costs a count) */
    totalCount: Scalars['Int']
    __typename: 'ConversationConnection'
}

export interface ConversationEdge {
    cursor: Scalars['String']
    node: Conversation
    __typename: 'ConversationEdge'
}

export type ConversationStatus = 'ACTIVE' | 'ENDED' | 'FAILED' | 'MISSED'

export interface ConversationUpdatedEvent {
    channel: ConversationChannel
    conversation: (Conversation | null)
    conversationId: Scalars['ID']
    /** ACTIVE when a call started or a chat got a message; ENDED when it finished */
    status: Scalars['String']
    __typename: 'ConversationUpdatedEvent'
}

export interface CreatedApiKey {
    apiKey: ApiKey
    /** The full key. Shown only now; store it safely */
    secret: Scalars['String']
    __typename: 'CreatedApiKey'
}

export interface Dashboard {
    advanced: AdvancedAnalytics
    calls: Scalars['Int']
    chats: Scalars['Int']
    emergencies: Scalars['Int']
    enhanced: EnhancedAnalytics
    from: Scalars['DateTime']
    leadsByStatus: StatusCount[]
    leadsPerDay: DayCount[]
    leadsTotal: Scalars['Int']
    timezone: Scalars['String']
    to: Scalars['DateTime']
    __typename: 'Dashboard'
}

export interface DayCount {
    count: Scalars['Int']
    /** YYYY-MM-DD in the business timezone */
    date: Scalars['String']
    __typename: 'DayCount'
}

export interface DayHours {
    /** mon, tue, wed, thu, fri, sat or sun */
    day: Scalars['String']
    ranges: TimeRange[]
    __typename: 'DayHours'
}

export interface DayKeyCount {
    count: Scalars['Int']
    date: Scalars['String']
    /** The priority or channel */
    key: Scalars['String']
    __typename: 'DayKeyCount'
}

export interface DriveSyncResult {
    added: Scalars['Int']
    removed: Scalars['Int']
    /** Unsupported type, too large, empty, or over the plan limit */
    skipped: Scalars['Int']
    unchanged: Scalars['Int']
    updated: Scalars['Int']
    __typename: 'DriveSyncResult'
}


/** The calls and SMS an URGENT lead started */
export interface EmergencyEscalation {
    acknowledgedAt: (Scalars['DateTime'] | null)
    /** The contact who acknowledged */
    acknowledgedBy: (Scalars['String'] | null)
    /** The ladder it calls, in order */
    contacts: Scalars['String'][]
    id: Scalars['ID']
    /** The lead that started it */
    leadId: Scalars['ID']
    /** Later URGENT leads noted on it instead of new calls (cooldown, hourly cap) */
    notedLeadIds: Scalars['ID'][]
    startedAt: Scalars['DateTime']
    status: EscalationStatus
    __typename: 'EmergencyEscalation'
}

export interface EnhancedAnalytics {
    averageCallDurationSeconds: (Scalars['Float'] | null)
    averageChatDurationSeconds: (Scalars['Float'] | null)
    /** CONVERTED leads / all leads, 0..1 */
    conversionRate: Scalars['Float']
    leadsPerDayByChannel: DayKeyCount[]
    leadsPerDayByPriority: DayKeyCount[]
    __typename: 'EnhancedAnalytics'
}

export type EscalationStatus = 'ACKNOWLEDGED' | 'EXHAUSTED' | 'RUNNING'

export type ExpectedFormat = 'DATE' | 'EMAIL' | 'NUMBER' | 'PHONE' | 'TEXT'

export interface FaqEntry {
    answer: Scalars['String']
    question: Scalars['String']
    __typename: 'FaqEntry'
}

export interface HeatmapCell {
    count: Scalars['Int']
    /** 0 = Sunday */
    dayOfWeek: Scalars['Int']
    /** 0-23, business timezone */
    hour: Scalars['Int']
    __typename: 'HeatmapCell'
}


/** A connected external tool. Its credentials are stored encrypted and never returned. */
export interface Integration {
    /** Which account/workspace the credentials belong to */
    accountLabel: (Scalars['String'] | null)
    createdAt: Scalars['DateTime']
    /** A masked hint of the secret, e.g. ••••a1b2 */
    credentialsHint: Scalars['String']
    id: Scalars['ID']
    lastError: (Scalars['String'] | null)
    lastSyncAt: (Scalars['DateTime'] | null)
    projectCount: Scalars['Int']
    provider: IntegrationProvider
    status: IntegrationStatus
    /** Tasks across synced projects (for Google Drive: files in the folder) */
    taskCount: Scalars['Int']
    /** False when only the periodic sync keeps data fresh */
    webhooksActive: Scalars['Boolean']
    __typename: 'Integration'
}

export type IntegrationProvider = 'ASANA' | 'GDRIVE' | 'JIRA' | 'MOCK' | 'MONDAY'

export type IntegrationStatus = 'CONNECTED' | 'DISCONNECTED' | 'ERROR' | 'SYNCING'

export type KnowledgeInputFormat = 'MARKDOWN' | 'TEXT'

export interface KnowledgeItem {
    chunkCount: Scalars['Int']
    content: Scalars['String']
    createdAt: Scalars['DateTime']
    /** The uploaded file, when the item came from one */
    fileName: (Scalars['String'] | null)
    /** The uploaded file's size in bytes */
    fileSize: (Scalars['Int'] | null)
    id: Scalars['ID']
    /** Characters of text the agent answers from */
    size: Scalars['Int']
    source: KnowledgeSource
    /** READY once chunked and embedded */
    status: KnowledgeStatus
    title: Scalars['String']
    updatedAt: Scalars['DateTime']
    __typename: 'KnowledgeItem'
}

export type KnowledgeSource = 'GDRIVE' | 'HTML' | 'MARKDOWN' | 'TEXT'

export type KnowledgeStatus = 'FAILED' | 'PENDING' | 'READY'

export interface Lead {
    acknowledgedAt: (Scalars['DateTime'] | null)
    address: (Scalars['String'] | null)
    /** Every answer captured, keyed by question */
    capturedData: Scalars['JSON']
    channel: LeadChannel
    client: (Client | null)
    conversation: (Conversation | null)
    createdAt: Scalars['DateTime']
    email: (Scalars['String'] | null)
    emergencyNotes: (Scalars['String'] | null)
    emergencySeverity: (Scalars['Int'] | null)
    /** The emergency escalation this lead started or was noted on */
    escalation: (EmergencyEscalation | null)
    id: Scalars['ID']
    isEmergency: Scalars['Boolean']
    issue: (Scalars['String'] | null)
    name: (Scalars['String'] | null)
    notes: (Scalars['String'] | null)
    /** The e-mails, calls and webhook deliveries for this lead */
    notifications: Notification[]
    phone: (Scalars['String'] | null)
    priority: Priority
    status: LeadStatus
    updatedAt: Scalars['DateTime']
    __typename: 'Lead'
}

export interface LeadCapturedEvent {
    /** Null if the lead was deleted meanwhile */
    lead: (Lead | null)
    leadId: Scalars['ID']
    __typename: 'LeadCapturedEvent'
}

export type LeadChannel = 'API' | 'CALL' | 'CHAT' | 'VOICEMAIL'

export interface LeadConnection {
    edges: LeadEdge[]
    nodes: Lead[]
    pageInfo: PageInfo
    /** All items matching the filter (costs a count) */
    totalCount: Scalars['Int']
    __typename: 'LeadConnection'
}

export interface LeadEdge {
    cursor: Scalars['String']
    node: Lead
    __typename: 'LeadEdge'
}

export interface LeadQuestion {
    /** Still asked when the caller reports an emergency */
    essentialForEmergency: Scalars['Boolean']
    expectedFormat: ExpectedFormat
    id: Scalars['ID']
    /** Lead field the answer fills */
    mapsTo: (MapsTo | null)
    position: Scalars['Int']
    question: Scalars['String']
    required: Scalars['Boolean']
    __typename: 'LeadQuestion'
}

export type LeadStatus = 'CONTACTED' | 'CONVERTED' | 'LOST' | 'NEW' | 'QUALIFIED'


/** A phone call bridged to the realtime agent right now (on the instance that answers) */
export interface LiveCall {
    callSid: Scalars['String']
    /** connecting, active, reconnecting, fallback or ended */
    connectionStatus: Scalars['String']
    conversationId: Scalars['ID']
    durationSeconds: Scalars['Int']
    interruptions: Scalars['Int']
    packetsIn: Scalars['Int']
    packetsOut: Scalars['Int']
    startedAt: Scalars['DateTime']
    toolCalls: ToolCallCount[]
    __typename: 'LiveCall'
}

export type MapsTo = 'ADDRESS' | 'EMAIL' | 'ISSUE' | 'NAME' | 'OTHER' | 'PHONE' | 'PREFERRED_TIME'

export interface Message {
    content: Scalars['String']
    createdAt: Scalars['DateTime']
    id: Scalars['ID']
    role: MessageRole
    __typename: 'Message'
}

export type MessageRole = 'assistant' | 'system' | 'tool' | 'user'

export interface Mutation {
    /** Accepts an invitation with the token from its link: chooses the password (and name) and signs in */
    acceptInvitation: AuthPayload
    /** Links projects to a client by e-mail or domain, and re-links existing projects */
    addClientLinkRule: ClientLinkRule
    /** Same as inviteTeamMember (kept for existing clients): the member gets an e-mailed invitation and sets their own password */
    addTeamMember: User
    /** Platform operators only (PLATFORM_ADMIN_TOKEN bearer): records a number configured elsewhere, without calling Twilio; null clears it */
    assignPhoneNumber: Business
    /** Changes your password. Every other session of yours ends (other tokens, live subscriptions); use the returned token from now on */
    changePassword: AuthPayload
    /** Connects a Drive folder as a knowledge source and runs the first sync */
    connectGoogleDrive: Integration
    /** Checks the credentials with the provider, stores them encrypted, syncs projects and registers webhooks */
    connectIntegration: Integration
    /** Points a number already on the platform's Twilio account at this server and records it */
    connectPhoneNumber: Business
    createApiKey: CreatedApiKey
    /** Adds a client; synced projects whose customer or contact e-mail is the client's are linked to it at once */
    createClient: Client
    createKnowledgeItem: KnowledgeItem
    createLeadQuestion: LeadQuestion
    createWebhookEndpoint: WebhookEndpointWithSecret
    /** Deletes the client; its leads, conversations and projects stay, unlinked */
    deleteClient: Scalars['Boolean']
    deleteKnowledgeItem: Scalars['Boolean']
    deleteLeadQuestion: Scalars['Boolean']
    deleteWebhookEndpoint: Scalars['Boolean']
    /** Removes the integration, its stored credentials and its webhooks at the provider; synced projects stay */
    disconnectIntegration: Scalars['Boolean']
    /** Adds a team member who gets an e-mailed invitation (valid 7 days) and chooses their own password */
    inviteTeamMember: User
    /** Sets (or clears, with null) the client a project belongs to */
    linkProjectToClient: Project
    /** Same as POST /api/login */
    login: AuthPayload
    /** Buys the number on the platform's Twilio account, points its calls at this server and records it */
    provisionPhoneNumber: Business
    /** Gives a provisioned number back to Twilio, or unhooks a connected one, and clears it */
    releasePhoneNumber: Business
    removeClientLinkRule: Scalars['Boolean']
    removeTeamMember: Scalars['Boolean']
    reorderLeadQuestions: LeadQuestion[]
    /** E-mails a password reset link (valid 1 hour, single use) if the address has an account. Always true: the answer never tells whether it has */
    requestPasswordReset: Scalars['Boolean']
    /** E-mails a new invitation link to a member who has not accepted yet; the earlier link stops working */
    resendInvitation: User
    /** E-mails a link (valid 24 hours) to the notification e-mail; lead e-mails go there once it is opened */
    resendVerificationEmail: Scalars['Boolean']
    /** Sets a new password with the token from a reset link, ends every session of that user and signs in */
    resetPassword: AuthPayload
    /** Sends a dead notification again (attempts start over) */
    retryNotification: Notification
    revokeApiKey: ApiKey
    rotateWebhookSecret: WebhookEndpointWithSecret
    /** Sends a test e-mail now (to the notification e-mail unless `to` is given) and reports the outcome */
    sendTestEmail: TestEmailResult
    /** Sets the warm-transfer waterfall: up to 3 numbers (stored E.164; without a country code read in the business's country), each ringing ringSeconds (5-60, default 20) */
    setCallTransfer: CallTransferSettings
    /** Platform operators only (PLATFORM_ADMIN_TOKEN bearer): change a business tier */
    setPlan: Business
    setTeamMemberRole: User
    /** Creates a FREE business with its owner and returns a token (public; rate-limited per address) */
    signUp: AuthPayload
    /** Syncs the Drive folder now: new and changed documents are ingested, deleted ones removed */
    syncGoogleDrive: DriveSyncResult
    /** Syncs one integration now (or all project integrations when no id is given) */
    syncProjects: ProjectSyncResult
    updateAgentConfig: AgentConfig
    updateBusiness: Business
    /** Edits a client; synced projects that now match it (its e-mail, name or company) are linked to it */
    updateClient: Client
    updateKnowledgeItem: KnowledgeItem
    updateLead: Lead
    updateLeadQuestion: LeadQuestion
    updateNotificationSettings: Business
    updateVoiceSettings: AgentConfig
    updateWebhookEndpoint: WebhookEndpoint
    updateWidgetConfig: WidgetConfig
    /** Creates a knowledge item from a file: its text is extracted here (PDF text layer, HTML stripped to text) */
    uploadKnowledgeFile: KnowledgeItem
    /** Verifies the notification e-mail with the token from its link (no sign-in needed: the token is the proof); returns the address */
    verifyNotificationEmail: Scalars['String']
    __typename: 'Mutation'
}


/** One delivery of the notifications outbox (an e-mail, an emergency call or a webhook) */
export interface Notification {
    attempts: Scalars['Int']
    channel: NotificationChannel
    createdAt: Scalars['DateTime']
    id: Scalars['ID']
    /** email.lead_owner, email.lead_confirmation, email.test, call.emergency, sms.emergency or webhook */
    kind: Scalars['String']
    lastError: (Scalars['String'] | null)
    leadId: (Scalars['ID'] | null)
    maxAttempts: Scalars['Int']
    nextAttemptAt: Scalars['DateTime']
    /** E-mail address, phone number, or webhook endpoint id */
    recipient: Scalars['String']
    sentAt: (Scalars['DateTime'] | null)
    status: NotificationStatus
    __typename: 'Notification'
}

export type NotificationChannel = 'EMAIL' | 'PHONE' | 'SMS' | 'WEBHOOK'

export interface NotificationSettings {
    /** Emergency escalation ladder (E.164, at most 3): each is called (with an SMS) in order until one acknowledges; empty means the notification phone number */
    escalationContacts: Scalars['String'][]
    /** Where lead and emergency e-mails go */
    notificationEmail: (Scalars['String'] | null)
    /** E.164 number called for emergencies */
    notificationPhoneNumber: (Scalars['String'] | null)
    __typename: 'NotificationSettings'
}

export type NotificationStatus = 'DEAD' | 'PENDING' | 'SENDING' | 'SENT'

export interface PageInfo {
    /** Pass as `after` to get the next page */
    endCursor: (Scalars['String'] | null)
    hasNextPage: Scalars['Boolean']
    __typename: 'PageInfo'
}

export interface PasswordCheck {
    /** Why it would be refused */
    message: (Scalars['String'] | null)
    /** Whether the server would accept it */
    ok: Scalars['Boolean']
    /** Guessability from 0 (trivial) to 4 (strong); 3 is required */
    score: Scalars['Int']
    __typename: 'PasswordCheck'
}

export type PhoneNumberSource = 'ASSIGNED' | 'CONNECTED' | 'PROVISIONED'

export type Plan = 'BASIC' | 'FREE' | 'PRO'

export interface PlanFeature {
    description: Scalars['String']
    included: Scalars['Boolean']
    key: Scalars['String']
    /** The cheapest plan that includes it */
    requiredPlan: Plan
    __typename: 'PlanFeature'
}

export interface PlanInfo {
    /** Every feature, with whether this plan includes it */
    features: PlanFeature[]
    limits: PlanLimit[]
    tier: Plan
    __typename: 'PlanInfo'
}

export interface PlanLimit {
    name: Scalars['String']
    /** Null means unlimited */
    value: (Scalars['Int'] | null)
    __typename: 'PlanLimit'
}

export type PmProvider = 'ASANA' | 'JIRA' | 'MOCK' | 'MONDAY'

export type Priority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT'

export interface Project {
    client: (Client | null)
    completedTaskCount: Scalars['Int']
    description: (Scalars['String'] | null)
    /** YYYY-MM-DD */
    dueDate: (Scalars['String'] | null)
    externalId: Scalars['String']
    id: Scalars['ID']
    lastSyncedAt: (Scalars['DateTime'] | null)
    name: Scalars['String']
    /** Percent complete */
    progress: (Scalars['Int'] | null)
    /** ASANA, JIRA, MONDAY, MOCK or MANUAL */
    provider: Scalars['String']
    status: Scalars['String']
    taskCount: Scalars['Int']
    url: (Scalars['String'] | null)
    __typename: 'Project'
}

export interface ProjectConnection {
    edges: ProjectEdge[]
    nodes: Project[]
    pageInfo: PageInfo
    /** All items matching the filter (costs a count) */
    totalCount: Scalars['Int']
    __typename: 'ProjectConnection'
}

export interface ProjectEdge {
    cursor: Scalars['String']
    node: Project
    __typename: 'ProjectEdge'
}

export interface ProjectSyncResult {
    projectCount: Scalars['Int']
    taskCount: Scalars['Int']
    __typename: 'ProjectSyncResult'
}

export interface Query {
    agentConfig: AgentConfig
    apiKeys: ApiKey[]
    /** The answer a visitor would get, with its sources. Read-only: no conversation, lead or e-mail */
    askAgent: AgentAnswer
    /** Local numbers with voice that Twilio offers (at most 20) */
    availablePhoneNumbers: AvailablePhoneNumber[]
    /** The caller's business */
    business: Business
    callTransfer: CallTransferSettings
    client: Client
    clientLinkRules: ClientLinkRule[]
    clients: ClientConnection
    conversation: Conversation
    conversations: ConversationConnection
    /** Figures for [from, to); defaults to the last 30 days */
    dashboard: Dashboard
    /** Connected tools with their sync status, last sync time, counts and last error */
    integrations: Integration[]
    knowledgeItem: KnowledgeItem
    knowledgeItems: KnowledgeItem[]
    lead: Lead
    leadQuestions: LeadQuestion[]
    leads: LeadConnection
    /** Phone calls in progress with the realtime agent */
    liveCalls: LiveCall[]
    me: Viewer
    /** Deliveries of the outbox, newest first */
    notifications: Notification[]
    /** How the password rule judges a password (for a live strength meter); nothing is stored */
    passwordStrength: PasswordCheck
    /** Your business's tier with its features and limits */
    plan: PlanInfo
    project: Project
    projects: ProjectConnection
    /** The users of your business */
    team: User[]
    webhookEndpoints: WebhookEndpoint[]
    widgetConfig: WidgetConfig
    __typename: 'Query'
}

export interface QuestionDropOff {
    /** Leads that answered this question */
    answered: Scalars['Int']
    /** Share of leads without an answer, 0..1 */
    dropOffRate: Scalars['Float']
    position: Scalars['Int']
    question: Scalars['String']
    questionId: Scalars['ID']
    /** Whether the agent insists on an answer; an optional question a visitor skips counts as not answered */
    required: Scalars['Boolean']
    __typename: 'QuestionDropOff'
}

export type Role = 'ADMIN' | 'MEMBER' | 'OWNER'

export interface StatusCount {
    count: Scalars['Int']
    status: LeadStatus
    __typename: 'StatusCount'
}

export interface Subscription {
    /** A call started or ended, or a chat got a message, in your business */
    conversationUpdated: ConversationUpdatedEvent
    /** A lead was captured in your business (chat, call, voicemail or API) */
    leadCaptured: LeadCapturedEvent
    __typename: 'Subscription'
}


/** Roles an owner can grant */
export type TeamRole = 'ADMIN' | 'MEMBER'

export interface TestEmailResult {
    /** "smtp", or the .eml file written when SMTP is not configured */
    delivery: Scalars['String']
    /** The mail server error text when it failed */
    error: (Scalars['String'] | null)
    success: Scalars['Boolean']
    to: Scalars['String']
    __typename: 'TestEmailResult'
}

export interface TimeRange {
    close: Scalars['String']
    /** HH:MM (24h) in the business timezone */
    open: Scalars['String']
    __typename: 'TimeRange'
}

export interface ToolCallCount {
    count: Scalars['Int']
    tool: Scalars['String']
    __typename: 'ToolCallCount'
}


/** The kind of business: picks the starting lead questions, emergency words and the agent's persona */
export type Trade = 'CLEANING' | 'CLINIC' | 'ELECTRICAL' | 'OTHER' | 'PLUMBING_HVAC' | 'STUDIO_AGENCY'


/** Per caller turn: from the end of the caller's speech to the first answer audio sent to the phone line, in ms; split into the model's share and the bridge's own (tools it ran, forwarding) */
export interface TurnLatency {
    bridgeP50Ms: Scalars['Float']
    bridgeP95Ms: Scalars['Float']
    modelP50Ms: Scalars['Float']
    modelP95Ms: Scalars['Float']
    totalP50Ms: Scalars['Float']
    totalP95Ms: Scalars['Float']
    turns: Scalars['Int']
    __typename: 'TurnLatency'
}


/** A person who can sign in to the business */
export interface User {
    createdAt: Scalars['DateTime']
    email: Scalars['String']
    id: Scalars['ID']
    /** Invited and not accepted yet: cannot sign in */
    invitationPending: Scalars['Boolean']
    lastLoginAt: (Scalars['DateTime'] | null)
    name: (Scalars['String'] | null)
    role: Role
    __typename: 'User'
}


/** The caller of this request */
export interface Viewer {
    apiKeyId: (Scalars['ID'] | null)
    business: Business
    role: Role
    /** Null when the caller is an API key */
    user: (User | null)
    __typename: 'Viewer'
}


/** An HTTPS endpoint that receives signed JSON events. Verify X-Webhook-Signature = "v1=" + hex HMAC-SHA256(secret, X-Webhook-Timestamp + "." + raw body) */
export interface WebhookEndpoint {
    createdAt: Scalars['DateTime']
    /** Recent deliveries to this endpoint with their attempts and errors */
    deliveries: Notification[]
    description: Scalars['String']
    enabled: Scalars['Boolean']
    events: WebhookEvent[]
    id: Scalars['ID']
    /** The last characters of the signing secret */
    secretHint: Scalars['String']
    updatedAt: Scalars['DateTime']
    url: Scalars['String']
    __typename: 'WebhookEndpoint'
}

export interface WebhookEndpointWithSecret {
    endpoint: WebhookEndpoint
    /** Shown once: store it to verify signatures */
    secret: Scalars['String']
    __typename: 'WebhookEndpointWithSecret'
}


/** Events delivered to outgoing webhooks; the JSON body `type` is the dotted form (lead.created) */
export type WebhookEvent = 'CONVERSATION_ENDED' | 'EMERGENCY_REPORTED' | 'LEAD_CREATED' | 'LEAD_UPDATED'

export interface WidgetConfig {
    backgroundColor: Scalars['String']
    /** @deprecated Use agentConfig.greeting (the one greeting of the chat and the widget); this reads the same setting */
    greeting: (Scalars['String'] | null)
    id: Scalars['ID']
    launcherText: Scalars['String']
    position: WidgetPosition
    primaryColor: Scalars['String']
    /** Hiding the "Powered by" line needs brandingRemoval */
    showBranding: Scalars['Boolean']
    textColor: Scalars['String']
    updatedAt: Scalars['DateTime']
    __typename: 'WidgetConfig'
}

export type WidgetPosition = 'BOTTOM_LEFT' | 'BOTTOM_RIGHT'

export interface WidgetSeen {
    /** The last chat start from it (refreshed at most once a minute) */
    at: Scalars['DateTime']
    /** The first chat start from any allowed origin */
    firstAt: Scalars['DateTime']
    /** One of the allowed origins */
    origin: Scalars['String']
    __typename: 'WidgetSeen'
}

export interface AddTeamMemberInput {email: Scalars['String'],name?: (Scalars['String'] | null),
/** Ignored (the owner never chooses a member's password) */
password?: (Scalars['String'] | null),role: TeamRole}

export interface AdvancedAnalyticsGenqlSelection{
    /** Leads per weekday and hour */
    hourlyHeatmap?: HeatmapCellGenqlSelection
    /** Share of leads without an answer to each lead question (an optional question counts when skipped) */
    questionDropOff?: QuestionDropOffGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface AgentAnswerGenqlSelection{
    /** What a visitor asking this would be told */
    answer?: boolean | number
    /** False when nothing the business wrote covers the question (the agent says it doesn't know) */
    known?: boolean | number
    sources?: AgentAnswerSourceGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface AgentAnswerSourceGenqlSelection{
    /** A knowledge item title, "FAQ" or "Business profile" */
    title?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface AgentConfigGenqlSelection{
    agentName?: boolean | number
    emergencyKeywords?: boolean | number
    /** 1 (only obvious emergencies) to 10 (flag anything urgent) */
    emergencySensitivity?: boolean | number
    faq?: FaqEntryGenqlSelection
    /** The first thing the agent says in a chat (the widget shows the same text) */
    greeting?: boolean | number
    id?: boolean | number
    instructions?: boolean | number
    interruptionDelayMs?: boolean | number
    persona?: boolean | number
    realtimeEnabled?: boolean | number
    realtimeVoice?: boolean | number
    twilioLanguage?: boolean | number
    twilioVoice?: boolean | number
    updatedAt?: boolean | number
    voiceGreeting?: boolean | number
    /** @deprecated Use greeting (the one greeting of the chat and the widget) */
    welcomeMessage?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ApiKeyGenqlSelection{
    createdAt?: boolean | number
    /** The team member the key belongs to; it stops working when they are removed or become a MEMBER. Null once that user is gone */
    createdBy?: UserGenqlSelection
    id?: boolean | number
    lastUsedAt?: boolean | number
    name?: boolean | number
    /** The public start of the key, to recognise it */
    prefix?: boolean | number
    revokedAt?: boolean | number
    role?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface AuthPayloadGenqlSelection{
    businessId?: boolean | number
    role?: boolean | number
    /** A JWT for `Authorization: Bearer <token>` */
    token?: boolean | number
    userId?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}


/** A number Twilio can sell right now */
export interface AvailablePhoneNumberGenqlSelection{
    friendlyName?: boolean | number
    isoCountry?: boolean | number
    locality?: boolean | number
    /** E.164 */
    phoneNumber?: boolean | number
    region?: boolean | number
    sms?: boolean | number
    voice?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface BusinessGenqlSelection{
    address?: boolean | number
    /** Origins allowed to embed the chat widget */
    allowedOrigins?: boolean | number
    businessHours?: BusinessHoursGenqlSelection
    createdAt?: boolean | number
    description?: boolean | number
    emergencyMessageTemplate?: boolean | number
    id?: boolean | number
    /** Where lead e-mails go now: the verified notification e-mail, else the owner's login e-mail */
    leadEmailRecipient?: boolean | number
    name?: boolean | number
    /** Whether the notification e-mail was verified through its link (lead e-mails go to it only then) */
    notificationEmailVerified?: boolean | number
    notificationSettings?: NotificationSettingsGenqlSelection
    phoneNumber?: boolean | number
    /** How the business got twilioNumber (null when it has none, or it predates provisioning) */
    phoneNumberSource?: boolean | number
    plan?: boolean | number
    timezone?: boolean | number
    /** The number callers dial (set by the platform) */
    twilioNumber?: boolean | number
    updatedAt?: boolean | number
    website?: boolean | number
    /** The last time the widget started a chat from one of the allowed origins; null until it has */
    widgetLastSeen?: WidgetSeenGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface BusinessHoursGenqlSelection{
    /** Closed dates, YYYY-MM-DD */
    holidays?: boolean | number
    weekly?: DayHoursGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface BusinessHoursInput {holidays?: (Scalars['String'][] | null),weekly: DayHoursInput[]}


/** What the voice bridge recorded about one phone call */
export interface CallAnalyticsGenqlSelection{
    /** ACTIVE, ENDED, FAILED or MISSED */
    connectionStatus?: boolean | number
    durationSeconds?: boolean | number
    emergencyDetected?: boolean | number
    firstAudioMs?: boolean | number
    /** What the caller came for, from the tools the agent used */
    intents?: boolean | number
    interruptions?: boolean | number
    /** Transcript messages saved for the call */
    messages?: boolean | number
    /** realtime, gather, voicemail or busy */
    mode?: boolean | number
    openaiErrors?: boolean | number
    packetsDropped?: boolean | number
    packetsIn?: boolean | number
    packetsOut?: boolean | number
    reconnects?: boolean | number
    toolCalls?: ToolCallCountGenqlSelection
    /** Caller-turn latency (p50/p95); null before the first measured turn */
    turnLatency?: TurnLatencyGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}


/** Who transfer_call rings, in order (a waterfall of up to 3), and for how long each; empty numbers: the business phone */
export interface CallTransferSettingsGenqlSelection{
    numbers?: boolean | number
    ringSeconds?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ClientGenqlSelection{
    company?: boolean | number
    createdAt?: boolean | number
    email?: boolean | number
    externalRef?: boolean | number
    id?: boolean | number
    name?: boolean | number
    notes?: boolean | number
    phone?: boolean | number
    projects?: ProjectGenqlSelection
    updatedAt?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ClientConnectionGenqlSelection{
    edges?: ClientEdgeGenqlSelection
    nodes?: ClientGenqlSelection
    pageInfo?: PageInfoGenqlSelection
    /** All items matching the filter (costs a count) */
    totalCount?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ClientEdgeGenqlSelection{
    cursor?: boolean | number
    node?: ClientGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ClientInput {company?: (Scalars['String'] | null),email?: (Scalars['String'] | null),name?: (Scalars['String'] | null),notes?: (Scalars['String'] | null),
/** Stored E.164; spaces, dashes and brackets are removed; without a country code it is read in the business's country */
phone?: (Scalars['String'] | null)}


/** Projects whose customer field or contact e-mails match this rule belong to the client */
export interface ClientLinkRuleGenqlSelection{
    clientId?: boolean | number
    createdAt?: boolean | number
    id?: boolean | number
    kind?: boolean | number
    value?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ClientLinkRuleInput {clientId: Scalars['ID'],kind: ClientLinkRuleKind,
/** An e-mail address (EMAIL) or a domain like example.com (DOMAIN) */
value: Scalars['String']}


/** A service account key (JSON) or an OAuth access token, and the folder to sync */
export interface ConnectGoogleDriveInput {accessToken?: (Scalars['String'] | null),folderId: Scalars['String'],serviceAccountKey?: (Scalars['String'] | null)}


/** Asana: accessToken (+ workspaceGid). Jira: siteUrl, email, apiToken. monday.com: apiToken (+ signingSecret). MOCK: nothing. */
export interface ConnectIntegrationInput {
/** Asana personal access token */
accessToken?: (Scalars['String'] | null),
/** Jira API token or monday.com API token */
apiToken?: (Scalars['String'] | null),
/** monday.com column title naming the client (default "Client") */
customerColumn?: (Scalars['String'] | null),
/** Asana custom field name or Jira field id (customfield_NNNNN) naming the client */
customerField?: (Scalars['String'] | null),
/** monday.com status labels that mean done (default ["Done"]) */
doneLabels?: (Scalars['String'][] | null),
/** Jira account e-mail */
email?: (Scalars['String'] | null),
/** Jira: which issues to sync (default: all projects) */
jql?: (Scalars['String'] | null),provider: PmProvider,
/** monday.com app signing secret (verifies the webhooks' JWT) */
signingSecret?: (Scalars['String'] | null),
/** Jira site, e.g. https://acme.atlassian.net */
siteUrl?: (Scalars['String'] | null),
/** Asana workspace (default: the first one) */
workspaceGid?: (Scalars['String'] | null)}


/** A chat session or a phone call */
export interface ConversationGenqlSelection{
    /** Per-call session analytics (phone calls only) */
    callAnalytics?: CallAnalyticsGenqlSelection
    channel?: boolean | number
    client?: ClientGenqlSelection
    durationSeconds?: boolean | number
    endedAt?: boolean | number
    fromNumber?: boolean | number
    id?: boolean | number
    leads?: LeadGenqlSelection
    /** The transcript, oldest first */
    messages?: (MessageGenqlSelection & { __args?: {
    /** At most 500 */
    first?: (Scalars['Int'] | null)} })
    startedAt?: boolean | number
    status?: boolean | number
    summary?: boolean | number
    toNumber?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ConversationConnectionGenqlSelection{
    edges?: ConversationEdgeGenqlSelection
    nodes?: ConversationGenqlSelection
    pageInfo?: PageInfoGenqlSelection
    /** All items matching the filter (costs a count) */
    totalCount?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ConversationEdgeGenqlSelection{
    cursor?: boolean | number
    node?: ConversationGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ConversationFilter {channel?: (ConversationChannel | null),startedAfter?: (Scalars['DateTime'] | null),startedBefore?: (Scalars['DateTime'] | null),status?: (ConversationStatus | null)}

export interface ConversationUpdatedEventGenqlSelection{
    channel?: boolean | number
    conversation?: ConversationGenqlSelection
    conversationId?: boolean | number
    /** ACTIVE when a call started or a chat got a message; ENDED when it finished */
    status?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface CreateKnowledgeItemInput {
/** Plain text or Markdown, at most 200000 characters */
content: Scalars['String'],format?: (KnowledgeInputFormat | null),title: Scalars['String']}

export interface CreatedApiKeyGenqlSelection{
    apiKey?: ApiKeyGenqlSelection
    /** The full key. Shown only now; store it safely */
    secret?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface DashboardGenqlSelection{
    advanced?: AdvancedAnalyticsGenqlSelection
    calls?: boolean | number
    chats?: boolean | number
    emergencies?: boolean | number
    enhanced?: EnhancedAnalyticsGenqlSelection
    from?: boolean | number
    leadsByStatus?: StatusCountGenqlSelection
    leadsPerDay?: DayCountGenqlSelection
    leadsTotal?: boolean | number
    timezone?: boolean | number
    to?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface DayCountGenqlSelection{
    count?: boolean | number
    /** YYYY-MM-DD in the business timezone */
    date?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface DayHoursGenqlSelection{
    /** mon, tue, wed, thu, fri, sat or sun */
    day?: boolean | number
    ranges?: TimeRangeGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface DayHoursInput {day: Scalars['String'],ranges: TimeRangeInput[]}

export interface DayKeyCountGenqlSelection{
    count?: boolean | number
    date?: boolean | number
    /** The priority or channel */
    key?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface DriveSyncResultGenqlSelection{
    added?: boolean | number
    removed?: boolean | number
    /** Unsupported type, too large, empty, or over the plan limit */
    skipped?: boolean | number
    unchanged?: boolean | number
    updated?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}


/** The calls and SMS an URGENT lead started */
export interface EmergencyEscalationGenqlSelection{
    acknowledgedAt?: boolean | number
    /** The contact who acknowledged */
    acknowledgedBy?: boolean | number
    /** The ladder it calls, in order */
    contacts?: boolean | number
    id?: boolean | number
    /** The lead that started it */
    leadId?: boolean | number
    /** Later URGENT leads noted on it instead of new calls (cooldown, hourly cap) */
    notedLeadIds?: boolean | number
    startedAt?: boolean | number
    status?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface EnhancedAnalyticsGenqlSelection{
    averageCallDurationSeconds?: boolean | number
    averageChatDurationSeconds?: boolean | number
    /** CONVERTED leads / all leads, 0..1 */
    conversionRate?: boolean | number
    leadsPerDayByChannel?: DayKeyCountGenqlSelection
    leadsPerDayByPriority?: DayKeyCountGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface FaqEntryGenqlSelection{
    answer?: boolean | number
    question?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface FaqEntryInput {answer: Scalars['String'],question: Scalars['String']}

export interface HeatmapCellGenqlSelection{
    count?: boolean | number
    /** 0 = Sunday */
    dayOfWeek?: boolean | number
    /** 0-23, business timezone */
    hour?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}


/** A connected external tool. Its credentials are stored encrypted and never returned. */
export interface IntegrationGenqlSelection{
    /** Which account/workspace the credentials belong to */
    accountLabel?: boolean | number
    createdAt?: boolean | number
    /** A masked hint of the secret, e.g. ••••a1b2 */
    credentialsHint?: boolean | number
    id?: boolean | number
    lastError?: boolean | number
    lastSyncAt?: boolean | number
    projectCount?: boolean | number
    provider?: boolean | number
    status?: boolean | number
    /** Tasks across synced projects (for Google Drive: files in the folder) */
    taskCount?: boolean | number
    /** False when only the periodic sync keeps data fresh */
    webhooksActive?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface InviteTeamMemberInput {email: Scalars['String'],name?: (Scalars['String'] | null),role: TeamRole}

export interface KnowledgeItemGenqlSelection{
    chunkCount?: boolean | number
    content?: boolean | number
    createdAt?: boolean | number
    /** The uploaded file, when the item came from one */
    fileName?: boolean | number
    /** The uploaded file's size in bytes */
    fileSize?: boolean | number
    id?: boolean | number
    /** Characters of text the agent answers from */
    size?: boolean | number
    source?: boolean | number
    /** READY once chunked and embedded */
    status?: boolean | number
    title?: boolean | number
    updatedAt?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface LeadGenqlSelection{
    acknowledgedAt?: boolean | number
    address?: boolean | number
    /** Every answer captured, keyed by question */
    capturedData?: boolean | number
    channel?: boolean | number
    client?: ClientGenqlSelection
    conversation?: ConversationGenqlSelection
    createdAt?: boolean | number
    email?: boolean | number
    emergencyNotes?: boolean | number
    emergencySeverity?: boolean | number
    /** The emergency escalation this lead started or was noted on */
    escalation?: EmergencyEscalationGenqlSelection
    id?: boolean | number
    isEmergency?: boolean | number
    issue?: boolean | number
    name?: boolean | number
    notes?: boolean | number
    /** The e-mails, calls and webhook deliveries for this lead */
    notifications?: NotificationGenqlSelection
    phone?: boolean | number
    priority?: boolean | number
    status?: boolean | number
    updatedAt?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface LeadCapturedEventGenqlSelection{
    /** Null if the lead was deleted meanwhile */
    lead?: LeadGenqlSelection
    leadId?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface LeadConnectionGenqlSelection{
    edges?: LeadEdgeGenqlSelection
    nodes?: LeadGenqlSelection
    pageInfo?: PageInfoGenqlSelection
    /** All items matching the filter (costs a count) */
    totalCount?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface LeadEdgeGenqlSelection{
    cursor?: boolean | number
    node?: LeadGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface LeadFilter {channel?: (LeadChannel[] | null),createdAfter?: (Scalars['DateTime'] | null),createdBefore?: (Scalars['DateTime'] | null),isEmergency?: (Scalars['Boolean'] | null),priority?: (Priority[] | null),
/** Matches name, e-mail, phone, address or issue */
search?: (Scalars['String'] | null),status?: (LeadStatus[] | null)}

export interface LeadQuestionGenqlSelection{
    /** Still asked when the caller reports an emergency */
    essentialForEmergency?: boolean | number
    expectedFormat?: boolean | number
    id?: boolean | number
    /** Lead field the answer fills */
    mapsTo?: boolean | number
    position?: boolean | number
    question?: boolean | number
    required?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface LeadQuestionInput {essentialForEmergency?: (Scalars['Boolean'] | null),expectedFormat?: (ExpectedFormat | null),mapsTo?: (MapsTo | null),question: Scalars['String'],required?: (Scalars['Boolean'] | null)}


/** A phone call bridged to the realtime agent right now (on the instance that answers) */
export interface LiveCallGenqlSelection{
    callSid?: boolean | number
    /** connecting, active, reconnecting, fallback or ended */
    connectionStatus?: boolean | number
    conversationId?: boolean | number
    durationSeconds?: boolean | number
    interruptions?: boolean | number
    packetsIn?: boolean | number
    packetsOut?: boolean | number
    startedAt?: boolean | number
    toolCalls?: ToolCallCountGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface MessageGenqlSelection{
    content?: boolean | number
    createdAt?: boolean | number
    id?: boolean | number
    role?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface MutationGenqlSelection{
    /** Accepts an invitation with the token from its link: chooses the password (and name) and signs in */
    acceptInvitation?: (AuthPayloadGenqlSelection & { __args: {name?: (Scalars['String'] | null), password: Scalars['String'], token: Scalars['String']} })
    /** Links projects to a client by e-mail or domain, and re-links existing projects */
    addClientLinkRule?: (ClientLinkRuleGenqlSelection & { __args: {input: ClientLinkRuleInput} })
    /** Same as inviteTeamMember (kept for existing clients): the member gets an e-mailed invitation and sets their own password */
    addTeamMember?: (UserGenqlSelection & { __args: {input: AddTeamMemberInput} })
    /** Platform operators only (PLATFORM_ADMIN_TOKEN bearer): records a number configured elsewhere, without calling Twilio; null clears it */
    assignPhoneNumber?: (BusinessGenqlSelection & { __args: {businessId: Scalars['ID'], phoneNumber?: (Scalars['String'] | null)} })
    /** Changes your password. Every other session of yours ends (other tokens, live subscriptions); use the returned token from now on */
    changePassword?: (AuthPayloadGenqlSelection & { __args: {currentPassword: Scalars['String'], newPassword: Scalars['String']} })
    /** Connects a Drive folder as a knowledge source and runs the first sync */
    connectGoogleDrive?: (IntegrationGenqlSelection & { __args: {input: ConnectGoogleDriveInput} })
    /** Checks the credentials with the provider, stores them encrypted, syncs projects and registers webhooks */
    connectIntegration?: (IntegrationGenqlSelection & { __args: {input: ConnectIntegrationInput} })
    /** Points a number already on the platform's Twilio account at this server and records it */
    connectPhoneNumber?: (BusinessGenqlSelection & { __args: {phoneNumber: Scalars['String']} })
    createApiKey?: (CreatedApiKeyGenqlSelection & { __args: {name: Scalars['String'], role?: (TeamRole | null)} })
    /** Adds a client; synced projects whose customer or contact e-mail is the client's are linked to it at once */
    createClient?: (ClientGenqlSelection & { __args: {input: ClientInput} })
    createKnowledgeItem?: (KnowledgeItemGenqlSelection & { __args: {input: CreateKnowledgeItemInput} })
    createLeadQuestion?: (LeadQuestionGenqlSelection & { __args: {input: LeadQuestionInput} })
    createWebhookEndpoint?: (WebhookEndpointWithSecretGenqlSelection & { __args: {input: WebhookEndpointInput} })
    /** Deletes the client; its leads, conversations and projects stay, unlinked */
    deleteClient?: { __args: {id: Scalars['ID']} }
    deleteKnowledgeItem?: { __args: {id: Scalars['ID']} }
    deleteLeadQuestion?: { __args: {id: Scalars['ID']} }
    deleteWebhookEndpoint?: { __args: {id: Scalars['ID']} }
    /** Removes the integration, its stored credentials and its webhooks at the provider; synced projects stay */
    disconnectIntegration?: { __args: {id: Scalars['ID']} }
    /** Adds a team member who gets an e-mailed invitation (valid 7 days) and chooses their own password */
    inviteTeamMember?: (UserGenqlSelection & { __args: {input: InviteTeamMemberInput} })
    /** Sets (or clears, with null) the client a project belongs to */
    linkProjectToClient?: (ProjectGenqlSelection & { __args: {clientId?: (Scalars['ID'] | null), projectId: Scalars['ID']} })
    /** Same as POST /api/login */
    login?: (AuthPayloadGenqlSelection & { __args: {email: Scalars['String'], password: Scalars['String']} })
    /** Buys the number on the platform's Twilio account, points its calls at this server and records it */
    provisionPhoneNumber?: (BusinessGenqlSelection & { __args: {phoneNumber: Scalars['String']} })
    /** Gives a provisioned number back to Twilio, or unhooks a connected one, and clears it */
    releasePhoneNumber?: BusinessGenqlSelection
    removeClientLinkRule?: { __args: {id: Scalars['ID']} }
    removeTeamMember?: { __args: {userId: Scalars['ID']} }
    reorderLeadQuestions?: (LeadQuestionGenqlSelection & { __args: {
    /** Every lead question id, in the new order */
    ids: Scalars['ID'][]} })
    /** E-mails a password reset link (valid 1 hour, single use) if the address has an account. Always true: the answer never tells whether it has */
    requestPasswordReset?: { __args: {email: Scalars['String']} }
    /** E-mails a new invitation link to a member who has not accepted yet; the earlier link stops working */
    resendInvitation?: (UserGenqlSelection & { __args: {userId: Scalars['ID']} })
    /** E-mails a link (valid 24 hours) to the notification e-mail; lead e-mails go there once it is opened */
    resendVerificationEmail?: boolean | number
    /** Sets a new password with the token from a reset link, ends every session of that user and signs in */
    resetPassword?: (AuthPayloadGenqlSelection & { __args: {newPassword: Scalars['String'], token: Scalars['String']} })
    /** Sends a dead notification again (attempts start over) */
    retryNotification?: (NotificationGenqlSelection & { __args: {id: Scalars['ID']} })
    revokeApiKey?: (ApiKeyGenqlSelection & { __args: {id: Scalars['ID']} })
    rotateWebhookSecret?: (WebhookEndpointWithSecretGenqlSelection & { __args: {id: Scalars['ID']} })
    /** Sends a test e-mail now (to the notification e-mail unless `to` is given) and reports the outcome */
    sendTestEmail?: (TestEmailResultGenqlSelection & { __args?: {to?: (Scalars['String'] | null)} })
    /** Sets the warm-transfer waterfall: up to 3 numbers (stored E.164; without a country code read in the business's country), each ringing ringSeconds (5-60, default 20) */
    setCallTransfer?: (CallTransferSettingsGenqlSelection & { __args: {numbers: Scalars['String'][], ringSeconds?: (Scalars['Int'] | null)} })
    /** Platform operators only (PLATFORM_ADMIN_TOKEN bearer): change a business tier */
    setPlan?: (BusinessGenqlSelection & { __args: {businessId: Scalars['ID'], plan: Plan} })
    setTeamMemberRole?: (UserGenqlSelection & { __args: {role: TeamRole, userId: Scalars['ID']} })
    /** Creates a FREE business with its owner and returns a token (public; rate-limited per address) */
    signUp?: (AuthPayloadGenqlSelection & { __args: {input: SignUpInput} })
    /** Syncs the Drive folder now: new and changed documents are ingested, deleted ones removed */
    syncGoogleDrive?: DriveSyncResultGenqlSelection
    /** Syncs one integration now (or all project integrations when no id is given) */
    syncProjects?: (ProjectSyncResultGenqlSelection & { __args?: {integrationId?: (Scalars['ID'] | null)} })
    updateAgentConfig?: (AgentConfigGenqlSelection & { __args: {input: UpdateAgentConfigInput} })
    updateBusiness?: (BusinessGenqlSelection & { __args: {input: UpdateBusinessInput} })
    /** Edits a client; synced projects that now match it (its e-mail, name or company) are linked to it */
    updateClient?: (ClientGenqlSelection & { __args: {id: Scalars['ID'], input: ClientInput} })
    updateKnowledgeItem?: (KnowledgeItemGenqlSelection & { __args: {id: Scalars['ID'], input: UpdateKnowledgeItemInput} })
    updateLead?: (LeadGenqlSelection & { __args: {id: Scalars['ID'], input: UpdateLeadInput} })
    updateLeadQuestion?: (LeadQuestionGenqlSelection & { __args: {id: Scalars['ID'], input: UpdateLeadQuestionInput} })
    updateNotificationSettings?: (BusinessGenqlSelection & { __args: {input: NotificationSettingsInput} })
    updateVoiceSettings?: (AgentConfigGenqlSelection & { __args: {input: UpdateVoiceSettingsInput} })
    updateWebhookEndpoint?: (WebhookEndpointGenqlSelection & { __args: {id: Scalars['ID'], input: WebhookEndpointInput} })
    updateWidgetConfig?: (WidgetConfigGenqlSelection & { __args: {input: UpdateWidgetConfigInput} })
    /** Creates a knowledge item from a file: its text is extracted here (PDF text layer, HTML stripped to text) */
    uploadKnowledgeFile?: (KnowledgeItemGenqlSelection & { __args: {input: UploadKnowledgeFileInput} })
    /** Verifies the notification e-mail with the token from its link (no sign-in needed: the token is the proof); returns the address */
    verifyNotificationEmail?: { __args: {token: Scalars['String']} }
    __typename?: boolean | number
    __scalar?: boolean | number
}


/** One delivery of the notifications outbox (an e-mail, an emergency call or a webhook) */
export interface NotificationGenqlSelection{
    attempts?: boolean | number
    channel?: boolean | number
    createdAt?: boolean | number
    id?: boolean | number
    /** email.lead_owner, email.lead_confirmation, email.test, call.emergency, sms.emergency or webhook */
    kind?: boolean | number
    lastError?: boolean | number
    leadId?: boolean | number
    maxAttempts?: boolean | number
    nextAttemptAt?: boolean | number
    /** E-mail address, phone number, or webhook endpoint id */
    recipient?: boolean | number
    sentAt?: boolean | number
    status?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface NotificationSettingsGenqlSelection{
    /** Emergency escalation ladder (E.164, at most 3): each is called (with an SMS) in order until one acknowledges; empty means the notification phone number */
    escalationContacts?: boolean | number
    /** Where lead and emergency e-mails go */
    notificationEmail?: boolean | number
    /** E.164 number called for emergencies */
    notificationPhoneNumber?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface NotificationSettingsInput {
/** At most 3 numbers (without a country code read in the business's country), called in this order; [] or null clears (the notification phone is used) */
escalationContacts?: (Scalars['String'][] | null),
/** null clears it */
notificationEmail?: (Scalars['String'] | null),
/** Spaces, dashes and brackets are removed; without a country code it is read in the business's country */
notificationPhoneNumber?: (Scalars['String'] | null)}

export interface PageInfoGenqlSelection{
    /** Pass as `after` to get the next page */
    endCursor?: boolean | number
    hasNextPage?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface PasswordCheckGenqlSelection{
    /** Why it would be refused */
    message?: boolean | number
    /** Whether the server would accept it */
    ok?: boolean | number
    /** Guessability from 0 (trivial) to 4 (strong); 3 is required */
    score?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface PlanFeatureGenqlSelection{
    description?: boolean | number
    included?: boolean | number
    key?: boolean | number
    /** The cheapest plan that includes it */
    requiredPlan?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface PlanInfoGenqlSelection{
    /** Every feature, with whether this plan includes it */
    features?: PlanFeatureGenqlSelection
    limits?: PlanLimitGenqlSelection
    tier?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface PlanLimitGenqlSelection{
    name?: boolean | number
    /** Null means unlimited */
    value?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ProjectGenqlSelection{
    client?: ClientGenqlSelection
    completedTaskCount?: boolean | number
    description?: boolean | number
    /** YYYY-MM-DD */
    dueDate?: boolean | number
    externalId?: boolean | number
    id?: boolean | number
    lastSyncedAt?: boolean | number
    name?: boolean | number
    /** Percent complete */
    progress?: boolean | number
    /** ASANA, JIRA, MONDAY, MOCK or MANUAL */
    provider?: boolean | number
    status?: boolean | number
    taskCount?: boolean | number
    url?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ProjectConnectionGenqlSelection{
    edges?: ProjectEdgeGenqlSelection
    nodes?: ProjectGenqlSelection
    pageInfo?: PageInfoGenqlSelection
    /** All items matching the filter (costs a count) */
    totalCount?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ProjectEdgeGenqlSelection{
    cursor?: boolean | number
    node?: ProjectGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface ProjectSyncResultGenqlSelection{
    projectCount?: boolean | number
    taskCount?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface QueryGenqlSelection{
    agentConfig?: AgentConfigGenqlSelection
    apiKeys?: (ApiKeyGenqlSelection & { __args?: {includeRevoked?: (Scalars['Boolean'] | null)} })
    /** The answer a visitor would get, with its sources. Read-only: no conversation, lead or e-mail */
    askAgent?: (AgentAnswerGenqlSelection & { __args: {question: Scalars['String']} })
    /** Local numbers with voice that Twilio offers (at most 20) */
    availablePhoneNumbers?: (AvailablePhoneNumberGenqlSelection & { __args?: {areaCode?: (Scalars['String'] | null), 
    /** Digits, letters and * wildcards the number must contain */
    contains?: (Scalars['String'] | null), 
    /** ISO 3166 two-letter code */
    country?: (Scalars['String'] | null)} })
    /** The caller's business */
    business?: BusinessGenqlSelection
    callTransfer?: CallTransferSettingsGenqlSelection
    client?: (ClientGenqlSelection & { __args: {id: Scalars['ID']} })
    clientLinkRules?: ClientLinkRuleGenqlSelection
    clients?: (ClientConnectionGenqlSelection & { __args?: {
    /** endCursor of the previous page */
    after?: (Scalars['String'] | null), 
    /** Page size, 1 to 100 */
    first?: (Scalars['Int'] | null), 
    /** Matches name, e-mail, phone or company */
    search?: (Scalars['String'] | null)} })
    conversation?: (ConversationGenqlSelection & { __args: {id: Scalars['ID']} })
    conversations?: (ConversationConnectionGenqlSelection & { __args?: {
    /** endCursor of the previous page */
    after?: (Scalars['String'] | null), filter?: (ConversationFilter | null), 
    /** Page size, 1 to 100 */
    first?: (Scalars['Int'] | null)} })
    /** Figures for [from, to); defaults to the last 30 days */
    dashboard?: (DashboardGenqlSelection & { __args?: {from?: (Scalars['DateTime'] | null), to?: (Scalars['DateTime'] | null)} })
    /** Connected tools with their sync status, last sync time, counts and last error */
    integrations?: IntegrationGenqlSelection
    knowledgeItem?: (KnowledgeItemGenqlSelection & { __args: {id: Scalars['ID']} })
    knowledgeItems?: KnowledgeItemGenqlSelection
    lead?: (LeadGenqlSelection & { __args: {id: Scalars['ID']} })
    leadQuestions?: LeadQuestionGenqlSelection
    leads?: (LeadConnectionGenqlSelection & { __args?: {
    /** endCursor of the previous page */
    after?: (Scalars['String'] | null), filter?: (LeadFilter | null), 
    /** Page size, 1 to 100 */
    first?: (Scalars['Int'] | null)} })
    /** Phone calls in progress with the realtime agent */
    liveCalls?: LiveCallGenqlSelection
    me?: ViewerGenqlSelection
    /** Deliveries of the outbox, newest first */
    notifications?: (NotificationGenqlSelection & { __args?: {leadId?: (Scalars['ID'] | null), 
    /** 1-100, default 50 */
    limit?: (Scalars['Int'] | null), offset?: (Scalars['Int'] | null), status?: (NotificationStatus | null)} })
    /** How the password rule judges a password (for a live strength meter); nothing is stored */
    passwordStrength?: (PasswordCheckGenqlSelection & { __args: {
    /** The account e-mail: a password built from it is weak */
    email?: (Scalars['String'] | null), password: Scalars['String']} })
    /** Your business's tier with its features and limits */
    plan?: PlanInfoGenqlSelection
    project?: (ProjectGenqlSelection & { __args: {id: Scalars['ID']} })
    projects?: (ProjectConnectionGenqlSelection & { __args?: {
    /** endCursor of the previous page */
    after?: (Scalars['String'] | null), clientId?: (Scalars['ID'] | null), 
    /** Page size, 1 to 100 */
    first?: (Scalars['Int'] | null), status?: (Scalars['String'] | null)} })
    /** The users of your business */
    team?: UserGenqlSelection
    webhookEndpoints?: WebhookEndpointGenqlSelection
    widgetConfig?: WidgetConfigGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface QuestionDropOffGenqlSelection{
    /** Leads that answered this question */
    answered?: boolean | number
    /** Share of leads without an answer, 0..1 */
    dropOffRate?: boolean | number
    position?: boolean | number
    question?: boolean | number
    questionId?: boolean | number
    /** Whether the agent insists on an answer; an optional question a visitor skips counts as not answered */
    required?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface SignUpInput {businessName: Scalars['String'],email: Scalars['String'],
/** The owner's name */
name?: (Scalars['String'] | null),
/** At least 10 characters */
password: Scalars['String'],
/** IANA timezone, e.g. the browser's (default UTC) */
timezone?: (Scalars['String'] | null),
/** Default OTHER */
trade?: (Trade | null)}

export interface StatusCountGenqlSelection{
    count?: boolean | number
    status?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface SubscriptionGenqlSelection{
    /** A call started or ended, or a chat got a message, in your business */
    conversationUpdated?: ConversationUpdatedEventGenqlSelection
    /** A lead was captured in your business (chat, call, voicemail or API) */
    leadCaptured?: LeadCapturedEventGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface TestEmailResultGenqlSelection{
    /** "smtp", or the .eml file written when SMTP is not configured */
    delivery?: boolean | number
    /** The mail server error text when it failed */
    error?: boolean | number
    success?: boolean | number
    to?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface TimeRangeGenqlSelection{
    close?: boolean | number
    /** HH:MM (24h) in the business timezone */
    open?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface TimeRangeInput {close: Scalars['String'],open: Scalars['String']}

export interface ToolCallCountGenqlSelection{
    count?: boolean | number
    tool?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}


/** Per caller turn: from the end of the caller's speech to the first answer audio sent to the phone line, in ms; split into the model's share and the bridge's own (tools it ran, forwarding) */
export interface TurnLatencyGenqlSelection{
    bridgeP50Ms?: boolean | number
    bridgeP95Ms?: boolean | number
    modelP50Ms?: boolean | number
    modelP95Ms?: boolean | number
    totalP50Ms?: boolean | number
    totalP95Ms?: boolean | number
    turns?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface UpdateAgentConfigInput {agentName?: (Scalars['String'] | null),emergencyKeywords?: (Scalars['String'][] | null),emergencySensitivity?: (Scalars['Int'] | null),faq?: (FaqEntryInput[] | null),
/** The one greeting: the first message of every chat, also shown by the widget */
greeting?: (Scalars['String'] | null),instructions?: (Scalars['String'] | null),persona?: (Scalars['String'] | null),welcomeMessage?: (Scalars['String'] | null)}

export interface UpdateBusinessInput {address?: (Scalars['String'] | null),allowedOrigins?: (Scalars['String'][] | null),businessHours?: (BusinessHoursInput | null),description?: (Scalars['String'] | null),emergencyMessageTemplate?: (Scalars['String'] | null),name?: (Scalars['String'] | null),
/** Public phone number (without a country code it is read in the business's country); null clears it */
phoneNumber?: (Scalars['String'] | null),
/** IANA timezone, e.g. America/New_York */
timezone?: (Scalars['String'] | null),website?: (Scalars['String'] | null)}

export interface UpdateKnowledgeItemInput {content?: (Scalars['String'] | null),format?: (KnowledgeInputFormat | null),title?: (Scalars['String'] | null)}

export interface UpdateLeadInput {
/** Mark an emergency as seen */
acknowledged?: (Scalars['Boolean'] | null),
/** Link the lead to one of your clients; null unlinks */
clientId?: (Scalars['ID'] | null),
/** Internal notes; null clears them */
notes?: (Scalars['String'] | null),priority?: (Priority | null),status?: (LeadStatus | null)}

export interface UpdateLeadQuestionInput {essentialForEmergency?: (Scalars['Boolean'] | null),expectedFormat?: (ExpectedFormat | null),mapsTo?: (MapsTo | null),question?: (Scalars['String'] | null),required?: (Scalars['Boolean'] | null)}

export interface UpdateVoiceSettingsInput {
/** How long the caller must speak before the agent stops talking (0-2000) */
interruptionDelayMs?: (Scalars['Int'] | null),realtimeEnabled?: (Scalars['Boolean'] | null),
/** OpenAI Realtime voice, e.g. alloy, marin, cedar */
realtimeVoice?: (Scalars['String'] | null),
/** BCP-47, e.g. en-US */
twilioLanguage?: (Scalars['String'] | null),
/** Twilio <Say> voice for the fallback loop, e.g. Polly.Joanna */
twilioVoice?: (Scalars['String'] | null),voiceGreeting?: (Scalars['String'] | null)}

export interface UpdateWidgetConfigInput {backgroundColor?: (Scalars['String'] | null),greeting?: (Scalars['String'] | null),launcherText?: (Scalars['String'] | null),position?: (WidgetPosition | null),primaryColor?: (Scalars['String'] | null),showBranding?: (Scalars['Boolean'] | null),textColor?: (Scalars['String'] | null)}

export interface UploadKnowledgeFileInput {
/** The file's bytes, base64; at most 5 MB decoded */
contentBase64: Scalars['String'],
/** Its name decides how it is read: .md, .txt, .html or .pdf */
fileName: Scalars['String'],
/** Defaults to the file name without its extension */
title?: (Scalars['String'] | null)}


/** A person who can sign in to the business */
export interface UserGenqlSelection{
    createdAt?: boolean | number
    email?: boolean | number
    id?: boolean | number
    /** Invited and not accepted yet: cannot sign in */
    invitationPending?: boolean | number
    lastLoginAt?: boolean | number
    name?: boolean | number
    role?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}


/** The caller of this request */
export interface ViewerGenqlSelection{
    apiKeyId?: boolean | number
    business?: BusinessGenqlSelection
    role?: boolean | number
    /** Null when the caller is an API key */
    user?: UserGenqlSelection
    __typename?: boolean | number
    __scalar?: boolean | number
}


/** An HTTPS endpoint that receives signed JSON events. Verify X-Webhook-Signature = "v1=" + hex HMAC-SHA256(secret, X-Webhook-Timestamp + "." + raw body) */
export interface WebhookEndpointGenqlSelection{
    createdAt?: boolean | number
    /** Recent deliveries to this endpoint with their attempts and errors */
    deliveries?: (NotificationGenqlSelection & { __args?: {limit?: (Scalars['Int'] | null)} })
    description?: boolean | number
    enabled?: boolean | number
    events?: boolean | number
    id?: boolean | number
    /** The last characters of the signing secret */
    secretHint?: boolean | number
    updatedAt?: boolean | number
    url?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface WebhookEndpointInput {description?: (Scalars['String'] | null),enabled?: (Scalars['Boolean'] | null),
/** Default: all events */
events?: (WebhookEvent[] | null),
/** https URL (required when creating) */
url?: (Scalars['String'] | null)}

export interface WebhookEndpointWithSecretGenqlSelection{
    endpoint?: WebhookEndpointGenqlSelection
    /** Shown once: store it to verify signatures */
    secret?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface WidgetConfigGenqlSelection{
    backgroundColor?: boolean | number
    /** @deprecated Use agentConfig.greeting (the one greeting of the chat and the widget); this reads the same setting */
    greeting?: boolean | number
    id?: boolean | number
    launcherText?: boolean | number
    position?: boolean | number
    primaryColor?: boolean | number
    /** Hiding the "Powered by" line needs brandingRemoval */
    showBranding?: boolean | number
    textColor?: boolean | number
    updatedAt?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}

export interface WidgetSeenGenqlSelection{
    /** The last chat start from it (refreshed at most once a minute) */
    at?: boolean | number
    /** The first chat start from any allowed origin */
    firstAt?: boolean | number
    /** One of the allowed origins */
    origin?: boolean | number
    __typename?: boolean | number
    __scalar?: boolean | number
}


    const AdvancedAnalytics_possibleTypes: string[] = ['AdvancedAnalytics']
    export const isAdvancedAnalytics = (obj?: { __typename?: any } | null): obj is AdvancedAnalytics => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isAdvancedAnalytics"')
      return AdvancedAnalytics_possibleTypes.includes(obj.__typename)
    }
    


    const AgentAnswer_possibleTypes: string[] = ['AgentAnswer']
    export const isAgentAnswer = (obj?: { __typename?: any } | null): obj is AgentAnswer => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isAgentAnswer"')
      return AgentAnswer_possibleTypes.includes(obj.__typename)
    }
    


    const AgentAnswerSource_possibleTypes: string[] = ['AgentAnswerSource']
    export const isAgentAnswerSource = (obj?: { __typename?: any } | null): obj is AgentAnswerSource => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isAgentAnswerSource"')
      return AgentAnswerSource_possibleTypes.includes(obj.__typename)
    }
    


    const AgentConfig_possibleTypes: string[] = ['AgentConfig']
    export const isAgentConfig = (obj?: { __typename?: any } | null): obj is AgentConfig => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isAgentConfig"')
      return AgentConfig_possibleTypes.includes(obj.__typename)
    }
    


    const ApiKey_possibleTypes: string[] = ['ApiKey']
    export const isApiKey = (obj?: { __typename?: any } | null): obj is ApiKey => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isApiKey"')
      return ApiKey_possibleTypes.includes(obj.__typename)
    }
    


    const AuthPayload_possibleTypes: string[] = ['AuthPayload']
    export const isAuthPayload = (obj?: { __typename?: any } | null): obj is AuthPayload => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isAuthPayload"')
      return AuthPayload_possibleTypes.includes(obj.__typename)
    }
    


    const AvailablePhoneNumber_possibleTypes: string[] = ['AvailablePhoneNumber']
    export const isAvailablePhoneNumber = (obj?: { __typename?: any } | null): obj is AvailablePhoneNumber => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isAvailablePhoneNumber"')
      return AvailablePhoneNumber_possibleTypes.includes(obj.__typename)
    }
    


    const Business_possibleTypes: string[] = ['Business']
    export const isBusiness = (obj?: { __typename?: any } | null): obj is Business => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isBusiness"')
      return Business_possibleTypes.includes(obj.__typename)
    }
    


    const BusinessHours_possibleTypes: string[] = ['BusinessHours']
    export const isBusinessHours = (obj?: { __typename?: any } | null): obj is BusinessHours => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isBusinessHours"')
      return BusinessHours_possibleTypes.includes(obj.__typename)
    }
    


    const CallAnalytics_possibleTypes: string[] = ['CallAnalytics']
    export const isCallAnalytics = (obj?: { __typename?: any } | null): obj is CallAnalytics => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isCallAnalytics"')
      return CallAnalytics_possibleTypes.includes(obj.__typename)
    }
    


    const CallTransferSettings_possibleTypes: string[] = ['CallTransferSettings']
    export const isCallTransferSettings = (obj?: { __typename?: any } | null): obj is CallTransferSettings => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isCallTransferSettings"')
      return CallTransferSettings_possibleTypes.includes(obj.__typename)
    }
    


    const Client_possibleTypes: string[] = ['Client']
    export const isClient = (obj?: { __typename?: any } | null): obj is Client => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isClient"')
      return Client_possibleTypes.includes(obj.__typename)
    }
    


    const ClientConnection_possibleTypes: string[] = ['ClientConnection']
    export const isClientConnection = (obj?: { __typename?: any } | null): obj is ClientConnection => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isClientConnection"')
      return ClientConnection_possibleTypes.includes(obj.__typename)
    }
    


    const ClientEdge_possibleTypes: string[] = ['ClientEdge']
    export const isClientEdge = (obj?: { __typename?: any } | null): obj is ClientEdge => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isClientEdge"')
      return ClientEdge_possibleTypes.includes(obj.__typename)
    }
    


    const ClientLinkRule_possibleTypes: string[] = ['ClientLinkRule']
    export const isClientLinkRule = (obj?: { __typename?: any } | null): obj is ClientLinkRule => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isClientLinkRule"')
      return ClientLinkRule_possibleTypes.includes(obj.__typename)
    }
    


    const Conversation_possibleTypes: string[] = ['Conversation']
    export const isConversation = (obj?: { __typename?: any } | null): obj is Conversation => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isConversation"')
      return Conversation_possibleTypes.includes(obj.__typename)
    }
    


    const ConversationConnection_possibleTypes: string[] = ['ConversationConnection']
    export const isConversationConnection = (obj?: { __typename?: any } | null): obj is ConversationConnection => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isConversationConnection"')
      return ConversationConnection_possibleTypes.includes(obj.__typename)
    }
    


    const ConversationEdge_possibleTypes: string[] = ['ConversationEdge']
    export const isConversationEdge = (obj?: { __typename?: any } | null): obj is ConversationEdge => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isConversationEdge"')
      return ConversationEdge_possibleTypes.includes(obj.__typename)
    }
    


    const ConversationUpdatedEvent_possibleTypes: string[] = ['ConversationUpdatedEvent']
    export const isConversationUpdatedEvent = (obj?: { __typename?: any } | null): obj is ConversationUpdatedEvent => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isConversationUpdatedEvent"')
      return ConversationUpdatedEvent_possibleTypes.includes(obj.__typename)
    }
    


    const CreatedApiKey_possibleTypes: string[] = ['CreatedApiKey']
    export const isCreatedApiKey = (obj?: { __typename?: any } | null): obj is CreatedApiKey => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isCreatedApiKey"')
      return CreatedApiKey_possibleTypes.includes(obj.__typename)
    }
    


    const Dashboard_possibleTypes: string[] = ['Dashboard']
    export const isDashboard = (obj?: { __typename?: any } | null): obj is Dashboard => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isDashboard"')
      return Dashboard_possibleTypes.includes(obj.__typename)
    }
    


    const DayCount_possibleTypes: string[] = ['DayCount']
    export const isDayCount = (obj?: { __typename?: any } | null): obj is DayCount => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isDayCount"')
      return DayCount_possibleTypes.includes(obj.__typename)
    }
    


    const DayHours_possibleTypes: string[] = ['DayHours']
    export const isDayHours = (obj?: { __typename?: any } | null): obj is DayHours => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isDayHours"')
      return DayHours_possibleTypes.includes(obj.__typename)
    }
    


    const DayKeyCount_possibleTypes: string[] = ['DayKeyCount']
    export const isDayKeyCount = (obj?: { __typename?: any } | null): obj is DayKeyCount => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isDayKeyCount"')
      return DayKeyCount_possibleTypes.includes(obj.__typename)
    }
    


    const DriveSyncResult_possibleTypes: string[] = ['DriveSyncResult']
    export const isDriveSyncResult = (obj?: { __typename?: any } | null): obj is DriveSyncResult => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isDriveSyncResult"')
      return DriveSyncResult_possibleTypes.includes(obj.__typename)
    }
    


    const EmergencyEscalation_possibleTypes: string[] = ['EmergencyEscalation']
    export const isEmergencyEscalation = (obj?: { __typename?: any } | null): obj is EmergencyEscalation => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isEmergencyEscalation"')
      return EmergencyEscalation_possibleTypes.includes(obj.__typename)
    }
    


    const EnhancedAnalytics_possibleTypes: string[] = ['EnhancedAnalytics']
    export const isEnhancedAnalytics = (obj?: { __typename?: any } | null): obj is EnhancedAnalytics => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isEnhancedAnalytics"')
      return EnhancedAnalytics_possibleTypes.includes(obj.__typename)
    }
    


    const FaqEntry_possibleTypes: string[] = ['FaqEntry']
    export const isFaqEntry = (obj?: { __typename?: any } | null): obj is FaqEntry => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isFaqEntry"')
      return FaqEntry_possibleTypes.includes(obj.__typename)
    }
    


    const HeatmapCell_possibleTypes: string[] = ['HeatmapCell']
    export const isHeatmapCell = (obj?: { __typename?: any } | null): obj is HeatmapCell => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isHeatmapCell"')
      return HeatmapCell_possibleTypes.includes(obj.__typename)
    }
    


    const Integration_possibleTypes: string[] = ['Integration']
    export const isIntegration = (obj?: { __typename?: any } | null): obj is Integration => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isIntegration"')
      return Integration_possibleTypes.includes(obj.__typename)
    }
    


    const KnowledgeItem_possibleTypes: string[] = ['KnowledgeItem']
    export const isKnowledgeItem = (obj?: { __typename?: any } | null): obj is KnowledgeItem => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isKnowledgeItem"')
      return KnowledgeItem_possibleTypes.includes(obj.__typename)
    }
    


    const Lead_possibleTypes: string[] = ['Lead']
    export const isLead = (obj?: { __typename?: any } | null): obj is Lead => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isLead"')
      return Lead_possibleTypes.includes(obj.__typename)
    }
    


    const LeadCapturedEvent_possibleTypes: string[] = ['LeadCapturedEvent']
    export const isLeadCapturedEvent = (obj?: { __typename?: any } | null): obj is LeadCapturedEvent => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isLeadCapturedEvent"')
      return LeadCapturedEvent_possibleTypes.includes(obj.__typename)
    }
    


    const LeadConnection_possibleTypes: string[] = ['LeadConnection']
    export const isLeadConnection = (obj?: { __typename?: any } | null): obj is LeadConnection => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isLeadConnection"')
      return LeadConnection_possibleTypes.includes(obj.__typename)
    }
    


    const LeadEdge_possibleTypes: string[] = ['LeadEdge']
    export const isLeadEdge = (obj?: { __typename?: any } | null): obj is LeadEdge => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isLeadEdge"')
      return LeadEdge_possibleTypes.includes(obj.__typename)
    }
    


    const LeadQuestion_possibleTypes: string[] = ['LeadQuestion']
    export const isLeadQuestion = (obj?: { __typename?: any } | null): obj is LeadQuestion => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isLeadQuestion"')
      return LeadQuestion_possibleTypes.includes(obj.__typename)
    }
    


    const LiveCall_possibleTypes: string[] = ['LiveCall']
    export const isLiveCall = (obj?: { __typename?: any } | null): obj is LiveCall => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isLiveCall"')
      return LiveCall_possibleTypes.includes(obj.__typename)
    }
    


    const Message_possibleTypes: string[] = ['Message']
    export const isMessage = (obj?: { __typename?: any } | null): obj is Message => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isMessage"')
      return Message_possibleTypes.includes(obj.__typename)
    }
    


    const Mutation_possibleTypes: string[] = ['Mutation']
    export const isMutation = (obj?: { __typename?: any } | null): obj is Mutation => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isMutation"')
      return Mutation_possibleTypes.includes(obj.__typename)
    }
    


    const Notification_possibleTypes: string[] = ['Notification']
    export const isNotification = (obj?: { __typename?: any } | null): obj is Notification => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isNotification"')
      return Notification_possibleTypes.includes(obj.__typename)
    }
    


    const NotificationSettings_possibleTypes: string[] = ['NotificationSettings']
    export const isNotificationSettings = (obj?: { __typename?: any } | null): obj is NotificationSettings => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isNotificationSettings"')
      return NotificationSettings_possibleTypes.includes(obj.__typename)
    }
    


    const PageInfo_possibleTypes: string[] = ['PageInfo']
    export const isPageInfo = (obj?: { __typename?: any } | null): obj is PageInfo => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isPageInfo"')
      return PageInfo_possibleTypes.includes(obj.__typename)
    }
    


    const PasswordCheck_possibleTypes: string[] = ['PasswordCheck']
    export const isPasswordCheck = (obj?: { __typename?: any } | null): obj is PasswordCheck => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isPasswordCheck"')
      return PasswordCheck_possibleTypes.includes(obj.__typename)
    }
    


    const PlanFeature_possibleTypes: string[] = ['PlanFeature']
    export const isPlanFeature = (obj?: { __typename?: any } | null): obj is PlanFeature => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isPlanFeature"')
      return PlanFeature_possibleTypes.includes(obj.__typename)
    }
    


    const PlanInfo_possibleTypes: string[] = ['PlanInfo']
    export const isPlanInfo = (obj?: { __typename?: any } | null): obj is PlanInfo => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isPlanInfo"')
      return PlanInfo_possibleTypes.includes(obj.__typename)
    }
    


    const PlanLimit_possibleTypes: string[] = ['PlanLimit']
    export const isPlanLimit = (obj?: { __typename?: any } | null): obj is PlanLimit => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isPlanLimit"')
      return PlanLimit_possibleTypes.includes(obj.__typename)
    }
    


    const Project_possibleTypes: string[] = ['Project']
    export const isProject = (obj?: { __typename?: any } | null): obj is Project => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isProject"')
      return Project_possibleTypes.includes(obj.__typename)
    }
    


    const ProjectConnection_possibleTypes: string[] = ['ProjectConnection']
    export const isProjectConnection = (obj?: { __typename?: any } | null): obj is ProjectConnection => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isProjectConnection"')
      return ProjectConnection_possibleTypes.includes(obj.__typename)
    }
    


    const ProjectEdge_possibleTypes: string[] = ['ProjectEdge']
    export const isProjectEdge = (obj?: { __typename?: any } | null): obj is ProjectEdge => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isProjectEdge"')
      return ProjectEdge_possibleTypes.includes(obj.__typename)
    }
    


    const ProjectSyncResult_possibleTypes: string[] = ['ProjectSyncResult']
    export const isProjectSyncResult = (obj?: { __typename?: any } | null): obj is ProjectSyncResult => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isProjectSyncResult"')
      return ProjectSyncResult_possibleTypes.includes(obj.__typename)
    }
    


    const Query_possibleTypes: string[] = ['Query']
    export const isQuery = (obj?: { __typename?: any } | null): obj is Query => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isQuery"')
      return Query_possibleTypes.includes(obj.__typename)
    }
    


    const QuestionDropOff_possibleTypes: string[] = ['QuestionDropOff']
    export const isQuestionDropOff = (obj?: { __typename?: any } | null): obj is QuestionDropOff => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isQuestionDropOff"')
      return QuestionDropOff_possibleTypes.includes(obj.__typename)
    }
    


    const StatusCount_possibleTypes: string[] = ['StatusCount']
    export const isStatusCount = (obj?: { __typename?: any } | null): obj is StatusCount => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isStatusCount"')
      return StatusCount_possibleTypes.includes(obj.__typename)
    }
    


    const Subscription_possibleTypes: string[] = ['Subscription']
    export const isSubscription = (obj?: { __typename?: any } | null): obj is Subscription => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isSubscription"')
      return Subscription_possibleTypes.includes(obj.__typename)
    }
    


    const TestEmailResult_possibleTypes: string[] = ['TestEmailResult']
    export const isTestEmailResult = (obj?: { __typename?: any } | null): obj is TestEmailResult => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isTestEmailResult"')
      return TestEmailResult_possibleTypes.includes(obj.__typename)
    }
    


    const TimeRange_possibleTypes: string[] = ['TimeRange']
    export const isTimeRange = (obj?: { __typename?: any } | null): obj is TimeRange => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isTimeRange"')
      return TimeRange_possibleTypes.includes(obj.__typename)
    }
    


    const ToolCallCount_possibleTypes: string[] = ['ToolCallCount']
    export const isToolCallCount = (obj?: { __typename?: any } | null): obj is ToolCallCount => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isToolCallCount"')
      return ToolCallCount_possibleTypes.includes(obj.__typename)
    }
    


    const TurnLatency_possibleTypes: string[] = ['TurnLatency']
    export const isTurnLatency = (obj?: { __typename?: any } | null): obj is TurnLatency => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isTurnLatency"')
      return TurnLatency_possibleTypes.includes(obj.__typename)
    }
    


    const User_possibleTypes: string[] = ['User']
    export const isUser = (obj?: { __typename?: any } | null): obj is User => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isUser"')
      return User_possibleTypes.includes(obj.__typename)
    }
    


    const Viewer_possibleTypes: string[] = ['Viewer']
    export const isViewer = (obj?: { __typename?: any } | null): obj is Viewer => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isViewer"')
      return Viewer_possibleTypes.includes(obj.__typename)
    }
    


    const WebhookEndpoint_possibleTypes: string[] = ['WebhookEndpoint']
    export const isWebhookEndpoint = (obj?: { __typename?: any } | null): obj is WebhookEndpoint => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isWebhookEndpoint"')
      return WebhookEndpoint_possibleTypes.includes(obj.__typename)
    }
    


    const WebhookEndpointWithSecret_possibleTypes: string[] = ['WebhookEndpointWithSecret']
    export const isWebhookEndpointWithSecret = (obj?: { __typename?: any } | null): obj is WebhookEndpointWithSecret => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isWebhookEndpointWithSecret"')
      return WebhookEndpointWithSecret_possibleTypes.includes(obj.__typename)
    }
    


    const WidgetConfig_possibleTypes: string[] = ['WidgetConfig']
    export const isWidgetConfig = (obj?: { __typename?: any } | null): obj is WidgetConfig => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isWidgetConfig"')
      return WidgetConfig_possibleTypes.includes(obj.__typename)
    }
    


    const WidgetSeen_possibleTypes: string[] = ['WidgetSeen']
    export const isWidgetSeen = (obj?: { __typename?: any } | null): obj is WidgetSeen => {
      if (!obj?.__typename) throw new Error('__typename is missing in "isWidgetSeen"')
      return WidgetSeen_possibleTypes.includes(obj.__typename)
    }
    

export const enumClientLinkRuleKind = {
   DOMAIN: 'DOMAIN' as const,
   EMAIL: 'EMAIL' as const
}

export const enumConversationChannel = {
   CALL: 'CALL' as const,
   CHAT: 'CHAT' as const
}

export const enumConversationStatus = {
   ACTIVE: 'ACTIVE' as const,
   ENDED: 'ENDED' as const,
   FAILED: 'FAILED' as const,
   MISSED: 'MISSED' as const
}

export const enumEscalationStatus = {
   ACKNOWLEDGED: 'ACKNOWLEDGED' as const,
   EXHAUSTED: 'EXHAUSTED' as const,
   RUNNING: 'RUNNING' as const
}

export const enumExpectedFormat = {
   DATE: 'DATE' as const,
   EMAIL: 'EMAIL' as const,
   NUMBER: 'NUMBER' as const,
   PHONE: 'PHONE' as const,
   TEXT: 'TEXT' as const
}

export const enumIntegrationProvider = {
   ASANA: 'ASANA' as const,
   GDRIVE: 'GDRIVE' as const,
   JIRA: 'JIRA' as const,
   MOCK: 'MOCK' as const,
   MONDAY: 'MONDAY' as const
}

export const enumIntegrationStatus = {
   CONNECTED: 'CONNECTED' as const,
   DISCONNECTED: 'DISCONNECTED' as const,
   ERROR: 'ERROR' as const,
   SYNCING: 'SYNCING' as const
}

export const enumKnowledgeInputFormat = {
   MARKDOWN: 'MARKDOWN' as const,
   TEXT: 'TEXT' as const
}

export const enumKnowledgeSource = {
   GDRIVE: 'GDRIVE' as const,
   HTML: 'HTML' as const,
   MARKDOWN: 'MARKDOWN' as const,
   TEXT: 'TEXT' as const
}

export const enumKnowledgeStatus = {
   FAILED: 'FAILED' as const,
   PENDING: 'PENDING' as const,
   READY: 'READY' as const
}

export const enumLeadChannel = {
   API: 'API' as const,
   CALL: 'CALL' as const,
   CHAT: 'CHAT' as const,
   VOICEMAIL: 'VOICEMAIL' as const
}

export const enumLeadStatus = {
   CONTACTED: 'CONTACTED' as const,
   CONVERTED: 'CONVERTED' as const,
   LOST: 'LOST' as const,
   NEW: 'NEW' as const,
   QUALIFIED: 'QUALIFIED' as const
}

export const enumMapsTo = {
   ADDRESS: 'ADDRESS' as const,
   EMAIL: 'EMAIL' as const,
   ISSUE: 'ISSUE' as const,
   NAME: 'NAME' as const,
   OTHER: 'OTHER' as const,
   PHONE: 'PHONE' as const,
   PREFERRED_TIME: 'PREFERRED_TIME' as const
}

export const enumMessageRole = {
   assistant: 'assistant' as const,
   system: 'system' as const,
   tool: 'tool' as const,
   user: 'user' as const
}

export const enumNotificationChannel = {
   EMAIL: 'EMAIL' as const,
   PHONE: 'PHONE' as const,
   SMS: 'SMS' as const,
   WEBHOOK: 'WEBHOOK' as const
}

export const enumNotificationStatus = {
   DEAD: 'DEAD' as const,
   PENDING: 'PENDING' as const,
   SENDING: 'SENDING' as const,
   SENT: 'SENT' as const
}

export const enumPhoneNumberSource = {
   ASSIGNED: 'ASSIGNED' as const,
   CONNECTED: 'CONNECTED' as const,
   PROVISIONED: 'PROVISIONED' as const
}

export const enumPlan = {
   BASIC: 'BASIC' as const,
   FREE: 'FREE' as const,
   PRO: 'PRO' as const
}

export const enumPmProvider = {
   ASANA: 'ASANA' as const,
   JIRA: 'JIRA' as const,
   MOCK: 'MOCK' as const,
   MONDAY: 'MONDAY' as const
}

export const enumPriority = {
   HIGH: 'HIGH' as const,
   LOW: 'LOW' as const,
   NORMAL: 'NORMAL' as const,
   URGENT: 'URGENT' as const
}

export const enumRole = {
   ADMIN: 'ADMIN' as const,
   MEMBER: 'MEMBER' as const,
   OWNER: 'OWNER' as const
}

export const enumTeamRole = {
   ADMIN: 'ADMIN' as const,
   MEMBER: 'MEMBER' as const
}

export const enumTrade = {
   CLEANING: 'CLEANING' as const,
   CLINIC: 'CLINIC' as const,
   ELECTRICAL: 'ELECTRICAL' as const,
   OTHER: 'OTHER' as const,
   PLUMBING_HVAC: 'PLUMBING_HVAC' as const,
   STUDIO_AGENCY: 'STUDIO_AGENCY' as const
}

export const enumWebhookEvent = {
   CONVERSATION_ENDED: 'CONVERSATION_ENDED' as const,
   EMERGENCY_REPORTED: 'EMERGENCY_REPORTED' as const,
   LEAD_CREATED: 'LEAD_CREATED' as const,
   LEAD_UPDATED: 'LEAD_UPDATED' as const
}

export const enumWidgetPosition = {
   BOTTOM_LEFT: 'BOTTOM_LEFT' as const,
   BOTTOM_RIGHT: 'BOTTOM_RIGHT' as const
}
