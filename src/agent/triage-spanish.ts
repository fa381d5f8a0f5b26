// Spanish read through the English triage rules. The rules carry their own Spanish wording, but
// far less of it than of English: on unseen Spanish messages they missed about twice as often. A
// message that reads as Spanish is also glossed word by word into plain English (the hazard words,
// the places, the people, and the words of the exclusions: "si" = if, "hace dos años" = two years
// ago, "ya no" = no longer, "cerré la llave" = shut off the water), and triage() reads the gloss
// too: an emergency the English rules find in it counts, with every English exclusion applied.
// The gloss is crude English (word order stays Spanish); it only ever adds what the rules can
// place, and the Spanish reading's own discounts (negated, past, hypothetical) keep it out.

const SPANISH_WORDS = new Set([
  'el', 'la', 'los', 'las', 'mi', 'mis', 'hay', 'esta', 'estan', 'tengo', 'tenemos', 'por', 'una', 'del', 'que', 'se', 'de', 'y', 'con', 'para', 'muy', 'es',
  'lo', 'le', 'su', 'nuestro', 'nuestra', 'ayuda', 'necesito', 'quiero', 'pueden', 'puede', 'cuando', 'como', 'donde', 'agua', 'casa', 'sale', 'no',
  'pero', 'hace', 'funciona', 'desde', 'ayer', 'gracias', 'tiene', 'estoy', 'hola', 'aqui', 'ahora', 'tambien', 'porque',
  // ("huele a gas en la cocina", "hola, cuanto cuesta destapar un drenaje?", "tienen citas el sabado?" read as English:
  // everyday words of a visitor's Spanish. Not words English has too: son, era, favor, todo, pared, al, nina.)
  'en', 'un', 'unos', 'unas', 'cuanto', 'cuanta', 'cuesta', 'cobran', 'huele', 'olor', 'cocina', 'bano', 'techo', 'piso', 'fuga', 'gotea', 'luz',
  'hoy', 'manana', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'tienen', 'hacen', 'hablan', 'espanol', 'cita', 'citas',
  'alguien', 'venga', 'vengan', 'llamar', 'llamen', 'urgente', 'mucho', 'mucha', 'perro', 'gato', 'nino', 'hijo', 'hija', 'esposo', 'esposa',
  'buenas', 'buenos', 'dias', 'tardes', 'noches', 'estamos', 'necesitamos', 'fue',
]);

/** Two or more Spanish function words ("el agua sale del techo") and no English ones. */
export function readsAsSpanish(text: string): boolean {
  const words = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-zñ]+/g) ?? [];
  const seen = new Set(words.filter((w) => SPANISH_WORDS.has(w) && w !== 'no'));
  return seen.size >= 2 && !/\b(?:the|is|my|and|i|it|of|in)\b/.test(words.join(' '));
}

