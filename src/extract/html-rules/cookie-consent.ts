// Cookie and consent banners (not "cmp": it is also Adobe's component-class prefix).
import { attributeRule } from './rule.js';

export const cookieConsent = attributeRule('cookie-consent', 'cookie-consent', /cookie|cookies|consent|gdpr/);
