/**
 * The relevance set of the search benchmark: queries as people type them (typos, partial
 * words, any word order, names, years, phrases, filters) and, for each, which passages answer
 * it. Most queries aim at a needle — a passage of the real corpus's kind placed in every
 * synthetic corpus — and the generator never writes another passage holding all the words
 * the query means, so the needle is the answer. The others are judged from passage data.
 */
import type { Corpus, Passage, PassageKind } from '../src/core/model';
import { STOPWORDS, words } from '../src/core/search/normalize';

export interface RelevanceQuery {
  query: string;
  kind: 'typo' | 'partial' | 'order' | 'name' | 'year' | 'phrase' | 'filter';
  /** The words the query means, spelled right; the generator keeps them to the needles. */
  means?: string;
  /** True for the passages that answer the query. */
  relevant: (passage: Passage, corpus: Corpus) => boolean;
}

const BLOG = 'north-korea-and-the-soviets-blog';

function needle(
  id: string,
  text: string,
  data: { people?: string[]; places?: string[]; years: number[]; themes: string[]; source?: string; kind?: PassageKind; speaker?: string; quote?: string },
): Passage {
  return {
    id,
    source: data.source ?? BLOG,
    kind: data.kind ?? 'paraphrase',
    text,
    ...(data.quote ? { quote: data.quote, speaker: data.speaker } : {}),
    themes: data.themes,
    people: data.people ?? [],
    places: data.places ?? [],
    years: data.years,
  };
}

