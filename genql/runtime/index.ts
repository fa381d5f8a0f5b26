// @ts-nocheck
export { createClient } from './createClient.js'
export type { ClientOptions } from './createClient.js'
export type { FieldsSelection } from './typeSelection.js'
export { generateGraphqlOperation } from './generateGraphqlOperation.js'
export type { GraphqlOperation } from './generateGraphqlOperation.js'
export { linkTypeMap } from './linkTypeMap.js'
// export { Observable } from 'zen-observable-ts'
export { createFetcher } from './fetcher.js'
export { GenqlError } from './error.js'
export const everything = {
    __scalar: true,
}