/** Phrases first (their words mean something else together), then single words. Input: lower case, no accents. */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bpor (?:todos lados|todas partes|todo (?:el|la) \w+)\b/g, 'everywhere'],
  [/\b(?:trata|intenta|esta tratando|esta intentando|quiere) de (?=vomitar|orinar)|\b(?:intenta|quiere) (?=vomitar|orinar)/g, 'trying to '],
  [/\b(?:tiene|tengo|tenemos) (?:la|el) (?=panza|barriga|estomago)/g, 'the '],
  [/\bhace (?:un|una|\w+) (?:anos?|meses|mes|semanas?|dias?)\b/g, 'two years ago'],
  [/\b(?:el ano pasado|la semana pasada|el mes pasado|el invierno pasado|el verano pasado)\b/g, 'last year'],
  [/\bque (?:hago|hacemos|debo hacer|debemos hacer|hacer|tengo que hacer|hay que hacer) si\b/g, 'what do i do if'],
  [/\ben caso de\b/g, 'in case of'],
  [/\bya no\b/g, 'no longer'],
  [/\bno para(?:n)?(?: de \w+)?\b/g, "won't stop"],
  [/\bsigue(?:n)? (?:saliendo|cayendo|sonando|goteando|entrando)\b/g, 'still coming out'],
  [/\b(?:cerre|cerramos|cerro) (?:la llave|el agua|la valvula|el paso|el gas)\b/g, 'i shut off the water'],
  [/\b(?:corte|cortamos|baje|bajamos) (?:la luz|el breaker|la corriente|el interruptor)\b|\bdesconecte\b/g, 'i switched off the power'],
  [/\b(?:sale|salen|saliendo|echa|echan|echando|saca|sacan|sacando|hay|brota|brotando) (?:humo|humito)\b/g, 'smoke is pouring out'],
  [/\b(?:sale|salen|saliendo|echa|echan|echando|saca|sacan|sacando|hay|brotan) (?:chispas|chispitas)\b/g, 'sparks are coming out'],
  [/\b(?:salen|sale|saliendo|echa|echan|echando|saca|sacan|sacando|hay|en|con) llamas\b|\bllamaradas?\b/g, 'flames'],
  [/\b(?:huele|huelo|olor|se huele|hay olor|tengo olor)(?: \w+)? a\b/g, 'smells of'],
  [/\bhuevos? podridos?\b/g, 'rotten eggs'],
  [/\btrampa de grasa\b/g, 'grease trap'],
  [/\b(?:la|una|esa) cerca\b(?! de)/g, 'the fence'],
  [/\baguas? negras?\b|\bagua del (?:drenaje|desague|inodoro)\b/g, 'sewage'],
  [/\bmonoxido(?: de carbono)?\b/g, 'carbon monoxide'],
  [/\b(?:no puede|no puedo|no podemos|le cuesta|me cuesta|casi no puede|casi no puedo) respirar\b|\bno respira\b/g, "can't breathe"],
  [/\b(?:le duele|me duele) el pecho\b|\bdolor (?:\w+ )?(?:en el|de|del) pecho\b/g, 'chest pain'],
  [/\b(?:dolor(?:es)? de cabeza|le duele la cabeza|me duele la cabeza|nos duele la cabeza)\b/g, 'headaches'],
  [/\bse (?:desmayo|desvanecio)\b/g, 'fainted'],
  [/\bno (?:responde|reacciona|despierta)\b/g, 'not responding'],
  [/\bno se (?:mueve|levanta)\b/g, "can't move"],
  [/\b(?:esta |estan )?(?:tratando|intentando|queriendo) (?:de )?(?:entrar|meterse|abrir (?:la|una|mi|nuestra) (?:puerta|ventana|reja|cerradura))\b/g, 'trying to get in'],
  [/\bno (?:se )?(?:cierra|apaga|detiene)\b|\bno (?:la |lo )?(?:puedo|podemos) (?:cerrar|apagar)\b/g, "won't shut off"],
  [/\b(?:sangra|sangrando|esta sangrando) mucho\b|\bmucha sangre\b/g, 'bleeding heavily'],
  [/\bno (?:sabe|saben|se) nadar\b/g, "can't swim"],
  // "se cayó al estanque": fell INTO the water, not just fell (the drowning rules read "fell into the pond").
  [/\b(?:se (?:cayo|ha caido|callo)|me (?:cai|he caido)) (?:al|a la|en el|en la|dentro del?)\b/g, 'fell into the'],
  [/\bse (?:cayo|ha caido|callo)\b|\bme (?:cai|he caido)\b/g, 'fell'],
  [/\bno (?:se |me |le )?(?:puede|puedo|podemos|pueden) (?:levantar|mover|parar)(?:se|me|la|lo)?\b/g, "can't get up"],
  [/\bse (?:rompio|ha roto|reviento|revento|quebro|partio|solto|zafo)\b|\b(?:revento|reviento)\b/g, 'burst'],
  [/\bse (?:esta )?(?:inundando|inunda|inundo)\b/g, 'is flooding'],
  [/\bse (?:esta )?(?:desbordando|desborda|desbordo|tirando|regresando)\b/g, 'is overflowing'],
  // Spanish puts the verb first ("se apagó la calefacción", "suena el detector"): said the English way round.
  [/\b(?:se (?:apago|descompuso|rompio|fue)|no (?:funciona|prende|enciende|sirve|calienta)|dejo de funcionar) (?:la |el |nuestra |mi )?(?:calefaccion|caldera|calentador|calenton|heater)\b/g, 'the heat is out'],
  [/\b(?:suena|sonando|esta sonando|pita|pitando|esta pitando) (?:el |la )?(?:detector|alarma)\b/g, 'the alarm is going off'],
  // How soon, said the Spanish way (tri38: the learned signal reads the gloss, so its hurry must read as the English does).
  [/\bno es (?:urgente|una emergencia)\b/g, 'not urgent'],
  [/\b(?:no hay|sin) (?:prisa|apuro)\b/g, 'no rush'],
  [/\b(?:cuando (?:puedan|pueda|tengan tiempo)|cuando les quede bien)\b/g, 'whenever you can'],
  [/\bde vez en cuando\b|\ba veces\b/g, 'once in a while'],
  [/\bel mes que viene\b|\bel proximo mes\b/g, 'next month'],
  [/\bla semana que viene\b|\bla proxima semana\b/g, 'next week'],
  [/\bel ano que viene\b|\bel proximo ano\b/g, 'next year'],
  [/\b(?:solo|nomas|nada mas) (?:es )?una pregunta\b|\bes (?:solo|nomas) una pregunta\b/g, 'just a question'],
  [/\ba que hora (?:abren|cierran)\b/g, 'what time do you open'],
  // The adjective after its noun ("una fuga pequena"): said the English way round.
  [/\b(fuga|gotera|grieta|mancha|gotita|hoyo|agujero)s? (?:muy )?(?:pequen[oa]s?|chiquit[oa]s?|pequenit[oa]s?)\b/g, 'small $1'],
  // "el aire no funciona", "no sirve el aire acondicionado": the AC (before "no funciona" is read alone; not "aire libre", outdoors).
  [/\b(?:se (?:apago|descompuso|rompio|fue)|no (?:funciona|prende|enciende|sirve|enfria)|dejo de funcionar) (?:el |nuestro |mi )?aire(?: acondicionado)?\b(?! libre)|\b(?:el |nuestro |mi )?aire(?: acondicionado)? (?:ya )?(?:no (?:funciona|sirve|prende|enfria|arranca)|se (?:apago|descompuso|rompio))\b/g, 'the ac is out'],
  [/\baire acondicionado\b/g, 'ac'],
  // "hace mucho calor", "tiene mucho calor": heat said as a state, as "hace frio" is.
  [/\b(?:hace|tiene|tengo|tenemos|tienen|esta haciendo) (?:mucho |muchisimo |demasiado )?calor\b/g, 'its very hot'],
  [/\b(?:no (?:funciona|funcionan|sirve|sirven|prende|prenden|enciende|encienden|calienta|arranca)|se (?:apago|descompuso)|dejo de funcionar)\b/g, 'stopped working'],
  [/\b(?:no frena|no frenan)\b/g, 'brakes are not working'],
  // "hace bajo cero": it is below zero (a state, said with "hace" as of the weather).
  [/\bhace (?:mucho )?(?:frio|bajo cero)\b/g, 'its freezing'],
  [/\b(?:esta helando|hace mucho frio|hace frio|mucho frio|bajo cero|esta nevando)\b/g, 'freezing'],
  [/\btiene (\d{2,3}) anos\b/g, 'is $1'],
  [/\brecien nacid[oa]\b/g, 'newborn'],
  [/\bdebajo de(?:l)?\b/g, 'under the'],
  [/\bdentro de(?:l| la| el)?\b/g, 'inside the'],
  [/\b(?:se )?(?:quedo|quedaron|ha quedado|han quedado) (?=atrapad|encerrad|atorad)/g, 'is '],
  // "la cámara fría": a walk-in cold room (not a camera); "no puede salir": can't get out.
  [/\bcamaras? (?:fria|frias|de frio|frigorifica|de congelacion)\b/g, 'walk-in freezer'],
  [/\bno (?:puede|pueden|podemos|puedo) salir\b/g, "can't get out"],
  // "se oyen crujidos fuertes": loud cracking noises; "hacia adentro": inward; "se mareó": got dizzy.
  [/\bse (?:oyen|escuchan|oye|escucha) (?:unos )?(?:crujidos|tronidos|crujir)(?: fuertes)?\b/g, 'there are loud cracking noises'],
  [/\bhacia (?:adentro|dentro)\b/g, 'inward'],
  [/\bse (?:mareo|marearon|esta mareando|estan mareando|siente mareado|siente mareada|sienten mareados)\b/g, 'got dizzy'],
  [/\bcuarto de (?:maquinas|maquinaria|compresores)\b/g, 'machine room'],
  [/\b(?:cuarto|sala) de (?:bombas|motores)\b/g, 'pump room'],
  [/\b(?:cuarto|sala) (?:electrico|de luz)\b/g, 'electrical room'],
  [/\bolor (?:(?:dulce|fuerte|raro) )?(?:a )?quimicos?\b/g, 'chemical smell'],
  [/\bpor favor\b/g, 'please'],
  [/\bno (?:encuentran|encontramos|encuentro|encuentra|hallamos|hallan) a\b/g, "can't find"],
  [/\bpila de boton\b|\bpilas de boton\b/g, 'button battery'],
  [/\bse (?:trago|comio|tomo|bebio)\b/g, 'swallowed'],
  [/\bse (?:esta |estan )?(?:metiendo|entrando|meten|mete)\b/g, 'is coming into'],
  // ("esta perdiendo gas", "tira gas": losing gas is leaking it.)
  [/\b(?:se )?(?:esta |estan )?(?:saliendo|sale|escapando|se escapa|perdiendo|pierde|tirando|tira|botando|bota|soltando|suelta) (?:el |la )?(?:gas|propano)\b|\bfuga de (?:gas|propano)\b/g, 'gas is leaking'],
  [/\bse (?:metio|metieron) (?:alguien|un hombre|una persona|unos tipos|gente)\b/g, 'someone got into'],
  [/\bse oye\b|\bse escucha\b/g, 'you can hear'],
  [/\b(?:me|le|nos|les) (?:dio|dieron|da|esta dando) (?:un |una )?(?:toque|calambre|descarga|choque)\b/g, 'got a shock'],
  [/\bsintio (?:como )?(?:corriente|electricidad)\b/g, 'felt electricity'],
  [/\b(?:nos|me|le|les) arden (?:los|mis|sus) ojos\b/g, 'eyes are burning'],
  [/\bno (?:paramos|para|paran|puedo parar) de toser\b/g, "can't stop coughing"],
  [/\bse (?:cerro|cerraron|esta cerrando) (?:encima de|sobre)\b/g, 'closed on'],
  [/\bencima de\b/g, 'on top of'],
  // "un nino en el fondo de la piscina": at the bottom of the water.
  [/\ben el fondo (?:de|del)\b/g, 'at the bottom of'],
  [/\bse (?:esta |estan )?(?:quemando|incendiando)\b/g, 'is on fire'],
  [/\bse (?:esta |estan )?(?:llenando|llena|lleno) de\b/g, 'is filling up with'],
  [/\bno (?:hay|tenemos|tengo|tiene) (?:calefaccion|calor)\b|\bsin calefaccion\b/g, 'the heat is out'],
  [/\bno (?:hay|tenemos|tengo|tiene) (?:luz|electricidad|corriente)\b/g, 'the power is out'],
  [/\b(?:empezo|comenzo|empezaron) a (?:sonar|pitar)\b/g, 'went off'],
  [/\bse (?:le |me |nos )?(?:salio|cayo|tumbo) (?:un|el|una|la) (?:diente|muela)\b/g, 'tooth knocked out'],
  // "se le está cerrando la garganta", "se me hincha la lengua": the body part after its verb, said the English way round.
  [/\bse (?:le |me |nos |les )?(?:esta |estan )?(?:cerrando|cerro|cierra)(?: \w+)? (?:la |el |su |mi )?garganta\b/g, 'throat is closing'],
  [/\bse (?:le |me |nos |les )?(?:esta |estan )?(?:hinchando|hincho|hincha|inflamando|inflamo)(?: \w+)? (?:la |el |los |las |su |sus |mi |mis )?(garganta|lengua|labios?|cara|ojos?)\b/g, '$1 swelling'],
  // "ya apagamos el fuego": the fire put out.
  [/\b(?:ya )?(?:apague|apagamos|apagaron|apago|apagaste) (?:el |la |los |las )?(?:fuego|incendio|llamas?|lumbre)\b/g, 'we put out the fire'],
  // "se está doblando", "se están derritiendo": is bending, are melting (after the phrases above that read a verb more closely).
  [/\bse (?:esta|estan) (\w+ndo)\b/g, 'is $1'],
  // "sí, mire...": yes, not if.
  [/\bsi(?= (?:mire|mira|oiga|oye|claro|bueno|senor|senora|este)\b)|\bsi(?=,)/g, 'yes'],
];

