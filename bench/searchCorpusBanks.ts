/**
 * Word banks for the synthetic corpus: Cold War people, places, themes and the phrases that
 * surround them in the real corpus (Szalontai, Lankov and the blogs that summarize them).
 */
import type { Source, Theme } from '../src/core/model';

export const PEOPLE = [
  'Kim Il Sung', 'Alexei Kosygin', 'Nikita Khrushchev', 'Joseph Stalin', 'Mao Zedong', 'Deng Xiaoping',
  'Zhou Enlai', 'Georgy Malenkov', 'Vyacheslav Molotov', 'Lavrentiy Beria', 'Leonid Brezhnev',
  'Anastas Mikoyan', 'Peng Dehuai', 'Liu Shaoqi', 'Josip Broz Tito', 'Imre Nagy', 'Władysław Gomułka',
  'Walter Ulbricht', 'Mátyás Rákosi', 'János Kádár', 'Enver Hoxha', 'Todor Zhivkov', 'Nicolae Ceaușescu',
  'Ho Chi Minh', 'Fidel Castro', 'John F. Kennedy', 'Dwight D. Eisenhower', 'Harry S. Truman',
  'John Foster Dulles', 'Dean Acheson', 'George Kennan', 'Douglas MacArthur', 'Syngman Rhee',
  'Park Chung-hee', 'Pak Hon-yong', 'Choe Yong-gon', 'Kim Tu-bong', 'Pak Chang-ok', 'Ho Ka-i',
  'Nam Il', 'Andrei Gromyko', 'Richard Nixon', 'Henry Kissinger', 'Konrad Adenauer', 'Jawaharlal Nehru',
  'Sukarno', 'Gamal Abdel Nasser', 'Mikhail Suslov', 'Nikolai Bulganin', 'Yuri Andropov', 'Lin Biao',
  'Kang Sheng', 'Chen Yi', 'Choe Chang-ik', 'Kim Chang-man', 'Yi Hyo-sun', 'Ivan Puzanov', 'Terenty Shtykov',
];

export const PLACES = [
  'North Korea', 'South Korea', 'Pyongyang', 'Seoul', 'Moscow', 'Beijing', 'Budapest', 'Warsaw', 'Berlin',
  'East Germany', 'Prague', 'Hanoi', 'Havana', 'Washington', 'Panmunjom', 'Kaesong', 'Sinuiju', 'Wonsan',
  'Hamhung', 'Manchuria', 'Vladivostok', 'Tirana', 'Sofia', 'Bucharest', 'Belgrade', 'Tokyo', 'Geneva',
  'the Yalu River', 'Shanghai', 'Taiwan', 'Albania', 'Bulgaria', 'Hungary', 'Poland', 'Czechoslovakia',
  'Romania', 'Yugoslavia', 'Cuba', 'Vietnam', 'Japan', 'India', 'Egypt', 'Indonesia', 'Mongolia', 'Chongjin',
];

const theme = (id: string, label: string, parent?: string): Theme => ({ id, label, description: label, parent });

export const THEMES: Theme[] = [
  theme('economy', 'Economy'),
  theme('collectivization', 'Collectivization', 'economy'),
  theme('industrialization', 'Industrialization', 'economy'),
  theme('foreign-trade', 'Foreign trade and debt', 'economy'),
  theme('technical-assistance', 'Technical assistance', 'economy'),
  theme('politics', 'Domestic politics'),
  theme('de-stalinization', 'De-Stalinization', 'politics'),
  theme('purges', 'Purges and factions', 'politics'),
  theme('personality-cult', 'Personality cult', 'politics'),
  theme('nationalism', 'Nationalism and Juche', 'politics'),
  theme('diplomacy', 'Diplomacy'),
  theme('sino-soviet-split', 'Sino-Soviet split', 'diplomacy'),
  theme('bloc-relations', 'Relations within the Soviet bloc', 'diplomacy'),
  theme('reunification', 'Korean reunification', 'diplomacy'),
  theme('non-alignment', 'Non-alignment', 'diplomacy'),
  theme('military', 'Military affairs'),
  theme('korean-war', 'Korean War', 'military'),
  theme('armistice', 'Armistice', 'military'),
  theme('military-aid', 'Military aid', 'military'),
  theme('society', 'Society and culture'),
  theme('propaganda', 'Propaganda', 'society'),
  theme('education', 'Education', 'society'),
  theme('film-and-literature', 'Film and literature', 'society'),
  theme('crises', 'Crises'),
  theme('hungarian-revolution', 'Hungarian Revolution of 1956', 'crises'),
  theme('cuban-missile-crisis', 'Cuban Missile Crisis', 'crises'),
  theme('berlin-crisis', 'Berlin crises', 'crises'),
];

