import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { hashPassword } from '../auth/password.js';

export const DEMO_BUSINESS_NAME = 'Demo Plumbing';

export interface DemoSeedOptions {
  phoneNumber: string;
  ownerEmail: string;
  /** When unset, a password is generated and returned so the caller can print it once. */
  ownerPassword?: string;
}

export interface DemoSeedResult {
  created: boolean;
  businessId?: string;
  /** Only set when the password was generated here. */
  generatedPassword?: string;
}

export const DEMO_KNOWLEDGE: Array<{ title: string; content: string; source: 'MARKDOWN' | 'TEXT' }> = [
  {
    title: 'Services and pricing',
    source: 'MARKDOWN',
    content: `# Services and pricing
## Call-out fee
A standard call-out costs $89, which includes the first 30 minutes of labour. After that labour is $120 per hour.
## Emergency call-outs
Emergency call-outs outside business hours cost $180 and we aim to arrive within 60 minutes anywhere in our service area.
## Drain cleaning
Blocked drains are cleared with a motorised snake from $149; hydro-jetting for tree roots and grease starts at $349.
## Water heaters
We repair and install tank and tankless water heaters. A new 50-gallon gas tank water heater installed costs from $1,650; tankless units from $2,900. Most installs take half a day.`,
  },
  {
    title: 'Service area and hours',
    source: 'MARKDOWN',
    content: `# Service area and hours
We serve Springfield, Shelbyville, Ogdenville and every town within 25 miles of downtown Springfield.
Our office is open Monday to Friday 8am to 6pm and Saturday 9am to 1pm. We are closed on Sundays and public holidays, but our emergency line answers 24/7.`,
  },
  {
    title: 'Guarantee, licences and payment',
    source: 'MARKDOWN',
    content: `# Guarantee and licences
All workmanship is guaranteed for 2 years and parts carry the manufacturer's warranty. We are fully licensed (licence PL-48213) and insured for $2 million.
# Payment
We accept credit cards, debit cards, bank transfer and checks. Financing is available for jobs over $1,000 with 0% interest for 12 months.`,
  },
  {
    title: 'What to do in a plumbing emergency',
    source: 'MARKDOWN',
    content: `# What to do in a plumbing emergency
If a pipe bursts, turn off the main water shut-off valve straight away; it is usually where the water line enters the house, often in the basement or under the kitchen sink. Switch off electricity to any flooded area if it is safe to do so.
If you smell gas, leave the building, do not use light switches, and call the gas company from outside before calling us.`,
  },
];

