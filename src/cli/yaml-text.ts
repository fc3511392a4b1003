// --output yaml: a value as YAML 1.2 (the `yaml` package, eemeli/yaml: maintained, no dependencies,
// exact bigints), safe on a terminal. The library escapes the C0 controls but writes DEL, the C1
// controls, the line separators and the bidi controls as they are; a string holding one is written
// double-quoted, where those characters are written as `\u` escapes (the same value read back).
import { Document, isScalar, visit } from 'yaml';
import { hasTerminalControls, jsonTerminalSafe } from './terminal-text.js';

/** A YAML document for a value (`---`-separated documents come from calling it once per item). */
export function yamlText(value: unknown): string {
  const document = new Document(value, { keepUndefined: false });
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && hasTerminalControls(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && hasTerminalControls(pair.key.value))
        pair.key.type = 'QUOTE_DOUBLE';
    },
  });
  // lineWidth 0: a long value stays on its line, for grep and for people.
  // What is left raw now sits in double quotes only, where JSON's \u escapes mean the same.
  return jsonTerminalSafe(document.toString({ lineWidth: 0 }));
}
