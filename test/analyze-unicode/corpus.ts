// Short passages written for issue 12: names and places beyond Latin-1 inside English news
// sentences, one or more per script, with what the analysis must find in each. Places carry
// their coordinates rounded to 0.1°; quotes their speaker as written; `search` lists every name
// with a second spelling (ASCII, or for Cyrillic and Greek another case or no accents) that must
// find the passage as the native one does.

export interface Passage {
  name: string;
  text: string;
  /** Every entity, in order of first mention: "TYPE name". */
  entities: string[];
  /** Every place: name -> [lat, lon, country]. */
  places: Record<string, [number, number, string]>;
  /** Every quote: [speaker as written, quoted words]. */
  quotes: [string, string][];
  /** Names with another spelling that search must treat alike: [native, other]. */
  search: [string, string][];
}

export const PASSAGES: Passage[] = [
  {
    name: 'Turkish and Polish',
    text: 'Turkish President Recep Tayyip Erdoğan met Polish President Andrzej Duda in Łódź on Monday. "We agree on the pipeline," Erdoğan said.',
    entities: ['NORP Turkish', 'PERSON Recep Tayyip Erdoğan', 'NORP Polish', 'PERSON Andrzej Duda', 'GPE Łódź'],
    places: { Łódź: [51.8, 19.5, 'PL'] },
    quotes: [['Erdoğan', '"We agree on the pipeline,"']],
    search: [
      ['Erdoğan', 'Erdogan'],
      ['Łódź', 'Lodz'],
    ],
  },
  {
    name: 'Turkish dotted and dotless i',
    text: 'Istanbul Mayor Ekrem İmamoğlu visited Şanlıurfa on Tuesday. "Şanlıurfa needs water," İmamoğlu told reporters.',
    entities: ['GPE Istanbul', 'PERSON Ekrem İmamoğlu', 'GPE Şanlıurfa'],
    places: { Istanbul: [41, 28.9, 'TR'], Şanlıurfa: [37.2, 38.8, 'TR'] },
    quotes: [['İmamoğlu', '"Şanlıurfa needs water,"']],
    search: [
      ['İmamoğlu', 'Imamoglu'],
      ['Şanlıurfa', 'Sanliurfa'],
    ],
  },
  {
    name: 'Polish',
    text: 'Polish Foreign Minister Radosław Sikorski arrived in Gdańsk from Kraków. "The port matters to all of us," Sikorski said.',
    entities: ['NORP Polish', 'PERSON Radosław Sikorski', 'GPE Gdańsk', 'GPE Kraków'],
    places: { Gdańsk: [54.4, 18.6, 'PL'], Kraków: [50.1, 19.9, 'PL'] },
    quotes: [['Sikorski', '"The port matters to all of us,"']],
    search: [
      ['Radosław', 'Radoslaw'],
      ['Gdańsk', 'Gdansk'],
      ['Kraków', 'Krakow'],
    ],
  },
  {
    name: 'Czech',
    text: 'Czech President Petr Pavel met Miloš Zeman in Plzeň. "We spoke about Ukraine," Pavel said.',
    entities: ['NORP Czech', 'PERSON Petr Pavel', 'PERSON Miloš Zeman', 'GPE Plzeň', 'GPE Ukraine'],
    places: { Plzeň: [49.7, 13.4, 'CZ'], Ukraine: [49.2, 31.3, 'UA'] },
    quotes: [['Pavel', '"We spoke about Ukraine,"']],
    search: [
      ['Miloš', 'Milos'],
      ['Plzeň', 'Plzen'],
    ],
  },
  {
    name: 'Romanian, comma below',
    text: 'Romanian Prime Minister Marcel Ciolacu spoke in Timișoara on Friday. "The road will be finished," Ciolacu said.',
    entities: ['NORP Romanian', 'PERSON Marcel Ciolacu', 'GPE Timișoara'],
    places: { Timișoara: [45.8, 21.2, 'RO'] },
    quotes: [['Ciolacu', '"The road will be finished,"']],
    search: [
      ['Timișoara', 'Timisoara'],
      ['Timișoara', 'Timişoara'],
    ],
  },
  {
    name: 'Romanian, cedilla',
    text: 'Tennis coach Ion Ţiriac landed in Constanţa on Sunday. "The sea is calm," Ţiriac said.',
    entities: ['PERSON Ion Ţiriac', 'GPE Constanţa'],
    places: { Constanţa: [44.2, 28.6, 'RO'] },
    quotes: [['Ţiriac', '"The sea is calm,"']],
    search: [
      ['Ţiriac', 'Tiriac'],
      ['Ţiriac', 'Țiriac'],
      ['Constanţa', 'Constanța'],
    ],
  },
  {
    name: 'Croatian',
    text: 'Croatian coach Zlatko Dalić watched Luka Modrić play in Split. "He was brilliant," Dalić said.',
    entities: ['NORP Croatian', 'PERSON Zlatko Dalić', 'PERSON Luka Modrić', 'GPE Split'],
    places: { Split: [43.5, 16.4, 'HR'] },
    quotes: [['Dalić', '"He was brilliant,"']],
    search: [
      ['Dalić', 'Dalic'],
      ['Modrić', 'Modric'],
    ],
  },
  {
    name: 'Azerbaijani',
    text: 'Azerbaijani President İlham Əliyev met envoys in Gəncə on Friday. "Peace is near," Əliyev said.',
    entities: ['NORP Azerbaijani', 'PERSON İlham Əliyev', 'GPE Gəncə'],
    places: { Gəncə: [40.7, 46.4, 'AZ'] },
    quotes: [['Əliyev', '"Peace is near,"']],
    search: [
      ['İlham', 'Ilham'],
      ['Əliyev', 'Eliyev'],
      ['Gəncə', 'Gence'],
    ],
  },
  {
    name: 'Vietnamese',
    text: 'Vietnamese Prime Minister Phạm Minh Chính arrived in Đà Nẵng on Sunday. "Trade will grow," Phạm Minh Chính said.',
    entities: ['NORP Vietnamese', 'PERSON Phạm Minh Chính', 'GPE Đà Nẵng'],
    places: { 'Đà Nẵng': [16.1, 108.2, 'VN'] },
    quotes: [['Phạm Minh Chính', '"Trade will grow,"']],
    search: [
      ['Phạm', 'Pham'],
      ['Chính', 'Chinh'],
      ['Đà Nẵng', 'Da Nang'],
    ],
  },
  {
    name: 'Icelandic',
    text: 'Prime Minister Katrín Jakobsdóttir visited Reykjavík with Guðni Jóhannesson. "We are ready," Jakobsdóttir said.',
    entities: ['PERSON Katrín Jakobsdóttir', 'GPE Reykjavík', 'PERSON Guðni Jóhannesson'],
    places: { Reykjavík: [64.1, -21.9, 'IS'] },
    quotes: [['Jakobsdóttir', '"We are ready,"']],
    search: [
      ['Jakobsdóttir', 'Jakobsdottir'],
      ['Guðni', 'Gudni'],
      ['Reykjavík', 'Reykjavik'],
    ],
  },
  {
    name: 'Cyrillic and Greek inside English',
    text: 'Russian President Владимир Путин met Greek Prime Minister Κυριάκος Μητσοτάκης in Москва on Monday. "We talked for hours," Μητσοτάκης said.',
    entities: ['NORP Russian', 'PERSON Владимир Путин', 'NORP Greek', 'PERSON Κυριάκος Μητσοτάκης', 'GPE Москва'],
    places: { Москва: [55.8, 37.6, 'RU'] },
    quotes: [['Μητσοτάκης', '"We talked for hours,"']],
    search: [
      ['Путин', 'ПУТИН'],
      ['Μητσοτάκης', 'μητσοτακης'],
      ['Москва', 'москва'],
    ],
  },
  {
    name: 'Cyrillic place name',
    text: 'Tajik President Emomali Rahmon flew to Душанбе on Monday. "The road is open," Rahmon said.',
    entities: ['NORP Tajik', 'PERSON Emomali Rahmon', 'GPE Душанбе'],
    places: { Душанбе: [38.5, 68.8, 'TJ'] },
    quotes: [['Rahmon', '"The road is open,"']],
    search: [['Душанбе', 'ДУШАНБЕ']],
  },
];
