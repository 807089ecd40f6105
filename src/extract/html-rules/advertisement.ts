// Ad slots, sponsored and promotional units.
import { attributeRule } from './rule.js';

export const advertisement = attributeRule('advertisement', 'advertisement', /ad|ads|adslot|adunit|advert|advertisement|advertising|dfp|sponsor|sponsored|promo|promoted/);
