"""heldout7 labels in compact form (edit here, then run tools/heldout.py build heldout7).

Each pair: ``a``/``b`` file names (in ``texts/``), then
``links``     (a, b, kind, note[, alt_kinds]),
``optional``  (a, b, note),
``non_links`` (a, b, why),
where ``a``/``b`` is a passage index or a tuple of indices (split/merge) under
the segmenter at labelling time.  Indices were read off
``tests/alignment/gold/tools/show_passages.py``; the texts were read by hand,
no aligner output was seen.
"""

# ruff: noqa: E501
from __future__ import annotations

T = "translation"
V = "verbatim"
E = "edited"
P = "partial"
PA = "paraphrase"

# fmt: off
PAIRS: list[dict] = [
    {
        "id": "28-01", "a": "28_waou-cns-hk_zh-Hant.txt", "b": "01_chinanews_tellerreport_en.txt",
        "links": [
            (1, 4, T, "28[1] bundles: the US will host the 'Democracy Summit' online (a verbal clause of 28[1], the main claim of 01[4]; 01 adds 'December 9th to 10th')"),
            (1, 5, T, "28[1] bundles: decides on its own who can attend, who cannot, who is a 'democratic country' and who is not"),
            (1, 6, T, "28[1] bundles: typical Cold War thinking/mentality"),
            (1, 7, T, "28[1] bundles: will incite ideological opposition and contradictions in the world, create new divisions"),
            (2, 8, T, "28[2] bundles: this trend contradicts the development of the modern world"),
            (2, 9, T, "28[2] bundles: cannot block the global multipolar structure, may interfere with this objective process"),
            (3, 10, T, "China and Russia firmly oppose"),
            (5, 11, T, "democracy not the patent of one country or a small group, but the right of all peoples"),
            (6, 12, T, "many forms/ways of democracy, no one-size-fits-all model"),
            (7, 13, T, "whether a country's path works depends on national conditions, the times, development ... support of the people; 01[13] is cut off before 'contribute to human progress', the claim survives"),
        ],
        "optional": [
            (1, 3, "hard call: 28[1] opens with the authorship ('on the 27th local time Qin Gang and Antonov jointly wrote', attribution of the quoted content) vs 01[3] the publication report 'on the 26th'"),
            (0, 3, "headline 'jointly wrote, call to respect the democratic rights of all peoples' vs the op-ed's title in the publication report"),
            (0, 11, "headline 'respect the democratic rights of the peoples of all countries' vs body 'democracy is the right of the people of all countries'"),
        ],
        "non_links": [
            (4, 1, "peace, development, fairness, justice, democracy, freedom are common values of mankind vs the call to stop estrangement under 'values diplomacy'"),
            (13, 1, "China's community of shared future, affairs discussed together vs the call for mutual respect and win-win relations"),
            (8, 11, "China's whole-process people's democracy vs democracy is the right of all peoples"),
            (12, 13, "whole-process democracy works well in China (practice proves) vs a country's path works if it suits national conditions"),
            (14, 11, "Russia is a democratic federal law-governed state vs democracy is not any country's patent"),
        ],
    },
    {
        "id": "43-17", "a": "43_yahoo-tw-afp-chinese_zh-Hant.txt", "b": "17_community99-newindianexpress-afp_en.txt",
        "links": [
            (0, 0, T, "headlines: China and Russia (ambassadors) in a joint article condemn/reject the US democracy summit"),
            (1, 3, T, "rare joint commentary by the ambassadors sharply criticised/attacked Biden's planned (virtual) democracy summit"),
            (2, 3, T, "Russia and China excluded from the summit: main claim of 43[2], clause of 17[3] ('from which they were emphatically excluded')"),
            (2, 6, T, "hard call: exclusion as a clause of 17[6] ('not counting Russia or China'); 43[5] is the closer sentence"),
            (3, 4, T, "'evident product of Cold War thinking', the 9-10 December summit will incite ideological confrontation and a rift, new divisions (43[3] also carries the publication on the 27th)"),
            (4, 5, T, "the summit fulfils Biden's campaign pledge to advance global democracy as autocratic governments rise"),
            (5, 6, T, "the State Department published (23rd / Tuesday) a list of about 110 invited countries without Russia or China"),
            (6, 6, T, "their reaction was furious (43 splits AFP's sentence: 43[5] list, 43[6] anger)"),
            (7, 7, T, "China especially angered by Taiwan's inclusion, over which it claims sovereignty"),
            (8, 8, T, "democracy can be realised in many ways, no model fits all countries (attribution: National Interest/'National Journal' website)"),
            (9, 9, T, "no country has the right to judge the world's varied political landscape by a single yardstick"),
            (10, 10, T, "43[10] bundles: China's extensive, whole-process socialist democracy reflects the people's will, suits the country, has strong support"),
            (10, 11, T, "43[10] bundles: it has been proven that whole-process democracy works in China, and works very well"),
            (11, 12, T, "the article did not mention Taiwan"),
            (12, 13, T, "Putin signed a law in April that allows him to stay in power until 2036: main claim of 43[12], parenthesis of 17[13]"),
            (13, 13, T, "hard call: Russia is a 'democratic federal law-governed state ...'; 17[13] is cut off at 'democratic fede', the claim survives"),
        ],
        "optional": [
            (0, 3, "headline vs lede"),
            (1, 0, "lede vs the other's headline"),
            (3, 8, "43[3] reports the publication in the National Interest (27th) vs 17[8]'s attribution 'write on the website of the conservative National Journal'"),
        ],
        "non_links": [
            (11, 7, "the article did not mention Taiwan vs China angered by Taiwan's inclusion"),
            (9, 8, "single yardstick vs no model fits all (adjacent quotes)"),
            (10, 13, "China's whole-process democracy vs Russia a democratic federal state"),
            (4, 3, "campaign pledge vs the ambassadors attacked the summit plans"),
            (14, 13, "wars launched in the name of democracy undermined peace vs Russia a democratic federal state"),
        ],
    },
    {
        "id": "40-20", "a": "40_nsn_ru.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (0, 1, T, "headlines: the Russian and Chinese ambassadors criticise / voice against the US summit for democracy"),
            (1, 3, T, "40[1] lede: the summit stokes ideological confrontation: main claim of 40[1], relative clause of 20[3] ('which according to the article will stoke up ideological confrontation')"),
            (1, 4, T, "40[1] lede restates the quote: stoking ideological confrontation and 'dividing lines' in the world"),
            (3, 4, T, "the quote: evident product of the Cold War mentality, stokes ideological confrontation and a rift, new 'dividing lines'"),
            (3, 3, T, "hard call: the quote (main claim of 40[3]) stokes ideological confrontation vs 20[3]'s relative clause 'which according to the article will stoke up ideological confrontation' (as 40[1]-20[3])"),
            (4, 7, T, "Beijing and Moscow / China and Russia firmly reject this move"),
            (6, (11, 12), T, "no need to worry about democracy in Russia and China; some countries/governments should look at their own (home) situation"),
            (7, 8, T, "40[7] bundles: 110 countries and territories invited: main claim of 40[7], clause of 20[8] ('which reportedly will include 110 invitees')"),
        ],
        "optional": [
            (2, 3, "attribution 'said in the ambassadors' joint article for The National Interest' vs 20[3]'s publication report"),
            (7, 3, "the 9-10 December date: main claim of 40[7], only a modifier of the summit's name in 20[3]"),
            (0, 3, "headline vs body 'to voice against ... Summit for Democracy'"),
            (4, 1, "body 'firmly reject' vs headline 'voice against'"),
        ],
        "non_links": [
            (6, 10, "no need to worry about democracy in Russia and China vs 'countries should focus on running their own affairs, not condescendingly criticizing others' (adjacent quote)"),
            (1, 9, "ambassadors: confrontation and dividing lines vs Kortunov (RIAC): turn the world into black and white divisions (another speaker)"),
            (8, 8, "Russia and China not on the list vs the event will include 110 invitees"),
            (5, 10, "democracy is a universal right of all peoples vs countries should run their own affairs"),
            (6, 14, "ambassadors' jab at other governments vs Wang Yi: development paths suited to national conditions (China-Russia-India meeting)"),
        ],
    },
    {
        "id": "39-16", "a": "39_alittihad44_ar.txt", "b": "16_exbulletin-afp_en.txt",
        "links": [
            (0, 1, T, "Moscow and Beijing reject / the ambassadors' joint piece fiercely attacked Biden's planned summit on democracy"),
            (1, 2, T, "the summit will cause ideological confrontation and a divide in the world, new (dividing) lines; 39[1] adds 'contrary to the development of the modern world'"),
            (2, 8, T, "China has a broad socialist democracy that reflects the people's will, suits the country's reality, enjoys strong popular support"),
            (4, 4, T, "the State Department's list (Tuesday) of about 110 invited countries, without Russia or China"),
            (4, 1, T, "hard call: exclusion of Russia and China, main claim of 39[4]'s second half, clause of 16[1] ('from which they were ostensibly excluded')"),
        ],
        "optional": [
            (3, 11, "hard call: Russia's 'democracy is the basic principle of the political system' vs Russia is a 'democratic federated state of law': same stance, different quote of the op-ed"),
            (5, 2, "the 9-10 December date, virtual: main claim of 39[5], only a modifier ('the December 9-10 event') in 16[2]"),
            (5, 1, "first edition virtual vs 'plans for a virtual summit' (modifier)"),
            (0, 6, "39[0] attribution 'in a joint article in the National Interest' vs 16[6] 'writing on the website of the conservative National Journal' (both attribution)"),
        ],
        "non_links": [
            (2, 9, "China's socialist democracy (description) vs 'the whole democratic process has been proven to work in China' (next quote)"),
            (3, 8, "Russia's democracy vs China's socialist democracy"),
            (4, 5, "110 invitees without Russia and China vs China irritated by Taiwan's inclusion"),
            (5, 3, "virtual first edition because of the pandemic vs the summit fulfils Biden's campaign pledge"),
            (0, 3, "Moscow and Beijing reject Biden's summit vs the summit fulfils a campaign pledge"),
        ],
    },
    {
        "id": "38-46", "a": "38_diwanfm-sputnik_ar.txt", "b": "46_goaspotlight-rt-russian_en.txt",
        "links": [
            (1, 1, T, "38[1] bundles: the summit will cause ideological confrontation (46[1] the lede's restatement)"),
            (1, 2, T, "38[1] bundles: ideological confrontation, new dividing lines (the quote)"),
            (1, 3, T, "38[1] bundles: contrary to the development of the modern world"),
            (2, 5, T, "no need to worry about democracy in Russia and China; better attend to their own (internal) affairs"),
            (3, 8, T, "the US/Biden invited 110 countries to the summit in December (38[3] adds 9-10 December, virtual)"),
        ],
        "optional": [
            (0, 0, "headline 'China and Russia reject Biden's summit' vs 46[0] lede 'strongly reject the idea of the summit'"),
            (0, 4, "headline vs 'China and Russia categorically reject such a step'"),
            (2, 4, "38[2]'s 'focus their efforts on their internal affairs' vs 46[4]'s call 'to focus on doing their best, not condescendingly criticizing others' (adjacent quote, close wording)"),
        ],
        "non_links": [
            (1, 9, "ambassadors: confrontation and dividing lines vs Lavrov: split of the world community into friends and foes (another speaker)"),
            (4, 8, "the list left out Tunisia, Arab states except Iraq, Russia, China, Turkey vs the US invited 110 countries"),
            (2, 6, "no need to worry about democracy vs rallies dispersed with rubber bullets"),
            (3, 0, "110 countries invited vs the ambassadors reject the summit"),
        ],
    },
    {
        "id": "42-01", "a": "42_cri-korean_ko.txt", "b": "01_chinanews_tellerreport_en.txt",
        "links": [
            (2, 6, T, "42[2] bundles: the summit is full of Cold War thinking vs 'typical Cold War mentality'"),
            (2, 10, T, "42[2] bundles: China and Russia firmly oppose it"),
            (3, 1, T, "call to stop provoking estrangement/barriers and confrontation under the banner of 'values diplomacy'"),
            (4, 1, T, "call to practise mutual respect and win-win cooperation in international relations (01[1] bundles it with the values-diplomacy call)"),
            (4, 2, T, "harmonious coexistence of countries with different social systems, ideologies, histories and cultures, levels of development"),
        ],
        "optional": [
            (2, 3, "hard call: 42[2] 'on 27 November local time they jointly published an article' (attribution of its claims) vs 01[3]'s publication report (26th)"),
            (2, 4, "'the so-called Democracy Summit that the US will soon hold' (modifier in 42[2]) vs 01[4] the US will host it online on 9-10 December"),
            (0, 10, "headline 'firmly oppose' vs body"),
            (0, 6, "headline vs 'typical Cold War mentality'"),
        ],
        "non_links": [
            (3, 7, "call to stop provoking confrontation vs the summit will incite ideological opposition"),
            (2, 7, "full of Cold War thinking vs will incite opposition and create divisions (the next claim, not in 42)"),
            (4, 11, "mutual respect, harmonious coexistence vs democracy is the right of all peoples"),
            (0, 3, "headline (firmly oppose) vs the publication report"),
        ],
    },
    {
        "id": "05-28", "a": "05_usaone-izvestia_ru.txt", "b": "28_waou-cns-hk_zh-Hant.txt",
        "links": [
            (0, 3, T, "Russia and China rejected / firmly oppose the (idea of the) summit"),
            (1, 1, T, "05[1] glues three sentences: the event will cause ideological confrontation and a split in the world, new dividing lines"),
            (1, 5, T, "05[1]'s third sentence: democracy is not the prerogative of one country or group, but a (universal) right of all peoples"),
            (2, 6, T, "democracy can be realised in several ways, no model fits all countries"),
        ],
        "optional": [
            (1, 0, "headline 'call to respect the democratic rights of all peoples' vs 'democracy ... universal right of all peoples'"),
            (0, 1, "the summit on US initiative in December (05[0]) vs 28[1]'s clause 'the US will host online'"),
            (0, 0, "lede (Russia and China reject the summit) vs headline (jointly wrote, call to respect democratic rights); hard call, different claims but one article"),
        ],
        "non_links": [
            (3, 9, "basic criterion of democracy is the people, who alone have the right to govern vs Chinese people have the right to vote and take part in governance"),
            (3, 8, "criterion of democracy vs China's whole-process people's democracy reflects the people's will"),
            (3, 7, "criterion of democracy vs a country's path depends on ... support of the people"),
            (1, 2, "split in the world, dividing lines vs the trend contradicts the development of the modern world (adjacent claim)"),
            (1, 4, "democracy a right of all peoples vs common values of mankind"),
        ],
    },
    {
        "id": "03-02", "a": "03_cri-german_de.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [
            (2, 3, T, "publication report: Qin Gang and Antonov published a joint article titled 'respect for the democratic rights of the people' (Friday vs 'November 27', US vs Beijing time)"),
            (3, 14, T, "basic criterion of democracy: whether the people have the right to govern / take part in governance, needs met, sense of fulfilment"),
            (5, 10, T, "call to stop using 'values(-based) diplomacy' to provoke division/estrangement and confrontation (03[5] adds mutual respect, harmonious coexistence)"),
        ],
        "optional": [
            (2, 4, "'upcoming US online summit' (modifier in 03[2]) vs 02[4] the US will host the summit online"),
            (2, 9, "'condemned the summit' vs 'China and Russia firmly oppose it'"),
            (3, 15, "'democracy should be more than an election' vs the voting-dormancy sentence (truncated)"),
            (5, 1, "body vs subhead 'China and Russia call for stopping provoking estrangement and confrontation'"),
            (0, 3, "headline with the op-ed's title vs the publication report"),
        ],
        "non_links": [
            (4, 13, "no single yardstick for political landscape vs many forms of democracy, no universal model"),
            (5, 6, "call to stop provoking division vs the summit will incite opposition and create divisions"),
            (5, 11, "'values diplomacy' vs common values of mankind"),
            (4, 12, "colour revolutions, exporting systems vs democracy not the patent of any country"),
        ],
    },
    {
        "id": "20-01", "a": "20_globaltimes_en.txt", "b": "01_chinanews_tellerreport_en.txt",
        "links": [
            (3, 3, PA, "publication report: Qin Gang and Antonov jointly published an article ('Respecting People's Democratic Rights') in the National Interest on Friday / on the 26th"),
            (3, 7, PA, "20[3] bundles: the summit will 'stoke up ideological confrontation' (relative clause, restated from the quote in 20[4]) vs 'incite ideological opposition'"),
            (4, 6, PA, "20[4] bundles: 'evident product of its Cold-War mentality' vs 'typical Cold War mentality'"),
            (4, 7, PA, "20[4] bundles: stoke up ideological confrontation and a rift, new dividing lines vs incite ideological opposition and contradictions, new divisions"),
            (5, 8, E, "this trend contradicts / is in contradiction with the development of the modern world", (PA,)),
            (6, 9, PA, "impossible to prevent a global polycentric / multi-polar architecture, could strain / interfere with the objective process", (E,)),
            (7, 10, PA, "'China and Russia firmly reject this move' vs 'China and Russia are firmly opposed'", (E,)),
        ],
        "optional": [
            (3, 4, "the 9-10 December date as a modifier in 20[3] vs 01[4] the US will host the summit online on 9-10 December"),
            (4, 4, "'the virtual summit that will be hosted by Biden' (subject of 20[4]) vs 01[4]"),
            (1, 10, "headline 'voice against' vs 'firmly opposed'"),
        ],
        "non_links": [
            (9, 7, "Kortunov: black and white divisions vs the ambassadors: new divisions (another speaker)"),
            (10, 1, "'focus on running their own affairs, not criticizing others' vs the call to end estrangement under values diplomacy"),
            (11, 11, "no need to worry about democracy in Russia and China vs democracy is not any country's patent"),
            (14, 13, "Wang Yi: development paths suited to national conditions vs the op-ed: a path works if it suits national conditions (another speaker)"),
            (8, 5, "110 invitees, a 'wimpy show' vs the US decides who may participate"),
        ],
    },
    {
        "id": "34-02", "a": "34_newsday24-chinadaily_en.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [
            (1, 0, PA, "headlines: the US-hosted summit is an evident product of Cold War mentality / a typical cold war thinking"),
            (2, 6, PA, "34[2] lede: will stoke ideological confrontation and create 'dividing lines' (restated in 34[4])"),
            (3, 5, PA, "the online meeting decides who participates, who is a 'democratic country'"),
            (4, 6, PA, "evident product of Cold War mentality, stoke ideological confrontation and a rift, new dividing lines"),
            (5, 7, V, "'This trend contradicts the development of the modern world.'"),
            (6, 8, PA, "impossible to prevent a global polycentric / multipolar architecture, could strain / interfere with the objective process", (E,)),
            (7, 9, PA, "China and Russia firmly reject this move / oppose it (34[7] adds attribution and the 110-country list)", (P,)),
            (8, 12, PA, "34[8] bundles: democracy a universal right of all peoples, not a prerogative of a certain country or group"),
            (8, 13, PA, "34[8] bundles: can be realised in multiple ways, no model fits all"),
            (9, 14, PA, "basic criterion of democracy: the people's right to govern, their needs met, sense of fulfilment"),
            (10, 15, PA, "if the people are only awakened when voting ... no say after (both truncated; the claim survives)"),
        ],
        "optional": [
            (1, 6, "subhead vs body"),
            (0, 12, "headline 'Democracy not prerogative of certain nation' vs body"),
            (2, 4, "'the upcoming virtual summit, to be hosted by the US' (subject of 34[2]) vs 02[4] the US will host it online"),
            (3, 4, "'the online meeting, scheduled to open on Dec 9' (modifier) vs 02[4]"),
            (3, 3, "attribution 'in a joint opinion piece' vs the publication report"),
            (7, 3, "attribution 'they wrote in The National Interest journal on Friday' vs the publication report"),
        ],
        "non_links": [
            (2, 10, "the summit will stoke confrontation vs appeal to stop stirring up estrangement under 'value diplomacy'"),
            (2, 1, "lede vs subhead 'China and Russia call for stopping provoking estrangement and confrontation'"),
            (0, 0, "headlines with different claims: democracy not a prerogative vs summit a typical cold war thinking"),
            (8, 11, "democracy a universal right vs common values of mankind"),
            (9, 13, "criterion of democracy vs many forms of democracy (adjacent claims)"),
        ],
    },
    {
        "id": "16-44", "a": "16_exbulletin-afp_en.txt", "b": "44_aawsat-en-afp_en.txt",
        "links": [
            (1, 3, E, "AFP lede reworded: 'fiercely attacked' / 'sharply assailed', 'ostensibly' / 'pointedly excluded'", (PA,)),
            (2, 4, E, "Cold War mentality quote, December 9-10 event, ideological confrontation, new (dividing) lines", (PA,)),
            (3, 5, E, "campaign pledge to advance global democracy as autocratic governments rise (16[3] starts with the stray quote marks of 16[2])"),
            (4, 6, E, "State Department list of about 110 invited countries on Tuesday, without Russia or China, furious reaction"),
            (5, 7, E, "China particularly angered by Taiwan's inclusion"),
            (6, 8, E, "writing on the National Journal website: democracy can be realised/achieved in many ways, no model fits all"),
            (7, 9, E, "no country has the right to judge the world's political landscape by a single yardstick"),
            (8, 10, E, "China's extensive, whole-process socialist democracy"),
        ],
        "optional": [
            (9, 11, "44[11] is cut off at 'It ha'; 16[9] 'The whole democratic process has been proven to work'"),
            (1, 0, "headline 'China and Russia decry US democracy summit' vs lede"),
        ],
        "non_links": [
            (0, 2, "datelines 'Washington (AFP)' / '(AFP)'"),
            (1, 1, "photo caption (Biden meets Xi on 15 November) vs the lede"),
            (10, 7, "the article did not mention Taiwan vs China angered by Taiwan's inclusion"),
            (11, 10, "Russia a democratic federated state vs China's socialist democracy"),
        ],
    },
    {
        "id": "36-22", "a": "36_tass_en.txt", "b": "22_pakistanpoint-sputnik_en.txt",
        "links": [
            (11, 3, PA, "36[11] bundles: 110 countries (and territories) invited to the summit"),
            (11, 4, PA, "36[11] bundles: Russia and China are not on the list / not invited"),
        ],
        "optional": [
            (10, 3, "the 9-10 December summit: main claim of 36[10], a modifier in 22[3]"),
        ],
        "non_links": [
            (3, 2, "attribution only ('said in their joint article published by the National Interest'): UN Charter claim vs no need to worry about democracy"),
            (0, 0, "headlines: relations built around the UN Charter vs no need to worry about democracy"),
            (9, 5, "prosperity through respectful cooperation despite differences vs focus on your own affairs, not criticise others"),
            (8, 6, "democracy reflected in international relations vs no need to worry about democracy in Russia and China"),
            (1, 2, "democracy in international relations vs the West need not worry about Russia's and China's democracy"),
        ],
    },
    {
        "id": "c06-46", "a": "c06_sputnik-wangyi-nov25_en.txt", "b": "46_goaspotlight-rt-russian_en.txt",
        "links": [],
        "optional": [
            (8, 8, "summit on 9-10 December hosted virtually by Biden vs the US invited 110 countries to the summit in December (background facts)"),
            (6, 8, "the Biden administration announced the summit (Taiwan listed, China not) vs the US invited 110 countries (same list, different facts)"),
        ],
        "non_links": [
            (3, 1, "Wang Yi: the summit provokes division and confrontation vs the ambassadors: it will cause ideological confrontation (another speaker)"),
            (4, 2, "Wang Yi: creates a split, drawing ideological lines vs the ambassadors' quote: division, new dividing lines"),
            (5, 3, "Wang Yi: runs counter to the trends of modern times vs the ambassadors: contrary to the development of the modern world"),
            (0, 0, "headline: Wang Yi says the summit breeds division vs the ambassadors reject the summit"),
            (4, 9, "Wang Yi vs Lavrov: split into friends and foes (two other speakers)"),
            (7, 4, "the move sparked condemnation from Beijing vs China and Russia categorically reject such a step"),
        ],
    },
    {
        "id": "c05-20", "a": "c05_chinadaily-globalweekly-zhao-nov30_en.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (6, 9, E, "the same Kortunov (RIAC) quote: the summit attempts to turn the multicolor modern world into black and white divisions", (PA,)),
        ],
        "optional": [
            (7, 3, "the summit opens on 9 December (main claim of c05[7]) vs the date as a modifier in 20[3]"),
        ],
        "non_links": [
            (4, 3, "Zhao Lijian: US opposes attempts to stoke division and confrontation vs the ambassadors: the summit will stoke up ideological confrontation (another speaker)"),
            (4, 4, "Zhao Lijian vs the ambassadors' Cold War quote"),
            (2, 1, "subhead 'officials call out virtual summit as means of hegemonic agenda' vs headline 'ambassadors voice against the summit'"),
            (1, 11, "headline 'US unqualified to be model of democracy' vs 'no need to worry about democracy in Russia and China'"),
            (13, 14, "Zhao: discussions about democracy should be diverse vs Wang Yi: paths suited to national conditions"),
        ],
    },
]
# fmt: on
