/** Sets the product's V8 flags in this process (bin/v8-flags.js). */
export function setProductV8Flags(): void;
