// Checks requests (and the test server's own answers) against GitHub's published OpenAPI
// description of api.github.com, so a fake that accepts a request is one GitHub would accept too.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export that NodeNext sees as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The path template, e.g. /repos/{owner}/{repo}/releases/{release_id}. */
  template: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonObject }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonObject }> }>;
}

export interface OperationMatch {
  operation: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

interface Route {
  template: string;
  segments: string[];
  pattern: RegExp;
  names: string[];
  methods: Map<string, Operation>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SCHEMA_REF = '#/components/schemas/';
const SCHEMA_ID = 'urn:github:schema:';
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'not']);

/** The path of the api.github.com description inside the `@octokit/openapi` package. */
export function specPath(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@octokit/openapi/package.json');
  // The plain (not dereferenced) file: a fifth of the size, and $refs keep compiled schemas shared.
  return path.join(path.dirname(packageJson), 'generated/api.github.com.json');
}

/**
 * OpenAPI 3.0 schema → JSON Schema that Ajv understands: `nullable` becomes a null alternative
 * (Ajv's own `nullable` needs a `type` beside it, which the description often leaves out) and
 * component $refs point at schemas registered under their own ids.
 */
function convertSchema(node: Json, refs: Set<string>): Json {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF)) {
      const name = value.slice(SCHEMA_REF.length);
      refs.add(name);
      out.$ref = SCHEMA_ID + name;
    } else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object') {
      // Keys here are property names, not keywords.
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, convertSchema(schema, refs)]),
      );
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((schema) => convertSchema(schema, refs));
    } else if (SUBSCHEMAS.has(key)) {
      out[key] = convertSchema(value, refs);
    } else {
      out[key] = value; // enum, default, example, …: data, copied as it is
    }
  }
  return node.nullable === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** One Ajv instance plus the component schemas already registered with it. */
class SchemaCompiler {
  private readonly ajv: Ajv;
  private readonly registered = new Set<string>();

  constructor(
    private readonly components: JsonObject,
    coerceTypes: boolean,
  ) {
    this.ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, validateSchema: false });
    addFormats(this.ajv);
    // Formats the description uses that carry no check worth making here.
    for (const format of ['int32', 'int64', 'double', 'binary', 'repo.nwo', 'timestamp']) {
      this.ajv.addFormat(format, true);
    }
  }

  compile(schema: Json): ValidateFunction {
    const refs = new Set<string>();
    const converted = convertSchema(schema, refs);
    this.register(refs);
    return this.ajv.compile(converted as JsonObject);
  }

  // Components are converted and added only when first referenced: the description has
  // about a thousand of them and a test touches a dozen.
  private register(names: Set<string>): void {
    const pending = [...names];
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (this.registered.has(name)) continue;
      this.registered.add(name);
      const refs = new Set<string>();
      const converted = convertSchema(this.components[name] ?? {}, refs) as JsonObject;
      this.ajv.addSchema({ ...converted, $id: SCHEMA_ID + name });
      pending.push(...refs);
    }
  }
}

export function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
    .join('; ');
}

function segmentsOf(template: string): string[] {
  return template.split('/').slice(1);
}

// Literal segments beat parameters, left to right: /releases/latest before /releases/{id},
// /releases/assets/{id} before /releases/{id}/assets.
function compareRoutes(a: Route, b: Route): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const aParam = a.segments[i]!.startsWith('{');
    const bParam = b.segments[i]!.startsWith('{');
    if (aParam !== bParam) return aParam ? 1 : -1;
  }
  return 0;
}

export interface RequestToCheck {
  match: OperationMatch;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export class GithubSpec {
  private readonly routes: Route[] = [];
  private readonly strict: SchemaCompiler;
  private readonly coercing: SchemaCompiler;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: JsonObject) {
    const components = (document.components as JsonObject | undefined) ?? {};
    const schemas = (components.schemas as JsonObject | undefined) ?? {};
    this.strict = new SchemaCompiler(schemas, false);
    this.coercing = new SchemaCompiler(schemas, true);
    for (const [template, item] of Object.entries(document.paths as JsonObject)) {
      const names: string[] = [];
      const source = segmentsOf(template)
        .map((segment) => {
          const param = /^\{(.+)\}$/.exec(segment);
          if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(param[1]!);
          return '([^/]+)';
        })
        .join('/');
      const methods = new Map<string, Operation>();
      const pathItem = item as JsonObject;
      for (const method of METHODS) {
        const raw = pathItem[method] as JsonObject | undefined;
        if (!raw) continue;
        methods.set(method.toUpperCase(), {
          ...(raw as unknown as Operation),
          method: method.toUpperCase(),
          template,
          parameters: [
            ...((pathItem.parameters as Json[] | undefined) ?? []),
            ...((raw.parameters as Json[] | undefined) ?? []),
          ].map((parameter) => this.resolve(parameter) as unknown as Parameter),
        });
      }
      this.routes.push({
        template,
        segments: segmentsOf(template),
        pattern: new RegExp(`^/${source}$`),
        names,
        methods,
      });
    }
    this.routes.sort(compareRoutes);
  }

