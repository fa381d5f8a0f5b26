import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Business, Database, TwilioNumberSource } from '../db/schema.js';
import { isUuid } from '../db/ids.js';
import { AppError, badInput, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TwilioRestClient } from './client.js';
import { twilioErrorStatus } from './client.js';
import { toE164 } from './e164.js';

// A business's phone line: search Twilio's inventory, buy a number, point a number already on
// the platform's Twilio account at this server, give it back, or (operators) record a number
// configured elsewhere. The business row is the only record; Twilio is told first and the row
// written after, with a compensating release when the row cannot be written.

export const INBOUND_VOICE_PATH = '/api/voice/inbound';
export const VOICE_STATUS_PATH = '/api/voice/status';

export interface AvailablePhoneNumber {
  phoneNumber: string;
  friendlyName: string;
  locality: string | null;
  region: string | null;
  isoCountry: string;
  voice: boolean;
  sms: boolean;
}

export interface NumberSearch {
  country?: string | null;
  areaCode?: string | null;
  contains?: string | null;
}

export interface PhoneNumberService {
  available(search: NumberSearch): Promise<AvailablePhoneNumber[]>;
  provision(businessId: string, phoneNumber: string): Promise<Business>;
  connect(businessId: string, phoneNumber: string): Promise<Business>;
  release(businessId: string): Promise<Business>;
  /** Operators: records (or clears, with null) a number without calling Twilio. */
  assign(businessId: string, phoneNumber: string | null): Promise<Business>;
}

export interface PhoneNumberDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'PUBLIC_BASE_URL' | 'PORT'>;
  twilio: () => TwilioRestClient | null;
  logger: Logger;
  now: () => number;
}

const MAX_RESULTS = 20;

export const twilioNotConfigured = (): AppError =>
  new AppError('TWILIO_NOT_CONFIGURED', 'Phone numbers need the platform Twilio account: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN');

const numberTaken = (): AppError => new AppError('CONFLICT', 'That number is already in use by another business');
const isUniqueViolation = (err: unknown): boolean => (err as { code?: string } | null)?.code === '23505';

/** The E.164 form, or BAD_USER_INPUT. */
export function cleanTwilioNumber(value: string): string {
  const e164 = toE164(value);
  if (!e164) throw badInput('Phone number must be a valid number in E.164 form, e.g. +14155550100', { field: 'phoneNumber' });
  return e164;
}

