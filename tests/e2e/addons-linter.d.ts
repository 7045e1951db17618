/** The part of addons-linter's library API the package test uses (it ships no types). */
declare module 'addons-linter' {
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
  }
  interface LintResults {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LintResults> };
  };
  export default linter;
}
