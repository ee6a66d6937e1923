// Opening a target from an extension page (reader, compare, library): extension
// pages are navigated to in this tab, outlet addresses open in a new one. The
// in-page overlay does not use this: it asks the worker ('pages/open').
import browser from 'webextension-polyfill';
import { extensionPath, type OpenTarget } from './open-target.ts';

export function extensionUrl(target: Exclude<OpenTarget, { kind: 'address' }>): string {
  return browser.runtime.getURL(extensionPath(target));
}

export function openFromExtensionPage(target: OpenTarget): void {
  if (target.kind === 'address') {
    window.open(target.url, '_blank', 'noreferrer');
    return;
  }
  location.assign(extensionUrl(target));
}
