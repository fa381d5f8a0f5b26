import type { Business, BusinessHours, BusinessUpdate } from '../db/schema.js';
import { countryOfBusiness, getBusiness, updateBusinessProfile } from '../business/data.js';
import { cleanEmail, cleanPhone } from '../contacts/index.js';
import { isValidTimezone } from '../schedule/index.js';
import { cleanOptionalText, cleanOrigin, cleanText, cleanUrl } from '../validate.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { PlanEnum } from './enums.js';
import { cleanEscalationContacts } from '../notify/escalation-settings.js';

// The business profile, opening hours, widget origins and notification settings.

export const BusinessRef = builder.objectRef<Business>('Business');

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const TimeRangeRef = builder.objectRef<[string, string]>('TimeRange').implement({
  fields: (t) => ({
    open: t.string({ description: 'HH:MM (24h) in the business timezone', resolve: (r) => r[0] }),
    close: t.string({ resolve: (r) => r[1] }),
  }),
});

const DayHoursRef = builder.objectRef<{ day: string; ranges: Array<[string, string]> }>('DayHours').implement({
  fields: (t) => ({
    day: t.exposeString('day', { description: 'mon, tue, wed, thu, fri, sat or sun' }),
    ranges: t.field({ type: [TimeRangeRef], resolve: (d) => d.ranges }),
  }),
});

const BusinessHoursRef = builder.objectRef<BusinessHours>('BusinessHours').implement({
  fields: (t) => ({
    weekly: t.field({
      type: [DayHoursRef],
      resolve: (h) => DAYS.filter((d) => h.weekly?.[d]?.length).map((day) => ({ day, ranges: h.weekly![day]! })),
    }),
    holidays: t.stringList({ description: 'Closed dates, YYYY-MM-DD', resolve: (h) => h.holidays ?? [] }),
  }),
});

BusinessRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    plan: t.expose('plan', { type: PlanEnum }),
    twilioNumber: t.exposeString('twilio_number', { nullable: true, description: 'The number callers dial (set by the platform)' }),
    phoneNumber: t.exposeString('phone_number', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    description: t.exposeString('description'),
    address: t.exposeString('address', { nullable: true }),
    timezone: t.exposeString('timezone'),
    businessHours: t.field({ type: BusinessHoursRef, resolve: (b) => b.business_hours ?? {} }),
    allowedOrigins: t.exposeStringList('allowed_origins', { description: 'Origins allowed to embed the chat widget' }),
    emergencyMessageTemplate: t.exposeString('emergency_message_template', { nullable: true }),
    notificationSettings: t.field({
      type: NotificationSettingsRef,
      resolve: (b) => ({ email: b.notification_email, phone: b.notification_phone, escalation: b.emergency_contacts ?? [] }),
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (b) => b.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (b) => b.updated_at }),
  }),
});

const NotificationSettingsRef = builder.objectRef<{ email: string | null; phone: string | null; escalation: string[] }>('NotificationSettings').implement({
  fields: (t) => ({
    notificationEmail: t.exposeString('email', { nullable: true, description: 'Where lead and emergency e-mails go' }),
    notificationPhoneNumber: t.exposeString('phone', { nullable: true, description: 'E.164 number called for emergencies' }),
    escalationContacts: t.exposeStringList('escalation', {
      description:
        'Emergency escalation ladder (E.164, at most 3): each is called (with an SMS) in order until one acknowledges; empty means the notification phone number',
    }),
  }),
});

builder.queryField('business', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: BusinessRef,
    description: "The caller's business",
    resolve: (_root, _args, ctx) => getBusiness(ctx.deps.db, ctx.actor.businessId),
  }),
);

const TimeRangeInput = builder.inputType('TimeRangeInput', {
  fields: (t) => ({ open: t.string({ required: true }), close: t.string({ required: true }) }),
});
const DayHoursInput = builder.inputType('DayHoursInput', {
  fields: (t) => ({ day: t.string({ required: true }), ranges: t.field({ type: [TimeRangeInput], required: true }) }),
});
const BusinessHoursInput = builder.inputType('BusinessHoursInput', {
  fields: (t) => ({
    weekly: t.field({ type: [DayHoursInput], required: true }),
    holidays: t.stringList({ required: false }),
  }),
});

