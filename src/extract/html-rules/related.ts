// Related, recommended and "more from" link blocks.
import { attributeRule } from './rule.js';

export const related = attributeRule('related', 'related', /related|recommended|recommendations|recirc|more|morefrom|outbrain|taboola|trending|popular|mostread/);
