// Newsletter and subscription prompts.
import { attributeRule } from './rule.js';

export const newsletter = attributeRule('newsletter', 'newsletter', /newsletter|subscribe|subscription|signup|paywall/);
