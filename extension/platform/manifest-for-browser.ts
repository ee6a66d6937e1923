// The one place where the Chromium and Firefox manifests differ. Both builds
// come from the root manifest.json; Firefox gets an event-page background and
// a gecko id (it has no MV3 service workers and needs an id for storage).
// Firefox 140 is the floor: the CSS Custom Highlight API that draws statement
// and reader highlights first shipped there (it is also an ESR), and so did the
// data_collection_permissions key. Sourcelight sends nothing anywhere: "none".
import baseManifest from '../../manifest.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

export const FIREFOX_ID = 'sourcelight@sourcelight.invalid';
export const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export function manifestFor(browser: TargetBrowser): typeof baseManifest {
  if (browser === 'chrome') return baseManifest;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  } as unknown as typeof baseManifest;
}
