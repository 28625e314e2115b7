// Distinct article texts for ingest tests: each is a different story (names, numbers, places vary).
const NAMES = [
  'Amina Rahimova',
  'Jonas Weber',
  'Priya Nair',
  'Tomás Ortega',
  'Li Wei',
  'Grace Okafor',
  'Mehmet Yilmaz',
  'Sara Lindqvist',
];
const PLACES = ['Dushanbe', 'Leipzig', 'Kochi', 'Valparaíso', 'Chengdu', 'Lagos', 'Izmir', 'Uppsala'];
const TOPICS = [
  'water tariffs',
  'a new bridge',
  'school meals',
  'bus routes',
  'flood defences',
  'a hospital wing',
  'port fees',
  'library hours',
];

export function story(i: number): { title: string; paragraphs: string[] } {
  const name = NAMES[i % NAMES.length];
  const place = PLACES[(i * 3) % PLACES.length];
  const topic = TOPICS[(i * 5) % TOPICS.length];
  return {
    title: `${place} council votes on ${topic} (${i})`,
    paragraphs: [
      `${place} – The city council voted ${i + 3} to ${i % 4} on Tuesday to approve ${topic}, ending a debate that lasted ${i + 2} months.`,
      `"We listened to residents," said ${name}, who chairs the committee. "This plan costs ${(i + 1) * 17} thousand less than the first draft."`,
      `Opponents argued that the vote number ${i} came too early and that ${topic} should wait until the audit of ${2000 + i} is published.`,
      `The measure takes effect in ${['January', 'March', 'June', 'September'][i % 4]}, officials said, and will be reviewed after ${(i % 5) + 1} years.`,
    ],
  };
}

export function storyHtml(i: number, header = ''): string {
  const s = story(i);
  return `<!doctype html><html><head><title>${s.title}</title></head><body><article><h1>${s.title}</h1>${header ? `<p>${header}</p>` : ''}${s.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}
