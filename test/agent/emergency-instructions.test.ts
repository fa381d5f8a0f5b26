import t from 'tap';
import { composeEmergencyReply } from '../../src/agent/emergency-reply.js';
import { triage } from '../../src/agent/triage.js';

// QA, session 20: a lawn care company's visitor wrote "my neighbours tree fell on our fence during
// the storm, there are wires down in the yard" and was told to switch the power off at the main
// breaker: no breaker of the house switches off a power line down outside. A line down gets the
// utility's rule: stay well back, treat it as live, call 911 and the power company.

type Ctx = Parameters<typeof composeEmergencyReply>[0];
const ctx = (phone: string, timezone = 'America/Toronto') =>
  ({ business: { id: 'b', name: 'Greenway Lawn & Landscape', plan: 'PRO', phone_number: phone, twilio_number: null, timezone } }) as unknown as Ctx;
const hit = (content: string) => ({ chunkId: 'c', itemId: 'i', title: 'Guide', heading: 'Safety', content, score: 1 });

t.test('a power line down: stay back and call the emergency number and the power company, never the breaker', async (t) => {
  const downed = [
    'my neighbours tree fell on our fence during the storm, there are wires down in the yard',
    'a power line is down across our driveway',
    'theres a downed line on the sidewalk outside',
    'the storm snapped a power cable and its lying on the lawn',
  ];
  for (const said of downed) {
    const found = triage(said);
    t.ok(found.emergency && found.hazard === 'ELECTRICAL', `${said}: an electrical emergency (${found.matched.join('; ')})`);
    const { reply } = composeEmergencyReply(ctx('+19055550147'), 'ELECTRICAL', [], [], { said });
    t.match(reply, /^Stay at least 10 metres \(33 feet\) away from the wire .* call 911 and the power company now\./, said);
    t.notMatch(reply, /breaker/, `${said}: no breaker`);
  }
  // A guide's own instruction about the house's outlets is no instruction for a line down; its rule for downed lines is.
  const outlets = hit('If an outlet sparks, switch off the breaker for that circuit and call us.');
  t.match(composeEmergencyReply(ctx('+19055550147'), 'ELECTRICAL', [outlets], [], { said: downed[1] }).reply, /^Stay at least 10 metres/);
  const own = hit('If you see power lines down, stay back at least 10 m and call Hydro One at 1-800-434-1235.');
  t.match(composeEmergencyReply(ctx('+19055550147'), 'ELECTRICAL', [own, outlets], [], { said: downed[1] }).reply, /^If you see power lines down, stay back at least 10 m and call Hydro One/);
  // In the UK the number is 999.
  t.match(composeEmergencyReply(ctx('+442079460000', 'Europe/London'), 'ELECTRICAL', [], [], { said: downed[1] }).reply, /call 999 and the power company/);
  // A sparking outlet indoors keeps the breaker instruction.
  t.match(composeEmergencyReply(ctx('+19055550147'), 'ELECTRICAL', [], [], { said: 'the outlet in the kitchen is sparking' }).reply, /main breaker/);
});

