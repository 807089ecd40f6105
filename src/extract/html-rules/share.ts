// Share bars and social follow buttons.
import { attributeRule } from './rule.js';

export const share = attributeRule('share', 'share', /share|sharing|sharebar|social|socials|sociallinks/);
