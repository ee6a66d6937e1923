// A deterministic synthetic corpus for scale tests and the benchmark: news-like
// articles built from a seeded PRNG, with wire boilerplate paragraphs shared on
// purpose between many articles and "same desk" stories that reuse two
// paragraphs of an earlier one. Same seed, same corpus, on every machine.
// Run: npx tsx scripts/generate-synthetic-corpus.ts [count] → generated/synthetic-corpus.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IndexableArticle } from '../src/recognition/types.ts';

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Boris', 'Carla', 'Dmitry', 'Elena', 'Farid', 'Greta', 'Hassan', 'Irina', 'Jonas', 'Karim', 'Lena', 'Mikhail', 'Nadia', 'Oleg', 'Paula', 'Rustam', 'Sofia', 'Tomas', 'Ulla', 'Viktor', 'Wen', 'Yusuf', 'Zara', 'Pedro', 'Ines', 'Marek', 'Aylin', 'Kofi', 'Leila', 'Sergei', 'Maria', 'Ahmed', 'Olga', 'Pavel', 'Julia', 'Andrzej', 'Fatima', 'Ivan', 'Clara'];
const LAST = ['Petrov', 'Schneider', 'Haddad', 'Novak', 'Kowalski', 'Morales', 'Lindqvist', 'Okafor', 'Tanaka', 'Rossi', 'Ivanova', 'Dubois', 'Kaplan', 'Mendes', 'Horvat', 'Sato', 'Bauer', 'Costa', 'Yilmaz', 'Nielsen', 'Popescu', 'Fischer', 'Aliyev', 'Varga', 'Moreau', 'Jensen', 'Kuznetsov', 'Romero', 'Singh', 'Weber', 'Orlov', 'Marin', 'Sokolov', 'Berg', 'Demir', 'Lucas', 'Volkov', 'Meyer', 'Rahman', 'Klein'];
const ROLE_OF = ['foreign', 'defence', 'economy', 'energy', 'trade', 'interior', 'finance', 'transport', 'justice', 'health'];
const ROLE = ['minister', 'deputy minister', 'spokesman', 'spokeswoman', 'envoy', 'adviser', 'negotiator', 'official', 'committee chair', 'under-secretary'];
const PLACES = ['Brussels', 'Moscow', 'Vienna', 'Geneva', 'Ankara', 'Warsaw', 'Riga', 'Tbilisi', 'Kiev', 'Minsk', 'Helsinki', 'Bucharest', 'Sofia', 'Baku', 'Astana', 'Lisbon', 'Rome', 'Prague', 'Oslo', 'Belgrade', 'Yerevan', 'Chisinau', 'Tallinn', 'Vilnius', 'Budapest', 'Bratislava', 'Zagreb', 'Athens', 'Madrid', 'Paris', 'Berlin', 'London', 'Stockholm', 'Copenhagen', 'Dublin', 'Ljubljana', 'Skopje', 'Tirana', 'Sarajevo', 'Podgorica'];
const BODIES = ['the alliance', 'the European Union', 'the OSCE', 'the Security Council', 'the council', 'the commission', 'the customs union', 'the energy charter', 'the regional forum', 'parliament', 'the ministry', 'the working group', 'the cabinet', 'the senate', 'the assembly', 'the court', 'the central bank', 'the agency'];
const QUALITY = ['regional', 'cross-border', 'long-term', 'joint', 'civilian', 'military', 'bilateral', 'national', 'emergency', 'nuclear', 'maritime', 'northern', 'southern', 'coastal', 'rural', 'digital', 'seasonal', 'strategic', 'temporary', 'permanent'];
const MATTER = ['missile defence', 'gas transit', 'arms control', 'border checks', 'visa rules', 'grain exports', 'pipeline tariffs', 'troop levels', 'sanctions', 'reactor safety', 'drug trafficking', 'refugee flows', 'cyber attacks', 'fishing quotas', 'rail links', 'airspace rules', 'peacekeeping', 'election monitoring', 'water rights', 'power grids', 'port fees', 'oil storage', 'food aid', 'mine clearance', 'radio frequencies'];
const SAYS = ['said', 'told reporters', 'stressed', 'warned', 'insisted', 'noted', 'argued', 'added', 'announced', 'confirmed', 'suggested', 'claimed', 'admitted', 'declared', 'explained'];
const ADJ = ['constructive', 'difficult', 'frank', 'productive', 'tense', 'long-awaited', 'inconclusive', 'cautious', 'substantive', 'preliminary', 'unexpected', 'decisive', 'brief', 'lengthy', 'closed-door', 'informal'];
const NOUNS = ['talks', 'consultations', 'negotiations', 'meeting', 'summit', 'session', 'round', 'exchange', 'hearing', 'conference', 'briefing', 'visit'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LINK = ['while', 'although', 'because', 'after', 'before', 'as', 'since', 'even though'];
const ACTION = ['review', 'expand', 'suspend', 'limit', 'fund', 'inspect', 'renegotiate', 'freeze', 'double', 'monitor', 'simplify', 'delay'];
const ACTED = ['reviewed', 'expanded', 'suspended', 'limited', 'funded', 'inspected', 'renegotiated', 'froze', 'doubled', 'monitored', 'simplified', 'delayed'];

/** Wire-desk background paragraphs: each reused by many articles, as real agencies do. */
const BOILERPLATE_COUNT = 60;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

class Writer {
  constructor(readonly rnd: () => number) {}
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)]!;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  person(): string {
    return `${this.pick(FIRST)} ${this.pick(LAST)}`;
  }
  role(): string {
    return `${this.pick(ROLE_OF)} ${this.pick(ROLE)}`;
  }
  topic(): string {
    return `${this.pick(QUALITY)} ${this.pick(MATTER)}`;
  }
  clause(): string {
    switch (this.int(0, 5)) {
      case 0:
        return `${this.pick(BODIES)} would ${this.pick(ACTION)} ${this.topic()} in ${this.pick(PLACES)}`;
      case 1:
        return `${this.int(2, 60)} ${this.pick(['officials', 'delegates', 'experts', 'lawmakers', 'observers'])} from ${this.pick(PLACES)} ${this.pick(ACTED)} ${this.topic()}`;
      case 2:
        return `${this.person()} ${this.pick(SAYS)} ${this.topic()} ${this.pick(['remained', 'was', 'looked', 'seemed'])} ${this.pick(['unresolved', 'a priority', 'at risk', 'on track', 'stalled'])}`;
      case 3:
        return `the ${this.pick(ADJ)} ${this.pick(NOUNS)} in ${this.pick(PLACES)} ${this.pick(['ended', 'began', 'resumed', 'stalled'])} on ${this.pick(DAYS)}`;
      case 4:
        return `${this.pick(BODIES)} ${this.pick(['set aside', 'requested', 'approved', 'cut'])} ${this.int(2, 950)} million ${this.pick(['euros', 'dollars', 'roubles'])} for ${this.topic()}`;
      default:
        return `${this.pick(PLACES)} ${this.pick(['rejected', 'welcomed', 'questioned', 'backed'])} ${this.pick(BODIES)}'s ${this.pick(ADJ)} plan on ${this.topic()}`;
    }
  }
  sentence(): string {
    const who = this.person();
    const body = (() => {
      switch (this.int(0, 4)) {
        case 0:
          return `${who}, the ${this.role()}, ${this.pick(SAYS)} on ${this.pick(DAYS)} that ${this.clause()}.`;
        case 1:
          return `"${capitalise(this.clause())}, ${this.pick(LINK)} ${this.clause()}," ${who} ${this.pick(SAYS)}.`;
        case 2:
          return `${capitalise(this.clause())} ${this.pick(LINK)} ${this.clause()}, the ${this.role()} ${this.pick(SAYS)}.`;
        case 3:
          return `In ${this.pick(MONTHS)} ${this.int(1990, 2012)}, ${this.clause()}, ${this.pick(LINK)} ${this.clause()}.`;
        default:
          return `${capitalise(this.clause())}.`;
      }
    })();
    return body;
  }
  paragraph(): string {
    const n = this.int(2, 3);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out.join(' ');
  }
}

