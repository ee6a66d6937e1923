// The statement rules of an earlier commit against today's, on the same 1,000-word articles (one of the English
// development texts, as bench/statements.ts builds it, and one of the Russian ones), in one process, interleaved,
// CPU time (process.cpuUsage): median of SAMPLES alternating samples of at least 20 ms each.
//   npx tsx bench/statements-rules-compare.ts REV [SAMPLES]
// REV's src/ and fixtures/corpus/ are unpacked (git archive) into a temporary folder beside node_modules.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Extract = (text: string, options: { people: unknown }) => unknown[];
type Directory = (texts: readonly string[]) => unknown;

const ROOT = join(import.meta.dirname, '..');
const CYRILLIC_RE = /[\u0400-\u04FF]/u;

/** About 1,000 words of the development texts in one language, whole paragraphs, in file-name order. */
function article(russian: boolean): string {
  const dir = join(ROOT, 'fixtures/statements/dev');
  const paragraphs: string[] = [];
  let words = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const body = readFileSync(join(dir, f), 'utf8');
    if (CYRILLIC_RE.test(body) !== russian) continue;
    for (const p of body.split(/\n\s*\n/)) {
      if (words >= 1000) break;
      paragraphs.push(p.trim());
      words += p.split(/\s+/).filter(Boolean).length;
    }
  }
  return paragraphs.join('\n\n');
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

async function rules(root: string): Promise<{ extract: Extract; directory: Directory }> {
  const extract = (await import(pathToFileURL(join(root, 'src/statements/extract.ts')).href)).extractStatements as Extract;
  const directory = (await import(pathToFileURL(join(root, 'src/statements/people.ts')).href)).buildPersonDirectory as Directory;
  return { extract, directory };
}

const [rev, samplesArg] = process.argv.slice(2);
if (!rev) throw new Error('usage: npx tsx bench/statements-rules-compare.ts REV [SAMPLES]');
const samples = Number(samplesArg ?? 60);
const old = mkdtempSync(join(tmpdir(), 'sourcelight-rules-'));
try {
  execFileSync('sh', ['-c', `git archive "$0" src fixtures/corpus | tar -x -C "$1"`, rev, old], { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(old, 'node_modules'));
  const before = await rules(old);
  const now = await rules(ROOT);
  const corpusDir = join(ROOT, 'fixtures/corpus');
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  for (const russian of [false, true]) {
    const text = article(russian);
    const runs = [before, now].map(({ extract, directory }) => {
      const people = directory(corpus);
      return () => extract(text, { people }).length;
    });
    const counts = runs.map((run) => run());
    const times: number[][] = [[], []];
    for (let s = 0; s < samples; s++) {
      runs.forEach((run, k) => {
        const start = cpuMs();
        let n = 0;
        do {
          run();
          n++;
        } while (cpuMs() - start < 20);
        times[k]?.push((cpuMs() - start) / n);
      });
    }
    const [a, b] = times.map(median) as [number, number];
    process.stdout.write(
      `${russian ? 'Russian' : 'English'} article: ${rev} ${a.toFixed(1)} ms (${counts[0]} statements), now ${b.toFixed(1)} ms (${counts[1]}), ${(b / a).toFixed(2)}×\n`,
    );
  }
} finally {
  rmSync(old, { recursive: true, force: true });
}