// QA, session 20 (a call to the demo plumber): "my toilet is overflowing and it wont stop" was told
// to stop using the taps and drains, not how to stop the water: the toilet's own valve.
t.test("a toilet that keeps overflowing: turn off its own valve first", async (t) => {
  for (const said of ['my toilet is overflowing and it wont stop', 'the loo keeps running over onto the floor', 'toilet flooding the bathroom!!', 'help the toilet is overflowing everywhere']) {
    const found = triage(said);
    t.ok(found.emergency, `${said}: an emergency (${found.matched.join('; ')})`);
    const { reply } = composeEmergencyReply(ctx('+15555550100', 'America/Denver'), found.hazard!, [], [], { said });
    t.match(reply, /^Turn off the toilet's water now: the small valve on the wall or floor behind it, turned clockwise\./, said);
  }
  // Sewage coming up a drain keeps its own instruction.
  t.match(composeEmergencyReply(ctx('+15555550100'), 'SEWAGE', [], [], { said: 'sewage is coming up through the basement floor drain' }).reply, /^Stop using the taps, toilets and drains/);
  // The business's own instruction comes first when it has one.
  const own = hit('If a toilet overflows, lift the tank lid and push the flapper down, then turn the valve behind the toilet off.');
  t.match(composeEmergencyReply(ctx('+15555550100'), 'SEWAGE', [own], [], { said: 'my toilet is overflowing and it wont stop' }).reply, /^If a toilet overflows, lift the tank lid/);
});

// Session 33 QA (a property manager's tenant): "theres water pouring through my ceiling from the unit
// upstairs!!" was told to turn off the main water valve where the pipe comes into the house: the
// tenant's own valve stops nothing coming from the flat above.
t.test('water coming from the home above: the neighbour upstairs turns theirs off, not your main valve', async (t) => {
  for (const said of ['theres water pouring through my ceiling from the unit upstairs!!', 'water is leaking through the ceiling from the apartment above', 'the upstairs neighbours bathtub overflowed and its pouring through our ceiling']) {
    const found = triage(said);
    t.ok(found.emergency && found.hazard === 'WATER', `${said}: water (${found.matched.join('; ')})`);
    const { reply } = composeEmergencyReply(ctx('+13035550188', 'America/Denver'), 'WATER', [], [], { said });
    t.match(reply, /^Keep clear of any wet electrics and light fittings, put a bucket or towels under it, and if you can, knock on the door upstairs so they can turn their water off\./, said);
    t.notMatch(reply, /main water valve/, said);
  }
  t.match(composeEmergencyReply(ctx('+13035550188'), 'WATER', [], [], { said: 'a pipe burst under my sink and water is everywhere' }).reply, /^If you can, turn off the main water valve/, 'water from your own pipe: your own valve');
  // (In a house, "from upstairs" is its own upstairs: its own stopcock stops it, test/agent/qa30-uk-heating.)
  t.match(composeEmergencyReply(ctx('+13035550188'), 'WATER', [], [], { said: 'theres water pouring through the ceiling from upstairs' }).reply, /^If you can, turn off the main water valve/, "the house's own upstairs");
  t.match(composeEmergencyReply(ctx('+13035550188'), 'WATER', [], [], { said: 'the upstairs bathroom is leaking through the kitchen ceiling' }).reply, /^If you can, turn off the main water valve/, "the house's own upstairs bathroom");
});

// Session 32 QA (an IT support company): "all our computers have a ransom note on them and files are
// encrypted" was answered "If anyone is in danger, call 911 now.": nobody is; what stops the damage
// is unplugging the computers from the network (left on), or for an e-mail account taken over,
// changing its password from a clean device.
t.test('an attack on the computers gets what stops the damage, not "call 911"', async (t) => {
  const it = ctx('+13125550100', 'America/Chicago');
  const attacked = [
    'help all our computers have a ransom note on them and files are encrypted',
    'we got hit by ransomware, nothing opens',
    'i think we were hacked, the screens say our files are locked',
  ];
  for (const said of attacked) {
    const found = triage(said);
    const { reply } = composeEmergencyReply(it, found.hazard ?? 'STATED', [], [], { said });
    t.match(reply, /^Disconnect the affected computers from the network now .* leave them switched on/, said);
    t.notMatch(reply, /911/, `${said}: no 911`);
  }
  const account = 'i think we got hacked someone is logged into our email sending invoices';
  t.match(composeEmergencyReply(it, 'STATED', [], [], { said: account }).reply, /^From a computer or phone that is not affected, change that account's password now/);
  // Anything else said in words no hazard rule knows keeps "people first".
  t.match(composeEmergencyReply(it, 'STATED', [], [], { said: 'i think someone is in my house' }).reply, /^If anyone is in danger, call 911 now\./);
  // A business's own instruction for it still wins.
  const own = hit('If you see a ransom note, unplug the computer from the network and call our emergency line.');
  t.match(composeEmergencyReply(it, 'STATED', [own], [], { said: attacked[0] }).reply, /^If you see a ransom note, unplug the computer/);
});

// Session 32 QA: an owner's own emergency word ("outage") got "This sounds like an emergency.  I can
// take your number ..." with two spaces where the (empty) instruction would have been.
t.test("an owner's own emergency word: the opener and the choice, one space apart", async (t) => {
  const { reply } = composeEmergencyReply(ctx('+13125550100', 'America/Chicago'), 'CUSTOM', [], [], { said: 'the whole office is offline, internet outage since 9am' });
  t.match(reply, /^This sounds like an emergency\. Our emergency line is /);
  t.notMatch(reply, / {2}/);
});

// Session 33 QA (a property manager with "no heat, no power, no hot water" as its emergency words):
// "hi my heat isnt working and its like 5 degrees outside, i have a 6 month old" got only "This sounds
// like an emergency." An owner's word about the heating borrows the standard no-heat instruction;
// a power cut gets no breaker advice (that is for sparks), hot water no heating advice.
t.test("an owner's own emergency word borrows the instruction of the hazard it names", async (t) => {
  const c = ctx('+13035550188', 'America/Denver');
  t.match(composeEmergencyReply(c, 'CUSTOM', [], [], { said: 'hi my heat isnt working and its like 5 degrees outside, i have a 6 month old' }).reply, /^Keep everyone together in the warmest room with extra layers/);
  t.match(composeEmergencyReply(c, 'CUSTOM', [], [], { said: 'the furnace quit and its freezing in here' }).reply, /^Keep everyone together in the warmest room/);
  t.match(composeEmergencyReply(c, 'CUSTOM', [], [], { said: 'no hot water since this morning, the water heater is dead' }).reply, /^This sounds like an emergency\. /);
  const power = composeEmergencyReply(c, 'CUSTOM', [], [], { said: 'we have no power in the whole unit' }).reply;
  t.match(power, /^This sounds like an emergency\. /);
  t.notMatch(power, /breaker/);
});
