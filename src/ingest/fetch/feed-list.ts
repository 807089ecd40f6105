// The feed list `dossier watch` reads: one URL a line; blank lines and # comments ignored.

export interface FeedList {
  urls: string[];
  /** Lines that are not http(s) URLs, with their line numbers. */
  problems: string[];
}

export function readFeedList(text: string): FeedList {
  const urls: string[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    let ok = false;
    try {
      const url = new URL(line);
      ok = url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      ok = false;
    }
    if (ok && !urls.includes(line)) urls.push(line);
    else if (!ok) problems.push(`line ${i + 1}: "${line.slice(0, 80)}" is not an http(s) URL`);
  });
  return { urls, problems };
}
