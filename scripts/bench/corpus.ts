/**
 * Deterministic synthetic news articles for benchmarks and batch tests:
 * varied lengths, 3–15 quotes, 2–8 people drawn from a shared pool (so people
 * repeat across articles), sections and related links. Same seed, same text.
 */

const FIRST = ['Maria', 'James', 'Aisha', 'Tomas', 'Lena', 'Omar', 'Grace', 'Viktor', 'Priya', 'Daniel', 'Chloe', 'Hassan', 'Ingrid', 'Mateo', 'Yuki', 'Samuel', 'Fatima', 'Oliver', 'Nadia', 'Peter'];
const LAST = ['Holloway', 'Okafor', 'Lindqvist', 'Moreau', 'Castellanos', 'Brennan', 'Nakamura', 'Adeyemi', 'Kowalski', 'Fitzgerald', 'Haddad', 'Varga', 'Sorensen', 'Delacroix', 'Marchetti', 'Abernathy', 'Quintero', 'Rasmussen', 'Whitfield', 'Petrov'];
const ROLES = ['Mayor', 'Senator', 'Governor', 'Finance Minister', 'Police Chief', 'Professor', 'Chief Executive', 'Coach', 'Judge', 'Health Minister'];
const TOPICS = ['budget', 'stadium', 'hospital', 'rail line', 'harbour', 'school', 'reservoir', 'market', 'bridge', 'library'];
const VERBS = ['said', 'added', 'explained', 'told reporters', 'insisted', 'warned', 'noted'];
const SENTENCES = [
  'Officials met on Tuesday to review the plans for the {topic}.',
  'The council has debated the {topic} for more than two years.',
  'Residents have raised concerns about the cost of the {topic}.',
  'The proposal would be funded by a mix of grants and local taxes.',
  'Critics argue that the timetable is unrealistic and the figures optimistic.',
  'A public consultation is expected to open later this month.',
  'The project has already been delayed twice because of supply problems.',
  'Local businesses say the uncertainty has hurt trade in the area.',
];
const QUOTES = [
  'We have listened carefully and we believe this is the right decision for the {topic}.',
  'Nobody should pretend that this will be easy or cheap.',
  'The numbers simply do not add up, and people deserve a straight answer.',
  'I am confident that we will deliver the {topic} on time.',
  'This is a once-in-a-generation chance to get it right.',
  'We will keep working until every family feels the difference.',
  'There is no plan B, and there never was.',
  'Our priority is safety, and that will not change.',
];

/** Mulberry32: tiny, fast, deterministic. */
export const prng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export interface SyntheticArticle {
  fileName: string;
  text: string;
  quotes: number;
  people: string[];
}

export const peoplePool = (size = 60) =>
  Array.from({ length: size }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}`,
    role: ROLES[i % ROLES.length],
  }));

export function generateArticle(index: number, seed = 1, variant = 0): SyntheticArticle {
  const random = prng(seed * 100_003 + index);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const pool = peoplePool();
  const topic = pick(TOPICS);
  const fill = (s: string) => s.replace('{topic}', topic);

  const peopleCount = 2 + Math.floor(random() * 7);
  const people = [...new Set(Array.from({ length: peopleCount }, () => pick(pool)))];
  const quoteCount = 3 + Math.floor(random() * 13);
  const sections = 1 + Math.floor(random() * 3);

  const lines: string[] = [`The ${topic} plan, part ${index + 1}: council weighs its options`];
  const lead = people[0];
  lines.push(
    `${lead.role} ${lead.name} on Monday defended the ${topic} plan number ${index + 1}, as opposition grew across the district ahead of a key vote.`
  );
  const mentioned = new Set<string>([lead.name]);
  let quotesLeft = quoteCount;
  let quoteNo = 0;
  for (let s = 0; s < sections; s += 1) {
    if (s > 0) lines.push(`${pick(['Costs and Timing', 'What Comes Next', 'Voices From the District', 'A Divided Council'])}`);
    const paragraphs = 2 + Math.floor(random() * 4);
    for (let p = 0; p < paragraphs; p += 1) {
      lines.push(`${fill(pick(SENTENCES))} ${fill(pick(SENTENCES))}`);
      const perParagraph = s === sections - 1 && p === paragraphs - 1 ? quotesLeft : Math.min(quotesLeft, 1 + Math.floor(random() * 2));
      for (let q = 0; q < perParagraph; q += 1) {
        const person = pick(people);
        quoteNo += 1;
        // The meeting number keeps every quote of an article distinct; `variant` rewords one quote.
        const ending = variant && quoteNo === 1 ? 'and that is final' : `as I said at meeting ${index + 1}.${quoteNo}`;
        const quote = `${fill(pick(QUOTES))} I will say it again, ${ending},`;
        const named = mentioned.has(person.name) ? person.name.split(' ')[1] : `${person.role} ${person.name}`;
        mentioned.add(person.name);
        lines.push(`"${quote}" ${named} ${pick(VERBS)}.`);
      }
      quotesLeft -= perParagraph;
    }
  }
  if (random() < 0.7) lines.push(`Read Also : ${pick(['Council approves', 'Residents protest', 'Audit questions'])} ${topic} spending ${index + 1}`);
  return {
    fileName: `article-${String(index + 1).padStart(5, '0')}.txt`,
    text: `${lines.join('\n')}\n`,
    quotes: quoteCount,
    people: [...mentioned],
  };
}

export const generateCorpus = (count: number, seed = 1) => Array.from({ length: count }, (_, i) => generateArticle(i, seed));
