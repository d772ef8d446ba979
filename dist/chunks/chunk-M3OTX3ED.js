import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  constructor(message, title, location) {
    super(message);
    this.title = title;
    this.location = location;
    this.name = "UserError";
  }
  title;
  location;
};

export {
  UserError
};
