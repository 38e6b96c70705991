export declare const NODE_BUNDLE_ALIAS: Record<string, string>;
