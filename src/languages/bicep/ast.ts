/**
 * The Bicep syntax tree: ESTree-like nodes, each with `type`, `range` (offsets into the text) and `loc` (1-based
 * lines, 0-based columns), under a `BicepFile` root (its own type, so the core's language seam and JavaScript
 * listeners never take it for a JS `Program`). Parentheses leave no node (as in ESTree). Comments are not nodes:
 * they are listed on `BicepFile.comments`. What the parser could not read becomes an `Invalid…` node, so every
 * node around it survives.
 */

export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

export interface BaseNode {
  type: string;
  range: [number, number];
  loc: SourceLocation;
}

export interface Comment extends BaseNode {
  type: 'Line' | 'Block';
  value: string;
}

export interface ParseError {
  message: string;
  range: [number, number];
  loc: SourceLocation;
}

export interface BicepFile extends BaseNode {
  type: 'BicepFile';
  body: Statement[];
  comments: Comment[];
  /** What the parser recovered from; the tree is complete around these. */
  errors: ParseError[];
}

// ---------------------------------------------------------------------------------------------- statements

export interface Decorator extends BaseNode {
  type: 'Decorator';
  /** `secure()`, `allowed([…])`, `sys.description('…')`: a call, or (tolerated) a bare name. */
  expression: Expression;
}

interface Declaration extends BaseNode {
  decorators: Decorator[];
}

export interface TargetScopeDeclaration extends Declaration {
  type: 'TargetScopeDeclaration';
  value: Expression;
}

export interface MetadataDeclaration extends Declaration {
  type: 'MetadataDeclaration';
  id: Identifier;
  value: Expression;
}

export interface ParameterDeclaration extends Declaration {
  type: 'ParameterDeclaration';
  id: Identifier;
  /** `string`, `'a' | 'b'`, `{ … }`, or `resource 'T@v'` as a `ResourceType`; null when missing. */
  typeAnnotation: TypeNode | null;
  /** The default value after `=`. */
  default: Expression | null;
}

export interface VariableDeclaration extends Declaration {
  type: 'VariableDeclaration';
  id: Identifier;
  typeAnnotation: TypeNode | null;
  init: Expression;
}

export interface ResourceDeclaration extends Declaration {
  type: 'ResourceDeclaration';
  id: Identifier;
  /** `'Microsoft.CognitiveServices/accounts@2023-05-01'`. */
  resourceType: StringNode;
  existing: boolean;
  /** An object, `if (…) { … }` or `[for … in …: …]`. */
  body: Expression;
}

export interface ModuleDeclaration extends Declaration {
  type: 'ModuleDeclaration';
  id: Identifier;
  /** `'./core/ai/cognitiveservices.bicep'`, `'br/public:avm/res/…:0.7.0'`, `'br:…'`, `'ts:…'`. */
  source: StringNode;
  body: Expression;
}

export interface OutputDeclaration extends Declaration {
  type: 'OutputDeclaration';
  id: Identifier;
  typeAnnotation: TypeNode | null;
  value: Expression;
}

export interface TypeDeclaration extends Declaration {
  type: 'TypeDeclaration';
  id: Identifier;
  value: TypeNode;
}

export interface FunctionDeclaration extends Declaration {
  type: 'FunctionDeclaration';
  id: Identifier;
  params: FunctionParameter[];
  returnType: TypeNode | null;
  body: Expression;
}

export interface FunctionParameter extends BaseNode {
  type: 'FunctionParameter';
  id: Identifier;
  typeAnnotation: TypeNode | null;
}

export interface ImportSpecifier extends BaseNode {
  type: 'ImportSpecifier';
  /** The exported name: an identifier or a quoted name. */
  imported: Identifier | StringNode;
  local: Identifier;
}

export interface ImportDeclaration extends Declaration {
  type: 'ImportDeclaration';
  /** `import`, `provider` or `extension`. */
  keyword: 'import' | 'provider' | 'extension';
  /** `{ a, b as c }` specifiers; empty for `* as ns` and for provider imports. */
  specifiers: ImportSpecifier[];
  /** `* as ns`. */
  namespace: Identifier | null;
  /** `'./types.bicep'`, `'br/public:…'`, `'az@1.0.0'`, or a bare extension name (`microsoftGraphV1`). */
  source: StringNode | Identifier | null;
  /** `with { … }` configuration. */
  config: Expression | null;
  /** The trailing `as alias` of an extension or provider import. */
  alias: Identifier | null;
}

export interface UsingDeclaration extends Declaration {
  type: 'UsingDeclaration';
  /** `using` or `extends` (in `.bicepparam` files). */
  keyword: 'using' | 'extends';
  source: StringNode | null;
}

