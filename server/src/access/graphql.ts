/**
 * The newsroom's part of the GraphQL server (only when @strapi/plugin-graphql
 * is installed), added to its Apollo config from the plugin's register():
 *
 * - page size: a `pagination` argument on a newsroom field asking for more
 *   than maxPageSize rows fails the whole request with a 400 and a
 *   BAD_USER_INPUT error naming the cap (the graphql plugin's own maxLimit
 *   clamps silently). Literal and variable arguments alike.
 * - drafts: nested relations inherit the root query's `status` argument (the
 *   graphql plugin keeps root args in context.rootQueryArgsByPath); for a
 *   published-only caller that inherited status becomes 'published', so a
 *   `status: DRAFT` root query shows published relations, not empty ones.
 *   The rows themselves are filtered by read-guard.ts either way.
 *
 * Query depth is the host's to bound (graphql config `depthLimit`, see README).
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { readsPublishedOnly, type CallerContext } from './caller';
import { checkPageSize } from './limits';

/* Just enough of graphql-js's shapes, so the plugin does not depend on the graphql package. */
type Named = { name: { value: string } };
type ValueNode =
  | { kind: 'Variable'; name: { value: string } }
  | { kind: 'ObjectValue'; fields: Array<Named & { value: ValueNode }> }
  | { kind: 'IntValue' | 'FloatValue' | 'StringValue'; value: string }
  | { kind: string; value?: unknown };
type SelectionSet = { selections: Selection[] };
type Selection =
  | (Named & { kind: 'Field'; arguments?: Array<Named & { value: ValueNode }>; selectionSet?: SelectionSet })
  | { kind: 'InlineFragment'; typeCondition?: Named; selectionSet: SelectionSet }
  | (Named & { kind: 'FragmentSpread' });
type Definition = { kind: string; name?: { value: string }; typeCondition?: Named; selectionSet: SelectionSet; operation?: string };
type GqlType = { name?: string; ofType?: GqlType; getFields?: () => Record<string, { type: GqlType }> };
type Schema = { getType(name: string): GqlType | undefined; getQueryType(): GqlType | undefined; getMutationType(): GqlType | undefined };

const namedType = (type: GqlType | undefined): GqlType | undefined => {
  let current = type;
  while (current?.ofType) current = current.ofType;
  return current;
};

/** GraphQL type names of the plugin's content types: NewsroomArticle, NewsroomPersonEntityResponseCollection, … */
const isNewsroomType = (type: GqlType | undefined) => /^Newsroom[A-Z]/.test(namedType(type)?.name ?? '');

const valueOf = (node: ValueNode, variables: Record<string, unknown>): unknown => {
  switch (node.kind) {
    case 'Variable':
      return variables[(node as { name: { value: string } }).name.value];
    case 'ObjectValue':
      return Object.fromEntries((node as { fields: Array<Named & { value: ValueNode }> }).fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
    default:
      return (node as { value?: unknown }).value;
  }
};

/** Every newsroom field's `pagination` argument in the operation, with variables substituted. */
export const checkGraphqlPagination = (
  schema: Schema,
  definitions: Definition[],
  operation: Definition,
  variables: Record<string, unknown>,
  maxPageSize: number
) => {
  const fragments = new Map(definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name!.value, d]));
  const seen = new Set<string>();

  const walk = (parent: GqlType | undefined, selectionSet: SelectionSet | undefined) => {
    if (!parent || !selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        const field = parent.getFields?.()[selection.name.value];
        if (!field) continue;
        if (isNewsroomType(field.type)) {
          const pagination = selection.arguments?.find((arg) => arg.name.value === 'pagination');
          if (pagination) checkPageSize(valueOf(pagination.value, variables), maxPageSize, `${selection.name.value}(pagination)`);
        }
        walk(namedType(field.type), selection.selectionSet);
      } else if (selection.kind === 'InlineFragment') {
        walk(selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent, selection.selectionSet);
      } else if (selection.kind === 'FragmentSpread' && !seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(schema.getType(fragment.typeCondition!.name.value), fragment.selectionSet);
      }
    }
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : undefined;
  walk(root, operation.selectionSet);
};

interface RequestContext {
  schema: Schema;
  document?: { definitions: Definition[] };
  operation?: Definition;
  request: { variables?: Record<string, unknown> };
  response: { http: { status?: number } };
  contextValue: { koaContext?: CallerContext; rootQueryArgsByPath?: Map<string | number, Record<string, unknown>> };
}

export const newsroomApolloPlugin = (strapi: Core.Strapi) => ({
  async requestDidStart() {
    return {
      async didResolveOperation(context: RequestContext) {
        if (!context.document || !context.operation) return;
        try {
          const maxPageSize = strapi.plugin(PLUGIN_ID).config('maxPageSize') as number;
          checkGraphqlPagination(context.schema, context.document.definitions, context.operation, context.request.variables ?? {}, maxPageSize);
        } catch (error) {
          // Apollo wraps a thrown error in a GraphQLError that takes over its `extensions`: code and HTTP status.
          (error as { extensions?: unknown }).extensions = { code: 'BAD_USER_INPUT', http: { status: 400 } };
          throw error;
        }
      },
      async executionDidStart(context: RequestContext) {
        // The graphql plugin creates this map on the first root field unless it exists: ours forces the
        // status of newsroom root fields as they are stored, whichever plugin's hook runs first.
        if (readsPublishedOnly(context.contextValue.koaContext) && !context.contextValue.rootQueryArgsByPath) {
          context.contextValue.rootQueryArgsByPath = new PublishedRootArgs();
        }
      },
    };
  },
});

/** Root query args as the graphql plugin records them, with newsroom root fields' status forced to published. */
class PublishedRootArgs extends Map<string | number, Record<string, unknown>> {
  set(key: string | number, args: Record<string, unknown>) {
    const newsroomField = /^newsroom[A-Z]/.test(String(args?._originField ?? ''));
    return super.set(key, newsroomField ? { ...args, status: 'published' } : args);
  }
}

/** Adds the plugin above to the graphql plugin's apolloServer config; a no-op without @strapi/plugin-graphql. */
export const registerGraphqlLimits = (strapi: Core.Strapi) => {
  if (!strapi.plugin('graphql')) return;
  const key = 'plugin::graphql.apolloServer';
  const apollo = (strapi.config.get(key) ?? {}) as { plugins?: unknown[] };
  strapi.config.set(key, { ...apollo, plugins: [...(apollo.plugins ?? []), newsroomApolloPlugin(strapi)] });
};