export const NEEDLES: Passage[] = [
  needle('kosygin-patents', 'For instance, Soviet Premier Alexei Kosygin visited North Korea in 1961 and criticized certain North Korean economic policies. After inspecting several factories, Kosygin told Kim that North Korea "should not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical."', { people: ['Alexei Kosygin', 'Kim Il Sung'], places: ['North Korea'], years: [1961], themes: ['technical-assistance', 'nationalism'], kind: 'actor-quotation', speaker: 'Alexei Kosygin', quote: 'should not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical.' }),
  needle('rapid-collectivization', 'As early as November 1954, the Soviets questioned the advisability of rapid collectivization in North Korea which might not only alienate the South Korean peasantry but also the middle classes within North Korea.', { places: ['North Korea', 'South Korea'], years: [1954], themes: ['collectivization'] }),
  needle('soviet-films', 'In his article Szalontai noted that because of the deficiencies of the country\'s motion picture industry some 60 per cent of the films shown by 1957 were of Soviet origin.', { places: ['North Korea'], years: [1957], themes: ['film-and-literature'] }),
  needle('russian-textbooks', 'In 1956, North Korean higher education still lacked adequate textbooks, a problem the authorities tried to solve by placing greater emphasis on teaching Russian so that students could use Soviet textbooks until Korean ones could be published.', { places: ['North Korea'], years: [1956], themes: ['education'] }),
  needle('ministerial-level', 'During this period, Pyongyang took little interest in establishing contacts with communist countries not capable of rendering concrete assistance. In 1954 its relations with Bulgaria and Albania were still at the ministerial instead of ambassadorial level.', { places: ['Pyongyang', 'Bulgaria', 'Albania'], years: [1954], themes: ['bloc-relations'] }),
  needle('living-hell', 'The Soviets also criticized North Korean propaganda that depicted South Korea as "a living hell." At that time, informal relations existed between North and South Korea mainly through Japan.', { places: ['North Korea', 'South Korea', 'Japan'], years: [1955], themes: ['propaganda', 'reunification'] }),
  needle('ways-of-the-world', '"To be sure, the disinterest often proved mutual, since the DPRK had little to offer the East European "people\'s democracies." Moreover, many North Korean leaders knew little about Europe or "the ways of the world" which also inhibited the improvement of relations."', { places: ['North Korea'], years: [1955], themes: ['bloc-relations'], source: 'szalontai-2004', kind: 'quotation' }),
  needle('cancel-the-debt', 'In addition, North Korea also failed to meet its foreign trade obligations to Moscow, and even asked the Soviets to cancel their debt. As the North Koreans put it, "your country is rich, you can afford that."', { places: ['North Korea', 'Moscow'], years: [1956], themes: ['foreign-trade'] }),
  needle('students-summoned', 'Of the North Koreans studying in Hungary, at least one took the opportunity to emigrate to the West, whereupon the regime hurriedly summoned most of its students home.', { places: ['Hungary'], years: [1956], themes: ['hungarian-revolution', 'education'] }),
  needle('underground-plants', 'Kim did not regard this potential threat lightly. Factory building came to an abrupt halt as the regime assigned workers to the construction of underground plants.', { people: ['Kim Il Sung'], places: ['North Korea'], years: [1956], themes: ['hungarian-revolution', 'industrialization'] }),
  needle('defence-ministry', 'High-ranking officials in South Korea\'s Defence Ministry allegedly made preparations for a military intervention in case a similar revolt took place in North Korea.', { places: ['South Korea', 'North Korea'], years: [1956], themes: ['hungarian-revolution', 'military'] }),
  needle('mighty-people', 'In contrast, Deng Xiaoping explicitly appealed to Korean nationalism by proclaiming that "the Chinese leaders must learn from the Korean leaders" and calling Koreans "a mighty people of 30 million."', { people: ['Deng Xiaoping'], years: [1964], themes: ['nationalism', 'sino-soviet-split'], kind: 'actor-quotation', speaker: 'Deng Xiaoping', quote: 'a mighty people of 30 million.' }),
  needle('soviet-expertise', 'To begin with, the relative backwardness of the North Korean economy "necessitated an inordinate dependency on Soviet expertise."', { places: ['North Korea'], years: [1953], themes: ['technical-assistance'] }),
  needle('unpaid-security', 'For instance, the limited financial resources of the North Korean state led it to establish unpaid security organs, whereby members were present in every village.', { places: ['North Korea'], years: [1953], themes: ['politics'] }),
  needle('contraband-trade', 'North Korea also carried on a contraband trade with the South across the DMZ in order to obtain goods for its economy.', { places: ['North Korea', 'South Korea'], years: [1955], themes: ['foreign-trade', 'reunification'] }),
  needle('overtake-the-south', '"Actually Kim Il Sung\'s economic strategy did not overlook the question of reunification. However, he wanted to overtake the South instead of adjusting to it, which led to further disagreements with (North Korea\'s) patrons."', { people: ['Kim Il Sung'], years: [1956], themes: ['reunification', 'economy'], source: 'szalontai-2004', kind: 'quotation' }),
  needle('secret-speech', 'On 25 February 1956 Nikita Khrushchev denounced Stalin\'s cult of personality in the so-called Secret Speech to a closed session of the Twentieth Congress in Moscow.', { people: ['Nikita Khrushchev', 'Joseph Stalin'], places: ['Moscow'], years: [1956], themes: ['de-stalinization'], source: 'zubok-2007' }),
  needle('august-plenum', 'At the August 1956 plenum of the Korean Workers\' Party, Choe Chang-ik and Yun Kong-hum attacked Kim Il Sung\'s personality cult and his neglect of consumer goods.', { people: ['Choe Chang-ik', 'Kim Il Sung'], places: ['Pyongyang'], years: [1956], themes: ['purges', 'personality-cult'], source: 'lankov-2002' }),
  needle('mikoyan-peng-mission', 'In September 1956 Anastas Mikoyan and Peng Dehuai flew to Pyongyang and compelled Kim Il Sung to reinstate the expelled opposition leaders.', { people: ['Anastas Mikoyan', 'Peng Dehuai', 'Kim Il Sung'], places: ['Pyongyang'], years: [1956], themes: ['purges', 'bloc-relations'], source: 'lankov-2002' }),
  needle('stalin-death', 'Stalin\'s death on 5 March 1953 removed the main obstacle to an armistice, and Malenkov and Beria soon signalled that Moscow wanted the fighting in Korea ended.', { people: ['Joseph Stalin', 'Georgy Malenkov', 'Lavrentiy Beria'], places: ['Moscow'], years: [1953], themes: ['armistice'], source: 'zubok-2007' }),
  needle('panmunjom-armistice', 'The armistice signed at Panmunjom on 27 July 1953 left Korea divided near the thirty-eighth parallel, and no peace treaty followed.', { places: ['Panmunjom'], years: [1953], themes: ['armistice', 'korean-war'] }),
  needle('geneva-conference', 'At the Geneva Conference of 1954 Nam Il proposed all-Korean elections, and Molotov backed the proposal while expecting it to fail.', { people: ['Nam Il', 'Vyacheslav Molotov'], places: ['Geneva'], years: [1954], themes: ['reunification', 'diplomacy'] }),
  needle('polish-october', 'Władysław Gomułka returned to power in the Polish October of 1956, and the North Korean embassy in Warsaw followed the events with alarm.', { people: ['Władysław Gomułka'], places: ['Warsaw', 'Poland'], years: [1956], themes: ['de-stalinization', 'bloc-relations'] }),
  needle('cominform-expulsion', 'In June 1948 the Cominform expelled Yugoslavia, and Tito became the model of heresy against which every bloc leader was measured.', { people: ['Josip Broz Tito'], places: ['Yugoslavia'], years: [1948], themes: ['bloc-relations'], source: 'luthi-2008' }),
  needle('bandung', 'At the Bandung Conference of April 1955 Zhou Enlai courted the Asian and African states with the five principles of peaceful coexistence.', { people: ['Zhou Enlai'], places: ['Indonesia'], years: [1955], themes: ['non-alignment'], source: 'luthi-2008' }),
  needle('swimming-pool', 'When Khrushchev came to Beijing in the summer of 1958, Mao received him at the swimming pool in Zhongnanhai, an humiliation the Soviet leader never forgot.', { people: ['Nikita Khrushchev', 'Mao Zedong'], places: ['Beijing'], years: [1958], themes: ['sino-soviet-split'], source: 'luthi-2008' }),
  needle('missiles-withdrawn', 'Khrushchev\'s decision to withdraw the missiles from Cuba in October 1962 dismayed Pyongyang, which concluded that Moscow would not risk war for a small ally.', { people: ['Nikita Khrushchev'], places: ['Cuba', 'Pyongyang'], years: [1962], themes: ['cuban-missile-crisis'], source: 'radchenko-2009' }),
  needle('prague-spring', 'Brezhnev ordered Warsaw Pact troops into Czechoslovakia in August 1968 to end Alexander Dubček\'s Prague Spring.', { people: ['Leonid Brezhnev', 'Alexander Dubček'], places: ['Prague', 'Czechoslovakia'], years: [1968], themes: ['bloc-relations', 'crises'] }),
  needle('kissinger-trip', 'Henry Kissinger\'s secret trip to Beijing in July 1971 alarmed Pyongyang, whose leaders feared a deal between the great powers over Korea.', { people: ['Henry Kissinger'], places: ['Beijing', 'Pyongyang'], years: [1971], themes: ['diplomacy'], source: 'radchenko-2009' }),
  needle('pueblo', 'The seizure of the USS Pueblo in January 1968 brought the peninsula to the edge of war, and Moscow urged restraint on Pyongyang.', { places: ['Pyongyang', 'Wonsan'], years: [1968], themes: ['military', 'crises'] }),
  needle('chollima', 'The Chollima movement, launched in 1958, asked workers to advance at the speed of the winged horse of legend.', { places: ['North Korea'], years: [1958], themes: ['industrialization', 'propaganda'], source: 'lankov-2002' }),
  needle('juche-speech', 'In his speech of December 1955 Kim Il Sung attacked dogmatism and formalism in propaganda work and first spoke of Juche.', { people: ['Kim Il Sung'], places: ['Pyongyang'], years: [1955], themes: ['nationalism', 'propaganda'], source: 'lankov-2002' }),
  needle('soviet-koreans', 'Pak Chang-ok and other Soviet Koreans lost their posts after being blamed for the literary line of the late Pak Hon-yong\'s faction.', { people: ['Pak Chang-ok', 'Pak Hon-yong'], places: ['Pyongyang'], years: [1955], themes: ['purges'], source: 'lankov-2002' }),
  needle('march-north', 'Syngman Rhee repeatedly threatened to march north and unify the peninsula by force, which Washington was determined to prevent.', { people: ['Syngman Rhee'], places: ['Seoul', 'Washington'], years: [1953, 1954], themes: ['reunification'] }),
  needle('twin-treaties', 'In July 1961 Kim Il Sung signed treaties of friendship, cooperation and mutual assistance with the Soviet Union and with China within days of each other.', { people: ['Kim Il Sung'], places: ['Moscow', 'Beijing'], years: [1961], themes: ['diplomacy', 'military-aid'], source: 'radchenko-2009' }),
  needle('red-guards', 'Red Guard newspapers in 1967 denounced Kim Il Sung as a fat revisionist, and Pyongyang recalled its ambassador from Beijing.', { people: ['Kim Il Sung'], places: ['Beijing', 'Pyongyang'], years: [1967], themes: ['sino-soviet-split', 'propaganda'], source: 'radchenko-2009' }),
  needle('berlin-wall', 'Walter Ulbricht obtained Khrushchev\'s consent to seal the sector border, and the Berlin Wall went up on 13 August 1961.', { people: ['Walter Ulbricht', 'Nikita Khrushchev'], places: ['Berlin', 'East Germany'], years: [1961], themes: ['berlin-crisis'], source: 'zubok-2007' }),
];