/** `assert name = expr`. */
export interface AssertDeclaration extends Declaration {
  type: 'AssertDeclaration';
  id: Identifier;
  value: Expression;
}

/** Tokens the parser skipped to get back to a declaration boundary. */
export interface InvalidStatement extends BaseNode {
  type: 'InvalidStatement';
  message: string;
}

export type Statement =
  | TargetScopeDeclaration
  | MetadataDeclaration
  | ParameterDeclaration
  | VariableDeclaration
  | ResourceDeclaration
  | ModuleDeclaration
  | OutputDeclaration
  | TypeDeclaration
  | FunctionDeclaration
  | ImportDeclaration
  | UsingDeclaration
  | AssertDeclaration
  | InvalidStatement;

// ---------------------------------------------------------------------------------------------- expressions

export interface Identifier extends BaseNode {
  type: 'Identifier';
  name: string;
}

export interface Literal extends BaseNode {
  type: 'Literal';
  /** Strings are cooked (escapes resolved); `'''…'''` strings verbatim. */
  value: string | number | boolean | null;
  raw: string;
  /** True for a `'''…'''` string. */
  multiline?: boolean;
}

/** `'a${x}b'`: `quasis` (cooked) has one more entry than `expressions`. */
export interface TemplateString extends BaseNode {
  type: 'TemplateString';
  quasis: string[];
  /** The source range of each quasi's text, without the quote, `${` and `}` around it. */
  quasiRanges: [number, number][];
  expressions: Expression[];
}

export type StringNode = (Literal & { value: string }) | TemplateString;

export interface ObjectProperty extends BaseNode {
  type: 'ObjectProperty';
  decorators: Decorator[];
  key: Identifier | StringNode;
  value: Expression;
}

export interface SpreadElement extends BaseNode {
  type: 'SpreadElement';
  argument: Expression;
}

export interface ObjectExpression extends BaseNode {
  type: 'ObjectExpression';
  properties: (ObjectProperty | SpreadElement | ResourceDeclaration | InvalidExpression)[];
}

export interface ArrayExpression extends BaseNode {
  type: 'ArrayExpression';
  elements: (Expression | SpreadElement)[];
}

export interface MemberExpression extends BaseNode {
  type: 'MemberExpression';
  object: Expression;
  property: Identifier;
  /** `.`, `.?` (safe access) or `::` (a nested resource). */
  operator: '.' | '.?' | '::';
}

export interface IndexExpression extends BaseNode {
  type: 'IndexExpression';
  object: Expression;
  index: Expression;
  /** `[?…]`. */
  safe: boolean;
}

export interface CallExpression extends BaseNode {
  type: 'CallExpression';
  /** An identifier (`resourceGroup`), or a member for namespaced and method calls (`az.resourceGroup`, `a.listKeys`). */
  callee: Identifier | MemberExpression;
  arguments: Expression[];
}

export interface NonNullExpression extends BaseNode {
  type: 'NonNullExpression';
  expression: Expression;
}

export interface UnaryExpression extends BaseNode {
  type: 'UnaryExpression';
  operator: '!' | '-' | '+';
  argument: Expression;
}

