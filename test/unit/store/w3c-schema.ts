// Validators built from the W3C Web Annotation test-suite schemas in
// fixtures/w3c-annotation-model/ (draft-04, loaded by their ids, non-strict
// because the suite uses keywords outside JSON Schema). The suite has no single
// "valid annotation" schema, so the annotation-level MUSTs and the selector
// definitions are combined here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';

const DIR = join(import.meta.dirname, '../../../fixtures/w3c-annotation-model');
const FILES = ['annotations', 'bodyTarget', 'choiceSet', 'collections', 'id', 'otherProperties', 'specificResource'];

// The suite relies on "uri" and "date-time" formats; ajv only knows them with a plugin.
const URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

const ref = ($ref: string) => ({ $ref });
const oneOrMany = (schema: object) => ({
  oneOf: [{ not: { type: 'array' }, allOf: [schema] }, { type: 'array', minItems: 1, items: schema }],
});

const selectorItemMusts = {
  allOf: [ref('specificResource.json#/definitions/textQuoteSelectorTypeValidIfPresent'), ref('specificResource.json#/definitions/textPositionSelectorTypeValidIfPresent')],
};

const targetMusts = {
  allOf: [
    ref('bodyTarget.json#/definitions/targetResourcesFound'),
    ref('bodyTarget.json#/definitions/optionalTargetPropertiesMust'),
    ref('specificResource.json#/definitions/selectorDetected'),
    { properties: { selector: oneOrMany(selectorItemMusts) } },
  ],
};

const bodyMusts = {
  allOf: [ref('bodyTarget.json#/definitions/bodyResourcesFound'), ref('bodyTarget.json#/definitions/optionalBodyPropertiesMust')],
};

export const annotationSchema = {
  allOf: [
    {
      required: ['@context', 'target'],
      properties: {
        '@context': { oneOf: [ref('annotations.json#/definitions/contextValueFound'), ref('annotations.json#/definitions/contextValueInArrayFound')] },
        target: oneOrMany(targetMusts),
        body: oneOrMany(bodyMusts),
      },
    },
    ref('id.json#/definitions/idValueFound'),
    ref('annotations.json#/definitions/annotationTypeValueFound'),
    ref('annotations.json#/definitions/motivationRecognizedIfPresent'),
    ref('annotations.json#/definitions/bodyValueValidIfPresent'),
    ref('otherProperties.json#/definitions/createdValidIfPresent'),
    ref('otherProperties.json#/definitions/modifiedValidIfPresent'),
    ref('otherProperties.json#/definitions/creatorValidIfPresent'),
    ref('otherProperties.json#/definitions/generatorValidIfPresent'),
  ],
};

export const collectionSchema = {
  allOf: [
    { required: ['@context', 'id'] },
    ref('collections.json#/definitions/annotationCollectionTypeValueFound'),
    ref('collections.json#/definitions/labelDefinition'),
    ref('collections.json#/definitions/totalDefinition'),
    ref('collections.json#/definitions/firstValidIfPresent'),
    ref('collections.json#/definitions/firstRequiredIfTotalMoreThanZero'),
  ],
};

export const pageSchema = {
  allOf: [
    ref('collections.json#/definitions/annotationPageTypeValueFound'),
    ref('collections.json#/definitions/itemsFound'),
    ref('collections.json#/definitions/startIndexDefinition'),
  ],
};

export function makeValidators() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', URI);
  ajv.addFormat('date-time', DATE_TIME);
  for (const f of FILES) ajv.addSchema(JSON.parse(readFileSync(join(DIR, `${f}.json`), 'utf8')));
  return {
    annotation: ajv.compile(annotationSchema),
    collection: ajv.compile(collectionSchema),
    page: ajv.compile(pageSchema),
  };
}
