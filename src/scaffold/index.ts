// The scaffold room's public API.
export {};