export type BinaryOperator =
  '||' | '&&' | '??' | '==' | '!=' | '=~' | '!~' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpression extends BaseNode {
  type: 'BinaryExpression';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface ConditionalExpression extends BaseNode {
  type: 'ConditionalExpression';
  test: Expression;
  consequent: Expression;
  alternate: Expression;
}

export interface LambdaExpression extends BaseNode {
  type: 'LambdaExpression';
  params: Identifier[];
  body: Expression;
}

/** `if (test) { … }`: the body of a conditional resource or module. */
export interface IfExpression extends BaseNode {
  type: 'IfExpression';
  test: Expression;
  body: Expression;
}

/** `[for item in iterable: body]`, `[for (item, index) in …: …]`. */
export interface ForExpression extends BaseNode {
  type: 'ForExpression';
  item: Identifier | null;
  index: Identifier | null;
  iterable: Expression;
  body: Expression;
}

/** An expression the parser could not read (a missing value, a stray token, nesting past the depth limit). */
export interface InvalidExpression extends BaseNode {
  type: 'InvalidExpression';
  message: string;
}

export type Expression =
  | Identifier
  | Literal
  | TemplateString
  | ObjectExpression
  | ArrayExpression
  | MemberExpression
  | IndexExpression
  | CallExpression
  | NonNullExpression
  | UnaryExpression
  | BinaryExpression
  | ConditionalExpression
  | LambdaExpression
  | IfExpression
  | ForExpression
  | InvalidExpression;

// ---------------------------------------------------------------------------------------------- types

/** `string`, `sys.string`, `myType`, `resourceInput<'T@v'>.properties`. */
export interface TypeReference extends BaseNode {
  type: 'TypeReference';
  name: Identifier | MemberExpression;
  typeArguments: TypeNode[];
  /** `.properties` after generic arguments. */
  member: Identifier | null;
}

/** `resource 'Microsoft.Storage/storageAccounts@2023-01-01'` in a param or output. */
export interface ResourceType extends BaseNode {
  type: 'ResourceType';
  resourceType: StringNode;
}

export interface ArrayType extends BaseNode {
  type: 'ArrayType';
  elementType: TypeNode;
}

export interface UnionType extends BaseNode {
  type: 'UnionType';
  types: TypeNode[];
}

/** `'Enabled'`, `1`, `true`, `-1` as a type. */
export interface LiteralType extends BaseNode {
  type: 'LiteralType';
  literal: Literal | UnaryExpression;
}

export interface NullableType extends BaseNode {
  type: 'NullableType';
  typeAnnotation: TypeNode;
}

export interface ObjectTypeProperty extends BaseNode {
  type: 'ObjectTypeProperty';
  decorators: Decorator[];
  /** `*` (additional properties) is an Identifier named `*`. */
  key: Identifier | StringNode;
  optional: boolean;
  value: TypeNode;
}

export interface ObjectType extends BaseNode {
  type: 'ObjectType';
  properties: (ObjectTypeProperty | InvalidExpression)[];
}

export interface TupleType extends BaseNode {
  type: 'TupleType';
  elementTypes: TypeNode[];
}

export type TypeNode =
  | TypeReference
  | ResourceType
  | ArrayType
  | UnionType
  | LiteralType
  | NullableType
  | ObjectType
  | TupleType
  | InvalidExpression;

export type Node =
  | BicepFile
  | Statement
  | Decorator
  | FunctionParameter
  | ImportSpecifier
  | Expression
  | ObjectProperty
  | SpreadElement
  | TypeNode
  | ObjectTypeProperty;

/** Which children a traversal visits, in source order. Comments and `errors` are not visited. */
export const visitorKeys: Readonly<Record<string, readonly string[]>> = {
  BicepFile: ['body'],
  Decorator: ['expression'],
  TargetScopeDeclaration: ['decorators', 'value'],
  MetadataDeclaration: ['decorators', 'id', 'value'],
  ParameterDeclaration: ['decorators', 'id', 'typeAnnotation', 'default'],
  VariableDeclaration: ['decorators', 'id', 'typeAnnotation', 'init'],
  ResourceDeclaration: ['decorators', 'id', 'resourceType', 'body'],
  ModuleDeclaration: ['decorators', 'id', 'source', 'body'],
  OutputDeclaration: ['decorators', 'id', 'typeAnnotation', 'value'],
  TypeDeclaration: ['decorators', 'id', 'value'],
  FunctionDeclaration: ['decorators', 'id', 'params', 'returnType', 'body'],
  FunctionParameter: ['id', 'typeAnnotation'],
  ImportDeclaration: ['decorators', 'specifiers', 'namespace', 'source', 'config', 'alias'],
  ImportSpecifier: ['imported', 'local'],
  UsingDeclaration: ['decorators', 'source'],
  AssertDeclaration: ['decorators', 'id', 'value'],
  InvalidStatement: [],
  Identifier: [],
  Literal: [],
  TemplateString: ['expressions'],
  ObjectExpression: ['properties'],
  ObjectProperty: ['decorators', 'key', 'value'],
  SpreadElement: ['argument'],
  ArrayExpression: ['elements'],
  MemberExpression: ['object', 'property'],
  IndexExpression: ['object', 'index'],
  CallExpression: ['callee', 'arguments'],
  NonNullExpression: ['expression'],
  UnaryExpression: ['argument'],
  BinaryExpression: ['left', 'right'],
  ConditionalExpression: ['test', 'consequent', 'alternate'],
  LambdaExpression: ['params', 'body'],
  IfExpression: ['test', 'body'],
  ForExpression: ['item', 'index', 'iterable', 'body'],
  InvalidExpression: [],
  TypeReference: ['name', 'typeArguments', 'member'],
  ResourceType: ['resourceType'],
  ArrayType: ['elementType'],
  UnionType: ['types'],
  LiteralType: ['literal'],
  NullableType: ['typeAnnotation'],
  ObjectType: ['properties'],
  ObjectTypeProperty: ['decorators', 'key', 'value'],
  TupleType: ['elementTypes'],
};
