export function findBrowser(kind: 'chromium' | 'firefox'): string | null;
export function requireBrowser(kind: 'chromium' | 'firefox'): string;
