import { z } from 'zod';
import { EmailSchema, PhoneSchema, RecordMetaSchema, optionalText, requiredText, searchTokensOf } from './base';

/** Professionals and partner-organisation people who are not mentors. */
export const ContactInputSchema = z.object({
  givenName: requiredText(100),
  familyName: requiredText(100),
  organisation: optionalText(200),
  role: optionalText(200),
  phone: PhoneSchema,
  email: EmailSchema,
  notes: optionalText(5000),
});
export type ContactInput = z.input<typeof ContactInputSchema>;
export const ContactSchema = RecordMetaSchema.extend(ContactInputSchema.shape).extend({
  searchTokens: z.array(z.string()),
});
export type Contact = z.infer<typeof ContactSchema>;

/** Search tokens of a contact: names, organisation, role, e-mail and the phone's digits. */
export const contactSearchTokens = (c: {
  givenName: string;
  familyName: string;
  organisation: string;
  role: string;
  email: string;
  phone: string;
}): string[] => searchTokensOf(c.givenName, c.familyName, c.organisation, c.role, c.email, c.phone.replace(/\D/g, ''));
