// The one place where the Chromium and Firefox manifests differ. Both builds
// come from the root manifest.json; Firefox gets an event-page background and
// a gecko id (it has no MV3 service workers and needs an id for storage).
import baseManifest from '../../manifest.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

export const FIREFOX_ID = 'sourcelight@sourcelight.invalid';

export function manifestFor(browser: TargetBrowser): typeof baseManifest {
  if (browser === 'chrome') return baseManifest;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: { gecko: { id: FIREFOX_ID, strict_min_version: '128.0' } },
  } as unknown as typeof baseManifest;
}
