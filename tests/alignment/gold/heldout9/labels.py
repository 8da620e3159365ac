"""heldout9 labels in compact form (edit here, then run tools/heldout.py build heldout9).

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
    # ---- same-language English pairs: restatement and rewrites ----
    {
        "id": "14-34", "a": "14_trtworld-afp_en.txt", "b": "34_newsday24-chinadaily_en.txt",
        "links": [
            (1, 4, PA, "the December 9-10 event will stoke (up) ideological confrontation and a rift in the world, creating new 'dividing lines'; the US plan/move 'an evident product of its Cold War mentality' (same quotes, clauses in the other order)", [E]),
            (1, 2, PA, "restatement: 34[2]'s lede, main claim: the summit will stoke ideological confrontation and create 'dividing lines', said the envoys"),
            (6, 8, P, "34[8] bundles: democracy 'can be realised in multiple ways' and 'no model can fit all countries' (nearly 14[6]'s quote word for word)", [PA]),
        ],
        "optional": [
            (1, 1, "body (Cold War mentality) vs 34's subhead 'evident product of its Cold War mentality'"),
            (5, 8, "14's section heading 'No model can fit all countries' vs body"),
            (3, 7, "the US list of about 110 invitees: background of different main claims on both sides (their reaction was furious vs 'they wrote ... three days after the US published a list of 110 countries and regions')"),
            (0, 2, "hard call: lede 'the joint article sharply assailed Biden's plans for a virtual summit' vs lede 'the summit will stoke ideological confrontation, envoys said': a general attack vs one specific claim"),
        ],
        "non_links": [
            (0, 3, "attribution only: 'a rare joint opinion article' vs 'in a joint opinion piece ... said the online meeting empowers itself to define who participates'"),
            (7, 3, "no country may judge by a single yardstick vs the US empowers itself to define who is a democratic country"),
            (7, 8, "single yardstick vs many ways / no model fits all (adjacent quotes)"),
            (8, 9, "China's whole-process socialist democracy vs the basic criterion of democracy"),
            (4, 7, "China angered by Taiwan's inclusion vs the list of 110 countries and regions (Taiwan not named in 34)"),
            (6, 0, "no model fits all vs headline 'Democracy not prerogative of certain nation'"),
            (1, 7, "attribution only: 'Writing on the website of conservative journal National Interest' (confrontation, Cold War) vs 'they wrote in The National Interest journal on Friday' (firmly reject)"),
            (1, 3, "attribution and the date only: 'said the December 9-10 event would stoke ...' vs 'said the online meeting, scheduled to open on Dec 9, empowers itself ...'"),
        ],
    },
    {
        "id": "07-09", "a": "07_goaspotlight-ria-novosti_en.txt", "b": "09_rusreality_en.txt",
        "links": [
            (2, 0, PA, "headlines: (the ambassadors of) Russia and China rejected the (idea of a / US-sponsored) Summit for Democracy", [E]),
            (2, 1, PA, "headlines: ambassadors of Russia and China (strongly) reject(ed) the (idea of a / US-sponsored) Summit for Democracy", [E]),
            (15, 0, PA, "second archived copy of 07's headline vs 09's headline: Russia and China rejected the Summit for Democracy", [E]),
            (15, 1, PA, "second archived copy of 07's headline vs 09's second headline", [E]),
            (16, 0, P, "07[16] 'Ambassadors of Russia and China rejected the idea of a Summit for Democracy under the auspices of the US - RIA Novosti' holds 09[0] almost word for word", [E]),
            (16, 1, E, "headlines: 'Ambassadors of Russia and China (strongly) reject(ed) the idea of a Summit for Democracy'", [PA, P]),
            ((4, 17), 12, PA, "Russia and China / Moscow and Beijing (strongly) opposed/reject the idea of an international Summit for Democracy to be held in December at the initiative of the US (07[17] is the second archived copy of 07[4])", [E]),
            (5, 6, E, "the heads of (the) diplomatic missions of Russia and China in Washington also called on other countries to 'focus on do(ing) (your) good business, not condescendingly criticiz(ing) others' (each with a different tail: garbled rubber bullets in 07[5], 'no need to worry' in 09[6])", [P, PA]),
            (11, 8, PA, "07[11] bundles: the US (State Department) earlier invited 110 countries (and territories) to the Summit, scheduled/held December 9-10 (two machine translations of one RIA sentence)", [E]),
            (11, 9, PA, "07[11] bundles: Russia and China were not invited / are absent from the list of invitees"),
        ],
        "optional": [
            ((4, 17), 2, "09[2] is a garbled fragment ('democracy', which will be held in December at the initiative of the United States'): the rejection is lost, only the summit's modifier survives"),
            ((4, 17), (3, 13), "attribution 'according to a joint article by the ambassadors ... in the National Interest' vs the sentence reporting the publication ('This is stated in a joint article ... published in the National Interest')"),
            ((4, 17), (0, 1), "body (rejection) vs 09's headlines"),
            ((2, 15, 16), 12, "headlines vs body (Moscow and Beijing strongly reject the idea)"),
            (13, 5, "truncation: 07[13] is cut at 'This obvious product of the Cold War mentality will c'; the Cold War characterisation survives, the claim (will cause ideological confrontation and division) does not (as 07[13]-13[1] in heldout8)"),
            (5, 7, "hard call, adjacent quote: 'focus on doing your business well, not criticize others' vs 'some foreign governments are better off thinking about themselves and what is happening in their homes' (close, as 41[3]-09[7] in heldout8)"),
        ],
        "non_links": [
            (10, 6, "the call to stop 'value-based diplomacy' and practise mutual respect vs the call to focus on one's own business"),
            (12, 8, "Taiwan is on the list of invitees vs 110 countries and territories invited (Taiwan not named in 09)"),
            (7, 10, "democracy not the prerogative of any one country (the ambassadors) vs Peskov: the US is trying to privatise the word democracy (another speaker)"),
            (8, 6, "democracy a universal right of all peoples vs no need to worry about democracy in Russia and China"),
            (6, 6, "'This is not very similar to freedom' (rubber bullets quote, absent from 09) vs 'no need to worry about democracy'"),
            ((4, 17), (4, 14), "Russia and China opposed the summit vs holding it will cause an ideological confrontation (09[14] is the second copy of 09[4])"),
        ],
    },
    {
        "id": "11-46", "a": "11_brothersjudd-quoting-us-report_en.txt", "b": "46_goaspotlight-rt-russian_en.txt",
        "links": [
            (0, 2, PA, "the summit a product of the Cold War mentality; it will stoke up / cause ideological confrontation and a rift/division in the world, creating new 'dividing lines' (two translations of the quote)"),
            (0, 1, PA, "restatement: 46[1] 'according to diplomats, this will cause an ideological confrontation' is 11[0]'s warning"),
            (3, 5, PA, "46[5] bundles: there is no need to worry about democracy in Russia and China / Moscow and Beijing"),
            (4, 5, PA, "46[5] bundles: certain foreign governments better think about themselves and what is going on in their homes / better to pay attention to what is happening at home"),
            (5, 6, V, "'Is it freedom when various rallies in their countries are dispersed with rubber bullets and tear gas?'"),
            (6, 7, PA, "'It does not look very much like freedom' / 'It doesn't sound like freedom'", [E]),
        ],
        "optional": [
            (0, 0, "hard call: the ambassadors 'slammed the summit' (and warned of confrontation) vs 'strongly reject the idea of an international summit'"),
            (4, 4, "hard call, adjacent quote: 'certain foreign governments better think about themselves' vs 'focus on doing their best, and not condescendingly criticizing others' (close)"),
        ],
        "non_links": [
            (1, 0, "decried that the Biden administration decides what counts as a democracy vs the ambassadors reject the summit"),
            (2, 5, "China's whole-process socialist democracy, Russia's fundamental principle vs no need to worry about democracy in Moscow and Beijing"),
            (1, 9, "the ambassadors: the US decides what counts as a democracy vs Lavrov: a split of the world into friends and foes (another speaker)"),
            (0, 3, "attribution 'in a recent joint op-ed published in The National Interest' and the confrontation quote vs 'this trend is contrary to the development of the modern world, said in their joint article for The National Interest'"),
            (3, 4, "no need to worry about democracy vs China and Russia categorically reject the step (adjacent)"),
            (9, 6, "the Global Times headline on US war-mongering 'under guise of democracy' vs rallies dispersed with rubber bullets"),
        ],
    },
    {
        "id": "35-36", "a": "35_theaustralian-editorial_en.txt", "b": "36_tass_en.txt",
        "links": [
            (10, 3, PA, "both nations objected to calls for a 'rules-based international order' vs international relations must be built around the UN Charter instead of being replaced by a 'rule-based order'"),
            (10, 7, PA, "restatement: objection to the 'rules-based international order' vs 'Flaunting the rules-based international order ... falls into the category of revisionism and is obviously anti-democratic'"),
            (13, 3, PA, "hard call: calling for a rules-based order goes 'against the UN charter and other basic norms of international law' vs relations must be built around the UN Charter instead of a 'rule-based order' (35[13] quotes words the op-ed used elsewhere; the claim reported is this one)"),
            (13, 7, PA, "hard call: the rules-based order goes against the UN Charter and international law vs flaunting it 'without referencing the UN and international law' is revisionism"),
            (1, 11, PA, "fact inside a clause: the gathering of 110 nations to which Russia and China were not invited (35[1]'s clause) vs 110 countries and territories invited, Russia and China not on the list (36[11]'s main claim)"),
        ],
        "optional": [
            ((10, 13), 0, "body vs TASS's headline 'International relations must be built around UN Charter'"),
            (13, 6, "RBO against the UN Charter vs 'only one set of rules ... based on the purposes and principles of the UN Charter' (the positive half of the same argument)"),
            (10, 5, "objection to the RBO vs 'only one international order, i.e. the one underpinned by international law' (implicit)"),
            (6, 11, "Taiwan will attend / is invited: background of different main claims (China's anger vs the list of 110)"),
            (1, 10, "'upcoming virtual democracy summit' as a modifier in 35[1] vs 36[10]'s main claim (online summit on December 9-10)"),
        ],
        "non_links": [
            (0, 0, "headlines, different claims: 'Autocracies are not democracies' vs 'International relations must be built around UN Charter'"),
            (5, 8, "democracy 'a universal right of all peoples' vs democracy 'should be reflected in international relations'"),
            (5, 1, "democracy a universal right vs TASS's subhead on democracy in international relations"),
            (5, 3, "attribution only: 'the article in The National Interest' (universal right) vs 'in their joint article, published by the National Interest Friday' (UN Charter)"),
            (11, 5, "the editorial's own claim (revitalising the international rule of law, especially in trade) vs the order underpinned by international law"),
            (3, 9, "no need to worry about democracy in Russia and China vs respectful cooperation despite differences"),
        ],
    },
    {
        "id": "18-20", "a": "18_washingtonnewsday-afp_en.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (0, 1, PA, "headlines: China and Russia / the Chinese and Russian ambassadors criticize / voice against the (upcoming) summit for democracy"),
            (1, 3, PA, "the ambassadors' (rare) joint article strongly criticises / voices against Biden's (virtual) Summit for Democracy"),
            (2, 4, PA, "the plan/summit 'an obvious consequence / evident product of its Cold-War mentality' that will fuel/stoke up ideological hostility/confrontation and a rift in the world, creating new 'dividing lines' (two renderings of the quote)"),
            (2, 3, PA, "restatement, fact inside a clause: 20[3]'s 'which according to the article will stoke up ideological confrontation'"),
        ],
        "optional": [
            (0, 3, "headline vs body (the article voices against the summit)"),
            (1, 1, "body vs 20's headline"),
            (4, 8, "the list of about 110 invitees: background of different main claims (they were outraged vs the event was criticised as 'a wimpy show')"),
            (1, 7, "hard call: 'strongly criticized' the plans vs 'China and Russia firmly reject this move'"),
        ],
        "non_links": [
            (8, 14, "China's whole-process democracy 'suits the country's reality' (the ambassadors) vs Wang Yi: development paths suited to their own national conditions (another speaker)"),
            (2, 9, "the ambassadors: new 'dividing lines' vs Kortunov: 'black and white divisions' (another speaker)"),
            (2, 5, "Cold War, confrontation, dividing lines vs 'this trend contradicts the development of the modern world' (the next sentence of the quote, absent from 18)"),
            (7, 10, "no country may use a single standard vs countries should focus on their own affairs, not criticise others"),
            (4, 7, "they were outraged at the invitation list vs China and Russia firmly reject this move"),
            (0, 13, "headline vs the China-Russia-India foreign ministers' meeting"),
        ],
    },
    {
        "id": "12-24", "a": "12_statecraft_en.txt", "b": "24_newsru-en_en.txt",
        "links": [
            (0, 3, PA, "the ambassadors (jointly) opposed the list of invitees / criticized Biden for excluding Moscow and Beijing from the summit, held online on December 9-10"),
            (0, 2, PA, "hard call: opposition over the list of invitees vs 'denounced their non-invitation to the Summit for Democracy'"),
            (1, 2, PA, "the summit a product of / represented 'Cold war mentality'"),
            (2, 4, PA, "fact inside a clause: 'thereby creating new dividing lines and potentially stirring ideological confrontation' vs the quote 'This will stoke up ideological confrontation and a rift in the world, creating new dividing lines'"),
            (9, 7, PA, "'Certain foreign governments better think about themselves and what is going on in their homes' vs 'certain foreign governments' should focus on their interior affairs (24[7] also joins the 'instead of criticizing others' quote)"),
        ],
        "optional": [
            ((0, 1), 0, "body vs 24's headline 'China, Russia issue joint statement denouncing Biden's democracy summit'"),
            (1, 3, "attribution ('In a joint op-ed titled ...') vs the sentence reporting the article ('have presented a joint article in which they criticized ...')"),
            (0, 8, "hard call: the ambassadors 'jointly expressed their opposition over the list of invitees' vs 'both countries firmly rejected this move'"),
        ],
        "non_links": [
            (8, 6, "multilateralism championed by the UN vs a global polycentric architecture"),
            (2, 3, "Washington empowers itself to decide which country is a democracy vs Biden excluded Moscow and Beijing from the summit"),
            (10, 9, "rubber bullets quote vs 'no need to worry about democracy' (adjacent quotes)"),
            (9, 9, "'certain foreign governments better think about themselves' vs 'no need to worry about democracy in Russia and China' (adjacent quotes)"),
            (0, 10, "the ambassadors' opposition over the invitee list vs Chinese anger at Taiwan's invitation (another claim, 'One country, two systems')"),
            (1, 8, "Cold War mentality vs 'firmly rejected this move'"),
            (3, 5, "the basic criterion of democracy is the people vs the trend contradicts the modern world"),
        ],
    },
    # ---- cross-language pairs ----
    {
        "id": "41-20", "a": "41_m4cn-sputnik-chinese_zh.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (0, 1, T, "headlines: the Chinese and Russian ambassadors (to the US) firmly oppose / voice against the (so-called, upcoming) summit for democracy"),
            (2, 7, T, "41[2] bundles: China and Russia firmly oppose / reject (the idea of) the summit"),
            (2, 5, T, "41[2] bundles: this runs counter to / contradicts the development of today's / the modern world"),
            (2, 3, T, "41[2] bundles: the ambassadors oppose the summit vs 20[3]'s main claim: they published an article to voice against the summit"),
            (3, 11, T, "41[3] bundles: democracy in the two countries 'no need to worry'"),
            (3, 10, T, "41[3] bundles: countries should focus on their own affairs, not (condescendingly) criticise others"),
            (5, 8, T, "fact inside a clause: 110 countries and regions invited (41[5]'s main claim) vs 'the event, which reportedly will include 110 invitees'"),
            (7, 13, T, "hard call, fact inside a clause: Wang Yi attended the 18th meeting of the China-Russia-India foreign ministers (26 November, Friday) vs 20[13]'s main claim: that meeting was held by video on Friday"),
        ],
        "optional": [
            (0, (3, 5, 7), "headline vs body (oppose; counter to the modern world)"),
            (2, 1, "body vs 20's headline"),
            (3, 12, "hard call, adjacent quote: focus on one's own affairs vs 'certain foreign governments better think about themselves'"),
            (4, (3, 4), "the summit on 9-10 December hosted by Biden: 41[4]'s main claim, modifiers in 20[3] and 20[4]"),
        ],
        "non_links": [
            (7, 14, "same speaker and occasion, different claims: Wang Yi on the US summit (draws lines by one country's standard, negative energy) vs Wang Yi on development paths suited to national conditions"),
            (6, 9, "Peskov (the US creates new dividing lines) vs Kortunov (black and white divisions): two other speakers"),
            (6, 4, "Peskov: the US creates new dividing lines vs the ambassadors: new 'dividing lines'"),
            (7, 4, "Wang Yi: the summit creates division and confrontation vs the ambassadors' Cold War quote"),
            (5, 9, "110 invitees incl. Taiwan vs Kortunov's criticism"),
        ],
    },
    {
        "id": "23-46", "a": "23_rt-arabic-novosti_ar.txt", "b": "46_goaspotlight-rt-russian_en.txt",
        "links": [
            (0, 1, T, "23[0] bundles: (holding the summit) will cause an ideological confrontation"),
            (0, 3, T, "23[0] bundles: contradicting the development of the modern world"),
            (0, 2, T, "restatement: the confrontation claim of 23[0] is the main claim of the quote 46[2]"),
            (1, 2, T, "'This obvious product of the Cold War mentality will cause ideological confrontation and division in the world, creating new dividing lines'"),
            (1, 1, T, "restatement: 46[1] 'according to diplomats, this will cause an ideological confrontation' summarises the quote"),
            (2, 3, T, "'This trend contradicts the development of the modern world'"),
            (4, 4, T, "46[4] bundles: China and Russia categorically reject this step"),
            (4, 0, T, "restatement: 46[0] the heads of the missions strongly reject the idea of the summit"),
            (5, 4, T, "46[4] bundles: called on other countries to focus on doing their work well/their best, not condescendingly criticising others"),
            (6, 5, T, "46[5] bundles: no need to worry about democracy in Russia and China / Moscow and Beijing"),
            (7, 5, T, "46[5] bundles: some foreign governments better think about themselves and what happens in their countries / at home"),
            (8, 6, T, "23[8] bundles: is it freedom when demonstrators/rallies are dispersed with rubber bullets and tear gas?"),
            (8, 7, T, "23[8] bundles: it does not look/sound much like freedom"),
        ],
        "optional": [
            (5, 5, "hard call, adjacent quote: 'focus on doing their work well, not criticise others' vs 46[5]'s second half 'better to pay attention to what is happening at home' (close; 46[5]'s half is 23[7], linked)"),
            (7, 4, "hard call, adjacent quote: 'some foreign governments better think about themselves' vs 'focus on doing their best, not condescendingly criticizing others' (close)"),
        ],
        "non_links": [
            (3, 3, "the polycentric world cannot be prevented vs the trend contradicts the modern world (adjacent)"),
            (0, 0, "both ledes, different claims of the op-ed: holding the summit will provoke confrontation vs the heads of the missions reject the idea (the rejection is 23[4], linked)"),
            (0, 9, "the ambassadors: confrontation vs Lavrov: a split into friends and foes (another speaker)"),
            (6, 4, "no need to worry vs reject / focus on own business"),
            (2, 1, "the trend contradicts the modern world vs this will cause confrontation (adjacent)"),
        ],
    },
    {
        "id": "40-34", "a": "40_nsn_ru.txt", "b": "34_newsday24-chinadaily_en.txt",
        "links": [
            (1, 2, T, "the (US-organised / upcoming virtual) summit will stoke ideological confrontation and create 'dividing lines' (both ledes)"),
            (1, 4, T, "restatement: 34[4] the event will stoke ideological confrontation and a rift, creating new 'dividing lines'"),
            (3, 4, T, "'(an) evident/obvious product of (its) Cold War mentality', stokes ideological confrontation and a rift/division in the world, creating new 'dividing lines'"),
            (3, 2, T, "restatement: the quote's confrontation and dividing lines are 34[2]'s main claim"),
            (4, 7, T, "Beijing and Moscow / China and Russia firmly reject this move"),
            (5, 8, T, "34[8] bundles: democracy a universal right of all peoples, not the prerogative of a certain country or a group of countries"),
            (7, 7, T, "fact inside a clause: 110 countries and territories/regions invited (40[7]'s main claim, with the date) vs 34[7]'s clause 'after the US published a list of 110 countries and regions invited'"),
        ],
        "optional": [
            (3, 1, "body vs 34's subhead 'evident product of its Cold War mentality'"),
            (5, 0, "body vs 34's headline 'Democracy not prerogative of certain nation'"),
            (7, 3, "date: 40[7]'s main claim (9-10 December by videoconference) vs the modifier 'the online meeting, scheduled to open on Dec 9'"),
            (7, 2, "format: 40[7] (by videoconference) vs the modifier 'the upcoming virtual Summit'"),
        ],
        "non_links": [
            (0, 0, "headlines, different claims: the ambassadors criticised the summit vs democracy not the prerogative of a certain nation"),
            (0, 1, "headlines, different claims: criticised vs 'evident product of its Cold War mentality'"),
            (2, 3, "attribution only: 'this is said in a joint article ... for The National Interest' vs 'in a joint opinion piece ... said the online meeting empowers itself ...'"),
            (2, 7, "attribution only: 'this is said in a joint article ... for The National Interest' (40[1]'s confrontation claim) vs 'they wrote in The National Interest journal on Friday' (firmly reject)"),
            (8, 7, "Russia and China not on the list vs the US published a list of 110 (exclusion not in 34)"),
            (5, 9, "democracy a universal right vs the basic criterion of democracy"),
            (6, 10, "no need to worry about democracy in Russia and China vs the people awakened only when voting"),
        ],
    },
    {
        "id": "03-30", "a": "03_cri-german_de.txt", "b": "30_hk01_zh.txt",
        "links": [
            (2, 4, T, "publication report: Qin Gang and Antonov published a joint article (on Friday / dated 26 November, in the National Interest)"),
            (2, 3, T, "03[2] bundles: the ambassadors' joint article condemned / criticised the upcoming US summit (30[3]: jointly wrote, criticised, firmly oppose)"),
            (4, 7, T, "03[4] bundles: making others copy one's system through colour revolutions, regime change, even the use of force (30[7]: exporting one's system so is anti-democratic)"),
            (5, 8, T, "China and Russia call to stop using 'value(s) diplomacy' to provoke division/estrangement and confrontation"),
        ],
        "optional": [
            (2, 2, "'an upcoming US online summit' as a modifier in 03[2] vs 30[2]'s main claim (the US holds the summit in December, China and Russia not invited)"),
            (5, 5, "body (stop value-based diplomacy provoking division) vs the title quoted in 30[5] 'Russia and China Claim Value-Based Diplomacy Provokes Division'"),
        ],
        "non_links": [
            ((0, 2), 5, "different facts: the op-ed's title 'Respect for the democratic rights of the people' vs the headline HK01 gives for it in the National Interest ('Russia and China Claim Value-Based Diplomacy Provokes Division')"),
            (0, 0, "headlines, different claims: China and Russia on respect for democratic rights vs the US summit incites ideological opposition"),
            (3, 6, "the basic criterion of democracy vs democracy not a patent, many forms"),
            (4, 6, "no single yardstick vs no universal model (different claims, both absent on the other side)"),
            (5, 3, "the values-diplomacy call vs Cold War thinking, firmly oppose"),
        ],
    },
    {
        "id": "21-20", "a": "21_cri-italian_it.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (0, 1, T, "headlines: the Chinese and Russian ambassadors (in/to the US) oppose / voice against the (so-called) summit for democracy"),
            (3, 4, T, "typical Cold War mentality / evident product of its Cold-War mentality; will bring ideological rivalry/confrontation and contradictions/a rift, new divisions/'dividing lines'"),
            (3, 3, T, "restatement, fact inside a clause: 20[3]'s 'which according to the article will stoke up ideological confrontation'"),
            (4, 5, T, "21[4] bundles: this trend hinders/contradicts the development of the modern world"),
            (4, 6, T, "21[4] bundles: cannot prevent a global multilateral/polycentric structure but may interfere with / strain this objective process"),
            (5, 7, T, "21[5] bundles: China and Russia firmly oppose / reject (this move)"),
            (5, 4, T, "21[5] bundles: the summit full of Cold War considerations vs 'an evident product of its Cold-War mentality'"),
            (5, 3, T, "21[5] bundles: on 27 November / Friday the ambassadors, in a joint article, opposed / voiced against the summit"),
        ],
        "optional": [
            (1, (3, 4), "the online summit on 9-10 December hosted by the US: 21[1]'s main claim, modifiers in 20[3] and 20[4]"),
            (0, (3, 7), "headline vs body (voice against; firmly reject)"),
            ((3, 5), 1, "body vs 20's headline"),
        ],
        "non_links": [
            (2, 8, "Biden's team chose who may attend vs the event includes 110 invitees, a 'wimpy show'"),
            (6, 10, "the call to stop values diplomacy vs countries should focus on their own affairs"),
            (3, 9, "the ambassadors: new divisions vs Kortunov: black and white divisions (another speaker)"),
            (6, 14, "mutual respect and coexistence of different systems vs Wang Yi on development paths suited to national conditions (another speaker)"),
            (2, 3, "who may attend vs the article voices against the summit"),
            (5, 10, "attribution only: 'in a joint article' (Cold War, oppose) vs 'the Chinese and Russian ambassadors to the US wrote in the article' (focus on their own affairs)"),
        ],
    },
    {
        "id": "42-02", "a": "42_cri-korean_ko.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [
            (2, 3, T, "42[2] bundles: on 27 November Qin Gang and Antonov jointly published an article"),
            (2, 6, T, "42[2] bundles: the summit full of Cold War thinking / typical cold war thinking"),
            (2, 9, T, "42[2] bundles: China and Russia firmly oppose it"),
            (3, 10, T, "the article calls to stop provoking estrangement/barriers and confrontation under the banner of 'value(s) diplomacy'"),
        ],
        "optional": [
            (2, 0, "body vs 02's original title 'hosting the democracy summit is typical cold war thinking'"),
            (0, 9, "headline 'firmly oppose' vs body"),
            (3, 1, "body vs 02's subhead 'China and Russia call for stopping provoking estrangement and confrontation'"),
            (2, 4, "'the US's upcoming democracy summit' as a modifier in 42[2] vs 02[4]'s main claim (the US will host it online)"),
        ],
        "non_links": [
            (0, 0, "headlines, different claims: firmly oppose vs typical cold war thinking"),
            (0, 1, "headline vs subhead, different claims: oppose the summit vs call to stop estrangement"),
            (4, 11, "the call for mutual respect, win-win, coexistence (absent from 02) vs peace, development ... common values of mankind"),
            (4, 10, "mutual respect and coexistence vs stop estrangement under value diplomacy (adjacent in 42)"),
            (3, 6, "stop provoking confrontation under values diplomacy vs Cold War thinking incites ideological opposition"),
        ],
    },
    # ---- precision pairs: same frame or speaker, different claims ----
    {
        "id": "c13-36", "a": "c13_jakartapost-deng-xijun-oped_en.txt", "b": "36_tass_en.txt",
        "links": [],
        "optional": [
            (6, 10, "shared background fact: the US hosts an online Summit for Democracy (this week / on December 9-10)"),
        ],
        "non_links": [
            (16, 8, "another speaker (Deng Xijun, ambassador to ASEAN, 9 December): greater democracy in international relations vs the two ambassadors' democracy 'should be reflected in international relations'"),
            (16, 1, "Deng Xijun vs TASS's subhead on democracy in international relations"),
            (16, 4, "Deng Xijun: uphold the UN-centered international system vs the ambassadors: only one international system, with the UN at its core"),
            (16, 5, "Deng Xijun: the international order based on international law vs the ambassadors: only one order, underpinned by international law"),
            (29, 8, "China proposes greater democracy in international relations vs the ambassadors' democracy in international relations"),
            (17, 7, "practise true multilateralism vs the 'rules-based international order' is revisionism"),
            (13, 9, "countries should advocate unity and cooperation vs the path to prosperity goes through respectful cooperation (another speaker)"),
            (7, 12, "Deng Xijun: divide the world into opposing political camps vs Lavrov: separate people and countries into democratic and ... (two other speakers)"),
            (0, 0, "headlines, different claims: an undemocratic summit vs international relations must be built around the UN Charter"),
        ],
    },
    {
        "id": "c08-26", "a": "c08_xilu-xinhua-embassies-dec9_zh.txt", "b": "26_migage-thepaper-huanqiu_zh.txt",
        "links": [],
        "optional": [],
        "non_links": [
            (1, 6, "other speakers (ambassadors to Russia, Italy, Germany, Brazil, December): democracy is the right of all peoples, not the patent of a few countries vs the same words in Qin and Antonov's joint article"),
            (1, 13, "the other ambassadors: democracy must not be a pretext for interfering in internal affairs vs the joint article: interfering under the pretext of democracy is anti-democratic"),
            (1, 12, "the other ambassadors: not a pretext for upholding hegemony vs the joint article: promoting hegemony abroad"),
            (7, 5, "Li Junhua: democracy is a common value of all mankind vs the joint article: peace, development ... democracy, freedom are common values of mankind"),
            (8, 3, "Li Junhua: the US summit shows it clings to Cold War thinking vs Qin and Antonov: the summit is typical Cold War thinking"),
            (8, 0, "Li Junhua's Cold War thinking vs 26's headline (the ambassadors to the US: typical Cold War thinking)"),
            (0, 0, "headlines: embassies in many countries rebut the summit vs the ambassadors to the US: typical Cold War thinking"),
            (2, 3, "the US summit is not democratic vs it decides who is a democratic country (Cold War thinking)"),
            (11, 4, "Wu Ken: different cultures and systems should coexist vs the call to stop estrangement under values diplomacy"),
        ],
    },
]
# fmt: on
