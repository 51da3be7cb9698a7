/**
 * An OpenPhone user's direct number: @ and digits (docs/contracts.md, OpenPhone, `@9997934326`), encoded `%40…`
 * in links. Kept apart from the phone metadata so settings can check one without loading it.
 */
export const directNumberPattern = /^@\d{1,15}$/;
