// The verdict line in the popup, for the corpus article in the tab: the worker
// gives the article's cards, the line is derived here as the panel derives it,
// and a clause opens the panel in the tab at its sourced detail.
import { useEffect, useState } from 'preact/hooks';
import { deriveVerdict, type Verdict } from '../../../src/provenance/verdict.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { formatIsoDate } from '../../ui/format-date.ts';
import { VerdictLine } from '../../ui/VerdictLine.tsx';

export function PopupVerdict({ corpusId, onOpen }: { corpusId: string; onOpen: (verdictKind: string) => void }) {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    askWorker('corpus/article', { id: corpusId })
      .then(({ extras }) => setVerdict(deriveVerdict(extras, { formatDate: formatIsoDate })))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [corpusId]);
  if (error) return <p class="sl-error">The article’s provenance could not be read: {error}</p>;
  if (!verdict) return null;
  return <VerdictLine verdict={verdict} onOpen={(clause) => onOpen(clause.kind)} />;
}
