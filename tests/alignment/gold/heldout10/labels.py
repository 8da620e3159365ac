"""heldout10 labels in compact form (edit here, then run tools/heldout.py build heldout10).

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
    # ---- same-language pairs: restatement and rewrites ----
    {
        "id": "01-34", "a": "01_chinanews_tellerreport_en.txt", "b": "34_newsday24-chinadaily_en.txt",
        "links": [
            (5, 3, PA, "the US (the online meeting) decides on its own / empowers itself to define who can participate and who not, who is a 'democratic country' and who not"),
            (6, 4, PA, "'a typical Cold War mentality' vs calling the US move 'an evident product of its Cold War mentality'"),
            (7, 4, PA, "it will incite ideological opposition and contradictions in the world and create new divisions vs the event will stoke ideological confrontation and a rift in the world, creating new 'dividing lines'"),
            (7, 2, PA, "restatement: 34[2]'s lede, main claim: the summit will stoke ideological confrontation and create 'dividing lines'"),
            (8, 5, E, "'This trend is in contradiction with / contradicts the development of the modern world' (two translations of one sentence)", [PA]),
            (9, 6, PA, "it cannot / it is impossible to prevent the formation/shaping of a global multi-polar structure / polycentric architecture, but may interfere with / could strain the objective process", [E]),
            (10, 7, PA, "China and Russia are firmly opposed / firmly reject this move"),
            (11, 8, PA, "34[8] bundles: democracy is not the patent/prerogative of any one country or a small group of countries, but the right of the people of all countries / a universal right of all peoples"),
            (12, 8, PA, "34[8] bundles: many ways to achieve democracy, no one-size-fits-all model / 'can be realized in multiple ways', 'no model can fit all countries'"),
        ],
        "optional": [
            (6, 1, "body (typical Cold War mentality) vs 34's subhead 'evident product of its Cold War mentality'"),
            (11, 0, "body vs 34's headline 'Democracy not prerogative of certain nation'"),
            (3, (3, 7), "publication report ('published a jointly signed article ... on the 26th') vs attributions ('In a joint opinion piece ...', 'they wrote in The National Interest journal on Friday')"),
            (4, (2, 3), "the US hosts the summit online on December 9-10: 01[4]'s main claim, modifiers in 34[2] ('upcoming virtual Summit ... hosted by the US') and 34[3] ('the online meeting, scheduled to open on Dec 9')"),
        ],
        "non_links": [
            (1, 2, "the call to stop inciting estrangement and confrontation under 'values diplomacy' and practise cooperation vs the summit will stoke confrontation when the world needs cooperation"),
            (13, 9, "a country's path works if it fits national conditions, trend, development, people's support vs the basic criterion of democracy is the people"),
            (5, 7, "the US decides who may participate vs the US published a list of 110 invitees (34[7]'s clause)"),
            (2, 8, "harmonious coexistence of different systems vs democracy realised in multiple ways"),
            (6, 0, "Cold War mentality vs headline 'Democracy not prerogative of certain nation'"),
            (8, 4, "the trend contradicts the modern world vs the event stokes confrontation (adjacent sentences of the quote)"),
        ],
    },
    {
        "id": "17-33", "a": "17_community99-newindianexpress-afp_en.txt", "b": "33_thenews-pk-afp_en.txt",
        "links": [
            (0, 0, PA, "headlines: in a joint op-ed/opinion, (the ambassadors of) China and Russia reject / decry the US democracy summit"),
            (3, 3, E, "a rare joint op-ed/opinion article by the ambassadors of China and Russia sharply attacked/assailed Biden's plans for a virtual summit of democratic countries, from which they were emphatically/pointedly excluded (machine-paraphrased AFP vs AFP)", [PA]),
            (4, 4, E, "the US plan 'a clear/an evident product of their/its Cold(-)War mentality'; the December 9-10 event would ignite/stoke up ideological confrontation and a rift in the world, creating new divisions/'dividing lines'", [PA]),
            (5, 5, E, "the summit is set/meant to deliver on / fulfill a campaign promise/pledge by Biden to advance global democracy as autocratic governments are/have been on the rise", [PA]),
            (6, 6, E, "when the State Department published a list of about 110 invited countries on Tuesday, not counting / without including Russia or China, their response/reaction was furious", [PA]),
            (7, 7, E, "China was especially angry about / angered by the inclusion of Taiwan, over which it claims sovereignty", [PA]),
            (8, 8, E, "writing on the website of the conservative National Journal, the two ambassadors said democracy 'can be realized in several/multiple ways, and no model fits / can fit all countries'", [PA]),
            (9, 9, E, "'No country has the right to judge the vast and diverse / world's vast and varied political landscape (of the world) with/by a single yardstick'", [PA]),
            (10, 10, E, "the article described Communist China as having an extensive / comprehensive whole-process socialist democracy that reflects the people's will, suits/fits the country's realities and enjoys strong support", [PA]),
            (11, 11, E, "'It has been proven/proved that (the democracy of the) whole-process (democracy) works in China, and (works) very well'", [PA]),
            (12, 12, PA, "'Taiwan was not mentioned in the article' / 'The article did not mention Taiwan'"),
            (13, 13, E, "it said Russia, where Putin signed a law in April allowing him to stay in power until 2036, is a 'democratic fede(rative law-governed state)' (17[13] truncated after 'democratic fede'; the claim survives)", [PA, P]),
        ],
        "optional": [
            (0, 3, "headline (reject) vs body (sharply assailed)"),
            (3, 0, "body (sharply attacked) vs headline (decry)"),
            (3, 6, "exclusion of Russia and China: background on both sides (the clause 'from which they were emphatically excluded' vs 'without including Russia or China' inside the furious-reaction claim)"),
            (6, 3, "exclusion of Russia and China: background on both sides (the list not counting Russia or China vs the clause 'from which they were pointedly excluded')"),
        ],
        "non_links": [
            (7, 12, "China angry about Taiwan's inclusion vs the article did not mention Taiwan"),
            (12, 7, "the article did not mention Taiwan vs China angered by Taiwan's inclusion"),
            (8, 9, "democracy realised in multiple ways vs no country may judge by a single yardstick (adjacent quotes)"),
            (10, 13, "China's whole-process socialist democracy vs Russia a democratic federative law-governed state"),
            (11, 10, "the whole-process democracy works very well vs the article's description of China's democracy (adjacent sentences of one quote)"),
            (5, 3, "the summit fulfils Biden's campaign pledge vs the ambassadors attacked Biden's plans"),
        ],
    },
    {
        "id": "10-22", "a": "10_eir_en.txt", "b": "22_pakistanpoint-sputnik_en.txt",
        "links": [
            (9, 5, P, "'Countries should focus on running their own affairs well, not condescendingly criticizing others' (10[9] adds 'the two ambassadors wrote in their article')", [V, E]),
            (9, 2, PA, "22[2] bundles: the ambassadors called on the Western countries to focus on their own affairs"),
            (10, 6, V, "'There is no need to worry about democracy in Russia and China.'"),
            (10, 2, PA, "restatement, 22[2] bundles: Russia and China believe there is no need for the West to worry about their democracy (22's lede)"),
            (11, 7, P, "'Certain foreign governments better think about themselves and what is going on in their h(omes)' (10[11] is truncated; 22[7] adds the attribution)", [E]),
            (8, 3, PA, "fact inside a clause: the event 'will reportedly include 110 invitees' (10[8]'s clause) vs the US unveiled a list of 110 countries invited to the summit (22[3]'s main claim)"),
        ],
        "optional": [
            (10, 0, "body vs 22's headline 'Russian, Chinese Ambassadors To US Say No Need To Worry About Democracy In Their Countries'"),
            (11, 2, "hard call, adjacent quote: 'certain foreign governments better think about themselves' vs 22[2]'s 'called on the Western countries to focus on their own affairs' (close)"),
            (0, 2, "publication report ('jointly published a statement Nov. 26 in The National Interest') vs the attribution 'said in a joint article published in National Interest'"),
            (1, 3, "the summit on December 9-10: a modifier on both sides (the article objects to the summit vs the US unveiled the list of invitees to it)"),
        ],
        "non_links": [
            (8, 4, "the event includes 110 invitees (Kortunov's criticism) vs Russia and China not invited"),
            (9, 0, "the quote 'focus on running their own affairs' vs the headline 'No Need To Worry About Democracy' (different claims)"),
            (10, 7, "no need to worry about democracy vs certain foreign governments better think about themselves (adjacent quotes)"),
            (11, 6, "certain foreign governments better think about themselves vs no need to worry (adjacent quotes)"),
            (9, 6, "focus on their own affairs vs no need to worry (adjacent quotes)"),
            (1, 2, "the article objects to the summit, which will stoke confrontation vs no need to worry, focus on own affairs (both ledes, different claims)"),
            (0, 3, "the article published on Nov. 26 vs the US unveiled the list of invitees on Tuesday"),
            (7, 4, "China and Russia firmly reject this move vs Russia and China not invited"),
        ],
    },
    {
        "id": "15-45", "a": "15_prothomalo-afp_en.txt", "b": "45_brothersjudd-afp-snippet_en.txt",
        "links": [
            (1, 3, P, "45[3] (two AFP sentences glued) holds 15[1] nearly word for word: 'an evident product of its Cold-War mentality', the 9-10 December / December 9-10 event would 'stoke up ideological confrontation and a rift in the world, creating new dividing lines'", [E]),
            (2, 3, P, "45[3] holds 15[2]: the summit is meant to fulfil(l) a campaign pledge by Biden to advance global democracy as autocratic governments have been on the rise", [E]),
        ],
        "optional": [
            (0, 2, "the blog quotes AFP's title ('In joint op-ed, China and Russia decry US democracy summit') vs AFP's lede (sharply assailed Biden's plans)"),
        ],
        "non_links": [
            (1, 4, "the summit will create a rift in the world vs the blogger's own claim 'the world is divided between Nationalists and democrats'"),
            (2, 4, "autocratic governments on the rise vs the blogger's 'the world is divided between Nationalists and democrats'"),
            (0, 1, "AFP's lede vs the blogger's heading 'WHERE'S DONALD WHEN THEY NEED HIM?'"),
            (0, 3, "the joint article assailed Biden's plans vs the Cold War quote and the campaign pledge"),
        ],
    },
    {
        "id": "08-46", "a": "08_goaspotlight-radio-svoboda_en.txt", "b": "46_goaspotlight-rt-russian_en.txt",
        "links": [
            (4, 4, PA, "46[4] bundles: China and Russia 'categorically reject this step' / categorically reject such a step (two renderings of one Russian phrase)", [E]),
            (4, 0, PA, "restatement: 08[4]'s rejection vs 46's lede 'the heads of the missions strongly reject the idea of an international summit'"),
            (4, 2, PA, "08[4] bundles: the undertaking in the spirit of the Cold War mentality vs 'This obvious product of the Cold War mentality ...'"),
        ],
        "optional": [
            (0, 0, "hard call: the ambassadors' article 'criticized the Summit for Democracy' vs they 'strongly reject the idea of an international summit'"),
            (0, 4, "hard call: 'criticized the Summit for Democracy' vs 'China and Russia categorically reject such a step' (as 08[0]-46[0])"),
            (0, 3, "publication report (co-authored an article in the American edition of the National Interest) vs the attribution 'said in their joint article for The National Interest'"),
            (1, 8, "the summit in December: 08[1]'s main claim (December 9-10, online, leaders of dozens of countries) vs the modifier 'in December' in 46[8] (110 countries invited)"),
        ],
        "non_links": [
            (2, 8, "neither Russia nor China invited vs the US invited 110 countries"),
            (5, 5, "democracy not the prerogative of any country vs no need to worry about democracy in Moscow and Beijing"),
            (4, 1, "Cold War mentality, categorical rejection vs this will cause ideological confrontation"),
            (6, 4, "no model suitable for all states vs focus on doing their best, not criticising others"),
            (0, 9, "the ambassadors criticised the summit vs Lavrov: a split of the world into friends and foes (another speaker)"),
            (8, 5, "China an all-encompassing socialist democracy, Russia a democratic federal state vs no need to worry about democracy in Moscow and Beijing"),
        ],
    },
    {
        "id": "25-27", "a": "25_dosane-embassy-chinese-version_zh-Hant.txt", "b": "27_etfgroup-chinafundnews_zh.txt",
        "links": [
            (1, 1, P, "the lead copied: on 26 November the National Interest (website) published Qin Gang's and Antonov's joint article, jointly opposing the US 'democracy summit' to be held in December (25 adds 【導讀】, the magazine's name and pinyin debris: 25[1] holds nearly all of 27[1])", [E]),
            (1, 3, PA, "25[1] bundles: jointly opposing the summit vs China and Russia firmly oppose this move"),
            (5, 3, P, "China and Russia firmly oppose (this move): 27[3] is 25[5] plus 'this move'", [E]),
            (5, 1, PA, "fact inside a clause: China and Russia firmly oppose vs 27[1]'s 'jointly opposing the so-called democracy summit'"),
            (3, 2, PA, "typical Cold War thinking / obvious product of Cold War thinking; will incite ideological opposition/confrontation and create new divisions / 'dividing lines' (the embassy's Chinese vs a back-translation from English)"),
            (4, 2, PA, "27[2] bundles: the trend contradicts / runs counter to the development of today's (modern) world"),
            (6, 6, E, "peace, development, fairness, justice, democracy and freedom are the common values of (all) mankind", [PA]),
            (7, 7, PA, "democracy is not the patent/privilege of one country or a handful (an organisation) but the right of all peoples"),
            (8, 8, PA, "democracy can be realised in many forms/ways; no model fits all countries"),
            (9, (9, 10), PA, "whether a country's path works depends on national conditions, the trend of the times, economic development, social progress, livelihood, stability, the people's support and its contribution to human progress (split over two sentences in 27)"),
            (10, 11, PA, "the basic criterion of democracy is whether the people have the right to govern/participate in governing the country and whether their needs are met (27[11] truncated; the claim survives)"),
        ],
        "optional": [
            (0, 1, "headline (the ambassadors jointly write in the National Interest) vs the body's publication report"),
            (3, 1, "the US hosts the summit on December 9-10 (25[3]'s clause) vs the modifier 'to be held in December' in 27[1]"),
        ],
        "non_links": [
            (2, 1, "the embassy website's Chinese version vs the National Interest's publication"),
            (6, 7, "common values of mankind vs democracy the right of all peoples (adjacent)"),
            (7, 6, "democracy not a patent vs common values (adjacent)"),
            (10, 9, "the basic criterion of democracy vs a country's path works if it fits national conditions"),
            (11, 11, "'if the people are only awakened when voting ...' (not in 27) vs the basic criterion of democracy"),
            (3, 3, "Cold War thinking, confrontation vs firmly oppose (adjacent)"),
        ],
    },
    # ---- cross-language pairs ----
    {
        "id": "26-34", "a": "26_migage-thepaper-huanqiu_zh.txt", "b": "34_newsday24-chinadaily_en.txt",
        "links": [
            (0, 1, T, "headlines: the US democracy summit is typical Cold War thinking / 'evident product of its Cold War mentality'"),
            (3, 3, T, "26[3] bundles: the US (online meeting) decides itself who can attend, who is a democratic country and who not"),
            (3, 4, T, "26[3] bundles: typical Cold War thinking, will incite ideological opposition and contradictions in the world, create new divisions vs Cold War mentality, stoke ideological confrontation and a rift, new 'dividing lines'"),
            (3, 2, T, "restatement: confrontation and divisions vs 34[2]'s lede (stoke ideological confrontation and create 'dividing lines')"),
            (4, 7, T, "26[4] bundles: China and Russia firmly oppose / firmly reject this move"),
            (6, 8, T, "34[8] bundles: democracy is not the patent/prerogative of one or a handful of countries but the (universal) right of all peoples"),
            (7, 8, T, "26[7] (two sentences glued) and 34[8] bundle: democracy can be realised in many forms / multiple ways, no model fits all"),
        ],
        "optional": [
            (0, 4, "headline vs body (Cold War mentality)"),
            (3, 1, "body vs 34's subhead"),
            (3, 7, "publication report (on 27 November Qin and Antonov published a joint article in the National Interest) vs the attribution 'they wrote in The National Interest journal on Friday'"),
            (6, 0, "body vs 34's headline 'Democracy not prerogative of certain nation'"),
            (7, 10, "26[7]'s second sentence, the quote 'if the people are only awakened when voting ... not true democracy' vs 34[10], truncated before the conclusion ('... but have no say af')"),
        ],
        "non_links": [
            (0, 0, "headlines, different claims: typical Cold War thinking vs democracy not the prerogative of a certain nation"),
            (8, 9, "China's whole-process people's democracy vs the basic criterion of democracy"),
            (5, 8, "peace, development ... democracy, freedom common values of mankind vs democracy a universal right"),
            (12, 2, "governments that preach democracy at home but create division abroad vs the summit will create 'dividing lines'"),
            (4, 5, "firmly oppose and stop estrangement under values diplomacy vs the trend contradicts the modern world"),
            (11, 9, "democracy in international relations vs the basic criterion of democracy"),
        ],
    },
    {
        "id": "06-46", "a": "06_usaone-eadaily_ru.txt", "b": "46_goaspotlight-rt-russian_en.txt",
        "links": [
            (4, 1, T, "the heads of the missions / diplomats: holding the event will cause ideological confrontation"),
            (4, 2, T, "restatement: the quote's main claim 'will cause ideological confrontation and division in the world'"),
            (4, 3, T, "06[4]'s relative clause: (the confrontation) contradicts the development of the modern world vs 'This trend is contrary to the development of the modern world'"),
            (6, 5, T, "no need to worry about democracy in their countries (Moscow and Beijing); better look at the problems at home"),
        ],
        "optional": [
            (1, (0, 4), "headline 'criticised the summit' vs body (strongly reject the idea; categorically reject such a step)"),
            (3, 3, "the sentence reporting the publication ('expressed in a joint article ... published in the National Interest') vs the attribution 'said in their joint article for The National Interest'"),
            (6, 4, "hard call, adjacent quote: address the internal problems at home vs 'focus on doing their best, and not condescendingly criticizing others' (close)"),
        ],
        "non_links": [
            (5, 5, "democracy a universal right, not the prerogative of one country vs no need to worry about democracy in Moscow and Beijing"),
            (4, 9, "the ambassadors: ideological confrontation vs Lavrov: a split of the world into friends and foes (another speaker)"),
            (4, 4, "confrontation contradicting the modern world vs China and Russia categorically reject the step"),
            (6, 6, "no need to worry vs rallies dispersed with rubber bullets (adjacent)"),
            (4, 0, "confrontation vs 46's lede (reject the idea of the summit)"),
            (5, 8, "democracy a universal right of all peoples vs the US invited 110 countries"),
        ],
    },
    {
        "id": "37-02", "a": "37_alwaqie-chinadaily-translation_ar.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [
            (1, 9, T, "37[1] bundles: Russia and China rejected the idea of the summit / China and Russia firmly oppose it"),
            (1, 6, T, "37[1] bundles: it fuels ideological confrontation and creates 'dividing lines' vs it will incite ideological opposition and create new divisions"),
            (3, 5, T, "the online meeting empowers itself to define / the US decides who attends and who not, who is a 'democratic country' and who not"),
            (4, 6, T, "'an evident product of the Cold War mentality' / a typical cold war thinking; will fuel ideological confrontation and a rift, new 'dividing lines' / create new divisions"),
            (5, 7, T, "'This trend contradicts the development of the modern world'"),
            (6, 8, T, "it is impossible to prevent / cannot prevent a global polycentric / multipolar architecture but could strain / may interfere with the objective process"),
            (7, 9, T, "China and Russia firmly reject this move / firmly oppose it"),
            (8, 12, T, "democracy a universal right of all peoples / the right of all peoples (37[8] truncated at 'الشعو'; the claim survives)"),
        ],
        "optional": [
            (0, 0, "hard call, headlines: China and Russia warn of an upcoming US summit vs the US hosting the summit is typical cold war thinking (a general warning vs one claim)"),
            (4, 0, "body (Cold War mentality) vs 02's original title"),
            ((1, 3), 4, "the upcoming virtual / online meeting hosted by the US: modifiers in 37[1] and 37[3] vs 02[4]'s main claim (the US will host the summit online)"),
            (3, 3, "attribution ('In a joint opinion piece in The National Interest, the ambassadors said') vs the sentence reporting the publication"),
        ],
        "non_links": [
            (0, 1, "headline vs subhead, different claims: warn of the summit vs call for stopping estrangement and confrontation"),
            (2, 5, "the US published the list of 110 invitees, excluding Russia and China vs the US decides who can attend"),
            (1, 10, "the rejection and confrontation vs the call to stop estrangement and confrontation under 'value diplomacy'"),
            (8, 11, "democracy a universal right vs peace, development ... common values of mankind"),
            (5, 6, "the trend contradicts the modern world vs cold war thinking incites opposition (adjacent)"),
            (7, 10, "firmly reject this move vs appeal to stop estrangement (adjacent)"),
        ],
    },
    {
        "id": "21-01", "a": "21_cri-italian_it.txt", "b": "01_chinanews_tellerreport_en.txt",
        "links": [
            (1, 4, T, "from 9 to 10 December the US will host the 'Democracy Summit' online"),
            (2, 5, T, "Biden's team / the US decides who can and cannot attend, who is a 'democratic country' and who not"),
            (3, (6, 7), T, "this typical Cold War mentality will bring ideological rivalry/opposition and contradictions in the world and create new divisions (one sentence in 21, two in 01)"),
            (4, (8, 9), T, "the trend hinders / is in contradiction with the development of the modern world; cannot prevent a global multilateral / multi-polar structure but may interfere with this objective process (one sentence in 21, two in 01)"),
            (5, 10, T, "21[5] bundles: China and Russia firmly oppose (it)"),
            (5, 6, T, "21[5] bundles: the summit is full of Cold War considerations vs 'This is a typical Cold War mentality'"),
            (6, 1, T, "the article calls to stop fomenting divisions/estrangement and confrontation under the banner of 'values diplomacy' and for mutual respect and win-win cooperation in international relations"),
            (6, 2, T, "21[6] bundles: the harmonious coexistence of countries with different social systems, ideologies, histories, cultures and levels of development"),
        ],
        "optional": [
            (0, 10, "headline (the ambassadors jointly oppose the so-called Democracy Summit) vs body (China and Russia are firmly opposed)"),
            (5, 3, "attribution with date ('on 27 November ... observed in a joint article') vs the sentence reporting the publication (on the 26th)"),
            (5, 4, "'the so-called Democracy Summit, to be held by the United States' as a modifier in 21[5] vs 01[4]'s main claim"),
        ],
        "non_links": [
            (0, 1, "headline (jointly oppose the summit) vs 01's lede (they jointly wrote calling to stop estrangement under 'values diplomacy'): different claims"),
            (3, 1, "Cold War mentality brings ideological rivalry vs the call to stop inciting estrangement and confrontation under 'values diplomacy'"),
            (6, 7, "stop fomenting divisions under values diplomacy vs the summit will create new divisions"),
            (2, 4, "who may attend vs the US hosts the summit online (adjacent)"),
            (5, 1, "attribution only: 'observed in a joint article' (Cold War, oppose) vs 'jointly wrote a few days ago' (values diplomacy)"),
            (4, 10, "the trend hinders the modern world vs China and Russia firmly opposed (adjacent)"),
            (6, 11, "coexistence of different systems vs democracy not the patent of one country"),
        ],
    },
    {
        "id": "41-06", "a": "41_m4cn-sputnik-chinese_zh.txt", "b": "06_usaone-eadaily_ru.txt",
        "links": [
            (0, 1, T, "headlines: the Chinese and Russian ambassadors (to the US) firmly oppose / criticised the (so-called) summit for democracy (hard call: oppose vs criticise)"),
            (2, 4, T, "fact inside a clause: this runs counter to / contradicts the development of today's (modern) world (41[2]'s second clause; 06[4]'s relative clause)"),
            (3, 6, T, "no need to worry about democracy in the two countries; (countries / Washington should) focus on their own affairs / internal problems"),
        ],
        "optional": [
            (0, 4, "headline (runs counter to the world's development) vs body"),
            (2, 1, "body (firmly oppose) vs 06's headline (criticised)"),
            (2, 3, "the ambassadors said ... vs the sentence reporting the joint article in the National Interest (no publication in 41)"),
        ],
        "non_links": [
            (6, 4, "Peskov (the US creates new dividing lines, against the world trend) vs the ambassadors (confrontation contradicting the modern world): another speaker"),
            (7, 4, "Wang Yi (the summit draws lines, creates division and confrontation) vs the ambassadors' confrontation claim: another speaker"),
            (7, 1, "Wang Yi on the summit vs the ambassadors' headline"),
            (3, 5, "no need to worry about democracy vs democracy a universal right of all peoples"),
            (2, 5, "firmly oppose the summit vs democracy not the prerogative of one country"),
            (5, 3, "110 invitees incl. Taiwan vs the article published in the National Interest"),
        ],
    },
    {
        "id": "47-13", "a": "47_ru24-ria-polyansky_ru.txt", "b": "13_elhawadith-rt-arabic-short_ar.txt",
        "links": [
            (5, 0, T, "47[5] bundles: (China / Russia and China) firmly reject(s) the idea of the international 'summit for democracy' to be held in December at the US initiative (RIA's sentence names only China)"),
            (5, 1, T, "47[5] bundles: the joint article of the ambassadors (published in the National Interest) says the summit will cause ideological confrontation contradicting the development of the modern world"),
        ],
        "optional": [],
        "non_links": [
            (0, 0, "headline: Polyansky criticised the summit vs Russia and China firmly reject it (another speaker)"),
            (3, 1, "Polyansky: a deplorable initiative that may undermine the UN and cause new disagreements vs the ambassadors: ideological confrontation (another speaker)"),
            (2, 1, "Polyansky's tweet (new disagreements and problems) vs the ambassadors' confrontation claim"),
            (3, 0, "Polyansky: a deplorable initiative vs Russia and China reject the summit"),
            (4, 1, "Polyansky: condescending to others leads to nothing good vs the ambassadors' confrontation claim"),
        ],
    },
    # ---- precision pairs: same frame or topic, different speakers and claims ----
    {
        "id": "c06-17", "a": "c06_sputnik-wangyi-nov25_en.txt", "b": "17_community99-newindianexpress-afp_en.txt",
        "links": [],
        "optional": [
            (8, (3, 4), "shared background fact: the summit on 9-10 December, hosted virtually by Biden (c06[8]'s main claim; modifiers 'virtual summit' and 'the December 9-10 event' in 17)"),
            (6, 6, "shared background fact: the list of invitees (announced a day prior / published on Tuesday) without China: c06[6]'s main claim (Taiwan on the list, not China) vs the clause inside 17[6]'s furious-reaction claim"),
            (6, 7, "hard call: Taiwan's presence on the list 'raising eyebrows' vs China especially angry about the inclusion of Taiwan"),
            (7, 7, "hard call: 'the move (listing Taiwan) sparked immediate condemnation from Beijing' vs 'China was especially angry about the inclusion of Taiwan' (the same anger, framed as the ambassadors' reaction in 17)"),
        ],
        "non_links": [
            (0, 0, "headlines, different speakers and claims: Wang Yi (the summit breeds division) vs the ambassadors reject the summit"),
            (3, 4, "Wang Yi (24 November, with Iran's minister): the summit provokes division and confrontation, draws ideological lines vs the ambassadors: it will ignite ideological confrontation and a rift, new divisions (another speaker)"),
            (4, 4, "Wang Yi's quote (split the world, ideological lines, confrontation between camps) vs the ambassadors' Cold War quote"),
            (3, 3, "Wang Yi on the summit vs the ambassadors' joint op-ed attacking Biden's plans"),
            (4, 9, "Wang Yi: trying to change other countries like the US vs the ambassadors: no country may judge by a single yardstick"),
            (9, 5, "the summit's focus (challenges and opportunities of democracies) vs its purpose (Biden's campaign promise to advance democracy)"),
            (6, 12, "Taiwan on the invitee list vs the article did not mention Taiwan"),
        ],
    },
    {
        "id": "c11-39", "a": "c11_thawra-china-russia-consultations_ar.txt", "b": "39_alittihad44_ar.txt",
        "links": [],
        "optional": [],
        "non_links": [
            (2, 1, "other speakers (the heads of strategic planning of the Chinese and Russian foreign ministries, in consultations): the summit revives Cold War ideology, leading the world to division and confrontation vs the ambassadors: ideological confrontations and new dividing lines"),
            (1, 1, "the planners' concern over US attempts to revive the Cold War mentality vs the ambassadors' confrontation claim"),
            (3, 0, "China and Russia strongly oppose interference under democracy slogans vs Moscow and Beijing reject the summit (the ambassadors)"),
            (3, 2, "democracy belongs to the peoples, a common human value vs China's whole-process socialist democracy"),
            (3, 3, "democracy belongs to the peoples vs democracy the basic principle of Russia's political system"),
            (2, 0, "the planners' view of the summit vs the ambassadors' rejection in 39's lede"),
        ],
    },
]
# fmt: on
