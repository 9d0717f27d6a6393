import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { BadUserInputError } from './errors';
import { MAX_PAGE_SIZE, PageArgs } from './pagination';

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

function checkPageSize(args: PageArgs): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && !(Number.isInteger(value) && value >= 0 && value <= MAX_PAGE_SIZE)) {
      throw BadUserInputError.field(name, `must be between 0 and ${MAX_PAGE_SIZE}`);
    }
  }
}

/**
 * Validates arguments with class-validator, as type-graphql's own validation does, but page
 * arguments — given to every relation of every row of a nested query — get a plain check:
 * running the validator for each of them was most of the cost of a large nested query.
 */
export const validateArgs: ValidatorFn = async (value, type) => {
  if (value === null || typeof value !== 'object') return;
  if (type === PageArgs) return checkPageSize(value as PageArgs);
  try {
    if (Array.isArray(value)) {
      await Promise.all(
        value
          .filter((item) => item !== null && typeof item === 'object')
          .map((item) => validateOrReject(item, OPTIONS)),
      );
    } else {
      await validateOrReject(value, OPTIONS);
    }
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};
