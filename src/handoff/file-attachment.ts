// The last path segment must name a file with an extension (.pdf, .jpg, ...): OpenPhone
// decides how to attach a file from it (SPEC §2, "attachments").
const fileWithExtension = /[^/.]\.[a-z\d]{1,10}$/i;

/**
 * Why OpenPhone could not attach `given` to a message, in words an admin can act on, or
 * null when it can (SPEC §2: https links to files with an extension). The message builder
 * and the template settings share this rule, so Settings never accepts a file a link refuses.
 */
export function attachmentProblem(given: string): string | null {
  const refuse = (why: string) => `The attachment "${given}" ${why}.`;
  // URL parsing quietly drops tabs, line breaks and outer spaces; OpenPhone would not.
  if (/[\s\p{Cc}]/u.test(given)) return refuse('contains spaces or invisible characters');
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return refuse('is not a web address');
  }
  if (url.protocol !== 'https:') return refuse('must be an https:// link');
  if (!fileWithExtension.test(url.pathname)) {
    return refuse('must point at a file with an extension, such as .pdf or .jpg');
  }
  return null;
}
