import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';

describe('cleanAuthors', () => {
  const cases: [string | string[], string[]][] = [
    ['Paul Goble', ['Paul Goble']],
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe & Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['Written by Danielle Roe, Donna Lee, and Natalie Chen', ['Danielle Roe', 'Donna Lee', 'Natalie Chen']],
    ['Posted by Paul Goble at 10:12 AM', ['Paul Goble']],
    ['Publicado por Carlos Ruiz en 10:12', ['Carlos Ruiz']],
    ['Eingestellt von Anna Weber um 14:05', ['Anna Weber']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe | Senior Correspondent | March 3, 2022', ['Jane Doe']],
    ['By JANE DOE', ['Jane Doe']],
    ['Written by Jane Doe (jane.doe@example.org)', ['Jane Doe']],
    ['By Jane Doe, Reuters', ['Jane Doe']],
    ['By Reuters', ['Reuters']],
    ['Reuters Staff', ['Reuters']],
    ['Staff', []],
    ['By The Editorial Board', []],
    ['admin', []],
    ['Von Anna Schmidt und Jonas Weber', ['Anna Schmidt', 'Jonas Weber']],
    ['Par Marie Dubois', ['Marie Dubois']],
    ['Автор: Иван Петров', ['Иван Петров']],
    ['Ursula von der Leyen', ['Ursula von der Leyen']],
    ['Von Anna Weber, Berlin', ['Anna Weber']],
    ['The Moscow Times | Jane Doe | Feb. 17, 2022', ['Jane Doe']],
    [['Jane Doe', 'jane doe', 'By Jane Doe'], ['Jane Doe']],
    ['March 3, 2022 by Jane Doe', ['Jane Doe']],
    ['Posted by IndustrySelect on Tuesday, August 29, 2023', ['IndustrySelect']],
    // Weekday names without a date: first, after a comma, after a middle dot, in German.
    ['Monday by Jane Doe', ['Jane Doe']],
    ['By Jane Doe, Dienstag | Staff', ['Jane Doe']],
    ['By Jane Doe · Wednesday', ['Jane Doe']],
    ['Reporting by Jane Doe in Kyiv; Editing by John Roe', ['Jane Doe', 'John Roe']],
    ['Share this article on Facebook and Twitter', []],
    ['Paramita (Guha) Ghosh', ['Paramita (Guha) Ghosh']],
    ['Jane Doe (Reuters)', ['Jane Doe']],
    ['Lance Ryan (Content Manager)', ['Lance Ryan']],
    ['By Dieter Hogen with Uta Pippig', ['Dieter Hogen', 'Uta Pippig']],
    ['By Jane Doe with The Times', ['Jane Doe']],
    [
      'Author(s) John A. Alic, David C. Mowery, Edward S. Rubin',
      ['John A. Alic', 'David C. Mowery', 'Edward S. Rubin'],
    ],
    ['By Claire Wilson , Co-Founder & COO', ['Claire Wilson']],
    ['Mateusz Haberny Founder at Oakywood', ['Mateusz Haberny']],
    ['Ann Lee, CEO of Acme', ['Ann Lee']],
  ];
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(want)}`, () => {
      expect(cleanAuthors(input)).toEqual(want);
    });
  }
});
