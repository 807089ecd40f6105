// VOA Jekyll posts as plain text: front matter, Liquid includes and kramdown attribute lines dropped, links as their text.

export interface VoaPost {
  text: string;
  dateline: string | null;
}

export function voaPostText(markdown: string): VoaPost {
  let body = markdown.replace(/\r\n?/g, '\n');
  let dateline: string | null = null;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    dateline = /^dateline:\s*(.+)$/m.exec(front[1]!)?.[1]?.trim() ?? null;
    body = body.slice(front[0].length);
  }
  body = body
    // Photos, mugshots and pull-quote windows live in Liquid includes; they are page furniture, not article text.
    .replace(/\{%[\s\S]*?%\}/g, '\n\n')
    .replace(/^\s*\{:[^}]*\}\s*$/gm, '')
    .replace(/\$DATELINE\$/g, dateline ? `${dateline.toUpperCase()} — ` : '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s*(.*?)\s*#*\s*$/gm, '\n$1\n');
  const paragraphs = body
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
  return { text: paragraphs.join('\n\n'), dateline };
}