const UpdateBusinessInput = builder.inputType('UpdateBusinessInput', {
  fields: (t) => ({
    name: t.string(),
    phoneNumber: t.string({ description: 'Public phone number (without a country code it is read in the business\'s country); null clears it' }),
    website: t.string(),
    description: t.string(),
    address: t.string(),
    timezone: t.string({ description: 'IANA timezone, e.g. America/New_York' }),
    businessHours: t.field({ type: BusinessHoursInput }),
    allowedOrigins: t.stringList(),
    emergencyMessageTemplate: t.string(),
  }),
});

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function cleanHours(input: { weekly: Array<{ day: string; ranges: Array<{ open: string; close: string }> }>; holidays?: string[] | null }): BusinessHours {
  const weekly: NonNullable<BusinessHours['weekly']> = {};
  if (input.weekly.length > 7) throw badInput('businessHours.weekly has at most 7 days');
  for (const d of input.weekly) {
    if (!(DAYS as readonly string[]).includes(d.day)) throw badInput(`Unknown day "${d.day.slice(0, 10)}": use mon, tue, wed, thu, fri, sat or sun`);
    if (d.ranges.length > 6) throw badInput('At most 6 opening ranges per day');
    for (const r of d.ranges) {
      if (!HHMM.test(r.open) || !HHMM.test(r.close)) throw badInput('Opening times must be HH:MM (24h), e.g. 08:30');
      if (r.open >= r.close) throw badInput(`Opening range ${r.open}-${r.close} must close after it opens`);
    }
    weekly[d.day as (typeof DAYS)[number]] = d.ranges.map((r) => [r.open, r.close] as [string, string]);
  }
  const holidays = input.holidays ?? [];
  if (holidays.length > 366) throw badInput('At most 366 holidays');
  for (const h of holidays) if (!/^\d{4}-\d{2}-\d{2}$/.test(h) || Number.isNaN(Date.parse(h))) throw badInput(`Holiday "${h.slice(0, 20)}" must be a date YYYY-MM-DD`);
  return { weekly, holidays };
}

builder.mutationField('updateBusiness', (t) =>
  t.withAuth({ writer: true }).field({
    type: BusinessRef,
    args: { input: t.arg({ type: UpdateBusinessInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const set: BusinessUpdate = {};
      if (input.name != null) set.name = cleanText(input.name, 'Business name', 200, { required: true });
      if (input.timezone != null && !isValidTimezone(input.timezone)) throw badInput(`Unknown timezone "${input.timezone.slice(0, 64)}": use an IANA name like America/New_York`);
      if (input.phoneNumber !== undefined) set.phone_number = input.phoneNumber ? cleanPhone(input.phoneNumber, 'Phone number', await countryOfBusiness(ctx.deps.db, ctx.actor.businessId, input.timezone)) : null;
      if (input.website !== undefined) set.website = input.website ? cleanUrl(input.website, 'Website') : null;
      if (input.description != null) set.description = cleanText(input.description, 'Description', 5000);
      if (input.address !== undefined) set.address = cleanOptionalText(input.address, 'Address', 500);
      if (input.timezone != null) set.timezone = input.timezone;
      if (input.businessHours) set.business_hours = JSON.stringify(cleanHours(input.businessHours));
      if (input.allowedOrigins) {
        if (input.allowedOrigins.length > 20) throw badInput('At most 20 allowed origins');
        set.allowed_origins = [...new Set(input.allowedOrigins.map(cleanOrigin))];
      }
      if (input.emergencyMessageTemplate !== undefined) set.emergency_message_template = cleanOptionalText(input.emergencyMessageTemplate, 'Emergency message template', 1000);
      if (Object.keys(set).length === 0) return getBusiness(ctx.deps.db, ctx.actor.businessId);
      return updateBusinessProfile(ctx.deps.db, ctx.actor.businessId, set, new Date(ctx.deps.now()));
    },
  }),
);

const NotificationSettingsInput = builder.inputType('NotificationSettingsInput', {
  fields: (t) => ({
    notificationEmail: t.string({ description: 'null clears it' }),
    notificationPhoneNumber: t.string({ description: 'Spaces, dashes and brackets are removed; without a country code it is read in the business\'s country' }),
    escalationContacts: t.stringList({ description: 'At most 3 numbers (without a country code read in the business\'s country), called in this order; [] or null clears (the notification phone is used)' }),
  }),
});

builder.mutationField('updateNotificationSettings', (t) =>
  t.withAuth({ writer: true }).field({
    type: BusinessRef,
    args: { input: t.arg({ type: NotificationSettingsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const set: BusinessUpdate = { updated_at: new Date(ctx.deps.now()) };
      if (input.notificationEmail !== undefined) set.notification_email = input.notificationEmail ? cleanEmail(input.notificationEmail, 'Notification e-mail') : null;
      const country = input.notificationPhoneNumber || input.escalationContacts?.length ? await countryOfBusiness(ctx.deps.db, ctx.actor.businessId) : undefined;
      if (input.notificationPhoneNumber !== undefined) {
        set.notification_phone = input.notificationPhoneNumber ? cleanPhone(input.notificationPhoneNumber, 'Notification phone number', country) : null;
      }
      if (input.escalationContacts !== undefined) set.emergency_contacts = cleanEscalationContacts(input.escalationContacts ?? [], country);
      return ctx.deps.db.updateTable('businesses').set(set).where('id', '=', ctx.actor.businessId).returningAll().executeTakeFirstOrThrow();
    },
  }),
);
