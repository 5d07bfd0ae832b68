// "server-only" for scripts/serve.ts's process (see tsconfig.serve.json): that process is the server,
// so the lib/data modules it loads for the API's read model are where they belong.
export {};
