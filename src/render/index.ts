// The render room's public API.
export {};
