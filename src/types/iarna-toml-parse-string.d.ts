// @iarna/toml's string parser on its own (the package's index also loads its stringifier and its
// stream parser, which pyrelease never uses). It is the function the index exports as `parse`.
declare module '@iarna/toml/parse-string.js' {
  import type { JsonMap } from '@iarna/toml';

  const parseString: (text: string) => JsonMap;
  export default parseString;
}
