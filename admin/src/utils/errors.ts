type StrapiErrorBody = {
  message?: string;
  details?: { errors?: Array<{ message?: string; path?: string[] | string }> };
};

/**
 * The message of a Strapi-style error answer (`{ error: { message, details } }`),
 * with the validation errors spelled out, or of any thrown error.
 */
export const errorMessage = (error: unknown): string => {
  const candidate = error as { response?: { data?: { error?: StrapiErrorBody } }; message?: string };
  const body = candidate?.response?.data?.error;
  const details = (body?.details?.errors ?? []).map((detail) => detail.message).filter(Boolean);
  const message = body?.message || candidate?.message || String(error);
  if (details.length === 0 || (details.length === 1 && details[0] === message)) return message;
  return `${message}: ${details.join('; ')}`;
};
