// How the overlay opens a private line to one of its extension pages framed in
// an outlet page (the text fields, the selection toolbar). The frame's address
// carries a secret in its fragment; the overlay's first message, posted to the
// frame's window, must carry the same secret and hands over a MessagePort for
// everything after. The page cannot read the address (the frame is in the
// closed shadow root), so it can neither pose as the overlay nor reach the port.

/** The overlay's first message to a framed page, carrying the port and what the page starts from. */
export interface ConnectMessage<Init> {
  sourcelight: 'frame/connect';
  secret: string;
  init: Init;
}

/**
 * In a framed page: the overlay's connect message. Call it once, when the
 * page's module first runs: the overlay sends it on the frame's load event,
 * which may come before any component has rendered. The secret is taken out
 * of the frame's own address at once (nothing else needs it).
 */
export function connectionFromOverlay<Init>(isInit: (init: unknown) => init is Init): Promise<{ port: MessagePort; init: Init }> {
  const secret = location.hash.slice(1);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  return new Promise((resolve) => {
    const onConnect = (event: MessageEvent) => {
      const data = event.data as Partial<ConnectMessage<unknown>> | null;
      if (!secret || data?.sourcelight !== 'frame/connect' || data.secret !== secret) return;
      const port = event.ports[0];
      if (!port || !isInit(data.init)) return;
      window.removeEventListener('message', onConnect);
      resolve({ port, init: data.init });
    };
    window.addEventListener('message', onConnect);
  });
}