/** Nouns and noun phrases each theme brings into the text. */
export const THEME_NOUNS: Record<string, string[]> = {
  economy: ['the Five-Year Plan', 'economic policies', 'heavy industry', 'light industry', 'the budget'],
  collectivization: ['rapid collectivization', 'agricultural cooperatives', 'the peasantry', 'grain procurement', 'the harvest'],
  industrialization: ['factory building', 'steel output', 'the machine-building works', 'hydroelectric plants'],
  'foreign-trade': ['foreign trade obligations', 'the trade agreement', 'barter deliveries', 'the outstanding loans'],
  'technical-assistance': ['Soviet specialists', 'technical advisers', 'blueprints', 'the aid programme'],
  politics: ['the Central Committee', 'the party leadership', 'the plenum', 'the Politburo'],
  'de-stalinization': ['the Twentieth Congress', 'collective leadership', 'the thaw', 'rehabilitations'],
  purges: ['the purge', 'the Yanan faction', 'the Soviet Koreans', 'expulsions from the party'],
  'personality-cult': ['the cult of personality', 'official biographies', 'portraits of the leader'],
  nationalism: ['self-reliance', 'Juche', 'national traditions', 'Korean nationalism'],
  diplomacy: ['the embassy', 'the ambassador', 'a delegation', 'the communique'],
  'sino-soviet-split': ['the polemics', 'revisionism', 'the ideological dispute', 'Chinese criticism'],
  'bloc-relations': ['the people’s democracies', 'the fraternal parties', 'Comecon', 'the Warsaw Pact'],
  reunification: ['reunification', 'the southern compatriots', 'a confederation', 'the demarcation line'],
  'non-alignment': ['the non-aligned states', 'the Bandung spirit', 'the Third World'],
  military: ['the armed forces', 'the general staff', 'troop withdrawals', 'military exercises'],
  'korean-war': ['the Korean War', 'the Chinese People’s Volunteers', 'the offensive', 'air raids'],
  armistice: ['the armistice', 'the ceasefire talks', 'prisoner exchanges', 'the Military Armistice Commission'],
  'military-aid': ['arms deliveries', 'military aid', 'fighter aircraft', 'the defence budget'],
  society: ['everyday life', 'rationing', 'housing', 'the countryside'],
  propaganda: ['propaganda', 'the party newspaper', 'radio broadcasts', 'posters'],
  education: ['higher education', 'textbooks', 'Kim Il Sung University', 'students abroad'],
  'film-and-literature': ['the film studio', 'translated novels', 'the writers’ union', 'literary journals'],
  crises: ['the crisis', 'a state of alert', 'emergency measures'],
  'hungarian-revolution': ['the Hungarian events', 'the uprising in Budapest', 'Soviet intervention'],
  'cuban-missile-crisis': ['the missiles in Cuba', 'the naval quarantine', 'the withdrawal of the missiles'],
  'berlin-crisis': ['the Berlin ultimatum', 'the wall', 'the refugee exodus'],
};

export const GROUPS = [
  'the Soviets', 'the Chinese leadership', 'Pyongyang', 'Moscow', 'Beijing', 'the North Korean leadership',
  'the Soviet embassy', 'the KWP Central Committee', 'the East European diplomats', 'the Hungarian legation',
  'the Czechoslovak ambassador', 'Soviet officials', 'the North Korean authorities', 'the regime',
];

export const VERBS = [
  'criticized', 'questioned', 'praised', 'welcomed', 'rejected', 'postponed', 'announced', 'negotiated',
  'denounced', 'supported', 'ignored', 'approved', 'discussed', 'examined', 'demanded', 'promised',
  'reported', 'suspected', 'feared', 'accepted', 'opposed', 'defended', 'requested', 'cancelled',
];

