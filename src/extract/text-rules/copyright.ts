// "© 2026 The Harbor Ledger", "Copyright 2026 Outlet. All rights reserved."
import { shortLine, type LineRule } from './rule.js';

export const copyright: LineRule = {
  name: 'copyright',
  reason: 'copyright',
  matches: (line) => shortLine(line, /^(©|\(c\)|copyright\b).*$|^.{0,60}all rights reserved\.?$/i, 160),
};