export interface SyntheticArticle extends IndexableArticle {
  addresses: string[];
  /** Id of an earlier article two of whose paragraphs this one reuses, if any. */
  reusesFrom?: string;
}

/** `count` articles from `seed`: the same list every time. */
export function generateSyntheticCorpus(count = 10_000, seed = 20_240_601): SyntheticArticle[] {
  const w = new Writer(prng(seed));
  const boilerplate = Array.from({ length: BOILERPLATE_COUNT }, () => w.paragraph());
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const year = w.int(2005, 2012);
    const month = w.int(1, 12);
    const day = w.int(1, 28);
    const stamp = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const paragraphs = [
      `${w.pick(PLACES).toUpperCase()}, ${MONTHS[month - 1]} ${day} (Wire) - ${w.sentence()}`,
      ...Array.from({ length: w.int(5, 11) }, () => w.paragraph()),
    ];
    let reusesFrom: string | undefined;
    if (i > 0 && w.rnd() < 0.1) {
      // Same desk, same day: two paragraphs of an earlier story reappear.
      const source = articles[w.int(Math.max(0, i - 50), i - 1)]!;
      paragraphs.splice(2, 0, source.paragraphs[1]!, source.paragraphs[2]!);
      reusesFrom = source.id;
    }
    for (let b = w.int(0, 2); b > 0; b--) paragraphs.push(w.pick(boilerplate));
    const id = `synthetic-${stamp}-${String(i).padStart(5, '0')}`;
    const articleNumber = 100_000_000 + i;
    articles.push({
      id,
      paragraphs,
      addresses: [`https://sputnikglobe.com/${stamp}/${articleNumber}.html`],
      ...(reusesFrom ? { reusesFrom } : {}),
    });
  }
  return articles;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 10_000);
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: generate-synthetic-corpus.ts [count]\n');
    process.exitCode = 2;
  } else {
    const out = fileURLToPath(new URL('../generated/', import.meta.url));
    mkdirSync(out, { recursive: true });
    writeFileSync(`${out}synthetic-corpus.json`, JSON.stringify(generateSyntheticCorpus(count)));
    process.stdout.write(`wrote ${count} synthetic articles → generated/synthetic-corpus.json\n`);
  }
}
