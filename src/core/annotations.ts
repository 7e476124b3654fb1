import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type Context, keyName, unwrap } from './ast.js';

/**
 * The type a receiver is declared with, from its annotation (no type checker): a parameter or binding
 * `credential: AzureKeyCredential`, a class field or parameter property `private config: SpeechConfig` read as
 * `this.config`. The last name of the type reference (`sdk.SpeechConfig` → `SpeechConfig`).
 */
export function annotatedTypeName(context: Context, receiver: TSESTree.Node): string | undefined {
  const r = unwrap(receiver);
  if (r.type === AST_NODE_TYPES.Identifier) {
    for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(r); scope; scope = scope.upper) {
      const variable = scope.set.get(r.name);
      if (!variable) continue;
      for (const def of variable.defs) {
        const name = def.name as TSESTree.Node;
        if (name.type === AST_NODE_TYPES.Identifier && name.typeAnnotation)
          return typeName(name.typeAnnotation.typeAnnotation);
      }
      return undefined;
    }
    return undefined;
  }
  if (r.type !== AST_NODE_TYPES.MemberExpression || unwrap(r.object).type !== AST_NODE_TYPES.ThisExpression)
    return undefined;
  const field = keyName(r);
  let body: TSESTree.Node | undefined = r.parent;
  while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
  if (!body || field === undefined) return undefined;
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && keyName(member) === field && member.typeAnnotation)
      return typeName(member.typeAnnotation.typeAnnotation);
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      for (const param of member.value.params) {
        if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const id = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
        if (id.name === field && id.typeAnnotation) return typeName(id.typeAnnotation.typeAnnotation);
      }
    }
  }
  return undefined;
}

function typeName(type: TSESTree.TypeNode): string | undefined {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return name.name;
  return name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : undefined;
}
