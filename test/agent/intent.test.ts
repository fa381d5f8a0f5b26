import t from 'tap';
import { readIntent } from '../../src/agent/read-intent.js';
import { triage } from '../../src/agent/triage.js';

// The conversation policy's reading of a first message (issue 12 item 1), one table per case.
// Examples written for this test (not taken from eval/data).

type Row = [text: string, question: boolean, wantsService: boolean, requestOnly?: boolean];

const tables: Record<string, Row[]> = {
  // QA (a simulated call): "I was wondering how much you charge to come out" started the questions.
  'a question framed as wondering or "can you tell me" asks about, even about coming out': [
    ['yeah hi um I was wondering how much you charge to come out', true, false],
    ['can you tell me how much to come out', true, false],
    ['I wanted to know what your hours are', true, false],
    ['i was wondering if you could come out tomorrow', true, true, true],
  ],
  'asking about a policy, a price or what is included, without a question mark': [
    ['refund policy please', true, false],
    ['weekend rates pls', true, false],
    ['deposit for a kitchen remodel', true, false],
    ['how much for a drain camera inspection', true, false],
  ],
  'asking whether the business does a job is not ordering it': [
    ['can you unblock a shower drain', true, false],
    ['will u clean windows on the second floor', true, false],
    ['do you install heat pumps', true, false],
    ['could you repair a cracked bathtub', true, false],
  ],
  // QA (a driving school): "can i book by text" started the lead questions; the guide says "Book online or text ...".
  'asking how to book (by text, online, over the phone) is a question; asking to book is a request': [
    ['can i book by text', true, false],
    ['can we schedule online', true, false],
    ['could i book a lesson over the phone', true, false],
    ['can i make an appointment by email', true, false],
    ['can i book a lesson for saturday', true, true],
    ['can you book me in for tuesday', true, true],
  ],
  'a question inside a sentence': [
    ['i rent my flat do i need the landlord to call you', true, false],
    ['we have a puppy is that a problem for the cleaners', true, false],
    ['my kitten is 9 weeks can she have her shots yet', true, false],
    ['my dad is 80 does he need a referral first', true, false],
    ['he can be there after 5', false, false],
    ['my grandma is 90, can she stay in the house while you spray', true, false],
    ['my husband is allergic to cats will your groomers use gloves', true, false],
    ['my landlord pays the bills does your company invoice him directly', true, false],
    ['we rent the place, would that change the price', true, false],
    ['thinking of a new patio heater, is that something you fit', true, false],
    ['the quote is steep, any way to spread the payments', true, false],
    ['moving to spain in the spring, can yall handle that', true, false],
    ['till what time do the techs work on fridays', true, false],
    ['for how long is the warranty good', true, false],
  ],
  'a price, a duration or a comparison asked after the trouble is told is a question': [
    ['the gate latch snapped off in the wind, how much to replace it', true, false],
    ['our hot tub went cloudy after the party how much for a clean', true, false],
    ['the fridge died, how long for a repair', true, false],
    ['the lino is peeling in two rooms, is patching cheaper than new flooring', true, false],
  ],
  'a price asked beside a request is answered first, then the details start': [
    ['the pump is rattling, how much is a repair visit', true, true, false],
    ['i need an electrician how much is a call out', true, true, false],
  ],
  'an auxiliary before its subject opens a question': [
    ['am i allowed to hang pictures in the hallway', true, false],
    ['was my payment received', true, false],
    ['must we empty the shed first', true, false],
  ],
  'context without a question stays a statement': [
    ['the boiler does that clicking every morning', false, false],
    ['the dishwasher did this last winter too', false, false],
    ['all i know is that the tap drips', false, false],
  ],
  'questions about coming or booking are answered first': [
    ['how soon can you come out', true, false],
    ['do you have anyone who can come on sundays', true, false],
    ['how do i book', true, false],
    ['how do i sign up', true, false],
    ['can i register online', true, false],
    ['can i come in before work', true, false],
  ],
  'asking someone to come, book or call back starts the details': [
    ['could someone come and look at the radiator', true, true, true],
    ['can you send a technician tomorrow', true, true, true],
    ['can i book a clean for next friday', true, true, true],
    ['can i sign up for swim lessons', true, true, false],
    ['could we register our son for piano', true, true, false],
    ['please ring me back', false, true],
    ['I need an electrician for three new sockets', false, true],
    ['my dryer vent is clogged, can someone come out', false, true],
  ],
  'asking for a quote is a request; asking about quotes is a question': [
    ['can i get a quote for a new deck', true, true, true],
    ['could you quote me for a rewire', true, true, true],
    ['id like an estimate for new gutters', false, true],
    ['how much is a quote', true, false],
    ['do you give free estimates', true, false],
    ['is the quote free', true, false],
  ],
  // Session 32 QA (an IT support company): "we are in naperville do you come out here" started the
  // lead questions ("I can help with that. What is your name?") instead of saying the area covered.
  'whether the business goes to where the visitor is, asked after saying where: a question': [
    ['we are in naperville do you come out here', true, false, false],
    ['we are in naperville. do you come out here?', true, false, false],
    ['im in the suburbs. do u guys travel that far?', true, false, false],
    ['we are in oak park, do you service our area', true, false, false],
    // A visit asked for on a day is still a request.
    ['my sink is leaking do you come out today', false, true],
    ['im in pine ridge, can u come out monday', true, true, false],
  ],
};

for (const [name, rows] of Object.entries(tables)) {
  t.test(name, async (t) => {
    for (const [text, question, wantsService, requestOnly] of rows) {
      const r = readIntent(text);
      t.equal(r.question, question, `${text}: question`);
      t.equal(r.wantsService, wantsService, `${text}: wants service`);
      if (requestOnly !== undefined) t.equal(r.requestOnly, requestOnly, `${text}: request only`);
    }
  });
}

t.test('asking the price of an emergency service is not an emergency; saying it is one still is', async (t) => {
  for (const text of ['emergancy plumber rates', 'emergency call out fee on sundays', 'what do you charge for emergency work']) {
    t.equal(triage(text).emergency, false, text);
  }
  for (const text of ['emergency, the kitchen is flooding', 'this is an emergency please help', 'emergency! sparks from the socket']) {
    t.equal(triage(text).emergency, true, text);
  }
});