/** Seeds the demo business on an empty database. Safe to run from several instances at once. */
export async function seedDemo(db: Kysely<Database>, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const any = await db.selectFrom('businesses').select('id').limit(1).executeTakeFirst();
  if (any) return { created: false };
  const generatedPassword = options.ownerPassword ? undefined : randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(options.ownerPassword ?? generatedPassword!);
  return db.transaction().execute(async (trx) => {
    const business = await trx
      .insertInto('businesses')
      .values({
        name: DEMO_BUSINESS_NAME,
        is_demo: true,
        plan: 'PRO',
        twilio_number: options.phoneNumber,
        phone_number: '+15555550199',
        website: 'https://demo-plumbing.example',
        description: 'Family-run plumbing company: repairs, drains, water heaters and 24/7 emergency call-outs.',
        address: '742 Evergreen Terrace, Springfield',
        notification_email: options.ownerEmail,
        notification_phone: '+15555550111',
        timezone: 'America/New_York',
        business_hours: {
          weekly: {
            mon: [['08:00', '18:00']],
            tue: [['08:00', '18:00']],
            wed: [['08:00', '18:00']],
            thu: [['08:00', '18:00']],
            fri: [['08:00', '18:00']],
            sat: [['09:00', '13:00']],
          },
          holidays: ['2026-12-25', '2027-01-01'],
        },
        allowed_origins: [],
        emergency_message_template:
          'Urgent alert from {business}. A customer reported an emergency: {issue}. Their phone number is {phone}. Please call them back now.',
      })
      .onConflict((oc) => oc.column('twilio_number').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!business) return { created: false };
    const businessId = business.id;
    await trx
      .insertInto('users')
      .values({ business_id: businessId, email: options.ownerEmail, name: 'Demo Owner', password_hash: passwordHash, role: 'OWNER' })
      .execute();
    await trx
      .insertInto('agent_configs')
      .values({
        business_id: businessId,
        agent_name: 'Sam',
        persona: 'Friendly, calm and practical. Speaks plainly and keeps answers short.',
        instructions: 'Help callers with plumbing questions, book visits and treat water or gas emergencies as urgent.',
        welcome_message: 'Hi, I am Sam from Demo Plumbing. Questions about a plumbing job? Ask away.',
        voice_greeting: 'Thanks for calling Demo Plumbing, this is Sam. How can I help you today?',
        faq: JSON.stringify([
          { question: 'Do you charge for quotes?', answer: 'Quotes are free for jobs in our service area.' },
          { question: 'Are you open on weekends?', answer: 'We are open Saturday 9am to 1pm, and our emergency line answers 24/7.' },
        ]),
        emergency_keywords: ['sewage backup', 'no water'],
        emergency_sensitivity: 6,
      })
      .execute();
    await trx.insertInto('widget_configs').values({ business_id: businessId }).execute();
    await trx
      .insertInto('lead_questions')
      .values([
        { business_id: businessId, position: 0, question: 'What is your name?', expected_format: 'TEXT', required: true, maps_to: 'NAME', essential_for_emergency: true },
        { business_id: businessId, position: 1, question: 'What is the best phone number to reach you?', expected_format: 'PHONE', required: true, maps_to: 'PHONE', essential_for_emergency: true },
        { business_id: businessId, position: 2, question: 'What is your e-mail address?', expected_format: 'EMAIL', required: false, maps_to: 'EMAIL', essential_for_emergency: false },
        { business_id: businessId, position: 3, question: 'What is the address of the property?', expected_format: 'TEXT', required: true, maps_to: 'ADDRESS', essential_for_emergency: true },
        { business_id: businessId, position: 4, question: 'Briefly, what is the problem?', expected_format: 'TEXT', required: true, maps_to: 'ISSUE', essential_for_emergency: false },
        { business_id: businessId, position: 5, question: 'When would suit you for a visit?', expected_format: 'TEXT', required: false, maps_to: 'PREFERRED_TIME', essential_for_emergency: false },
      ])
      .execute();
    await trx
      .insertInto('knowledge_items')
      .values(DEMO_KNOWLEDGE.map((k) => ({ business_id: businessId, title: k.title, source: k.source, content: k.content })))
      .execute();
    const client = await trx
      .insertInto('clients')
      .values({ business_id: businessId, name: 'Jane Cooper', email: 'jane@example.com', phone: '+15555550123', company: 'Cooper Family' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('projects')
      .values([
        {
          business_id: businessId,
          client_id: client.id,
          provider: 'MANUAL',
          external_id: 'demo-bathroom',
          name: 'Bathroom remodel',
          status: 'IN_PROGRESS',
          progress: 60,
          due_date: '2026-12-18',
          description: 'New shower, vanity and re-piping of the upstairs bathroom. Tiling is under way; fixtures go in next week.',
          task_count: 10,
          completed_task_count: 6,
        },
        {
          business_id: businessId,
          client_id: client.id,
          provider: 'MANUAL',
          external_id: 'demo-water-heater',
          name: 'Water heater replacement',
          status: 'COMPLETED',
          progress: 100,
          due_date: '2026-10-02',
          description: '50-gallon gas water heater installed and inspected.',
          task_count: 4,
          completed_task_count: 4,
        },
      ])
      .execute();
    return { created: true, businessId, generatedPassword };
  });
}
