"""heldout8 labels in compact form (edit here, then run tools/heldout.py build heldout8).

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
        "id": "31-16", "a": "31_xuehua-afp-zh_zh-Hant.txt", "b": "16_exbulletin-afp_en.txt",
        "links": [
            (0, 1, T, "AFP (27 Nov): a rare joint commentary by the Chinese and Russian ambassadors fiercely attacked the US plan for an online/virtual democracy summit (16[1] adds the exclusion clause, absent from 31)"),
            (1, 2, T, "Qin and Antonov called the plan typical/obvious Cold War thinking; the 9-10 December event will incite ideological opposition and a divide, new divisions/lines"),
            (2, 6, T, "joint article in the National Interest ('National Journal'): democracy can be realised in many ways, no model fits all"),
            (3, 7, T, "no country has the right to judge the world's varied political civilisation/landscape by a single yardstick"),
            (4, 8, T, "China has a whole-process, most extensive people's democracy that reflects the people's will, suits national conditions, is supported by the people"),
            (5, 9, T, "practice has proven whole-process democracy works in China, and works very well"),
            (6, 11, T, "Russia is a 'democratic federal law-governed state with a republican form of government', parliamentary traditions (16[11] adds the Putin 2036 parenthesis, absent from 31)"),
        ],
        "optional": [
            (7, 12, "hard call, truncation: 16[12] is cut at 'wars and conflicts launched in th'; the speaker, 'without naming the United States' and the subject survive, the predicate (undermine peace, security, stability) does not"),
        ],
        "non_links": [
            (0, 4, "the ambassadors fiercely attacked the summit plan vs the furious reaction to the State Department's list"),
            (0, 3, "the ambassadors attacked the plan vs the summit fulfils Biden's campaign pledge"),
            (4, 9, "China's whole-process democracy (description) vs it has been proven to work (adjacent quote)"),
            (3, 6, "single yardstick vs no model fits all (adjacent quotes)"),
            (6, 8, "Russia a democratic federal state vs China's socialist democracy"),
            (8, 12, "countries should respect each other, win-win cooperation vs wars in the name of democracy"),
        ],
    },
    {
        "id": "27-02", "a": "27_etfgroup-chinafundnews_zh.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [
            (1, 3, T, "publication report: the National Interest published the joint signed article of ambassadors Qin Gang and Antonov (26 Nov in 27, 27 Nov in 02)"),
            (1, 9, T, "hard call: 27[1]'s verbal clause 'jointly opposing the so-called democracy summit the US will hold in December' vs 02[9] 'China and Russia firmly oppose it' (fact inside a clause)"),
            (2, 6, T, "27[2] bundles: (obvious product of / typical) Cold War thinking, will provoke ideological confrontation and division in the world, new dividing lines"),
            (2, 7, T, "27[2] bundles: runs counter to / contradicts the development of the modern world"),
            (3, 9, T, "China and Russia firmly oppose this move"),
            (6, 11, T, "peace, development, fairness, justice, democracy and freedom are common values of mankind"),
            (7, 12, T, "democracy is not the privilege/patent of any country or group, but a (universal) right of all peoples"),
            (8, 13, T, "democracy can be realised in many ways / has many forms, no model fits all / no universal model"),
            (11, 14, T, "the basic criterion of democracy: whether the people have the right to govern the country, whether their needs/demands are met (27[11] truncated after that, the claim survives)"),
        ],
        "optional": [
            (1, 4, "the US summit in December: only a modifier ('the so-called democracy summit the US will hold in December') in 27[1] vs 02[4]'s main claim 'the US will host the summit online'"),
            (2, 0, "body (Cold War thinking) vs 02's headline 'hosting the democracy summit is typical cold war thinking'"),
            (1, 0, "publication and opposition vs 02's headline 'jointly issued a document: ... typical cold war thinking'"),
        ],
        "non_links": [
            (6, 10, "common values of mankind vs stop stirring up estrangement under 'value diplomacy'"),
            (7, 13, "democracy a right of all peoples vs many forms of democracy (adjacent)"),
            (9, 14, "a country's path works if it suits national conditions vs the basic criterion of democracy"),
            (2, 8, "Cold War thinking, counter to the modern world vs cannot prevent the multipolar architecture (not in 27)"),
            (3, 10, "China and Russia firmly oppose vs appeal to stop estrangement and confrontation"),
            (11, 15, "basic criterion of democracy vs 'if the people only wake up when they vote' (next sentence, not in 27)"),
        ],
    },
    {
        "id": "21-34", "a": "21_cri-italian_it.txt", "b": "34_newsday24-chinadaily_en.txt",
        "links": [
            (2, 3, T, "the summit decides (Biden's team chose the list) who can attend and who cannot, which is a 'democratic country' and which is not"),
            (3, 4, T, "typical Cold War mentality / evident product of Cold War mentality; will bring ideological rivalry/confrontation and contradictions/a rift, new divisions/'dividing lines'"),
            (3, 2, T, "restatement: 34[2]'s lede, main claim: the summit will stoke ideological confrontation and create 'dividing lines'"),
            (4, 5, T, "21[4] bundles: this trend hinders/contradicts the development of the modern world"),
            (4, 6, T, "21[4] bundles: cannot prevent the formation of a global multilateral ('polycentric') structure, but may interfere with / strain this objective process"),
            (5, 7, T, "21[5] bundles: China and Russia firmly oppose / reject (this move)"),
            (5, 4, T, "21[5] bundles: the summit is full of Cold War considerations vs 'evident product of its Cold War mentality'"),
        ],
        "optional": [
            (1, 2, "the online summit (9-10 Dec) hosted by the US: main claim of 21[1], only a modifier ('the upcoming virtual Summit ..., to be hosted by the United States') in 34[2]"),
            (1, 3, "the online summit 9-10 Dec: main claim of 21[1], modifier 'the online meeting, scheduled to open on Dec 9' in 34[3]"),
            (0, 7, "headline 'jointly oppose the so-called Democracy Summit' vs body 'China and Russia firmly reject this move'"),
            (3, 1, "body (Cold War mentality) vs 34's subhead 'evident product of its Cold War mentality'"),
            (5, 1, "body (summit full of Cold War considerations) vs 34's subhead"),
        ],
        "non_links": [
            (0, 0, "headlines, different claims: the ambassadors oppose the summit vs democracy 'not prerogative of certain nation'"),
            (0, 1, "headlines, different claims: the ambassadors oppose the summit vs the summit is a product of Cold War mentality"),
            (5, 3, "attribution only: 'in a joint article' (27 Nov) with different claims (Cold War, oppose vs who may attend)"),
            (6, 8, "call for mutual respect, win-win cooperation, coexistence vs democracy a universal right of all peoples"),
            (1, 7, "the summit's date and format vs the US published a list of 110 invitees"),
        ],
    },
    {
        "id": "06-24", "a": "06_usaone-eadaily_ru.txt", "b": "24_newsru-en_en.txt",
        "links": [
            (1, 0, T, "headlines: the Russian and Chinese ambassadors/China and Russia criticised / denounce Biden's 'Summit for Democracy'"),
            (3, 3, T, "hard call: publication report: the ambassadors Antonov and Qin (published / presented) a joint article (24[3] adds what it criticised; 06[3] names the National Interest)"),
            (4, 4, T, "06[4] bundles: holding the event will cause/stoke ideological confrontation"),
            (4, 5, T, "06[4] bundles: which contradicts the development of the modern world"),
            (6, 9, T, "06[6] bundles: no need to worry about democracy in Russia and China"),
            (6, 7, T, "06[6] bundles: (certain foreign governments / Washington) should attend to their interior affairs/problems instead"),
        ],
        "optional": [
            (1, 2, "headline 'criticised the summit' vs body 'denounced their non-invitation ... Cold war mentality'"),
            (1, 3, "headline vs body 'criticized Biden for excluding Moscow and Beijing'"),
            (1, 8, "headline 'criticised' vs body 'firmly rejected this move'"),
        ],
        "non_links": [
            (4, 6, "confrontation, counter to the modern world vs cannot prevent the polycentric architecture (adjacent in the quote)"),
            (6, 8, "no need to worry, look at home vs both countries firmly rejected this move"),
            (5, 9, "democracy a universal right of all peoples vs no need to worry about democracy in Russia and China"),
            (5, 7, "democracy a universal right vs governments should focus on their interior affairs"),
            (1, 10, "the ambassadors criticised the summit vs the White House invited 110 countries including Taiwan"),
        ],
    },
    {
        "id": "41-09", "a": "41_m4cn-sputnik-chinese_zh.txt", "b": "09_rusreality_en.txt",
        "links": [
            (0, 0, T, "headlines: China and Russia / their ambassadors (firmly) reject the idea of the so-called democracy summit (41[0] adds 'counter to today's world')"),
            (0, 1, T, "headlines: the ambassadors of Russia and China strongly reject the idea of the Summit for Democracy"),
            (2, 12, T, "41[2] bundles: China and Russia firmly oppose / strongly reject the idea of the summit (09[12], second copy's lede)"),
            (2, 4, T, "41[2] bundles: it runs counter to the development of today's/the modern world (09[4]: the event will cause a confrontation that runs counter to ...)"),
            (2, 14, T, "41[2] bundles: counter to the development of the modern world (09[14], second copy of 09[4])"),
            (3, 6, T, "41[3] bundles: no need to worry about democracy in the two countries; countries should focus on their own affairs, not criticise others (09[6] has both)"),
            (5, 8, T, "the State Department's invitation list: 110 countries and territories (41[5] adds Taiwan)"),
            (6, 10, T, "Kremlin spokesman Peskov: the US privatises the concept of democracy / imposes its idea of democracy and tries to privatise the word"),
        ],
        "optional": [
            (0, 12, "headline vs body (second copy's lede): reject the idea of the summit"),
            (0, 4, "headline 'counter to today's world' vs body"),
            (0, 14, "headline 'counter to today's world' vs body (second copy)"),
            (2, 0, "body vs 09's headline 'rejected the idea'"),
            (2, 1, "body vs 09's second headline 'strongly reject the idea'"),
            (2, 2, "09[2] is a garbled fragment ('democracy ”, which will be held in December at the initiative of the United States.'), the tail of the rejection sentence"),
            (3, 7, "hard call: 41[3] 'countries should focus on their own affairs' vs 09[7] 'some foreign governments are better off thinking about themselves and what is happening in their homes' (next quote, close claim)"),
            (4, 8, "the 9-10 December date: main claim of 41[4], only a modifier of the summit in 09[8]"),
        ],
        "non_links": [
            (5, 9, "110 invitees with Taiwan on the list vs Russia, China, Turkey, Saudi Arabia absent from the list"),
            (6, 5, "Peskov: the US creates new dividing lines vs the ambassadors' quote on new dividing lines (another speaker)"),
            (7, 5, "Wang Yi (China-Russia-India meeting): division and confrontation vs the ambassadors' quote (another speaker)"),
            (7, 10, "Wang Yi vs Peskov (two other speakers, different claims)"),
            (2, 3, "the rejection (claim) vs attribution only 'this is stated in a joint article ... in the National Interest'"),
        ],
    },
    {
        "id": "42-30", "a": "42_cri-korean_ko.txt", "b": "30_hk01_zh.txt",
        "links": [
            (2, 3, T, "on 27 November the ambassadors jointly wrote/published: the US summit is (full of) typical Cold War thinking, China and Russia firmly oppose it (30[3] adds who may attend and ideological opposition)"),
            (3, 8, T, "call to stop provoking estrangement/barriers and confrontation under the banner of 'values diplomacy'"),
        ],
        "optional": [
            (0, 3, "headline 'firmly oppose' vs body"),
            (2, 4, "42[2]'s 'jointly published an article' (attribution of its claims) vs 30[4]'s publication report (dated 26 Nov, National Interest)"),
            (2, 2, "the US is about to hold the summit: a bare modifier in 42[2] vs 30[2]'s 'the US holds the summit in December' (30[2]'s main claim is the exclusion)"),
            (3, 5, "the call on 'values diplomacy' vs 30[5] the article's title 'value-based diplomacy provokes division'"),
        ],
        "non_links": [
            (0, 0, "headlines, different claims: firmly oppose the summit vs the summit incites ideological opposition"),
            (2, 0, "the headline's claim (the summit incites ideological opposition) is not in 42[2]"),
            (4, 8, "mutual respect, win-win, coexistence vs stop provoking division under values diplomacy (42 splits the call)"),
            (3, 7, "values diplomacy vs exporting one's system by colour revolutions is anti-democratic"),
            (4, 6, "coexistence of different systems vs democracy not a patent, many forms"),
        ],
    },
    {
        "id": "13-07", "a": "13_elhawadith-rt-arabic-short_ar.txt", "b": "07_goaspotlight-ria-novosti_en.txt",
        "links": [
            (0, 4, T, "Russia and China (firmly) reject/opposed the idea of the Summit for Democracy to be held in December at the US initiative (per the National Interest / the joint article)"),
            (0, 17, T, "the same sentence in 07's second archived copy"),
        ],
        "optional": [
            (0, 2, "body vs 07's headline 'ambassadors rejected US-sponsored Summit for Democracy'"),
            (0, 15, "body vs the same headline in the second copy"),
            (0, 16, "body vs the page title line 'Ambassadors ... rejected the idea of a Summit ... – RIA Novosti'"),
            (1, 13, "truncation: 07[13] is cut at 'This obvious product of the Cold War mentality will c'; 13[1]'s claim (the summit will provoke ideological confrontation) does not survive"),
        ],
        "non_links": [
            (0, 11, "the summit in December at US initiative, rejected vs 110 countries invited, Russia and China not"),
            (1, 10, "the summit will provoke ideological confrontation vs call to stop value-based diplomacy provoking division and confrontation"),
            (0, 5, "reject the summit vs call to focus on doing one's own business"),
            (1, 7, "ideological confrontation vs democracy not the prerogative of one country"),
        ],
    },
    {
        "id": "48-23", "a": "48_azattv_hy.txt", "b": "23_rt-arabic-novosti_ar.txt",
        "links": [
            (1, 6, T, "no need to worry about democracy in China and Russia"),
            (2, 7, T, "some (foreign) governments had better think about what is happening in their own countries"),
        ],
        "optional": [
            (0, 0, "48[0] 'the ambassadors addressed the upcoming summit' (a publication report with the exclusion) vs 23[0]'s attribution 'in a joint article the ambassadors published' with its claim (confrontation)"),
        ],
        "non_links": [
            (2, 5, "governments should think about their own countries vs call to focus on doing their own work well instead of criticising (adjacent quote)"),
            (1, 8, "no need to worry about democracy vs rallies dispersed with rubber bullets, 'not like freedom'"),
            (2, 8, "what happens in their countries vs rallies dispersed in their country (next quote)"),
            (3, 4, "Turkey, Azerbaijan not invited, Armenia invited vs China and Russia categorically reject the move"),
            (0, 1, "Russia and China not on the invitee list vs the Cold War quote"),
        ],
    },
    {
        "id": "c09-36", "a": "c09_rbc-antonov-newsweek_ru.txt", "b": "36_tass_en.txt",
        "links": [],
        "optional": [
            (6, 11, "c09[6] is a heading line (no full stop; a section heading or related-story link) 'The US did not invite Russia and China to the Summit for Democracy' vs 36[11] 'Russia and China are not on the list' (subhead vs body)"),
        ],
        "non_links": [
            (0, 0, "headlines, different claims: Antonov on what brings Russia and China closer vs the envoys: international relations around the UN Charter"),
            (5, 5, "Antonov (Newsweek interview, December): Russian foreign policy based on international law, equality, non-interference vs the joint op-ed: one order underpinned by international law (another occasion)"),
            (5, 3, "Antonov's interview vs the op-ed's UN Charter claim"),
            (1, 9, "the international situation pushes Russia and China to a strategic partnership vs the path to prosperity goes through respectful cooperation"),
            (2, 3, "attribution: interview to Newsweek vs joint article in the National Interest"),
            (4, 7, "no geopolitical plans unlike the US and NATO vs 'rules-based order' is revisionism, anti-democratic"),
            (7, 12, "Putin-Xi video call (15 Dec) vs Lavrov on the summit (other speakers)"),
        ],
    },
    {
        "id": "10-46", "a": "10_eir_en.txt", "b": "46_goaspotlight-rt-russian_en.txt",
        "links": [
            (1, 0, PA, "the article strenuously objects to / the heads of missions strongly reject the summit"),
            (1, 4, PA, "restatement: China and Russia categorically reject such a step"),
            (1, 1, PA, "the summit will stoke up/cause ideological confrontation: relative clause of 10[1], main claim of 46[1]"),
            (1, 2, PA, "hard call: 10[1]'s clause 'will stoke up ideological confrontation' vs the full quote in 46[2] (as 20-34's a 3 - b 4 correction)"),
            (5, 2, PA, "the quote in two translations: evident/obvious product of the Cold War mentality, will stoke up/cause ideological confrontation and a rift/division in the world, new 'dividing lines'", ("edited",)),
            (5, 1, PA, "restatement: 46[1] 'this will cause an ideological confrontation' summarises the quote"),
            (6, 3, PA, "this contradicts / is contrary to the development of the modern world"),
            (7, 4, PA, "China and Russia firmly/categorically reject this move/such a step", ("partial",)),
            (7, 0, PA, "restatement: 46[0]'s lede, the heads of missions strongly reject the idea of the summit"),
            (8, 8, PA, "110 invitees: clause of 10[8] ('which will reportedly include 110 invitees'), main claim of 46[8]"),
            (9, 4, PA, "countries should focus on running their own affairs well / doing their best, not condescendingly criticizing others (second half of 46[4])", ("partial",)),
            (10, 5, P, "no need to worry about democracy in Russia and China / Moscow and Beijing (first half of 46[5])", ("paraphrase",)),
            (11, 5, PA, "certain foreign governments better think about what is going on at home / better pay attention to what is happening at home (10[11] cut at 'their h', the claim survives)"),
        ],
        "optional": [
            (0, 3, "10[0] reports the publication (26 Nov, National Interest, title) vs 46[3]'s attribution 'said in their joint article for The National Interest'"),
        ],
        "non_links": [
            (6, 2, "contradicts the development of the modern world, polycentric architecture vs the Cold War / confrontation quote (adjacent)"),
            (8, 9, "Kortunov (RIAC): black-and-white divisions vs Lavrov: split into friends and foes (two other speakers)"),
            (8, 2, "Kortunov's criticism vs the ambassadors' 'dividing lines' quote"),
            (9, 5, "focus on running their own affairs, not criticising others vs no need to worry, look at home (adjacent quote)"),
            (11, 6, "governments should think about what goes on at home vs rallies dispersed with rubber bullets (next quote)"),
            (2, 3, "the article also posted on the embassies' websites vs attribution to The National Interest"),
            (4, 3, "the piece also appeared in Global Times and Asharq Al-Awsat vs 'contrary to the development of the modern world'"),
        ],
    },
    {
        "id": "08-34", "a": "08_goaspotlight-radio-svoboda_en.txt", "b": "34_newsday24-chinadaily_en.txt",
        "links": [
            (4, 4, PA, "08[4] bundles: the summit in the spirit of the Cold War mentality / evident product of its Cold War mentality"),
            (4, 7, PA, "08[4] bundles: China and Russia categorically/firmly reject this step/move"),
            (5, 8, P, "democracy is not the prerogative of any/a certain country or group of states/countries (a stretch of 34[8])", ("paraphrase",)),
            (6, 8, PA, "democracy can be implemented/realized in different/multiple ways, no model suitable for / can fit all states/countries (34[8] bundles)"),
            (7, 9, PA, "the main measure / basic criterion of democracy should be the people, whether they have a sense of satisfaction/fulfillment and happiness"),
        ],
        "optional": [
            (0, 3, "08[0] reports the co-authored article in the National Interest criticising the summit vs 34[3]'s attribution 'in a joint opinion piece'"),
            (0, 7, "08[0]'s publication report vs 34[7]'s attribution 'they wrote in The National Interest journal on Friday'"),
            (1, 3, "the online summit on 9-10 December: main claim of 08[1], only a modifier ('the online meeting, scheduled to open on Dec 9') in 34[3]"),
            (1, 2, "the summit at Biden's initiative: main claim of 08[1], modifier ('upcoming virtual Summit ..., to be hosted by the United States') in 34[2]"),
            (4, 1, "body (Cold War mentality) vs 34's subhead"),
            (5, 0, "body vs 34's headline 'Democracy not prerogative of certain nation'"),
        ],
        "non_links": [
            (2, 7, "neither Russia nor China was invited vs the US published a list of 110 countries (the exclusion is not stated in 34[7])"),
            (1, 7, "leaders of dozens of countries will take part vs the list of 110 countries and regions"),
            (3, 7, "the Russian version on the embassy's website vs written in The National Interest on Friday"),
            (7, 10, "the basic criterion of democracy vs 'if the people are only awakened when casting their votes' (next sentence)"),
            (8, 8, "China's and Russia's democracy described vs democracy a universal right, many ways"),
        ],
    },
    {
        "id": "33-24", "a": "33_thenews-pk-afp_en.txt", "b": "24_newsru-en_en.txt",
        "links": [
            (0, 0, PA, "headlines: (in a joint op-ed / joint statement) China and Russia decry/denounce the (Biden's) US democracy summit"),
            (3, 3, PA, "the ambassadors' joint article assailed/criticized Biden's plans for a virtual summit from which they were excluded / for excluding Moscow and Beijing"),
            (3, 2, PA, "restatement: the envoys denounced their non-invitation to the summit (exclusion as a clause of 33[3])"),
            (4, 4, P, "the quote: stoke up ideological confrontation and a rift in the world, creating new 'dividing lines' (a stretch of 33[4])", ("paraphrase",)),
            (4, 2, PA, "hard call: the summit represents/is an evident product of 'Cold war mentality' (24[2]'s 'saying it represented ...' vs 33[4]'s 'Calling the US plan ...')"),
            (6, 10, PA, "the list of (about) 110 invited countries (State Department, Tuesday / White House)"),
            (7, 10, PA, "Taiwan's inclusion angered China (33[7] adds the sovereignty claim, 24[10] the 'one country' policy)"),
        ],
        "optional": [
            (0, 2, "headline vs body 'envoys ... have denounced their non-invitation'"),
            (0, 3, "headline vs body 'presented a joint article in which they criticized ...'"),
            (3, 0, "body vs the other's headline"),
            (4, 3, "the 9-10 December date and online format: modifiers in both (33[4]'s 'the December 9-10 event', 24[3]'s 'scheduled to be held online on December 9-10')"),
            (6, 3, "exclusion: dash clause of 33[6] ('without including Russia or China') vs the object of 24[3]'s criticism; neither's main claim"),
            (6, 2, "hard call: their reaction (to the list without them) was furious vs the envoys denounced their non-invitation"),
        ],
        "non_links": [
            (12, 10, "the article did not mention Taiwan vs Taiwan's inclusion angered China"),
            (7, 11, "China angered by Taiwan's inclusion vs US-PRC tensions over Taiwan's status despite the Biden-Xi talks"),
            (5, 11, "the summit fulfils Biden's campaign pledge vs tensions after the Biden-Xi virtual talks"),
            (13, 9, "Russia a democratic federative law-governed state vs no need to worry about democracy in Russia and China"),
            (9, 7, "no country may judge by a single yardstick vs governments should focus on their interior affairs"),
            (8, 6, "democracy realised in multiple ways vs cannot prevent a polycentric architecture"),
        ],
    },
    {
        "id": "04-36", "a": "04_newsfront-izvestia_en.txt", "b": "36_tass_en.txt",
        "links": [
            ((7, 8), 8, PA, "split: democracy should not only be part of domestic politics (04[7]) / must be reflected in world politics (04[8]) vs 'not only involves domestic governance, but also should be reflected in international relations'"),
        ],
        "optional": [
            (7, 1, "body vs 36[1], the teaser under the headline (same sentence as 36[8])"),
            (8, 1, "body vs 36[1], the teaser under the headline"),
            (3, 3, "04[3] reports the publication on Friday (National Interest) vs 36[3]'s attribution 'said in their joint article, published by the National Interest Friday'"),
            (3, 6, "04[3] reports the publication of a joint article on the event vs 36[6]'s attribution 'said in their joint article, dedicated to the Washington-organized Summit for Democracy'"),
        ],
        "non_links": [
            (10, 6, "the US's actions are contrary to the UN Charter and international law vs only one set of rules, based on the UN Charter (same frame, different claim)"),
            (10, 3, "US actions contrary to the UN Charter vs the system must be built around the UN Charter, not a 'rule-based order'"),
            (10, 5, "contrary to international law vs one international order underpinned by international law"),
            (9, 7, "US interference in internal affairs of third states vs 'rules-based order' claims are revisionism, anti-democratic"),
            (2, 10, "'It is scheduled for September' vs the summit on December 9-10 (conflicting dates)"),
            (0, 0, "headlines, different claims: the ambassadors responded to the summit 'for the elite' vs international relations around the UN Charter"),
            (1, 11, "Washington invited only a select few vs 110 countries invited, Russia and China not on the list"),
            (4, 8, "democracy a universal right of all peoples vs democracy in international relations"),
        ],
    },
]
# fmt: on
