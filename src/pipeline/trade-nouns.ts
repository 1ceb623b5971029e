import { fold } from "./names.ts";

/**
 * Words for anyone who keeps a shop, a stall or a craft, whatever they sell. A story calls the food-truck's
 * manager or the baker it just quoted "la commerçante", "l'artisan", "the shopkeeper", to avoid the name again.
 */
const KEEPERS = [
  "commerçant", "commerçante", "marchand", "marchande", "gérant", "gérante", "boutiquier", "boutiquière", "artisan", "artisane",
  "shopkeeper", "trader", "retailer", "merchant", "stallholder",
];

/** One trade each: two of them are two people ("le boucher" is not the baker who just spoke). */
const TRADES = [
  "vendeur", "vendeuse", "restaurateur", "restauratrice", "boulanger", "boulangère", "pâtissier", "pâtissière", "boucher", "bouchère",
  "charcutier", "charcutière", "fleuriste", "buraliste", "coiffeur", "coiffeuse", "cafetier", "cafetière", "hôtelier", "hôtelière",
  "épicier", "épicière", "poissonnier", "poissonnière", "fromager", "fromagère", "caviste", "libraire", "brasseur", "brasseuse",
  "baker", "butcher", "florist", "hairdresser", "barber", "grocer", "fishmonger", "bookseller", "publican",
  "brewer", "vendor", "shopowner",
];

const KEEPER_KEYS = new Set(KEEPERS.map(fold));
const TRADE_KEYS = new Set([...KEEPERS, ...TRADES].map(fold));

/** Whether a role's head is a word for anyone who keeps a shop or a craft ("la commerçante"). */
export function keepsAnyTrade(head: string): boolean {
  return KEEPER_KEYS.has(fold(head));
}

/** Whether a role's head is a trade, one kept in a shop, a stall or a workshop ("gérante", "boulanger"), or such a word. */
export function isTrade(head: string): boolean {
  return TRADE_KEYS.has(fold(head));
}
