// The three OpenAPI parsers users validate a document with, each given the file as users give it
// (swagger-parser and @readme/openapi-parser read the path; @scalar/openapi-parser takes the text).
import SwaggerParser from '@apidevtools/swagger-parser';
import { validate as readmeValidate } from '@readme/openapi-parser';
import { validate as scalarValidate } from '@scalar/openapi-parser';
import type { ShippedDocument } from './documents.js';

export const PARSERS = ['swagger-parser', 'readme-parser', 'scalar-parser'] as const;
export type Parser = (typeof PARSERS)[number];

/** What the parser finds wrong with the document; empty when it says the document is valid. */
export async function parserErrors(parser: Parser, document: ShippedDocument): Promise<string[]> {
  switch (parser) {
    case 'swagger-parser':
      try {
        await SwaggerParser.validate(document.path);
        return [];
      } catch (error) {
        return [error instanceof Error ? error.message : String(error)];
      }
    case 'readme-parser': {
      const result = await readmeValidate(document.path);
      return result.valid ? [] : result.errors.map((e) => e.message);
    }
    case 'scalar-parser': {
      const result = await scalarValidate(document.text);
      return result.valid ? [] : (result.errors ?? []).map((e) => `${[e.path ?? []].flat().join('/')} ${e.message}`);
    }
  }
}
