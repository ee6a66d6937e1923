// "Show statements" in the panel's header: the statements Sourcelight found
// are drawn on the page, or not, remembered per site (like the panel's own
// state). The reader's highlights are never hidden by it.
import { useState } from 'preact/hooks';
import { askWorker } from '../../shared/worker-client.ts';
import type { PageAnnotator } from '../highlights/page-annotator.ts';

export function StatementsToggle({ annotator, host }: { annotator: PageAnnotator; host: string }) {
  // The site's choice was applied when the overlay started (start-overlay.tsx).
  const [shown, setShown] = useState(() => annotator.showsStatements);
  const [error, setError] = useState<string | null>(null);

  const toggle = () => {
    const next = !shown;
    setShown(next);
    annotator.setStatementsShown(next);
    setError(null);
    askWorker('site/set-statements', { host, shown: next }).catch((e: unknown) =>
      setError(`Not remembered for this site: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  return (
    <>
      <button
        type="button"
        class="sl-button sl-statements-toggle"
        role="switch"
        aria-checked={shown ? 'true' : 'false'}
        aria-label="Show statements"
        title="Show statements: underline the quotes and claims Sourcelight found in the article (remembered for this site)"
        onClick={toggle}
      >
        Statements
      </button>
      {error && <span class="sl-error">{error}</span>}
    </>
  );
}
