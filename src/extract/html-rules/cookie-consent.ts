// Cookie and consent banners.
import { attributeRule } from './rule.js';

export const cookieConsent = attributeRule('cookie-consent', 'cookie-consent', /cookie|cookies|consent|gdpr|cmp/);
