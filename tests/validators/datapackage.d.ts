// The parts of Frictionless Data's JavaScript library (datapackage 1.x, no bundled types) that the validators use.
declare module "datapackage" {
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    /** Every row, cast under the resource's Table Schema; `relations` checks its foreign keys. */
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
