import { createRequire } from "node:module";

// autocannon ships no types; this is the part of its API the benchmarks use.
type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type AutocannonOptions = {
  url: string;
  connections: number;
  duration: number;
  pipelining?: number;
  headers?: Record<string, string>;
  requests?: { method: string; path?: string; setupRequest?: (req: AutocannonRequest) => AutocannonRequest }[];
};
type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  "4xx": number;
  "5xx": number;
  duration: number;
};
const autocannon = createRequire(import.meta.url)("autocannon") as (
  opts: AutocannonOptions,
  cb: (err: Error | null, result: AutocannonResult) => void,
) => unknown;

export type LoadResult = {
  connections: number;
  durationS: number;
  requestsPerS: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests2xx: number;
  errors: number;
  /** What the errors were: connection errors, timeouts, and answers by status class. */
  errorKinds: { connection: number; timeouts: number; "4xx": number; "5xx": number };
};

/** Errors count connection errors, timeouts and non-2xx answers alike. */
function loadResult(r: AutocannonResult, connections: number, durationS: number): LoadResult {
  return {
    connections,
    durationS,
    requestsPerS: Math.round(r.requests.average),
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    requests2xx: r["2xx"],
    errors: r.errors + r.timeouts + r.non2xx,
    errorKinds: { connection: r.errors, timeouts: r.timeouts, "4xx": r["4xx"], "5xx": r["5xx"] },
  };
}

/** GET one address under the same load: what a framework route doing almost nothing manages on this machine. */
export function getLoad(url: string, { connections, durationS }: { connections: number; durationS: number }) {
  return new Promise<LoadResult>((resolve, reject) => {
    autocannon({ url, connections, duration: durationS }, (err, r) =>
      err ? reject(err) : resolve(loadResult(r, connections, durationS)),
    );
  });
}

/** POST bodies one after another, each used once, so every request does real work (no duplicates). */
export type BodySource = { next: () => { path: string; body: string; headers?: Record<string, string> } };

/**
 * Runs autocannon against `url` with `connections` connections for `durationS` seconds, each request a POST of the
 * next body from `source`. Errors count connection errors, timeouts and non-2xx answers.
 */
export function postLoad(
  url: string,
  source: BodySource,
  {
    connections,
    durationS,
    headers = {},
  }: { connections: number; durationS: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: durationS,
        headers: { "content-type": "application/json", ...headers },
        requests: [
          {
            method: "POST",
            setupRequest: (req) => {
              const { path, body, headers: own } = source.next();
              return { ...req, path, body, headers: { ...req.headers, ...own } };
            },
          },
        ],
      },
      (err, r) => (err ? reject(err) : resolve(loadResult(r, connections, durationS))),
    );
  });
}
