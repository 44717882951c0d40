// A thing the question names that a document's rule names by its kind: "Can we bring our dog?" is answered by "Pets
// are not allowed", "Can I park my van there?" by a rule for vehicles, "Do kids eat cheaper?" by "Children under 10
// eat half price". Words apart, the search did not find the rule and the answerer refused. Kinds a rule is written
// for, each with the everyday words for what it covers; not a thesaurus.
import { contentTerms } from './function-words';

const KINDS: ReadonlyArray<{ kind: string; members: string }> = [
  { kind: 'pet', members: 'dog dogs puppy puppies cat cats kitten kittens rabbit rabbits hamster hamsters' },
  { kind: 'vehicle', members: 'car cars van vans motorbike motorbikes motorcycle motorcycles lorry lorries truck trucks' },
  { kind: 'alcohol', members: 'wine beer beers cider lager spirits' },
  { kind: 'child', members: 'kid kids' },
  // "Is there a discount on popcorn?" of "Members get 10% off food and drink"; "Can I bring sandwiches?" of "No food".
  { kind: 'food', members: 'popcorn snack snacks sweets crisps sandwich sandwiches' },
  // "Do I need to take any tablets?" of "No medication is needed at this stage."; not the other way about: "28 tablets."
  // is no answer to "What medicines am I on?".
  { kind: 'medicine', members: 'tablet tablets pill pills capsule capsules' },
  // "How long is the appointment?" of a dental plan's "Your first visit is on Wednesday 14 April… and lasts about 1 hour".
  { kind: 'visit', members: 'appointment appointments' },
  // "Can I have lunch with my mum?" of a care home's "You are welcome to join your relative for lunch".
  // "What band is my house?" of a council tax bill's "Property: 5 Orchard Way, Band C".
  { kind: 'property', members: 'house houses flat flats home homes bungalow bungalows apartment apartments' },
  { kind: 'relative', members: 'mum mums mother mothers dad dads father fathers nan nana nanna gran granny grandma grandmother grandmothers grandad grandpa grandfather grandfathers grandparent grandparents aunt auntie aunts uncle uncles' },
];

/** The stem of each member word, with the stem of its kind and the kind as written. */
const KIND_OF = new Map<string, { stem: string; word: string }>();
for (const { kind, members } of KINDS) {
  const kindStem = contentTerms(kind)[0]!.stem;
  for (const word of members.split(' ')) KIND_OF.set(contentTerms(word)[0]!.stem, { stem: kindStem, word: kind });
}

/** The kinds of the things a question names, for a search: "pet" of "Can we bring our dog?". */
export function kindsAsked(question: string): string[] {
  return [...new Set(contentTerms(question).flatMap((t) => KIND_OF.get(t.stem)?.word ?? []))];
}

/** A word of the question that names a member of a kind: its stem, and its kind's. */
export interface AskedMember {
  stem: string;
  kind: string;
}

/** The words of a question naming members of a kind, each once: "dog" (a pet) of "Can we bring our dog?". */
export function askedMembers(question: string): AskedMember[] {
  const out: AskedMember[] = [];
  for (const t of contentTerms(question)) {
    const kind = KIND_OF.get(t.stem);
    if (kind && !out.some((m) => m.stem === t.stem)) out.push({ stem: t.stem, kind: kind.stem });
  }
  return out;
}

/** The stems of `asked` members whose kind a sentence's stems hold: "dog" in those of "Pets are not allowed". */
export function membersHeldIn(asked: readonly AskedMember[], said: ReadonlySet<string>): string[] {
  return asked.filter((m) => said.has(m.kind)).map((m) => m.stem);
}