const WORDS: Record<string, string> = {
  agua: 'water', tuberia: 'pipe', tuberias: 'pipes', tubo: 'pipe', tubos: 'pipes', cano: 'pipe', caneria: 'pipe', manguera: 'hose', llave: 'tap', grifo: 'tap',
  techo: 'ceiling', pared: 'wall', paredes: 'walls', piso: 'floor', suelo: 'floor', sotano: 'basement', bano: 'bathroom', cocina: 'kitchen', sala: 'living room',
  cuarto: 'bedroom', recamara: 'bedroom', habitacion: 'bedroom', casa: 'house', departamento: 'apartment', garaje: 'garage', cochera: 'garage', escalera: 'stairs', escaleras: 'stairs',
  calentador: 'water heater', caldera: 'boiler', calefaccion: 'heating', estufa: 'stove', horno: 'oven', lavadora: 'washing machine', lavaplatos: 'dishwasher', fregadero: 'sink',
  enchufe: 'outlet', enchufes: 'outlets', contacto: 'outlet', tomacorriente: 'outlet', cables: 'wires', cable: 'wire', panel: 'panel', tablero: 'panel', breaker: 'breaker', luz: 'light',
  alarma: 'alarm', detector: 'detector', chispas: 'sparks', chispea: 'sparking', chispeando: 'sparking', humo: 'smoke', fuego: 'fire', incendio: 'fire', quemado: 'burning', quemando: 'burning',
  gas: 'gas', fuga: 'leak', fugas: 'leaks', gotea: 'is dripping', goteando: 'dripping', gotera: 'leak', inundacion: 'flood', inundado: 'flooded', inundada: 'flooded', mojado: 'wet', mojada: 'wet',
  empapado: 'soaked', chorro: 'gushing', cayendo: 'coming down', cae: 'coming down', entrando: 'coming in', saliendo: 'coming out', sale: 'coming out', salen: 'coming out', sube: 'rising', subiendo: 'rising',
  inodoro: 'toilet', escusado: 'toilet', retrete: 'toilet', desague: 'drain', drenaje: 'drain', coladera: 'drain', frenos: 'brakes', freno: 'brake', carro: 'car', coche: 'car', auto: 'car', motor: 'engine',
  carretera: 'highway', autopista: 'highway', bebe: 'baby', bebes: 'babies', guarderia: 'daycare', abuela: 'grandmother', abuelo: 'grandfather', enfermo: 'sick', enferma: 'sick', ninos: 'kids', hijo: 'son', hija: 'daughter', hijos: 'kids',
  esposo: 'husband', esposa: 'wife', mama: 'mom', papa: 'dad', mapache: 'raccoon', murcielago: 'bat', serpiente: 'snake', culebra: 'snake', diente: 'tooth', muela: 'tooth', cara: 'face',
  hinchada: 'swollen', hinchado: 'swollen', fiebre: 'fever', tragar: 'swallow', cabeza: 'head', mareo: 'dizzy', mareado: 'dizzy', mareada: 'dizzy', mareados: 'dizzy', sangre: 'blood', sangrando: 'bleeding',
  pecho: 'chest', dolor: 'pain', inconsciente: 'unconscious', convulsionando: 'having a seizure', convulsion: 'seizure', gasolina: 'gasoline', combustible: 'fuel',
  el: 'the', la: 'the', los: 'the', las: 'the', un: 'a', una: 'a', mi: 'my', mis: 'my', nuestro: 'our', nuestra: 'our', de: 'of', del: 'from the', en: 'in', y: 'and', con: 'with', por: 'through',
  esta: 'is', estan: 'are', hay: "there's", tengo: 'i have', tenemos: 'we have', ahora: 'now', ahorita: 'right now', mucho: 'a lot', mucha: 'a lot', no: 'not', nada: 'nothing', sin: 'without',
  todo: 'everything', toda: 'all', si: 'if', ayer: 'yesterday', anoche: 'last night', ayuda: 'help', auxilio: 'help', hola: 'hi', creo: 'i think', afuera: 'outside', dentro: 'inside', arriba: 'upstairs', abajo: 'downstairs',
  regresando: 'backing up', sacando: 'coming out', echando: 'coming out', huele: 'smells', suena: 'sounding', sonando: 'going off', pitando: 'beeping', tienen: 'have', todos: 'all', es: 'is',
  puerta: 'door', porton: 'gate', resorte: 'spring', riel: 'track', entrada: 'entrance', colgando: 'hanging', torcida: 'crooked', torcido: 'crooked', cayo: 'fell', encima: 'on top', partiendo: 'splitting',
  inclina: 'leaning', hacia: 'toward', cruje: 'creaking', crujiendo: 'creaking', viento: 'wind', tronco: 'trunk', roble: 'oak', arbol: 'tree', rama: 'branch', vecino: 'neighbour', vecinos: 'neighbours', jugando: 'playing', medio: 'half', abierta: 'open', abierto: 'open',
  sobre: 'on', hoyo: 'hole', agujero: 'hole', grieta: 'crack', grietas: 'cracks', derrumbando: 'collapsing', derrumbo: 'collapsed', atrapado: 'trapped', atrapada: 'trapped', encerrado: 'locked in', encerrada: 'locked in',
  insoportable: 'unbearable', mientras: 'while', pasillo: 'hallway', desbordando: 'overflowing', llenando: 'filling up', pero: 'but', que: 'that', muy: 'very', grande: 'huge', enorme: 'huge', otra: 'again', vez: '',
  vidrio: 'glass', vidrios: 'glass', cristal: 'glass', cristales: 'glass', ventana: 'window', ventanas: 'windows', vitrina: 'display window', vitrinas: 'display windows', espejo: 'mirror',
  perro: 'dog', perra: 'dog', perrito: 'dog', gato: 'cat', gata: 'cat', gatito: 'kitten', hombre: 'a man', mujer: 'a woman', tipo: 'a guy', reja: 'gate',
  andamio: 'scaffold', trabajador: 'worker', trabajadores: 'workers', debajo: 'underneath', congelador: 'freezer', elevador: 'elevator', ascensor: 'elevator', alguien: 'someone', muelle: 'dock', oso: 'bear',
  silbido: 'hissing', propano: 'propane', tanque: 'tank', pila: 'battery', pilas: 'batteries', iman: 'magnet', imanes: 'magnets', vomitando: 'vomiting', unas: 'some', unos: 'some', maquina: 'machine', maquinas: 'machines', atorado: 'stuck', atorada: 'stuck', prensa: 'press', brazo: 'arm', mano: 'hand', rio: 'river', tirado: 'lying', tirada: 'lying', calle: 'street', camara: 'camera', veo: 'i see', adentro: 'inside', ahogando: 'choking', hueso: 'bone', nino: 'kid', nina: 'girl',
  nube: 'cloud', amarilla: 'yellow', cubeta: 'bucket', quimicos: 'chemicals', mezcle: 'mixed', mezclamos: 'mixed', baranda: 'railing', toser: 'coughing', cloro: 'chlorine', piscina: 'pool', alberca: 'pool', jacuzzi: 'hot tub', tosiendo: 'coughing', tose: 'coughing', toses: 'coughing', vacunas: 'vaccines', vacuna: 'vaccine', insulina: 'insulin', medicamentos: 'medicines',
  refrigerador: 'fridge', refri: 'fridge', nevera: 'fridge', grados: 'degrees', muestras: 'samples', hundiendo: 'sinking', hunde: 'sinking', barco: 'boat', estanque: 'pond', lago: 'lake', laguna: 'pond', canoa: 'canoe', orilla: 'shore', bote: 'boat', lancha: 'boat', velero: 'sailboat',
  riego: 'irrigation', freidora: 'fryer', gimnasio: 'gym', cliente: 'customer', desmayo: 'fainted', desmayado: 'fainted', desmayada: 'fainted', respira: 'breathing', toques: 'shocks',
  companero: 'coworker', companera: 'coworker', companeros: 'coworkers', olor: 'smell', dulce: 'sweet', quimico: 'chemical', quimica: 'chemical', empleado: 'employee', empleada: 'employee', descongelando: 'thawing', carne: 'meat', crujidos: 'cracking',
  nieve: 'snow', hielo: 'ice', gente: 'people', doblando: 'bending', derritiendo: 'melting', derritio: 'melted', cargador: 'charger', secadora: 'dryer', ducto: 'vent', panaderia: 'bakery',
  almacen: 'warehouse', bodega: 'warehouse', estante: 'shelf', estantes: 'shelves', avispas: 'wasps', abejas: 'bees', picaron: 'stung', pico: 'stung', iglesia: 'church', invernadero: 'greenhouse', establo: 'stable', caballo: 'horse',
  panza: 'belly', garganta: 'throat', lengua: 'tongue', labios: 'lips', labio: 'lip', ojos: 'eyes', barriga: 'belly', dura: 'hard', duro: 'hard', inflada: 'swollen', inflado: 'swollen', estomago: 'stomach', vomitar: 'vomit', arcadas: 'retching', orinar: 'pee', arenero: 'litter box',
  // A visitor's request words: what the learned signal reads of a Spanish request is a request (tri38).
  tiene: 'has', pequena: 'small', pequeno: 'small', quiero: 'i want', queremos: 'we want', necesito: 'i need', necesitamos: 'we need', cotizacion: 'quote', presupuesto: 'quote',
  precio: 'price', cuesta: 'cost', pueden: 'can you', venir: 'come', semana: 'week', proxima: 'next', cambiar: 'replace', arreglar: 'fix', revisar: 'check', programar: 'schedule',
  pedidos: 'orders', para: 'for', manana: 'tomorrow', hoy: 'today', poquito: 'a little', mantenimiento: 'maintenance', limpieza: 'cleaning', cita: 'appointment', instalar: 'install', reparar: 'repair',
  confundido: 'confused', confundida: 'confused', desorientado: 'disoriented', desorientada: 'disoriented', raro: 'strange', rara: 'strange', poco: 'little', calor: 'heat',
  ladron: 'burglar', ladrones: 'burglars', vandalos: 'vandals', rompieron: 'broke', quebraron: 'broke', forzaron: 'forced', tienda: 'store', negocio: 'business', cerrar: 'close', cierra: 'close', atras: 'back', sola: 'alone', solo: 'alone',
};

/** Plain English of a Spanish message, word by word (see the comment above). */
export function spanishGloss(text: string): string {
  let t = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[¿¡]/g, ' ');
  for (const [from, to] of PHRASES) t = t.replace(from, to);
  return t
    .replace(/[a-zñ]+/g, (w) => (Object.hasOwn(WORDS, w) ? WORDS[w]! : w))
    .replace(/\s+/g, ' ')
    .trim();
}
