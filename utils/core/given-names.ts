/**
 * The short forms people use for common English given names, so that a
 * request to "Bernie" reaches Bernadette Quinn and "Liz" reaches Elizabeth:
 * only the forms that do not begin with the full name's own first letters
 * (those, such as "Chris" for Christopher, are matched by their start).
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  bernie: ['bernadette', 'bernard'],
  liz: ['elizabeth'],
  beth: ['elizabeth', 'bethany'],
  betty: ['elizabeth'],
  lizzie: ['elizabeth'],
  kate: ['katherine', 'catherine', 'kathryn', 'katharine'],
  katie: ['katherine', 'catherine', 'kathryn', 'katharine'],
  kath: ['katherine', 'kathryn', 'kathleen'],
  cath: ['catherine'],
  bob: ['robert'],
  rob: ['robert'],
  robbie: ['robert'],
  bill: ['william'],
  will: ['william'],
  dick: ['richard'],
  rick: ['richard'],
  jim: ['james'],
  jimmy: ['james'],
  jack: ['john'],
  ted: ['edward'],
  ned: ['edward'],
  eddie: ['edward'],
  harry: ['henry'],
  peggy: ['margaret'],
  maggie: ['margaret'],
  mags: ['margaret'],
  meg: ['margaret'],
  sue: ['susan', 'suzanne'],
  jenny: ['jennifer'],
  jen: ['jennifer'],
  becky: ['rebecca'],
  bex: ['rebecca'],
  mandy: ['amanda'],
  sandy: ['sandra', 'alexander'],
  alex: ['alexander', 'alexandra'],
  sasha: ['alexandra', 'alexander'],
  tony: ['anthony'],
  andy: ['andrew'],
  drew: ['andrew'],
  mike: ['michael'],
  mick: ['michael'],
  dave: ['david'],
  steve: ['stephen', 'steven'],
  nick: ['nicholas'],
  nicky: ['nicola', 'nicholas'],
  pat: ['patricia', 'patrick'],
  trish: ['patricia'],
  jo: ['joanne', 'joanna', 'josephine'],
  josie: ['josephine'],
  tom: ['thomas'],
  tess: ['teresa', 'theresa'],
  terry: ['terence', 'teresa'],
  ally: ['alison', 'alistair'],
  di: ['diane', 'diana'],
  jas: ['jaswinder', 'jasvinder', 'jasmine'],
  femi: ['olufemi'],
  tunde: ['babatunde', 'olatunde'],
  dom: ['dominic'],
  jonny: ['jonathan'],
  jon: ['jonathan'],
  ben: ['benjamin'],
  sam: ['samuel', 'samantha'],
  gill: ['gillian'],
  jackie: ['jacqueline'],
  jan: ['janet', 'janice'],
  val: ['valerie'],
  viv: ['vivienne'],
  chris: ['christopher', 'christine', 'christina'],
};

/** The full given names a short form stands for ("bernie" → bernadette, bernard), lower case; empty when it is no known short form. */
export function fullFormsOf(givenName: string): readonly string[] {
  return SHORT_FORMS[givenName.toLowerCase()] ?? [];
}

/** The short forms of a full given name ("joanne" → jo), lower case: the other way round from {@link fullFormsOf}. */
export function shortFormsOf(givenName: string): readonly string[] {
  const full = givenName.toLowerCase();
  return Object.keys(SHORT_FORMS).filter((short) => SHORT_FORMS[short]!.includes(full));
}
