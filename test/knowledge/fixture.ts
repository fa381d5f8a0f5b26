// A fixture knowledge base for a fictional heating and plumbing company, and paraphrased
// questions whose answer must be in the retrieved chunk (`expect` is a phrase of that chunk).

export const FIXTURE_ITEMS: Array<{ title: string; source: 'MARKDOWN' | 'HTML' | 'TEXT'; content: string }> = [
  {
    title: 'Prices',
    source: 'MARKDOWN',
    content: `# Prices
## Call-out
Our standard call-out fee is $95 and covers the first half hour on site. Additional labour is billed at $110 per hour in 15 minute steps.
## Weekend and night rates
Work on Saturdays, Sundays and after 7pm is charged at time and a half.
## Quotes
Written quotes for larger jobs are free of charge and valid for 30 days.`,
  },
  {
    title: 'Opening hours',
    source: 'MARKDOWN',
    content: `# Opening hours
The office is staffed Monday to Friday from 7:30am to 5:30pm. On Saturdays we take bookings from 9am until noon.
We are closed on Sundays and bank holidays, except for the 24-hour emergency line.`,
  },
  {
    title: 'Where we work',
    source: 'TEXT',
    content: `We cover Riverton, Lakeside, Millbrook and the villages within 20 miles of Riverton town centre. Jobs outside that radius carry a $40 travel surcharge.`,
  },
  {
    title: 'Guarantees',
    source: 'MARKDOWN',
    content: `# Guarantees
Every repair we carry out comes with a 12 month workmanship guarantee. New boiler installations are covered by a 7 year manufacturer warranty when serviced annually by us.`,
  },
  {
    title: 'Paying us',
    source: 'HTML',
    content: `<html><body><h1>Paying us</h1><p>We take Visa, Mastercard and American Express, contactless payments and bank transfers. Cash is accepted for jobs under $500.</p><p>Invoices are due within 14 days. Larger projects can be spread over 24 monthly instalments through our finance partner.</p></body></html>`,
  },
  {
    title: 'Emergencies',
    source: 'MARKDOWN',
    content: `# Emergencies
Our emergency line is answered around the clock, every day of the year. We aim to have an engineer with you within 90 minutes.
## Leaking or burst pipes
Turn off the stopcock, which is normally under the kitchen sink, then open the cold taps to drain the system.
## Smell of gas
Leave the property, don't operate electrical switches, and phone the national gas emergency number first.`,
  },
  {
    title: 'Boilers and heating',
    source: 'MARKDOWN',
    content: `# Boilers and heating
## Servicing
An annual boiler service costs $120 and includes a flue gas analysis and safety certificate.
## New boilers
A combi boiler replacement, including removal of the old unit, starts at $2,400 and is usually completed in one day.
## Radiators
Cold spots at the top of a radiator usually mean trapped air; bleeding the radiator with a key normally fixes it. Power flushing the system costs $450.`,
  },
  {
    title: 'Water heaters',
    source: 'MARKDOWN',
    content: `# Water heaters
We install electric and gas storage tanks and tankless units. A 40-gallon electric tank fitted costs from $1,300. Tankless units take about six hours to install and need a dedicated gas line.`,
  },
  {
    title: 'Drains',
    source: 'MARKDOWN',
    content: `# Drains
Blocked sinks, toilets and showers are cleared with hand rods or an electric eel from $130. For recurring blockages we offer a CCTV drain survey for $220, with a recorded video and written report.`,
  },
  {
    title: 'Bookings and cancellations',
    source: 'MARKDOWN',
    content: `# Bookings and cancellations
You can book online, by phone or by chat. We send a text message with the engineer's name the morning of the visit.
Please give at least 24 hours' notice to cancel or move an appointment; late cancellations are charged $45.`,
  },
  {
    title: 'About us',
    source: 'MARKDOWN',
    content: `# About us
Northwind Heating was founded in 1998 by Maria and Tom Alvarez. Our 14 engineers are Gas Safe registered and fully insured for $5 million public liability.`,
  },
  {
    title: 'Bathrooms',
    source: 'MARKDOWN',
    content: `# Bathrooms
We design and fit complete bathrooms. A typical bathroom refit takes 8 to 10 working days, and we provide a free design visit with 3D drawings.`,
  },
];

export const FIXTURE_QUESTIONS: Array<{ q: string; expect: string }> = [
  { q: 'What do you charge to come out?', expect: 'call-out fee is $95' },
  { q: 'how much is the hourly labour rate', expect: '$110 per hour' },
  { q: 'Is it more expensive on a Sunday or at night?', expect: 'time and a half' },
  { q: 'Do quotes cost anything?', expect: 'free of charge' },
  { q: 'What time does your office open on weekdays?', expect: '7:30am to 5:30pm' },
  { q: 'Can I book on a Saturday?', expect: 'Saturdays we take bookings' },
  { q: 'Are you open on bank holidays?', expect: 'bank holidays' },
  { q: 'Do you cover Millbrook?', expect: 'Millbrook' },
  { q: 'Is there an extra charge if I live far away?', expect: 'travel surcharge' },
  { q: 'How long is the guarantee on repairs?', expect: '12 month workmanship guarantee' },
  { q: 'What warranty comes with a new boiler?', expect: '7 year manufacturer warranty' },
  { q: 'Can I pay with American Express?', expect: 'American Express' },
  { q: 'Do you accept cash payments?', expect: 'Cash is accepted' },
  { q: 'When do I have to pay the invoice?', expect: 'due within 14 days' },
  { q: 'Can I pay in monthly instalments?', expect: '24 monthly instalments' },
  { q: 'Is the emergency line open at night?', expect: 'around the clock' },
  { q: 'How fast can an engineer arrive in an emergency?', expect: 'within 90 minutes' },
  { q: 'A pipe has burst, what should I do first?', expect: 'stopcock' },
  { q: 'I can smell gas, what do I do?', expect: 'gas emergency number' },
  { q: 'What does a yearly boiler service cost?', expect: 'annual boiler service costs $120' },
  { q: 'Price of replacing my combi boiler?', expect: 'combi boiler replacement' },
  { q: 'my radiator is cold at the top', expect: 'bleeding the radiator' },
  { q: 'How much is a power flush?', expect: 'Power flushing' },
  { q: 'Cost of fitting an electric water tank', expect: '40-gallon electric tank' },
  { q: 'How long does a tankless install take?', expect: 'six hours' },
  { q: 'My shower drain is clogged, how much to unblock it?', expect: 'from $130' },
  { q: 'Can you put a camera down my drains?', expect: 'CCTV drain survey' },
  { q: 'Is there a fee for cancelling late?', expect: 'late cancellations are charged $45' },
  { q: 'Will I know who the engineer is before the visit?', expect: "engineer's name" },
  { q: 'Are your engineers insured and registered?', expect: 'Gas Safe registered' },
  { q: 'When was the company started?', expect: 'founded in 1998' },
  { q: 'How many days does a new bathroom take?', expect: '8 to 10 working days' },
  { q: 'Do you do a free design for bathrooms?', expect: 'free design visit' },
];