export function createPhoneNumberService(deps: PhoneNumberDeps): PhoneNumberService {
  const { db, logger } = deps;
  const log = logger.child({ component: 'phone-numbers' });
  const base = (deps.config.PUBLIC_BASE_URL ?? `http://localhost:${deps.config.PORT}`).replace(/\/+$/, '');
  /** Where Twilio sends the number's calls: this server's voice webhook and status callback. */
  const hooks = {
    voiceUrl: base + INBOUND_VOICE_PATH,
    voiceMethod: 'POST',
    statusCallback: base + VOICE_STATUS_PATH,
    statusCallbackMethod: 'POST',
  };

  const client = (): TwilioRestClient => {
    const c = deps.twilio();
    if (!c) throw twilioNotConfigured();
    return c;
  };

  const load = async (businessId: string): Promise<Business> => {
    if (!isUuid(businessId)) throw notFound('Business');
    const row = await db.selectFrom('businesses').selectAll().where('id', '=', businessId).executeTakeFirst();
    if (!row) throw notFound('Business');
    return row;
  };

  const assertFree = async (businessId: string, number: string) => {
    const other = await db.selectFrom('businesses').select('id').where('twilio_number', '=', number).where('id', '!=', businessId).executeTakeFirst();
    if (other) throw numberTaken();
  };

  /** The checks before taking a number (buying or connecting): valid, business has none, no one else has it. */
  const claimable = async (businessId: string, phoneNumber: string): Promise<{ number: string; business: Business }> => {
    const number = cleanTwilioNumber(phoneNumber);
    const business = await load(businessId);
    if (business.twilio_number) throw badInput(`This business already has the number ${business.twilio_number}: release it first`, { field: 'phoneNumber' });
    await assertFree(businessId, number);
    return { number, business };
  };

  const record = async (businessId: string, number: string | null, sid: string | null, source: TwilioNumberSource | null): Promise<Business> => {
    try {
      return await db
        .updateTable('businesses')
        .set({ twilio_number: number, twilio_number_sid: sid, twilio_number_source: source, updated_at: new Date(deps.now()) })
        .where('id', '=', businessId)
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (err) {
      if (isUniqueViolation(err)) throw numberTaken();
      throw err;
    }
  };

  /** Twilio refused: its 4xx are the caller's problem (a number just sold, a bad area code). */
  const twilioFailure = (err: unknown, what: string): never => {
    const status = twilioErrorStatus(err);
    if (status !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 429) {
      throw badInput(`Twilio refused to ${what}: ${String((err as Error).message ?? '').slice(0, 200)}`);
    }
    log.error({ err: (err as Error).message, status }, `Twilio failed to ${what}`);
    throw new AppError('SERVICE_UNAVAILABLE', `Twilio could not ${what} right now; try again shortly`);
  };

  return {
    async available(search) {
      const country = (search.country ?? 'US').trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(country)) throw badInput('country must be a two-letter ISO code, e.g. US', { field: 'country' });
      const areaCode = search.areaCode?.trim() || null;
      if (areaCode !== null && !/^\d{2,5}$/.test(areaCode)) throw badInput('areaCode must be digits, e.g. 415', { field: 'areaCode' });
      const contains = search.contains?.trim() || null;
      if (contains !== null && !/^[0-9A-Za-z*]{1,16}$/.test(contains)) throw badInput('contains takes digits, letters and *, at most 16', { field: 'contains' });
      const twilio = client();
      let found;
      try {
        found = await twilio.availablePhoneNumbers(country).local.list({
          voiceEnabled: true,
          ...(areaCode ? { areaCode: Number(areaCode) } : {}),
          ...(contains ? { contains } : {}),
          limit: MAX_RESULTS,
        });
      } catch (err) {
        return twilioFailure(err, 'search numbers');
      }
      return found.slice(0, MAX_RESULTS).map((n) => ({
        phoneNumber: n.phoneNumber,
        friendlyName: n.friendlyName,
        locality: n.locality || null,
        region: n.region || null,
        isoCountry: n.isoCountry,
        voice: n.capabilities?.voice !== false,
        sms: n.capabilities?.sms === true,
      }));
    },

    async provision(businessId, phoneNumber) {
      const { number, business } = await claimable(businessId, phoneNumber);
      const twilio = client();
      let sid: string;
      try {
        const bought = await twilio.incomingPhoneNumbers.create({ phoneNumber: number, friendlyName: business.name.slice(0, 64), ...hooks });
        sid = bought.sid;
      } catch (err) {
        return twilioFailure(err, 'buy that number');
      }
      try {
        const row = await record(businessId, number, sid, 'PROVISIONED');
        log.info({ businessId, sid }, 'phone number provisioned');
        return row;
      } catch (err) {
        // Bought but not recorded (another business took it meanwhile): give it back.
        await twilio.incomingPhoneNumbers(sid).remove().catch((e: unknown) => log.error({ err: (e as Error).message, sid }, 'could not release an unrecorded number'));
        throw err;
      }
    },

    async connect(businessId, phoneNumber) {
      const { number } = await claimable(businessId, phoneNumber);
      const twilio = client();
      let sid: string;
      try {
        const [owned] = await twilio.incomingPhoneNumbers.list({ phoneNumber: number, limit: 1 });
        if (!owned) throw badInput(`${number} is not a number of the platform's Twilio account`, { field: 'phoneNumber' });
        sid = owned.sid;
        await twilio.incomingPhoneNumbers(sid).update(hooks);
      } catch (err) {
        if (err instanceof AppError) throw err;
        return twilioFailure(err, 'connect that number');
      }
      const row = await record(businessId, number, sid, 'CONNECTED');
      log.info({ businessId, sid }, 'phone number connected');
      return row;
    },

    async release(businessId) {
      const business = await load(businessId);
      if (!business.twilio_number) throw badInput('This business has no phone number');
      const sid = business.twilio_number_sid;
      if (sid && (business.twilio_number_source === 'PROVISIONED' || business.twilio_number_source === 'CONNECTED')) {
        const twilio = client();
        try {
          if (business.twilio_number_source === 'PROVISIONED') await twilio.incomingPhoneNumbers(sid).remove();
          // A connected number stays on the account; it just stops calling this server.
          else await twilio.incomingPhoneNumbers(sid).update({ voiceUrl: '', statusCallback: '' });
        } catch (err) {
          // Already gone from the account: nothing left to undo there.
          if (twilioErrorStatus(err) !== 404) return twilioFailure(err, 'release that number');
        }
      }
      const row = await record(businessId, null, null, null);
      log.info({ businessId, source: business.twilio_number_source }, 'phone number released');
      return row;
    },

    async assign(businessId, phoneNumber) {
      const number = phoneNumber === null || phoneNumber.trim() === '' ? null : cleanTwilioNumber(phoneNumber);
      await load(businessId);
      if (number) await assertFree(businessId, number);
      return record(businessId, number, null, number ? 'ASSIGNED' : null);
    },
  };
}
