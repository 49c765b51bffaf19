/**
 * Photo and wire agencies seen in caption credits of English-language news. Matched case-sensitively as whole
 * credit parts, after "via" is removed.
 */
export const PHOTO_AGENCIES: ReadonlySet<string> = new Set([
  'AP', 'AP Photo', 'Associated Press', 'Reuters', 'AFP', 'Agence France-Presse', 'Getty', 'Getty Images', 'EPA',
  'EPA-EFE', 'EFE', 'PA', 'PA Wire', 'PA Media', 'PA Archive', 'Bloomberg', 'Sputnik', 'TASS', 'Tass', 'Xinhua',
  'Anadolu', 'Anadolu Agency', 'Shutterstock', 'Alamy', 'Alamy Live News', 'NurPhoto', 'SOPA Images', 'LightRocket',
  'ZUMA', 'ZUMA Press', 'ZUMA Wire', 'Kyodo', 'Yonhap', 'ANSA', 'dpa', 'DPA', 'Abaca', 'Sipa', 'Sipa USA', 'Corbis',
  'Ukrinform', 'RIA Novosti', 'UPI', 'Bloomberg via Getty Images', 'The Guardian', 'The New York Times', 'BBC',
]);

/** Words that describe how a photo was supplied, not who made it: dropped from credits. */
export const CREDIT_DESCRIPTORS: ReadonlySet<string> = new Set([
  'Pool', 'Photo', 'Pool Photo', 'Handout', 'File', 'File Photo', 'Courtesy', 'Supplied', 'Screengrab', 'Still',
]);

/** Words that make a credit part an organisation rather than a photographer. */
export const ORGANIZATION_CREDIT_WORDS =
  /\b(?:Ministry|Pool|Photo|Agency|Images|News|Press|Media|Service|Office|Department|Handout|Government|Council|Army|Forces|Police|Embassy|Library|Archive|Museum|Wire|Television|TV|Radio|Commission|Committee|Authority|Bureau|Court|Party|University|Institute|Foundation|Organi[sz]ation|Corporation|Company|Group|Association|Union|Centre|Center|Studio|Studios)\b/;
