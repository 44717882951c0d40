import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { AnswerSource } from '../../electron/app/chat/answer-types';
import { ExtractiveAnswerer } from '../../electron/app/chat/extractive-answerer';
import { saysNot } from '../../electron/app/chat/negated';

const GUIDE = '# Garden guide\n\n## Compost\n\nPut vegetable peelings, grass cuttings and cardboard on the compost heap. Do not add meat, dairy or cooked food, because they attract rats. Turn the heap every two weeks with a fork.';

async function answerText(question: string, text = GUIDE): Promise<string> {
  const source: AnswerSource = { n: 1, sid: 'base', fileId: 'gardenguidexxxxx', fileName: 'garden-guide.md', page: 1, pageEnd: 1, start: 0, end: text.length, text };
  let out = '';
  for await (const e of new ExtractiveAnswerer().answer({ question, history: [], sources: [source] })) if (e.type === 'token') out += e.text;
  return out;
}

describe('what is not so', () => {
  test('a heading or a question saying "not", in the app\'s languages; not "at no extra cost", "No. of guests" or "pas à pas"', () => {
    for (const text of ['What is not included', 'WHAT THIS WARRANTY DOES NOT COVER', 'Non-reimbursable expenses', 'Non-refundable fees', 'Exclusions', "What isn't covered?", 'Was ist nicht versichert?', 'Keine Haftung', "Ce qui n'est pas couvert", '¿Qué no está incluido?', 'Qué no cubre']) {
      assert.equal(saysNot(text), true, text);
    }
    for (const text of ['What is included', 'The following come with every membership at no extra cost:', 'Provided without charge:', 'No. of guests', 'Notes', 'Arrivée pas à pas', 'Cómo llegar sin coche', 'Non profit status', 'Non-member guest passes']) {
      assert.equal(saysNot(text), false, text);
    }
  });

  test('"¿Qué no está incluido?" and "Qu\'est-ce qui n\'est pas fourni ?" are answered by the whole list under the heading saying so', async () => {
    const guide = '# Casa Azul\n\n## Español\n\n### Qué está incluido\n\n- Sábanas y toallas\n- Wifi\n\n### Qué no está incluido\n\n- Toallas de playa\n- Limpieza diaria\n- Aparcamiento\n\n## Français\n\n### Ce qui est fourni\n\n- Draps et serviettes\n\n### Ce qui n\'est pas fourni\n\n- Serviettes de plage\n- Ménage quotidien\n';
    const es = await answerText('¿Qué no está incluido?', guide);
    assert.match(es, /Toallas de playa[\s\S]*Limpieza diaria[\s\S]*Aparcamiento/, es);
    assert.doesNotMatch(es, /Sábanas|Wifi/, es);
    const fr = await answerText("Qu'est-ce qui n'est pas fourni ?", guide);
    assert.match(fr, /Serviettes de plage[\s\S]*Ménage quotidien/, fr);
  });

  test('a list whose intro says "at no extra cost" is no list of what is not included', async () => {
    const terms = '# FitHub membership\n\n## Included\n\nThe following come with every membership at no extra cost:\n\n- Gym floor and free weights\n- Group classes\n\n## Not included\n\n- Personal training\n- Towel hire\n';
    const not = await answerText('What is not included in the membership?', terms);
    assert.match(not, /Personal training[\s\S]*Towel hire/, not);
    assert.doesNotMatch(not, /Gym floor|Group classes/, not);
  });

  test('a question asking what not to do, led by what to do, is answered with the next sentence saying what not to', async () => {
    assert.equal(
      await answerText('What should I not put on the compost heap?'),
      'Put vegetable peelings, grass cuttings and cardboard on the compost heap. [1] Do not add meat, dairy or cooked food, because they attract rats. [2]',
    );
  });

  test('not where the question asks nothing negative, nor where the next sentence says nothing negative', async () => {
    assert.equal(await answerText('What should I put on the compost heap?'), 'Put vegetable peelings, grass cuttings and cardboard on the compost heap. [1]');
    assert.equal(await answerText('Can I put cardboard on the compost heap or not?'), 'Put vegetable peelings, grass cuttings and cardboard on the compost heap. [1]');
    // A question telling of something not done asks nothing negative.
    assert.equal(await answerText('What goes on the compost heap when you do not have cardboard?'), 'Put vegetable peelings, grass cuttings and cardboard on the compost heap. [1]');
    // "no" names as often as it denies.
    const policy = '# No claims bonus\n\nThe bonus grows by one year for each claim-free year. Glass claims will not affect it.';
    assert.equal(await answerText('How does my no claims bonus grow?', policy), 'The bonus grows by one year for each claim-free year. [1]');
    const positive = '# Garden guide\n\nPut vegetable peelings and cardboard on the compost heap. Turn the heap every two weeks with a fork.';
    assert.equal(await answerText('What should I not put on the compost heap?', positive), 'Put vegetable peelings and cardboard on the compost heap. [1]');
  });
});
