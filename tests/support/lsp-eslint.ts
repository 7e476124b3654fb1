// Drives `vscode-eslint-language-server` (npm package vscode-langservers-extracted) the way VS Code does:
// a workspace folder, settings answered through `workspace/configuration`, pulled diagnostics, code actions
// that come back as commands, and edits that arrive as `workspace/applyEdit` requests.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client.js';

export interface Position {
  readonly line: number;
  readonly character: number;
}
export interface Range {
  readonly start: Position;
  readonly end: Position;
}
export interface Diagnostic {
  readonly range: Range;
  readonly severity?: number;
  readonly code?: string | number;
  readonly codeDescription?: { readonly href: string };
  readonly source?: string;
  readonly message: string;
}
export interface Command {
  readonly title: string;
  readonly command: string;
  readonly arguments?: unknown[];
}
export interface CodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly diagnostics?: Diagnostic[];
  readonly command?: Command;
  readonly edit?: WorkspaceEdit;
}
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}
export interface WorkspaceEdit {
  readonly changes?: Record<string, TextEdit[]>;
  readonly documentChanges?: { readonly textDocument: { readonly uri: string }; readonly edits: TextEdit[] }[];
}

const require = createRequire(import.meta.url);
const SERVER = join(
  dirname(require.resolve('vscode-langservers-extracted/package.json')),
  'bin',
  'vscode-eslint-language-server',
);

/** The settings object VS Code's ESLint extension sends; the server needs `experimental`, `nodePath` and `codeAction`. */
export function eslintSettings(workspaceUri: string): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true, // not experimental.useFlatConfig: that gives silently empty results on ESLint 10
    experimental: {},
    codeActionOnSave: { mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: undefined,
    workspaceFolder: { name: 'app', uri: workspaceUri },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
  };
}

/** Applies the edits a WorkspaceEdit makes to one document (LSP positions are UTF-16 offsets, as JS strings are). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits = [
    ...(edit.changes?.[uri] ?? []),
    ...(edit.documentChanges ?? [])
      .filter((change) => change.textDocument.uri === uri)
      .flatMap((change) => change.edits),
  ];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: Position): number => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
  return edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text);
}

export class EslintLanguageServer {
  readonly client: LspClient;
  readonly applied: WorkspaceEdit[] = [];
  private readonly versions = new Map<string, number>();
  private readonly workspaceUri: string;

  constructor(readonly root: string) {
    this.workspaceUri = pathToFileURL(root).href;
    this.client = new LspClient({ command: process.execPath, args: [SERVER, '--stdio'], cwd: root });
    this.client.onRequest('workspace/configuration', (params) => {
      const { items } = params as { items: unknown[] };
      return items.map(() => eslintSettings(this.workspaceUri));
    });
    this.client.onRequest('workspace/applyEdit', (params) => {
      this.applied.push((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    });
  }

  uri(path: string): string {
    return pathToFileURL(path).href;
  }

  async start(): Promise<void> {
    await this.client.request('initialize', {
      processId: process.pid,
      rootUri: this.workspaceUri,
      workspaceFolders: [{ uri: this.workspaceUri, name: 'app' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, executeCommand: {} },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          diagnostic: { dynamicRegistration: false },
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'source.fixAll.eslint'] },
            },
          },
        },
      },
    });
    this.client.notify('initialized', {});
  }

  open(path: string, text: string, languageId: string): string {
    const uri = this.uri(path);
    if (this.versions.has(uri)) this.client.notify('textDocument/didClose', { textDocument: { uri } });
    this.versions.set(uri, 1);
    this.client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.client.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${report.kind}`);
    return report.items ?? [];
  }

  /** Code actions for one diagnostic, sent exactly as the server reported it. */
  codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[] | null> {
    return this.client.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'], triggerKind: 1 },
    });
  }

  /** Runs a command; the server answers with a `workspace/applyEdit` request, which we accept and return. */
  async execute(command: Command): Promise<WorkspaceEdit> {
    const before = this.applied.length;
    await this.client.request('workspace/executeCommand', {
      command: command.command,
      arguments: command.arguments ?? [],
    });
    const edit = this.applied[before];
    if (!edit) throw new Error(`${command.command} ran but the server sent no workspace/applyEdit`);
    return edit;
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
