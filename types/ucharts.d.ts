// The part of @qiun/ucharts this project uses (the package ships no types): draw once on a 2D context.
declare module '@qiun/ucharts' {
  export default class UCharts {
    constructor(options: Record<string, unknown> & { context: unknown })
  }
}
