import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { quoteKey, resolveQuestion } from '../../electron/app/chat/follow-up';

describe('follow-up questions', () => {
  const history = [
    { role: 'user' as const, text: 'Who founded the Yuan dynasty?' },
    { role: 'assistant' as const, text: 'Kublai Khan founded the Yuan dynasty in 1271, ruling from Khanbaliq. [1]' },
  ];

  test('"and when did he die?" borrows the previous question\'s words and the names in its answer', () => {
    const r = resolveQuestion('and when did he die?', history);
    assert.equal(r.isFollowUp, true);
    for (const word of ['Yuan', 'dynasty', 'Kublai', 'Khan']) assert.ok(r.borrowed.includes(word), `${word} in ${r.borrowed.join(' ')}`);
    assert.match(r.searchText, /^and when did he die\? /);
  });

  test('what an earlier answer quoted is known, so a follow-up does not repeat it', () => {
    const r = resolveQuestion('and when did he die?', history);
    assert.ok(r.earlierQuotes.has(quoteKey('Kublai Khan founded the Yuan dynasty in 1271, ruling from Khanbaliq.')));
  });

  test('only a question asking for more about the answer avoids what earlier answers quoted', () => {
    for (const question of ['and when did he die?', 'Who else?', 'Tell me more', 'Why?', 'What about his sons?', 'Warum?', 'Wann?', 'Und wer?', 'Pourquoi ?', 'Combien ?', 'Et ses fils ?']) {
      assert.equal(resolveQuestion(question, history).avoidsRepeats, true, question);
    }
    // Short, so it may borrow words, but it names its own subject: the sentence quoted last time may answer it.
    const own = resolveQuestion('When is the next meeting?', history);
    assert.equal(own.isFollowUp, true);
    assert.equal(own.avoidsRepeats, false);
  });

  test('a follow-up with a subject of its own may get a sentence an earlier answer quoted after its first', () => {
    const trip = [
      { role: 'user' as const, text: 'From which airport do we fly?' },
      { role: 'assistant' as const, text: 'Day 1: Fly from London Heathrow at 11:05. [1] Day 8: Return flight from Kansai Airport at 13:40. [2]' },
    ];
    const back = resolveQuestion('And when do we come back?', trip);
    assert.equal(back.avoidsRepeats, true);
    assert.ok(back.barredQuotes.has(quoteKey('Day 1: Fly from London Heathrow at 11:05.')));
    assert.ok(!back.barredQuotes.has(quoteKey('Day 8: Return flight from Kansai Airport at 13:40.')));
    // The first quote of three words or more is the lead, wherever the answer's first marker is.
    const marked = resolveQuestion('And when is the return flight?', [trip[0], { role: 'assistant' as const, text: '[1] Day 1: Fly from London Heathrow at 11:05. [2] Day 8: Return flight.' }]);
    assert.ok(marked.barredQuotes.has(quoteKey('Day 1: Fly from London Heathrow at 11:05.')));
    const more = resolveQuestion('What else?', trip);
    assert.ok(more.barredQuotes.has(quoteKey('Day 8: Return flight from Kansai Airport at 13:40.')), 'asked for more, nothing quoted is quoted again');
  });

  test('a self-contained question is searched as asked', () => {
    const r = resolveQuestion('When did the Ming dynasty replace the Yuan dynasty?', history);
    assert.equal(r.isFollowUp, false);
    assert.equal(r.searchText, 'When did the Ming dynasty replace the Yuan dynasty?');
    assert.deepEqual(r.borrowed, []);
  });

  test('a short question naming a subject the exchange before never named starts another subject', () => {
    const job = [
      { role: 'user' as const, text: 'Where is the job based?' },
      { role: 'assistant' as const, text: 'Location: Kirkby Central Library, Market Square. [1]' },
    ];
    const party = resolveQuestion("When is Maya's party?", job);
    assert.equal(party.isFollowUp, false);
    assert.deepEqual(party.borrowed, []);
    // A name the answer gave is the same subject: "When did Kublai die?" after the answer naming him borrows.
    assert.equal(resolveQuestion('When did Kublai die?', history).isFollowUp, true);
    // So is a question leaning on the one before, whatever it names.
    assert.equal(resolveQuestion("And Maya's party?", job).isFollowUp, true);
  });

  test('with no conversation there is nothing to borrow', () => {
    const r = resolveQuestion('and when did he die?', []);
    assert.equal(r.searchText, 'and when did he die?');
    assert.equal(r.isFollowUp, false);
  });
});
