// Recognises a site's legal line: "© 2026 Harbor Ledger Media. All rights reserved.", "Copyright 2025 ...".
// It is page chrome wherever it sits, and on a page with little prose it would otherwise pass for the text.
import { MAX_LEGAL_NOTICE_CHARS } from './html-settings.js';

// A copyright sign, "Copyright" followed by a year or a sign, or the reservation formula.
const LEGAL_NOTICE = /©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b/i;

/** True when a block is a short copyright or rights-reserved line. */
export function isLegalNotice(text: string): boolean {
  return text.length <= MAX_LEGAL_NOTICE_CHARS && LEGAL_NOTICE.test(text);
}
