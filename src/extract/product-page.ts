// Recognises a page that declares itself a shop's product page (schema.org Product or ProductGroup): there the
// customer reviews under the description are other people's opinions, not the page's text.

// The schema.org types, as JSON-LD "@type" values or microdata itemtype URLs.
const PRODUCT_TYPE = /(?:"@type"\s*:\s*\[?\s*"|schema\.org\/)(?:Product|ProductGroup|IndividualProduct)"?(?![\w-])/;

/** True when the page's JSON-LD or microdata names it a product. */
export function declaresProduct(html: string): boolean {
  return PRODUCT_TYPE.test(html);
}
