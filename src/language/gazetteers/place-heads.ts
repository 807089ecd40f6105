// Words that make a capitalised name a place: heads at the end ("Changi Airport", "Red Sea") or prefixes ("Lake Tonle").
export const PLACE_HEADS: readonly string[] = [
  'Airport', 'Ocean', 'Sea', 'River', 'Lake', 'Island', 'Islands', 'Isles', 'Peninsula', 'Valley', 'Bay', 'Strait',
  'Canal', 'Province', 'County', 'Prefecture', 'Street', 'Square', 'Avenue', 'Boulevard', 'Bridge', 'Desert', 'Coast',
  'Beach', 'Harbour', 'Harbor', 'Mountains', 'Mountain', 'Hills', 'Plateau', 'Delta', 'Falls', 'Airbase', 'Glacier',
];

export const PLACE_PREFIXES: readonly string[] = ['Mount', 'Mt.', 'Lake', 'Cape', 'Gulf', 'Bay', 'Isle', 'Port', 'Fort', 'Ft.', 'St.', 'Saint', 'San', 'Santa', 'Los', 'Las'];
