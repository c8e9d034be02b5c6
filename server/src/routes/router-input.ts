import type { Core } from '@strapi/strapi';

/** A controller map entry is a factory (`({ strapi }) => actions`) or the actions themselves. */
type ActionsOf<Entry> = Entry extends (...args: never[]) => infer Actions ? Actions : Entry;

/**
 * `'<controller>.<action>'` for every action of a controller map, and the same
 * behind `Namespace` (`'plugin::newsroom.import.create'`). Strapi 5.54's
 * `Core.RouteInput` takes any string; later @strapi/types check handlers the
 * same way with `Core.RouterInputFor`.
 */
export type HandlerFor<Controllers, Namespace extends string> = {
  [Name in keyof Controllers & string]: `${Name}.${keyof ActionsOf<Controllers[Name]> & string}`;
}[keyof Controllers & string] extends infer Relative extends string
  ? Relative | `${Namespace}.${Relative}`
  : never;

export type RouteInputFor<Controllers, Namespace extends string> = Omit<Core.RouteInput, 'handler'> & {
  handler: HandlerFor<Controllers, Namespace>;
};

/** A router whose handler strings must name an action of `Controllers`: a typo fails to compile. */
export interface RouterInputFor<Controllers, Namespace extends string> extends Omit<Core.RouterInput, 'routes'> {
  routes: RouteInputFor<Controllers, Namespace>[];
}
