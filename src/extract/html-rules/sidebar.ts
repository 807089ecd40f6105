// Sidebars and rails beside the article.
import { attributeRule } from './rule.js';

export const sidebar = attributeRule('sidebar', 'sidebar', /sidebar|rail|widget|widgets/);
