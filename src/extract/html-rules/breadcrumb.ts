// Breadcrumb trails ("Home > World > Asia").
import { attributeRule } from './rule.js';

export const breadcrumb = attributeRule('breadcrumb', 'breadcrumb', /breadcrumb|breadcrumbs|crumbs/);