  /** Follows a local $ref such as #/components/parameters/owner. */
  private resolve(node: Json): Json {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
    let target: Json = this.document;
    for (const key of ref.slice(2).split('/')) {
      target = (target as JsonObject)[key.replace(/~1/g, '/').replace(/~0/g, '~')] ?? null;
    }
    return this.resolve(target);
  }

  /** The operation for a method and concrete path, or why there is none. */
  match(method: string, pathname: string): OperationMatch | { error: string } {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      const operation = route.methods.get(method);
      if (!operation) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1]!)));
      return { operation, params };
    }
    return {
      error: pathMatched
        ? `no ${method} operation for ${pathname}`
        : `no operation has a path matching ${pathname}`,
    };
  }

  private cached(key: string, compiler: SchemaCompiler, schema: () => Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = compiler.compile(schema());
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** Problems with a request, empty when GitHub's description accepts it. */
  checkRequest(request: RequestToCheck): string[] {
    const { operation, params } = request.match;
    const problems: string[] = [];
    for (const location of ['path', 'query'] as const) {
      const declared = operation.parameters.filter((p) => p.in === location);
      const values: Record<string, string> = {};
      if (location === 'path') Object.assign(values, params);
      else {
        for (const [name, value] of request.query) {
          // Stricter than GitHub, which ignores unknown parameters: an unknown one is a
          // misspelt option the caller believes it set.
          if (!declared.some((p) => p.name === name)) {
            problems.push(`query parameter "${name}" is not part of ${operation.operationId}`);
          } else values[name] = value;
        }
      }
      const validate = this.cached(`${operation.operationId} ${location}`, this.coercing, () => ({
        type: 'object',
        properties: Object.fromEntries(declared.map((p) => [p.name, p.schema ?? {}])),
        required: declared.filter((p) => p.required || location === 'path').map((p) => p.name),
      }));
      if (!validate(values))
        problems.push(`${location} parameters: ${formatErrors(validate.errors)}`);
    }
    problems.push(...this.checkBody(request));
    return problems;
  }

  private checkBody({ match: { operation }, headers, body }: RequestToCheck): string[] {
    const content = operation.requestBody?.content ?? {};
    const contentType = String(headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (body.length === 0) {
      return operation.requestBody?.required ? [`${operation.operationId} needs a body`] : [];
    }
    if (Object.keys(content).length === 0) {
      return [`${operation.operationId} takes no body, got ${body.length} bytes`];
    }
    if (!('application/json' in content)) {
      // A raw upload: the description names the media type only as a default.
      const problems: string[] = [];
      if (!contentType) problems.push('raw body without a Content-Type header');
      if (headers['content-length'] === undefined) {
        problems.push('raw body without a Content-Length header');
      }
      return problems;
    }
    let data: unknown;
    try {
      data = JSON.parse(body.toString('utf8'));
    } catch {
      return [`${operation.operationId} body is not JSON`];
    }
    const schema = this.resolve(content['application/json']!.schema ?? {});
    const problems: string[] = [];
    const properties = (schema as JsonObject | null)?.properties;
    if (properties && typeof data === 'object' && data !== null && !Array.isArray(data)) {
      // Stricter than GitHub, as for query parameters.
      for (const key of Object.keys(data)) {
        if (!(key in (properties as JsonObject))) {
          problems.push(`body property "${key}" is not part of ${operation.operationId}`);
        }
      }
    }
    const validate = this.cached(`${operation.operationId} body`, this.strict, () => schema);
    if (!validate(data)) problems.push(`body: ${formatErrors(validate.errors)}`);
    return problems;
  }

  /** Problems with a JSON answer, empty when it has the shape the description promises. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const response = this.resolve((operation.responses[String(status)] ?? null) as Json) as
      Operation['responses'][string] | null;
    if (!response) return [`${operation.operationId} does not answer ${status}`];
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return [];
    const validate = this.cached(`${operation.operationId} ${status}`, this.strict, () => schema);
    return validate(body) ? [] : [`response ${status}: ${formatErrors(validate.errors)}`];
  }
}

let loading: Promise<GithubSpec> | undefined;

/** The description, read and indexed once per process (about 13 MB of JSON). */
export function loadGithubSpec(): Promise<GithubSpec> {
  loading ??= readFile(specPath(), 'utf8').then((text) => new GithubSpec(JSON.parse(text)));
  return loading;
}
