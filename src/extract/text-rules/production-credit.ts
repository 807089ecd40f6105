// A show's production credits under a podcast or video page: "The Early Shift is produced by Ana Ruiz and Tom
// Hale.", "Our executive producer is Mia Dunn.", "Music by Loomwork.", "Sound design by ...".
import { wordCount, type LineRule } from './rule.js';

const PRODUCED_BY = /^(the )?[\p{Lu}][\p{L}'’&.-]*( [\p{Lu}][\p{L}'’&.-]*){0,5} (is|was) (produced|hosted|presented|edited|mixed|reported)( and [a-z]+)? by \p{Lu}/u;
const CREW =
  /^([Oo]ur )?([Ee]xecutive |[Ss]enior |[Aa]ssociate )?([Pp]roducer|[Ee]ditor|[Ss]ound designer|[Aa]udio engineer)s? (is|are|was|were) \p{Lu}|^([Mm]usic|[Oo]riginal music|[Tt]heme music|[Ss]ound design|[Mm]ixing|[Aa]udio production)( is)? by \p{Lu}/u;
// Credits are a few short sentences.
const MAX_CREDIT_WORDS = 45;

export const productionCredit: LineRule = {
  name: 'production-credit',
  reason: 'reporting-credit',
  matches: (line, ctx) =>
    ctx.plainText === true && ctx.proseBefore > 0 && wordCount(line) <= MAX_CREDIT_WORDS && !/^["“]/.test(line.trim()) && (PRODUCED_BY.test(line.trim()) || CREW.test(line.trim())),
};