export const ADJECTIVES = [
  'economic', 'political', 'ideological', 'military', 'cultural', 'technical', 'rapid', 'gradual',
  'limited', 'considerable', 'informal', 'official', 'secret', 'unexpected', 'fraternal', 'hostile',
  'cautious', 'generous', 'inadequate', 'serious', 'growing', 'mutual', 'peculiar', 'concrete',
];

export const NOUNS = [
  'relations', 'assistance', 'policy', 'delegation', 'agreement', 'tension', 'cooperation', 'dispute',
  'campaign', 'reform', 'loan', 'visit', 'report', 'meeting', 'protest', 'proposal', 'support',
  'isolation', 'expertise', 'resources', 'contacts', 'leadership', 'opinion', 'negotiations', 'criticism',
  'shortages', 'output', 'authority', 'influence', 'suspicion', 'patents', 'factories', 'films', 'workers',
];

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];

export const NATIONALITIES = ['Soviet', 'Chinese', 'North Korean', 'Hungarian', 'Polish', 'East German', 'Albanian'];

export const QUOTES = [
  'we must rely on our own strength',
  'the friendship between our peoples is eternal',
  'your country is rich, you can afford that',
  'the enemy is waiting for our mistakes',
  'this question cannot be decided without the Soviet comrades',
  'we have no intention of interfering in your internal affairs',
  'the situation in the south is ripe for revolution',
  'every village must have its own organization',
  'the plan will be fulfilled ahead of schedule',
  'the imperialists understand only the language of force',
];

/** Syllables for the long tail: rare place names, works and surnames that real prose is full of. */
export const SYLLABLES = [
  'kang', 'dong', 'song', 'ryong', 'chon', 'san', 'sin', 'won', 'ham', 'hung', 'ka', 'bo', 'ri', 'mir',
  'ov', 'sky', 'grad', 'vo', 'lin', 'ich', 'an', 'pol', 'ta', 'zen', 'ko', 'mu', 'ra', 'dek', 'vic', 'el',
  'sor', 'bal', 'nyi', 'ter', 'os', 'ju', 'yan', 'hae', 'pyo', 'gol',
];

/** Real sources the needles cite; fillers cite them too now and then. */
export const REAL_SOURCES: Source[] = [
  {
    id: 'north-korea-and-the-soviets-blog',
    type: 'post-weblog',
    title: 'North Korea and the Soviets 1953-1964',
    'container-title': 'North Korean Studies',
    issued: { 'date-parts': [[2007, 12, 7]] },
  },
  {
    id: 'szalontai-2004',
    type: 'article-journal',
    title: '"You Have No Political Line of Your Own": Kim Il Sung and the Soviets, 1953-1964',
    author: [{ family: 'Szalontai', given: 'Balázs' }],
    'container-title': 'Cold War International History Project Bulletin',
    issued: { 'date-parts': [[2004]] },
  },
  {
    id: 'lankov-2002',
    type: 'book',
    title: 'From Stalin to Kim Il Sung: The Formation of North Korea, 1945-1960',
    author: [{ family: 'Lankov', given: 'Andrei' }],
    issued: { 'date-parts': [[2002]] },
  },
  {
    id: 'luthi-2008',
    type: 'book',
    title: 'The Sino-Soviet Split: Cold War in the Communist World',
    author: [{ family: 'Lüthi', given: 'Lorenz M.' }],
    issued: { 'date-parts': [[2008]] },
  },
  {
    id: 'radchenko-2009',
    type: 'book',
    title: 'Two Suns in the Heavens: The Sino-Soviet Struggle for Supremacy, 1962-1967',
    author: [{ family: 'Radchenko', given: 'Sergey' }],
    issued: { 'date-parts': [[2009]] },
  },
  {
    id: 'zubok-2007',
    type: 'book',
    title: 'A Failed Empire: The Soviet Union in the Cold War from Stalin to Gorbachev',
    author: [{ family: 'Zubok', given: 'Vladislav' }],
    issued: { 'date-parts': [[2007]] },
  },
];
