import type { AvailablePhoneNumber } from '../twilio/phone-numbers.js';
import { builder } from './builder.js';
import { BusinessRef } from './business.js';

// The business's phone line (PRO, owner/admin): search, buy, connect, release; operators
// record a number configured elsewhere. The rules live in src/twilio/phone-numbers.ts.

const AvailablePhoneNumberRef = builder.objectRef<AvailablePhoneNumber>('AvailablePhoneNumber').implement({
  description: 'A number Twilio can sell right now',
  fields: (t) => ({
    phoneNumber: t.exposeString('phoneNumber', { description: 'E.164' }),
    friendlyName: t.exposeString('friendlyName'),
    locality: t.exposeString('locality', { nullable: true }),
    region: t.exposeString('region', { nullable: true }),
    isoCountry: t.exposeString('isoCountry'),
    voice: t.exposeBoolean('voice'),
    sms: t.exposeBoolean('sms'),
  }),
});

const PhoneNumberSourceEnum = builder.enumType('PhoneNumberSource', {
  values: {
    PROVISIONED: { description: 'Bought by this server: releasing gives it back to Twilio' },
    CONNECTED: { description: 'Already on the Twilio account, pointed at this server: releasing unhooks it' },
    ASSIGNED: { description: 'Recorded by a platform operator; configured outside this server' },
  } as const,
});

builder.objectField(BusinessRef, 'phoneNumberSource', (t) =>
  t.field({
    type: PhoneNumberSourceEnum,
    nullable: true,
    description: 'How the business got twilioNumber (null when it has none, or it predates provisioning)',
    resolve: (b) => b.twilio_number_source ?? null,
  }),
);

builder.queryField('availablePhoneNumbers', (t) =>
  t.withAuth({ writer: true, feature: 'realtimeVoice' }).field({
    type: [AvailablePhoneNumberRef],
    description: 'Local numbers with voice that Twilio offers (at most 20)',
    args: {
      country: t.arg.string({ defaultValue: 'US', description: 'ISO 3166 two-letter code' }),
      areaCode: t.arg.string(),
      contains: t.arg.string({ description: 'Digits, letters and * wildcards the number must contain' }),
    },
    resolve: (_root, args, ctx) => ctx.services.phoneNumbers.available({ country: args.country, areaCode: args.areaCode, contains: args.contains }),
  }),
);

builder.mutationField('provisionPhoneNumber', (t) =>
  t.withAuth({ writer: true, feature: 'realtimeVoice' }).field({
    type: BusinessRef,
    description: "Buys the number on the platform's Twilio account, points its calls at this server and records it",
    args: { phoneNumber: t.arg.string({ required: true }) },
    resolve: (_root, { phoneNumber }, ctx) => ctx.services.phoneNumbers.provision(ctx.actor.businessId, phoneNumber),
  }),
);

builder.mutationField('connectPhoneNumber', (t) =>
  t.withAuth({ writer: true, feature: 'realtimeVoice' }).field({
    type: BusinessRef,
    description: "Points a number already on the platform's Twilio account at this server and records it",
    args: { phoneNumber: t.arg.string({ required: true }) },
    resolve: (_root, { phoneNumber }, ctx) => ctx.services.phoneNumbers.connect(ctx.actor.businessId, phoneNumber),
  }),
);

builder.mutationField('releasePhoneNumber', (t) =>
  // No plan gate: a business that left PRO can still let its number go.
  t.withAuth({ writer: true }).field({
    type: BusinessRef,
    description: 'Gives a provisioned number back to Twilio, or unhooks a connected one, and clears it',
    resolve: (_root, _args, ctx) => ctx.services.phoneNumbers.release(ctx.actor.businessId),
  }),
);

builder.mutationField('assignPhoneNumber', (t) =>
  t.withAuth({ platformAdmin: true }).field({
    type: BusinessRef,
    description: 'Platform operators only (PLATFORM_ADMIN_TOKEN bearer): records a number configured elsewhere, without calling Twilio; null clears it',
    args: { businessId: t.arg.id({ required: true }), phoneNumber: t.arg.string() },
    resolve: (_root, args, ctx) => ctx.services.phoneNumbers.assign(String(args.businessId), args.phoneNumber ?? null),
  }),
);
