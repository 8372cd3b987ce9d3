// The lint room's public API.
export {};
