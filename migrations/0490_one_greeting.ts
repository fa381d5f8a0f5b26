import { sql, type Kysely } from 'kysely';

// One greeting. The widget's greeting (widget_configs.greeting) and the agent's welcome message
// (agent_configs.welcome_message) were two settings that a visitor saw one after the other at the
// top of every chat. From now on agent_configs.welcome_message is the only one (the API calls it
// `greeting`); the widget and the agent both read it.
//
// Carrying values over: the widget greeting is NULL unless someone set it, while the welcome
// message always has a value, often a default (the column's default or the text that sign-up
// wrote for the business's trade, listed below as they were when this migration was written).
// - widget greeting blank or equal to the welcome message: nothing to carry;
// - welcome message still a default: the widget greeting (the owner's own words) wins;
// - both set by the owner: the one edited more recently (updated_at of its row) wins, a tie
//   goes to the widget greeting (it was the first bubble the visitor saw).
// Then the widget's column is dropped, so nothing can read a second greeting again.
const DEFAULT_WELCOMES = [
  'Hi! How can we help you today?',
  'Hi! How can I help you today?',
  'Hi! Questions about a plumbing or heating job, or need someone out? Ask me here.',
  'Hi! Questions about an electrical job, or need an electrician? Ask me here.',
  'Hi! Ask me about our cleaning services, prices and availability.',
  'Hi! Tell me about your project or ask me anything about how we work.',
  'Hi! I can help with appointments and questions about the clinic. In a medical emergency, please call your local emergency number.',
];

export async function up(db: Kysely<any>): Promise<void> {
  // A business with a widget greeting but no agent row yet gets one, so the greeting survives.
  await sql`
    INSERT INTO agent_configs (business_id)
    SELECT w.business_id FROM widget_configs w
    WHERE w.greeting IS NOT NULL AND btrim(w.greeting) <> ''
      AND NOT EXISTS (SELECT 1 FROM agent_configs a WHERE a.business_id = w.business_id)`.execute(db);
  await sql`
    UPDATE agent_configs a SET welcome_message = btrim(w.greeting)
    FROM widget_configs w
    WHERE w.business_id = a.business_id
      AND w.greeting IS NOT NULL AND btrim(w.greeting) <> ''
      AND btrim(w.greeting) <> a.welcome_message
      AND (a.welcome_message IN (${sql.join(DEFAULT_WELCOMES.map((s) => sql.lit(s)))}) OR w.updated_at >= a.updated_at)`.execute(db);
  await sql`ALTER TABLE widget_configs DROP COLUMN greeting`.execute(db);
}
