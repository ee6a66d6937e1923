// Reads a Chromium performance trace (page.tracing) of one page load and
// splits the page renderer's main-thread time between the extension's
// content script and the page itself.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread actually ran, without the spans the OS gave its core to another thread. */
  tdur?: number;
  args?: Record<string, unknown>;
}

export interface MainThreadSplit {
  /** Whole top-level tasks that ran any content-script work (compile, run, module evaluation, its messages). */
  extensionTaskMs: number;
  /** Only the outermost script events of the extension inside those tasks (compile + run + evaluate), wall time. */
  extensionScriptMs: number;
  /**
   * The same events' thread time: what the script cost the main thread in CPU. On a machine with a free core it
   * equals the wall time; on a busy one the wall time also holds the spans the thread waited for a core.
   */
  extensionScriptCpuMs: number;
  /** Every other top-level task on the page's main thread: the page's own work (parse, style, layout, paint, its scripts). */
  pageTaskMs: number;
  /** The page's own script events (compile + evaluate + calls), outermost only. */
  pageScriptMs: number;
  /** Whether the content script exchanged messages with the worker (it asked for recognition). */
  messagedWorker: boolean;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.run', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'EventDispatch', 'FireIdleCallback', 'FireAnimationFrame']);

function eventsOf(trace: Uint8Array): TraceEvent[] {
  const parsed = JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

function urlOf(e: TraceEvent): string {
  const a = e.args ?? {};
  const data = (a.data ?? {}) as Record<string, unknown>;
  return String(data.url ?? a.fileName ?? data.scriptName ?? '');
}

/** Extension work: its scripts' URLs, its isolated world, or the extension message port. */
function isExtensionEvent(e: TraceEvent): boolean {
  if (urlOf(e).startsWith('chrome-extension://')) return true;
  const a = e.args ?? {};
  if (typeof a.worldName === 'string' && a.worldName !== '') return true;
  const mojo = a.chrome_mojo_event_info as { mojo_interface_tag?: string } | undefined;
  return mojo?.mojo_interface_tag?.startsWith('extensions.mojom.') ?? false;
}

/** Splits the main thread of the renderer that parsed `pageUrl`. */
export function splitMainThread(trace: Uint8Array, pageUrl: string): MainThreadSplit {
  const events = eventsOf(trace);
  const parse = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(pageUrl));
  if (!parse) throw new Error(`bench: the trace holds no ParseHTML of ${pageUrl}`);
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);

  const split: MainThreadSplit = { extensionTaskMs: 0, extensionScriptMs: 0, extensionScriptCpuMs: 0, pageTaskMs: 0, pageScriptMs: 0, messagedWorker: false };
  const cpu = (e: TraceEvent): number => e.tdur ?? e.dur!;
  let task: TraceEvent | null = null;
  let taskIsExtension = false;
  let scriptEnd = -1; // end of the outermost script event being counted
  const closeTask = () => {
    if (!task) return;
    if (taskIsExtension) split.extensionTaskMs += task.dur! / 1000;
    else split.pageTaskMs += task.dur! / 1000;
  };
  // Outermost script events. One that is not the extension's own may hold
  // extension work: its timer callback (only the extension's work inside: the
  // whole event is the extension's), a content-script callback run in the
  // page's microtask checkpoint (a MutationObserver's, after the page's own
  // script changed the DOM), or the overlay module evaluated in a microtask.
  // When the page's script runs in it too, only the nested events count as
  // the extension's; the rest is the page's.
  const scripts: { e: TraceEvent; ext: boolean; nestedExtensionUs: number; nestedExtensionCpuUs: number; nestedPageScript: boolean }[] = [];
  let nestedEnd = -1; // end of the outermost nested extension event being counted
  for (const e of main) {
    const end = e.ts + e.dur!;
    if (e.name === 'RunTask' && (!task || e.ts >= task.ts + task.dur!)) {
      closeTask();
      task = e;
      taskIsExtension = false;
      continue;
    }
    if (isExtensionEvent(e)) {
      taskIsExtension = true;
      const tag = (e.args?.chrome_mojo_event_info as { mojo_interface_tag?: string } | undefined)?.mojo_interface_tag;
      if (tag?.startsWith('extensions.mojom.MessagePort')) split.messagedWorker = true;
    }
    if (SCRIPT_EVENTS.has(e.name) && e.ts >= scriptEnd) {
      scripts.push({ e, ext: isExtensionEvent(e), nestedExtensionUs: 0, nestedExtensionCpuUs: 0, nestedPageScript: false });
      scriptEnd = end;
    } else if (e.ts < scriptEnd && e.ts >= nestedEnd) {
      const outer = scripts[scripts.length - 1]!;
      if (outer.ext) continue;
      if (isExtensionEvent(e)) {
        outer.nestedExtensionUs += e.dur!;
        outer.nestedExtensionCpuUs += cpu(e);
        nestedEnd = end;
      } else if (SCRIPT_EVENTS.has(e.name) || e.name === 'v8.callFunction') {
        outer.nestedPageScript = true;
      }
    }
  }
  closeTask();
  for (const { e, ext, nestedExtensionUs, nestedExtensionCpuUs, nestedPageScript } of scripts) {
    if (ext || (nestedExtensionUs > 0 && !nestedPageScript)) {
      split.extensionScriptMs += e.dur! / 1000;
      split.extensionScriptCpuMs += cpu(e) / 1000;
      continue;
    }
    split.extensionScriptMs += nestedExtensionUs / 1000;
    split.extensionScriptCpuMs += nestedExtensionCpuUs / 1000;
    if (urlOf(e).startsWith('http')) split.pageScriptMs += (e.dur! - nestedExtensionUs) / 1000;
  }
  return split;
}
