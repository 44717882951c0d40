// The small words of the other languages Docent speaks (German and French), which the shared stop list (English) does
// not know. A German question's "wie viele … gab es" rarely recurs in the sentence that answers it; counted as words
// of the question, they made the answerer find too little of it and refuse. Used by the answerer only: the lexical
// embedder's stop list stays as it is, since stored vectors depend on it. Words that are also English words ("die",
// "war", "man", "car", "son", "fur", "plus", "par") or acronyms ("UN", "EST") are left out, so an English question
// loses none of its own.
// Written as terms() gives them: lower case, accents folded ("über" is "uber", left out as the English "Uber").
import type { Term } from '../embeddings/lexical-terms';

const OTHER_LANGUAGES = new Set(
  (
    // German
    'aber alle allem allen aller alles als andere anderen anderer anderes auch auf aus bei beim bis bist damit ' +
    'dann das dass dein deine dem denn der des dessen dich dir doch dort du durch ein eine einem einen einer eines ' +
    'es etwas euch euer gibt gegen gewesen habe haben hatte hatten hier hinter ich ihm ihn ihnen ihr ihre im ' +
    'ist jede jeder jedes jetzt kann kein keine konnen manche mein mich muss nach nicht nichts noch nur ob ' +
    'oder ohne sehr sein seine seit sich sie sind solche soll sollte sondern und uns unser unter viel viele ' +
    'vom von vor waren warum weil welche welcher welches wem wen wenn wer werden wie wieder wir wird wo wurde ' +
    'wurden zu zum zur zwischen ' +
    // French
    'le la les des du de et sont etait ont au aux ce cet cette ces qui que quoi quel quelle quels quelles ' +
    'quand comment combien pourquoi ou dans pour sur avec sous entre vers chez il elle ils elles on nous vous ' +
    'je tu se sa ses leur leurs ne mais donc ete etre avoir fait lui qu'
  ).split(' '),
);

/** A word that says little about which sentence answers: English (the shared stop list), German or French. */
export function isFunctionWord(term: Pick<Term, 'stop' | 'word'>): boolean {
  return term.stop || OTHER_LANGUAGES.has(term.word);
}
