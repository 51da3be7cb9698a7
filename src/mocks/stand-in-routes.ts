import { type HttpHandler, http } from 'msw';

/** One endpoint of a stand-in, written once for msw (tests) and for the loopback server. */
export interface StandInRoute {
  method: 'GET' | 'POST' | 'PATCH';
  /** The path, with `:name` segments (`/crm/v3/objects/calls/:id`). */
  path: string;
  resolve: (info: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => Response | Promise<Response>;
}

/** The routes as msw handlers on the service's real origin, for `msw/node` and the demo. */
export function routeHandlers(origin: string, routes: readonly StandInRoute[]): HttpHandler[] {
  return routes.map((route) => {
    const on = route.method === 'GET' ? http.get : route.method === 'POST' ? http.post : http.patch;
    return on(`${origin}${route.path}`, ({ request, params }) =>
      route.resolve({ request, params }),
    );
  });
}

const compiled = new WeakMap<StandInRoute, RegExp>();

function pattern(route: StandInRoute): RegExp {
  let regex = compiled.get(route);
  if (regex === undefined) {
    const source = route.path
      .split('/')
      .map((segment) =>
        segment.startsWith(':')
          ? `(?<${segment.slice(1)}>[^/]+)`
          : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    regex = new RegExp(`^${source}$`);
    compiled.set(route, regex);
  }
  return regex;
}

/** Answers a request from the routes directly: the loopback server's fast path, without msw. */
export async function answerFromRoutes(
  routes: readonly StandInRoute[],
  request: Request,
  pathname: string,
): Promise<Response | undefined> {
  for (const route of routes) {
    if (route.method !== request.method) continue;
    const match = pattern(route).exec(pathname);
    if (match === null) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      params[name] = decodeURIComponent(value);
    }
    return route.resolve({ request, params });
  }
  return undefined;
}
