/** A small corpus for the search tests, in the register of the real one. */
import { indexCorpus, type Corpus, type CorpusIndex, type Passage } from '../../src/core/model';

export function passage(id: string, text: string, data: Partial<Passage> = {}): Passage {
  return { id, source: 'szalontai-2004', kind: 'paraphrase', text, themes: [], people: [], places: [], years: [], ...data };
}

export function fixtureCorpus(): Corpus {
  return {
    sources: [
      {
        id: 'szalontai-2004',
        type: 'article-journal',
        title: '"You Have No Political Line of Your Own": Kim Il Sung and the Soviets, 1953-1964',
        author: [{ family: 'Szalontai', given: 'Balázs' }],
        'container-title': 'Cold War International History Project Bulletin',
      },
      { id: 'lankov-2002', type: 'book', title: 'From Stalin to Kim Il Sung', author: [{ family: 'Lankov', given: 'Andrei' }] },
    ],
    themes: [
      { id: 'economy', label: 'Economy', description: 'Plans, trade and aid.' },
      { id: 'collectivization', label: 'Collectivization', description: 'Farms into cooperatives.', parent: 'economy' },
      { id: 'hungarian-revolution', label: 'Hungarian Revolution', description: 'The 1956 uprising.' },
      { id: 'nationalism', label: 'Nationalism', description: 'Juche and self-reliance.' },
    ],
    passages: [
      passage('kosygin-visit', 'For instance, Soviet Premier Alexei Kosygin visited North Korea in 1961 and criticized certain North Korean economic policies.', { themes: ['economy'], people: ['Alexei Kosygin'], places: ['North Korea'], years: [1961] }),
      passage('kosygin-patents', 'After inspecting several factories, Kosygin told Kim that North Korea "should not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical."', { kind: 'actor-quotation', quote: 'should not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical.', speaker: 'Alexei Kosygin', themes: ['economy'], people: ['Alexei Kosygin', 'Kim Il Sung'], places: ['North Korea'], years: [1961] }),
      passage('collectivization-1954', 'As early as November 1954, the Soviets questioned the advisability of rapid collectivization in North Korea which might not only alienate the South Korean peasantry but also the middle classes within North Korea.', { themes: ['collectivization'], places: ['North Korea', 'South Korea'], years: [1954] }),
      passage('collective-leadership', 'After Stalin died, Moscow preached collective leadership to its allies.', { people: ['Joseph Stalin'], places: ['Moscow'], years: [1953] }),
      passage('hungarian-revolution', 'But what really stunned the North Korean leadership was the 1956 Hungarian Revolution.', { themes: ['hungarian-revolution'], places: ['Hungary'], years: [1956] }),
      passage('students-summoned', 'Of the North Koreans studying in Hungary, at least one took the opportunity to emigrate to the West, whereupon the regime hurriedly summoned most of its students home.', { themes: ['hungarian-revolution'], places: ['Hungary'], years: [1956, 1957] }),
      passage('mighty-people', 'In contrast, Deng Xiaoping explicitly appealed to Korean nationalism by proclaiming that "the Chinese leaders must learn from the Korean leaders" and calling Koreans "a mighty people of 30 million."', { themes: ['nationalism'], people: ['Deng Xiaoping'], years: [1964] }),
      passage('gomulka', 'Władysław Gomułka returned to power in the Polish October of 1956.', { people: ['Władysław Gomułka'], places: ['Poland'], years: [1956], source: 'lankov-2002' }),
      passage('textbooks', 'In 1955, translated Soviet works constituted the largest share of books published.', { years: [1955], source: 'lankov-2002' }),
    ],
  };
}

export function fixture(): CorpusIndex {
  return indexCorpus(fixtureCorpus());
}

/** The ids of the hits, best first. */
export function ids(hits: { passage: Passage }[]): string[] {
  return hits.map((h) => h.passage.id);
}
