// The repo room's public API.
export {};
