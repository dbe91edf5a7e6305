/**
 * Remove secrets from text that may reach a log, an error message or the renderer: the known
 * secret values themselves, and anything shaped like a token header or a password field.
 */

const PATTERNS: [RegExp, string][] = [
  [/(x-(?:auth|subject)-token["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, '$1***'],
  [
    /("(?:password|secret|token|application_credential_secret|id_token|access_token)"\s*:\s*")[^"]*(")/gi,
    '$1***$2',
  ],
  [/((?:password|secret|token)=)[^&\s]+/gi, '$1***'],
  [/(\/\/[^/\s:@]+:)[^@/\s]+@/g, '$1***@'],
];

export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement);
  return out;
}
