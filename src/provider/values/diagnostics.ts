import { AttributePath, pathToString } from './path';

/** A problem reported to Terraform, shown to the user with the attribute it is about. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** One line. */
  readonly summary: string;
  readonly detail?: string;
  /** The attribute the problem is about; Terraform points at it in the configuration. */
  readonly path?: AttributePath;
}

/** Collects diagnostics during one call. */
export class Diagnostics {
  private readonly items: Diagnostic[] = [];

  public error(summary: string, detail?: string, path?: AttributePath): this {
    this.items.push({ severity: 'error', summary, detail, path });
    return this;
  }

  public warning(summary: string, detail?: string, path?: AttributePath): this {
    this.items.push({ severity: 'warning', summary, detail, path });
    return this;
  }

  public add(...diags: Diagnostic[]): this {
    this.items.push(...diags);
    return this;
  }

  public get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  public get all(): readonly Diagnostic[] {
    return this.items;
  }
}

/** Throw this to end a call with the given diagnostics (all of them are reported). */
export class DiagnosticError extends Error {
  public readonly diagnostics: readonly Diagnostic[];

  public constructor(summaryOrDiagnostics: string | readonly Diagnostic[], detail?: string, path?: AttributePath) {
    const diags: readonly Diagnostic[] = typeof summaryOrDiagnostics === 'string'
      ? [{ severity: 'error', summary: summaryOrDiagnostics, detail, path }]
      : summaryOrDiagnostics;
    super(diags.map((d) => (d.path && d.path.length > 0 ? `${pathToString(d.path)}: ${d.summary}` : d.summary)).join('; '));
    this.name = 'DiagnosticError';
    this.diagnostics = diags;
  }
}

/**
 * Turns anything thrown (or a rejected promise's reason) into diagnostics. Only the error's message
 * is used, never the values the call worked on.
 */
export function diagnosticsFromError(err: unknown, summary: string): Diagnostic[] {
  if (err instanceof DiagnosticError) return [...err.diagnostics];
  const detail = err instanceof Error ? err.message || err.name : String(err);
  return [{ severity: 'error', summary, detail }];
}