const is = (...ids: string[]) => (p: Passage) => ids.includes(p.id);
const hasPerson = (name: string) => (p: Passage) => p.people.includes(name) || p.speaker === name;
const hasPlace = (name: string) => (p: Passage) => p.places.includes(name);
const hasTheme = (id: string) => (p: Passage, c: Corpus) => p.themes.some((t) => t === id || c.themes.find((th) => th.id === t)?.parent === id);
const byAuthor = (family: string) => (p: Passage, c: Corpus) =>
  c.sources.find((s) => s.id === p.source)?.author?.some((a) => a.family === family) ?? false;
const inYears = (from: number, to: number) => (p: Passage) => p.years.some((y) => y >= from && y <= to);
const says = (re: RegExp) => (p: Passage) => re.test(p.text);
const all = (...tests: ((p: Passage, c: Corpus) => boolean)[]) => (p: Passage, c: Corpus) => tests.every((t) => t(p, c));
const any = (...tests: ((p: Passage, c: Corpus) => boolean)[]) => (p: Passage, c: Corpus) => tests.some((t) => t(p, c));

export const QUERIES: RelevanceQuery[] = [
  // Typos
  { query: 'kosigin patents', kind: 'typo', means: 'kosygin patents', relevant: is('kosygin-patents') },
  { query: 'khruschev secret speech', kind: 'typo', means: 'khrushchev secret speech', relevant: is('secret-speech') },
  { query: 'stallin death malenkov', kind: 'typo', means: 'stalin death malenkov', relevant: is('stalin-death') },
  { query: 'panmunjon armistice signed', kind: 'typo', means: 'panmunjom armistice signed', relevant: is('panmunjom-armistice') },
  { query: 'molotv nam il geneva', kind: 'typo', means: 'molotov nam il geneva', relevant: is('geneva-conference') },
  { query: 'tito cominform yugoslvia', kind: 'typo', means: 'tito cominform yugoslavia', relevant: is('cominform-expulsion') },
  { query: 'hungarain students emigrate', kind: 'typo', means: 'hungary students emigrate', relevant: is('students-summoned') },
  { query: 'albania bulgaria ambasadorial', kind: 'typo', means: 'albania bulgaria ambassadorial', relevant: is('ministerial-level') },
  { query: 'defense ministry intervention', kind: 'typo', means: 'defence ministry intervention', relevant: is('defence-ministry') },
  { query: 'unpayd security organs village', kind: 'typo', means: 'unpaid security organs village', relevant: is('unpaid-security') },
  { query: 'cholima movement', kind: 'typo', means: 'chollima movement', relevant: is('chollima') },
  { query: 'sygman rhee march north', kind: 'typo', means: 'syngman rhee march north', relevant: is('march-north') },
  { query: 'brezhnv dubcek prague', kind: 'typo', means: 'brezhnev dubcek prague', relevant: is('prague-spring') },
  { query: 'kissenger secret trip', kind: 'typo', means: 'kissinger secret trip', relevant: is('kissinger-trip') },
  { query: 'cuban missles pyongyang', kind: 'typo', means: 'cuba missiles pyongyang', relevant: any(is('missiles-withdrawn'), all(hasTheme('cuban-missile-crisis'), hasPlace('Pyongyang'))) },
  { query: 'rapid collectivisation peasantry', kind: 'typo', means: 'rapid collectivization peasantry', relevant: is('rapid-collectivization') },
  { query: 'kosigin', kind: 'typo', relevant: hasPerson('Alexei Kosygin') },
  { query: 'khruschev', kind: 'typo', relevant: hasPerson('Nikita Khrushchev') },
  { query: 'pyongang', kind: 'typo', relevant: hasPlace('Pyongyang') },
  { query: 'breznev', kind: 'typo', relevant: hasPerson('Leonid Brezhnev') },
  { query: 'molotow', kind: 'typo', relevant: hasPerson('Vyacheslav Molotov') },
  // Partial words
  { query: 'collectiv', kind: 'partial', relevant: any(hasTheme('collectivization'), says(/collectivi[sz]/i)) },
  { query: 'khrush mao swimm', kind: 'partial', means: 'khrushchev mao swimming', relevant: is('swimming-pool') },
  { query: 'deng nationa', kind: 'partial', relevant: all(hasPerson('Deng Xiaoping'), any(hasTheme('nationalism'), says(/nationalism/i))) },
  { query: 'inordinate depend', kind: 'partial', means: 'inordinate dependency', relevant: is('soviet-expertise') },
  { query: 'motion pict industr', kind: 'partial', means: 'motion picture industry', relevant: is('soviet-films') },
  { query: 'contraband dm', kind: 'partial', means: 'contraband dmz', relevant: is('contraband-trade') },
  { query: 'mikoyan peng pyong', kind: 'partial', means: 'mikoyan peng pyongyang', relevant: is('mikoyan-peng-mission') },
  // Word order
  { query: 'patents kosygin', kind: 'order', means: 'kosygin patents', relevant: is('kosygin-patents') },
  { query: 'textbooks russian higher education', kind: 'order', means: 'textbooks russian higher education', relevant: is('russian-textbooks') },
  { query: 'underground plants factory halt', kind: 'order', means: 'underground plants factory halt', relevant: is('underground-plants') },
  { query: 'debt cancel rich country', kind: 'order', means: 'debt cancel rich country', relevant: is('cancel-the-debt') },
  { query: 'south overtake reunification', kind: 'order', means: 'south overtake reunification', relevant: is('overtake-the-south') },
  { query: 'polish october gomulka', kind: 'order', means: 'polish october gomulka', relevant: is('polish-october') },
  { query: 'bandung zhou enlai', kind: 'order', means: 'bandung zhou enlai', relevant: is('bandung') },
  // Names
  { query: 'Kim Il Sung', kind: 'name', relevant: hasPerson('Kim Il Sung') },
  { query: 'kadar', kind: 'name', relevant: hasPerson('János Kádár') },
  { query: 'ceausescu', kind: 'name', relevant: hasPerson('Nicolae Ceaușescu') },
  { query: 'peng dehuai', kind: 'name', relevant: hasPerson('Peng Dehuai') },
  { query: 'szalontai', kind: 'name', relevant: any(byAuthor('Szalontai'), says(/Szalontai/)) },
  { query: 'choe chang-ik plenum', kind: 'name', means: 'choe chang ik plenum', relevant: is('august-plenum') },
  // Years
  { query: '1956 hungary', kind: 'year', relevant: all(any(inYears(1956, 1956), hasTheme('hungarian-revolution')), hasPlace('Hungary')) },
  { query: 'pueblo 1968', kind: 'year', means: 'pueblo 1968', relevant: is('pueblo') },
  { query: 'treaties 1961 mutual assistance', kind: 'year', means: 'treaties 1961 mutual assistance', relevant: is('twin-treaties') },
  // Phrases
  { query: '"mighty people"', kind: 'phrase', means: 'mighty people', relevant: is('mighty-people') },
  { query: '"living hell"', kind: 'phrase', means: 'living hell', relevant: is('living-hell') },
  { query: '"the ways of the world"', kind: 'phrase', means: 'ways world', relevant: is('ways-of-the-world') },
  { query: '"fat revisionist" kim', kind: 'phrase', means: 'fat revisionist', relevant: is('red-guards') },
  { query: '"berlin wall" ulbricht', kind: 'phrase', means: 'berlin wall ulbricht', relevant: is('berlin-wall') },
  // Filters
  { query: 'person:kosygin patents', kind: 'filter', relevant: is('kosygin-patents') },
  { query: 'theme:collectivization kim', kind: 'filter', relevant: all(hasTheme('collectivization'), hasPerson('Kim Il Sung')) },
  { query: 'year:1956 students', kind: 'filter', relevant: all(inYears(1956, 1956), says(/\bstudents\b/i)) },
  { query: 'year:1953-1956 purge', kind: 'filter', relevant: all(inYears(1953, 1956), any(hasTheme('purges'), says(/\bpurge/i))) },
  { query: 'source:szalontai relations', kind: 'filter', relevant: all(byAuthor('Szalontai'), any(says(/\brelations\b/i), hasTheme('bloc-relations'))) },
  { query: 'theme:sino-soviet-split deng', kind: 'filter', relevant: all(hasTheme('sino-soviet-split'), hasPerson('Deng Xiaoping')) },
  { query: 'person:khrushchev year:1956', kind: 'filter', relevant: all(hasPerson('Nikita Khrushchev'), inYears(1956, 1956)) },
  { query: 'theme:propaganda', kind: 'filter', relevant: hasTheme('propaganda') },
];

/** Word sets the generator must keep to the needles: the content words each needle query means. */
export function forbiddenWordSets(): string[][] {
  return QUERIES.filter((q) => q.means).map((q) => words(q.means as string).filter((w) => !STOPWORDS.has(w)));
}
