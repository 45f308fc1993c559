export type LandmarkLang = 'pt' | 'en' | 'es';
export type LandmarkRelation = 'near' | 'next-to' | 'opposite';

/** Where the business is, told by what it is near: "perto do metro de Arroios", "next to the old market". */
export type Landmark = {
  /** As the prompt writes it, from the preposition on ("perto do metro de Arroios"). */
  text: string;
  /** The landmark itself, without the preposition or a leading article ("metro de Arroios"). */
  subject: string;
  /** Absent when the person wrote the place their own way (a corrected brief): then it is shown as written. */
  relation?: LandmarkRelation;
  /** The language the phrase is written in: other languages say it with their own preposition. */
  lang: LandmarkLang;
};
