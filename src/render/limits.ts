/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message and
 * https://discord.com/developers/docs/components/reference).
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  buttonsPerRow: 5,
  buttonLabel: 80,
  selectOptions: 25,
  selectLabel: 100,
  selectValue: 100,
  selectPlaceholder: 150,
  /** A link button's url. */
  linkUrl: 512,
  /** Components V2: every component of a message, nested ones included. */
  components: 40,
  /** Components V2: the characters of every Text Display of a message together. */
  text: 4000,
  /** Text Displays in one Section. */
  sectionTexts: 3,
  mediaGalleryItems: 10,
  /** Alt text of a media gallery item, and an attachment's description. */
  mediaDescription: 1024,
  attachments: 10,
  /** Bytes of attachments per message when the interaction does not say (no boosts). */
  attachmentBytes: 10 * 1024 * 1024,
} as const;
