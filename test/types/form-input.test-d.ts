// A form body's fields are top-level inputs typed from the generated form schema (SAS
// PageImageRegistry), as query parameters are: a wrong type or enum, an unknown field, or a `body`
// does not compile (each @ts-expect-error fails the run if its line ever compiles); the list
// iterator yields the spec's registry items.
import { describe, expectTypeOf, it } from 'vitest';
import type { SasClient, sas } from 'imagesec';
import type { SasInput } from '../../src/sas/client-types.js';

declare const sasClient: SasClient;

describe('SasClient form-body input', () => {
  it('takes the form fields and the query parameter side by side', () => {
    void sasClient.pageImageRegistry({
      SourceIp: '192.0.2.1',
      CurrentPage: 1,
      PageSize: 20,
      RegistryNameLike: 'prod',
      RegistryTypeInList: ['harbor', 'CI/CD'],
      RegistryTypeNotInList: undefined,
    });
    void sasClient.pageImageRegistry();
    expectTypeOf<SasInput<'PageImageRegistry'>['RegistryTypeInList']>().toEqualTypeOf<
      ('acr' | 'harbor' | 'quay' | 'CI/CD')[] | undefined
    >();

    // @ts-expect-error PageSize is an integer, not text
    void sasClient.pageImageRegistry({ PageSize: '20' });
    // @ts-expect-error a registry type the spec does not list
    void sasClient.pageImageRegistry({ RegistryTypeInList: ['gitlab'] });
    // @ts-expect-error the fields are top-level inputs, not a body
    void sasClient.pageImageRegistry({ body: { PageSize: 20 } });
    // @ts-expect-error an undocumented field
    void sasClient.pageImageRegistry({ RegistryType: 'harbor' });
  });

  it('pages over the registries', async () => {
    for await (const registry of sasClient.paginatePageImageRegistry({ RegistryTypeInList: ['harbor'] })) {
      expectTypeOf(registry).toEqualTypeOf<sas.ImageRegistry>();
    }
  });
});
