// Pages the serve and browser tests ingest, written for these tests: ordinary news pages plus a
// hostile one carrying script, event-handler and javascript: payloads in its text and markup.

export interface TestPage {
  url: string;
  content: string;
}

const page = (o: { title: string; author: string; date: string; body: string[]; extra?: string }) => `<!doctype html>
<html><head><meta charset="utf-8"><title>${o.title}</title>
<meta name="author" content="${o.author}">
<meta property="article:published_time" content="${o.date}T09:00:00Z">
</head><body><header><nav><a href="/">Home</a></nav></header>
<article><h1>${o.title}</h1><p class="byline">By ${o.author}</p>
${o.body.map((p) => `<p>${p}</p>`).join('\n')}
${o.extra ?? ''}
</article><footer>Copyright The Test Gazette</footer></body></html>`;

export const BASE_PAGES: TestPage[] = [
  {
    url: 'https://gazette.test/2022/02/17/tajikistan-base',
    content: page({
      title: 'Putin Commits to Military Build Up in Tajikistan',
      author: 'Paul Goble',
      date: '2022-02-17',
      body: [
        'Vladimir Putin has committed to expanding Russia’s military footprint in Tajikistan, officials in Dushanbe said on Thursday after a meeting with President Emomali Rakhmon.',
        'After the meeting, Putin said that “we are actively working to strengthen the defense capabilities of Tajikistan.” The base, he added, is one of the significant elements of security in the region.',
        'Sergey Markov, director of the Moscow Institute for Political Research, says the line between Tajikistan and Afghanistan is more a frontier than a border. No one can exclude the possibility that clashes will occur in 2022.',
      ],
    }),
  },
  {
    url: 'https://gazette.test/2022/02/20/rakhmon-talks',
    content: page({
      title: 'Rakhmon and Putin hold talks on border security',
      author: 'Anna Petrova',
      date: '2022-02-20',
      body: [
        'President Emomali Rakhmon met Vladimir Putin in Moscow on Sunday to discuss the border with Afghanistan, according to a statement from the Kremlin.',
        '“Our cooperation is stronger than ever,” Rakhmon told reporters after the talks. Russia will send additional equipment to Tajikistan next month, the statement said.',
        'The two leaders did not sign any new agreement, officials said, but promised to meet again in the spring.',
      ],
    }),
  },
  {
    url: 'https://gazette.test/2022/03/02/dushanbe-protest',
    content: page({
      title: 'Hundreds protest in Dushanbe over fuel prices',
      author: 'Timur Saidov',
      date: '2022-03-02',
      body: [
        'Hundreds of people protested in Dushanbe on Wednesday against a rise in fuel prices, witnesses said.',
        'Police did not arrest anyone, according to a spokesman for the interior ministry. Organisers said they may protest again next week if prices stay high.',
      ],
    }),
  },
];

/** Set by the payloads below if any of them ever runs in the browser. */
export const HOSTILE_GLOBAL = '__datelinePwned';

export const HOSTILE_PAGE: TestPage = {
  url: 'https://hostile.test/2022/03/05/payload',
  content: page({
    title: `Breaking &lt;script&gt;window.${HOSTILE_GLOBAL}=1&lt;/script&gt; news about Dushanbe`,
    author: 'Mallory &lt;img src=x onerror=alert(1)&gt;',
    date: '2022-03-05',
    body: [
      `Officials in Dushanbe said the text &lt;script&gt;window.${HOSTILE_GLOBAL}=2;alert(2)&lt;/script&gt; must never run in a reader.`,
      `An image tag &lt;img src=x onerror="window.${HOSTILE_GLOBAL}=3;alert(3)"&gt; appears here as words, and so does javascript:alert(4) written out.`,
      `A link to <a href="javascript:window.${HOSTILE_GLOBAL}=5">a javascript: URL</a> and a real <script>window.${HOSTILE_GLOBAL}=6</script> element sit in the markup.`,
      `<img src="x" onerror="window.${HOSTILE_GLOBAL}=7">The protest in Dushanbe continued on Saturday, witnesses said.`,
    ],
  }),
};
