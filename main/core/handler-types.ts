/**
 * The shape of a handler: a plain function from a request that has already passed
 * the contract's schema to its answer. Kept apart from the registry
 * (`handlers.ts`) so that each capability's handlers can name their type without
 * importing the module that imports them.
 */
import type { Method, ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';

export type Handlers = {
  [M in Method]: (request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

export type HandlersFor<M extends Method> = Pick<Handlers, M>;
