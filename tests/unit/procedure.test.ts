import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { asksProcedure, proceduresAt, stepText, MAX_STEPS } from '../../electron/app/chat/procedure';
import { askedAction } from '../../electron/app/chat/question-cues';

/** The first procedure found at the first occurrence of `sentence`: what introduces it, and its steps as read. */
function stepsAt(text: string, sentence: string) {
  const start = text.indexOf(sentence);
  assert.ok(start >= 0, sentence);
  const [found] = proceduresAt(text, { start, end: start + sentence.length });
  const over = found?.intro ?? found?.heading;
  return found && { intro: over && text.slice(over.start, over.end), steps: found.steps.map((s) => `${s.number}. ${stepText(text, s)}`) };
}

describe('procedures', () => {
  test('a question asks how to do something, in the app\'s languages; "how does it work" or "how did it end" does not', () => {
    for (const q of ['How do I descale the kettle?', 'How can we reset the router?', 'How to export a report?', 'What are the steps to renew a badge?', 'Comment puis-je détartrer la bouilloire ?', 'Wie kann ich den Filter wechseln?', '¿Cómo puedo cambiar el filtro?', 'Comment détartrer la bouilloire ?', 'Comment est-ce que je change le filtre ?', 'Wie entkalke ich den Wasserkocher?', '¿Cómo hago para cambiar el filtro?', 'What should I do before first use?'])
      assert.equal(asksProcedure(q), true, q);
    // A list answers some questions whole, as steps answer how to do something.
    for (const q of ['What ingredients do I need?', 'What do we need to bring to the interview?', 'Which documents must I bring?', 'What are the requirements?', "What's in the box?", 'What does the kit include?', 'What comes in the box?', 'What comes with the kit?']) {
      assert.equal(asksProcedure(q), true, q);
    }
    // …and release notes answer what is new, fixed or known by their lists.
    for (const q of ["What's new in 4.2?", 'What is new in version 5?', 'What was fixed in 4.1.3?', 'What are the known issues?', 'What are the new features?']) {
      assert.equal(asksProcedure(q), true, q);
    }
    for (const q of ['What are the risks of smoking?', 'What is the capital of France?', 'What did the Romans need?', 'Which team won the cup?', 'What does the treaty include?', 'What has changed in the tenancy?', 'What is the new rent?', 'What time do I need to arrive?', 'What day do we need to bring the forms?']) {
      assert.equal(asksProcedure(q), false, q);
    }
    for (const q of ['How does the thermostat work?', 'How did the war end?', 'How long is the warranty?', 'How many steps are there?', 'What is the capacity?', 'Comment fonctionne le thermostat ?', 'Wie alt ist das Gerät?', '¿Cómo funciona el filtro?', '¿Cómo se llama el modelo?', 'Comment votre équipe fixe-t-elle les jours ?', 'Wie bin ich versichert?'])
      assert.equal(asksProcedure(q), false, q);
  });

  test('what a how-to question asks to do is its verb, past an adverb', () => {
    assert.equal(askedAction('How do I replace the filter?'), 'replace');
    assert.equal(askedAction('How do I properly commission the heat pump?'), 'commission');
    assert.equal(askedAction('How do I apply for parental leave?'), 'apply');
    assert.equal(askedAction('How can we reply to a complaint?'), 'reply');
    assert.equal(askedAction('What are the steps to renew a badge?'), 'renew');
    assert.equal(askedAction('How does the thermostat work?'), undefined);
  });

  test('a numbered list is found from a step, from the line that introduces it, or from the prose above it in its section', () => {
    const text = '## Descaling\n\nDescale every four weeks.\n\nTo descale the kettle:\n\n1. Fill it with vinegar and water.\n2. Boil the mixture\n   and leave it overnight.\n3. Rinse it three times.\n\n## Warranty\n\nTwo years.';
    const expected = { intro: 'To descale the kettle:', steps: ['1. Fill it with vinegar and water.', '2. Boil the mixture and leave it overnight.', '3. Rinse it three times.'] };
    assert.deepEqual(stepsAt(text, 'Rinse it three times.'), expected);
    assert.deepEqual(stepsAt(text, 'To descale the kettle:'), expected);
    assert.deepEqual(stepsAt(text, 'Descale every four weeks.'), expected);
    assert.equal(stepsAt(text, 'Two years.'), undefined, 'a sentence below the steps, under another heading, leads to none');
  });

  test('a PDF\'s steps: "Step 1:" paragraphs under a sentence-case title, a wrapped step, and a new numbering that starts another list', () => {
    const pdf =
      'Emptying the dust bin\n\nEmpty the bin after every run.\n\nStep 1: Press the release button and lift out\nthe bin.\n\nStep 2: Shake out the dirt.\n\nStep 3: Slide the bin back.\nThe robot is ready again.\n\nConnecting to Wi-Fi\n\nThe robot works with 2.4 GHz networks only.\n\n1. Install the app.\n2. Hold SPOT and HOME.\n1. Tap Add device.\n2. Follow the screen.';
    assert.deepEqual(stepsAt(pdf, 'Empty the bin after every run.'), {
      intro: 'Emptying the dust bin',
      steps: ['1. Press the release button and lift out the bin.', '2. Shake out the dirt.', '3. Slide the bin back.'],
    });
    // The line after a finished step is not part of it; below it, the next section's title stands between it and the
    // next list.
    assert.equal(stepsAt(pdf, 'The robot is ready again.'), undefined);
    assert.deepEqual(stepsAt(pdf, 'Hold SPOT and HOME.')?.steps, ['1. Install the app.', '2. Hold SPOT and HOME.']);
    assert.deepEqual(stepsAt(pdf, 'Tap Add device.')?.steps, ['1. Tap Add device.', '2. Follow the screen.']);
  });

  test("a PDF's text without blank lines: a title after a finished sentence heads the prose under it; a step's note is no title", () => {
    const page =
      'Child lock\nTo lock the controls, press and hold Temp and Spin together for 3 seconds.\nCleaning the filter\nClean the drain pump filter every three months. Open the small flap at the bottom right,\nput a shallow tray under it, and turn the filter anticlockwise to remove it.\nError codes\nE21: Water is not draining.';
    assert.deepEqual(stepsAt(page, 'Clean the drain pump filter every three months.'), {
      intro: 'Cleaning the filter',
      steps: ['1. Clean the drain pump filter every three months.', '2. Open the small flap at the bottom right, put a shallow tray under it, and turn the filter anticlockwise to remove it.'],
    });
    // Short lines under a step, over more short lines, are its note, not a section's title.
    const recipe = 'Sponge cake\nMix the flour and sugar first.\n1. Beat the butter and sugar.\nCaster sugar works best\nFor a lighter sponge\n2. Bake for 40 minutes.';
    assert.equal(stepsAt(recipe, 'Bake for 40 minutes.')?.steps.length, 2);
  });

  test('a list of things whose bullets a PDF lost: the short lines under a colon, up to the sentence after them', () => {
    const pdf = "Car hire: collection\nThe desk is in the arrivals hall.\nWhat to bring:\nPassport\nDriving licence\nCredit card in the main driver's name\nThe desk opens at 9am and closes at 6pm.";
    assert.deepEqual(stepsAt(pdf, 'Driving licence'), { intro: 'What to bring:', steps: ['1. Passport', '2. Driving licence', "3. Credit card in the main driver's name"] });
    // The next list of the same run of lines is found too.
    const more = `${pdf}\nWhat to wear:\nWalking boots\nA waterproof coat`;
    assert.deepEqual(stepsAt(more, 'Walking boots')?.steps, ['1. Walking boots', '2. A waterproof coat']);
    // A line wrapped at the page's width under a colon is prose, not an item.
    const note = 'Please note:\nThe desk is open from 9am to 6pm every day except\nSundays and bank holidays and the first\nMonday of each month.';
    assert.equal(stepsAt(note, 'The desk is open'), undefined);
  });

  test('steps whose bullets a PDF lost are the whole sentences on the lines under a colon; wrapped prose under one is not', () => {
    const pdf = 'Connecting to Wi-Fi\n\nTo connect the robot to your home network:\n\nInstall the app on your phone.\nHold SPOT and HOME for 3 seconds.\nIn the app, tap Add device.\n\nTroubleshooting\n\nThe causes are:\nA blocked hose, which stops the water from\ndraining. A full filter.';
    assert.deepEqual(stepsAt(pdf, 'Hold SPOT and HOME'), {
      intro: 'To connect the robot to your home network:',
      steps: ['1. Install the app on your phone.', '2. Hold SPOT and HOME for 3 seconds.', '3. In the app, tap Add device.'],
    });
    assert.equal(stepsAt(pdf, 'A blocked hose'), undefined);
  });

  test('a list goes on past a page break whose running header was blanked to spaces; the prose after it does not join a step', () => {
    const blank = ' '.repeat(27);
    const pdf = `To fit the brush:\n- Turn the robot over.\n- Undo the screw.   \n\n${blank}- Pull the old brush off.\n- Press the new one on.\n\n${blank}The robot is ready again.`;
    assert.deepEqual(stepsAt(pdf, 'Undo the screw.')?.steps, ['1. Turn the robot over.', '2. Undo the screw.', '3. Pull the old brush off.', '4. Press the new one on.']);
    const markdown = '1. Open the lid.\n\n   Hold it with one hand.\n\n2. Lift the filter.';
    assert.deepEqual(stepsAt(markdown, 'Lift the filter.')?.steps, ['1. Open the lid. Hold it with one hand.', '2. Lift the filter.'], 'a paragraph indented under its item is part of it');
  });

  test('a bulleted list is numbered in its order; a deeper item belongs to the step above; a list too long for steps is none', () => {
    const text = 'To reset the router:\n- Unplug it.\n- Hold RESET for ten seconds:\n  - the light blinks red\n  - then it turns green\n- Plug it back in.';
    assert.deepEqual(stepsAt(text, 'Unplug it.')?.steps, ['1. Unplug it.', '2. Hold RESET for ten seconds: the light blinks red; then it turns green', '3. Plug it back in.']);
    const long = `Steps:\n${Array.from({ length: MAX_STEPS + 1 }, (_, i) => `${i + 1}. Do thing ${i + 1}.`).join('\n')}`;
    assert.equal(stepsAt(long, 'Do thing 3.'), undefined, 'never a part of it, which would drop steps without a word');
    const all = `Steps:\n${Array.from({ length: MAX_STEPS }, (_, i) => `${i + 1}. Do thing ${i + 1}.`).join('\n')}`;
    assert.equal(stepsAt(all, 'Do thing 3.')?.steps.length, MAX_STEPS);
  });

  test('a numbered sub-list stays in its step; a note or a second paragraph between two numbers is part of the step above', () => {
    const laptop = '1. Sign in to the portal:\n   1. Enter your email.\n   2. Enter the code.\n   3. Choose a PIN.\n2. Connect to the office Wi-Fi.\n3. Restart the laptop.';
    assert.deepEqual(stepsAt(laptop, 'Connect to the office'), { intro: undefined, steps: ['1. Sign in to the portal: Enter your email. Enter the code. Choose a PIN.', '2. Connect to the office Wi-Fi.', '3. Restart the laptop.'] });
    const printer = 'To replace the toner:\n1. Open the front cover.\nCaution: the toner may be hot.\n2. Pull the cartridge out.\n\nPull gently with both hands.\n\n3. Slide the new one in.\n\nThe printer is ready.\n\n1. Another list.\n2. Its end.';
    assert.deepEqual(stepsAt(printer, 'Open the front cover.')?.steps, ['1. Open the front cover. Caution: the toner may be hot.', '2. Pull the cartridge out. Pull gently with both hands.', '3. Slide the new one in.']);
    const warning = 'To replace the drum:\n1. Open the cover.\n2. Pull the drum out.\nWarning: the drum is sensitive to light. Do not leave it in\ndirect sunlight or under a bright lamp for more than a\nfew minutes, and never touch its green surface with your\nfingers, as grease marks show up on every page printed\nafterwards.\n3. Push the new drum in.';
    assert.equal(stepsAt(warning, 'Open the cover.')?.steps.length, 3, 'a note that wraps over five lines does not cut the list');
  });

  test("a policy's numbered section titles are no steps; a step leads to no other list; the next section's number ends a list", () => {
    const policy = '# Travel and Expenses Policy\n\n1. Introduction\n\nBrightline pays for travel on company business.\n\n2. Booking travel\n\nBook flights through the travel portal.\n\n3. Claiming expenses\n\nSubmit your claim within 30 days.';
    assert.equal(stepsAt(policy, 'Book flights'), undefined);
    assert.equal(stepsAt(policy, 'Booking travel'), undefined);
    const handbook = '3. Requesting software\nTo request new software:\n1. Open the service catalogue.\n2. Search for the software.\n3. Click Request.\n4. Printing\nPrint from any office printer by tapping your badge.\n\nTo print in colour:\n1. Choose Colour.\n2. Tap your badge.';
    assert.deepEqual(stepsAt(handbook, 'Search for the software.')?.steps, ['1. Open the service catalogue.', '2. Search for the software.', '3. Click Request.']);
    const two = 'To request new software:\n1. Open the service catalogue.\n2. Click Request.\n\nTo print in colour:\n1. Choose Colour.\n2. Tap your badge.';
    const start = two.indexOf('Click Request.');
    assert.equal(proceduresAt(two, { start, end: start + 14 }).length, 1, 'not the colour printing steps after it');
  });

  test('lines of a code block are never steps; "Step 1 of our promise is…" is prose; an introduction is its whole sentence', () => {
    const deploy = 'To configure the hosts:\n\n```yaml\n- name: Install nginx\n- name: Start nginx\n```';
    assert.equal(stepsAt(deploy, 'To configure the hosts:'), undefined);
    const faq = '## Delivery\n\nStep 1 of our delivery promise is a tracking link.\nStep 2 of the promise is a call.';
    assert.equal(stepsAt(faq, 'Step 1 of'), undefined);
    const printers = 'Printers are on each floor. To add one by hand, e.g. the one on\nfloor 3, do this:\n\n1. Open Settings.\n2. Click Add printer.';
    assert.equal(stepsAt(printers, 'Open Settings.')?.intro, 'To add one by hand, e.g. the one on\nfloor 3, do this:');
  });

  test("code under a step, fenced or indented, keeps its lines; a list numbered \"1.\" throughout is numbered in its order", () => {
    const indented = '1. Clone your fork:\n\n       git clone https://example.com/app.git\n       cd app\n\n   Then check the remote.\n2. Install the dependencies.';
    assert.deepEqual(stepsAt(indented, 'Install the')?.steps, ['1. Clone your fork:\n   git clone https://example.com/app.git\n   cd app\nThen check the remote.', '2. Install the dependencies.']);
    const afterColon = '1. Tag the release:\n       git tag v1.2.3\n       git push --tags\n2. Watch the deploy job.';
    assert.deepEqual(stepsAt(afterColon, 'Watch')?.steps, ['1. Tag the release:\n   git tag v1.2.3\n   git push --tags', '2. Watch the deploy job.']);
    const fence = '```';
    const atMargin = `Build it:\n\n1. Fetch the sources:\n${fence}sh\n  git fetch origin\n${fence}\n2. Run make.\n\n${fence}\nnot a step\n${fence}\n\nDone.`;
    assert.deepEqual(stepsAt(atMargin, 'Run make.')?.steps, ['1. Fetch the sources:\n     git fetch origin', '2. Run make.'], 'code between two numbers is the step\'s; code after the last is not');
    const lazy = 'To run it:\n\n1. Copy the config.\n1. Set the port.\n   1. Pick one above 1024.\n   1. Keep it free.\n1. Start it.';
    assert.deepEqual(stepsAt(lazy, 'Set the port.')?.steps, ['1. Copy the config.', '2. Set the port. Pick one above 1024. Keep it free.', '3. Start it.']);
  });

  test('steps said as prose are a procedure: from "First" or the sentence before the first "Then", to the last that goes on', () => {
    const text = 'Resetting\n\nYou can reset it. First, unplug it. Then hold RESET. Keep holding it. Finally, plug it in. It is reset.';
    assert.deepEqual(stepsAt(text, 'Keep holding it.'), { intro: 'You can reset it.', steps: ['1. First, unplug it.', '2. Then hold RESET.', '3. Keep holding it.', '4. Finally, plug it in.'] });
    const guest = 'It keeps visitors out. To turn it on, tap Guest. Next, choose a name. Then set a time. Guests see no printers.';
    assert.deepEqual(stepsAt(guest, 'Next, choose')?.steps, ['1. To turn it on, tap Guest.', '2. Next, choose a name.', '3. Then set a time.']);
    // One "Then" is a sentence going on; a sequence in a list's step is the step's own; one in another paragraph is another's.
    assert.equal(stepsAt('The app opens. Then it checks for updates. It takes five minutes.', 'Then it'), undefined);
    assert.deepEqual(stepsAt('To pair it:\n\n1. First, open the app. Then tap Add.\n2. Wait.', 'Then tap')?.steps, ['1. First, open the app. Then tap Add.', '2. Wait.']);
    assert.equal(stepsAt('First, open the app.\n\nThen tap Add. Then wait.', 'First, open')?.steps.length, undefined);
    // A story told in that order is no procedure.
    const story = 'The 1911 crossing took nine days. First, the party followed the river to Hollin. Then they climbed the glacier. Next, a blizzard trapped them. Finally, they reached Askeby.';
    assert.equal(stepsAt(story, 'Then they climbed'), undefined);
    const de = 'Den Filter wechseln Sie so. Zuerst ziehen Sie den Stecker. Dann öffnen Sie den Deckel. Schließlich setzen Sie den Filter ein.';
    assert.equal(stepsAt(de, 'Dann öffnen')?.steps.length, 3);
  });

  test('a paragraph of instructions is a procedure, as is the prose of a section whose heading says what it does', () => {
    // Most of its sentences say what to do, on their verb or after a clause; the sentences that end the paragraph go with them.
    const froth = 'Frothing milk\n\nFill the jug one third full. Turn the dial to steam. When the jug is too hot to hold, close the valve. It is then ready.';
    assert.deepEqual(stepsAt(froth, 'Turn the dial')?.steps, ['1. Fill the jug one third full.', '2. Turn the dial to steam.', '3. When the jug is too hot to hold, close the valve.', '4. It is then ready.']);
    const de = 'Drücken Sie die Taste. Warten Sie zwei Minuten. Das Licht wird grün.';
    assert.equal(stepsAt(de, 'Warten Sie')?.steps.length, 3);
    // Not a description, whose nouns only look like verbs, nor rules.
    assert.equal(stepsAt('Use of the gym is free for members. Members may bring one guest. Guests sign a waiver.', 'Members may'), undefined);
    assert.equal(stepsAt('Never immerse the kettle. Always unplug it first. Keep it dry.', 'Always unplug'), undefined);
    // Under "Resetting…", one instruction among the section's sentences makes all of them its steps, up to what is no prose.
    const reset =
      '# Resetting to factory settings\n\nA reset erases your settings. With the router on, push a paper clip into the RESET hole for fifteen seconds. It restarts.\n\nThen set it up again.\n\nWas this article helpful? Yes / No\n\n# Warranty\n\nIt has a two-year warranty.';
    assert.deepEqual(stepsAt(reset, 'A reset erases')?.steps, ['1. A reset erases your settings.', '2. With the router on, push a paper clip into the RESET hole for fifteen seconds.', '3. It restarts.', '4. Then set it up again.']);
    // A paragraph after the first that says nothing to do is another matter's ("5. HOW TO STORE IT" over the contents).
    const store = '5. HOW TO STORE IT\n\nKeep it out of reach of children. Store it below 25 °C.\n\nEach capsule contains 30 mg.';
    assert.deepEqual(stepsAt(store, 'Store it')?.steps, ['1. Keep it out of reach of children.', '2. Store it below 25 °C.']);
    // A heading in "-ing" that names a thing, or a section that says nothing to do, has no steps.
    assert.equal(stepsAt('# Building\n\nThe building opened in 1901. Push the door to enter. It has two floors.', 'The building'), undefined);
    assert.equal(stepsAt('# Cancelling your policy\n\nYou may cancel within 14 days. A fee applies after that.', 'You may'), undefined);
  });

  test('the paragraphs under "Method" are its steps, up to the next heading; not where the method is a list, nor one paragraph', () => {
    const recipe = '# Soda bread\n\nQuick and plain.\n\n## Method\n\nHeat the oven. Mix the flour\nand the soda.\n\nAdd the buttermilk.\n\n## Notes\n\nIt keeps two days.';
    assert.deepEqual(stepsAt(recipe, 'Add the buttermilk.')?.steps, ['1. Heat the oven. Mix the flour and the soda.', '2. Add the buttermilk.']);
    assert.equal(stepsAt(recipe, 'It keeps'), undefined);
    assert.equal(stepsAt('## Method\n\nHeat the oven and bake it.\n\n## Notes\n\nIt keeps.', 'Heat the oven'), undefined);
    assert.deepEqual(stepsAt('## Method\n\nYou need a bowl.\n\n1. Mix.\n2. Bake.', 'Mix.')?.steps, ['1. Mix.', '2. Bake.']);
  });

  test('the lists that follow a sentence in its section are all found, the one after another, up to the next heading', () => {
    const recipe = 'Pancakes\n\nMakes 8 pancakes.\n\nIngredients:\n- 200 g flour\n- 2 eggs\n\nMethod:\n1. Whisk the flour and eggs.\n2. Fry each pancake for a minute.\n\nStorage\n\nTo freeze them:\n1. Stack them.\n2. Wrap them.';
    const start = recipe.indexOf('Makes 8');
    const found = proceduresAt(recipe, { start, end: start + 17 }).map((p) => recipe.slice(p.intro!.start, p.intro!.end));
    assert.deepEqual(found, ['Ingredients:', 'Method:']);
  });
});
