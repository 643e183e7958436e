/// Event triggers by class: the words that announce an event, as data.
///
/// One line a class: `class|trigger, trigger …`. A trigger is one or more lowercase words; a
/// trailing `+` means the next word must be capitalized or "with" (a verb meeting someone:
/// "met+" matches "met Scholz", "met with", not "met expectations"). The examples below run as
/// tests (`TriggerLexiconTests`).
///
/// Watch out for:
/// - "talks" is a noun trigger, but "Moscow format" is not a place; "session", "round" and
///   "consultations" next to each other are one meeting (the extractor keeps one mention per
///   class and clause);
/// - "said" is not a statement trigger: quotes become claims, not events.
enum TriggerLexicon {
  static let table = """
    meeting|talks, meeting, meetings, conference, consultations, summit, negotiations, session, gathering, forum, dialogue, dialogues, debate, debates, met+, meets+, meet+, met in+, meet in+, speaks to, spoke to, spoke with, held talks, hold talks
    visit|visit, visits, visited, visiting, trip, tour, tours, toured, touring
    attack|attack, attacks, attacked, bombing, bombings, explosion, explosions, blast, blasts, shooting, airstrike, airstrikes, assault, raid, suicide bombing, massacre, opened fire, open fire, gunfire, bomb exploded, device exploded, rig exploded, platform exploded, plant exploded, factory exploded, refinery exploded, warehouse exploded, tanker exploded, pipeline exploded, reactor exploded, bomb went off, bombs exploded, blew himself up, blew herself up, blew themselves up, detonated, cyberattack, cyberattacks, cyber-attack, cyber-attacks, ransomware attack, ransomware attacks
    weapons-test|nuclear test, nuclear tests, atomic test, atomic tests, bomb test, bomb tests, missile test, missile tests, weapons test, weapons tests
    takeover|takeover, seizure, seized power, seized control, took power, took control, seize power, regain control, coup, overthrew, overthrown, overthrow
    withdrawal|withdrawal, withdrew, pulled out, pullout, withdrawing
    agreement|agreement, deal, accord, treaty, ceasefire, truce, signed, normalise relations, normalize relations, normalise ties, normalize ties, normalised relations, normalized relations, normalised ties, normalized ties
    statement|statement, declaration, communique, communiqué, announcement
    designation|designation, designated, blacklisted
    appointment|appointment, appointed, appoint, appoints, named as, sworn in, inauguration, took office, takes office, take office, taking office, took the oath, takes the oath
    election|election, elections, elected, referendum, runoff, by-election
    disaster|earthquake, earthquakes, quake, quakes, tremor, tremors, aftershock, aftershocks, flood, floods, flooding, hurricane, typhoon, cyclone, storm, storms, tsunami, landslide, landslides, eruption, eruptions, erupted, erupts, erupting, exploded, explodes, drought, landfall
    war|war, invasion, invaded, offensive
    killing|killed, kills, kill, killing, killings, murder, murders, murdered, murdering, slain, slaying, stabbed, stabbing, strangled, homicide, manslaughter, shot dead, gunned down, beheaded
    death|died, dies, die, dying, dead, death, passed away, passes away, pass away, hanged himself, hanged herself, found dead, committed suicide, suicide
    arrest|arrested, arrest, arrests, detained, detains, captured, capture, apprehended, nabbed, in custody, into custody, turned himself in, surrendered, manhunt
    charge|charged, indicted, indictment, accused of, faces charges, filed charges, pressed charges, impeached, impeach, impeaches, impeaching
    trial|trial, verdict, convicted, conviction, found guilty, pleaded guilty, pleads guilty, plead guilty, acquitted, confessed, confesses, testified
    sentence|sentenced, sentences, sentencing, jailed, imprisoned, life sentence, death sentence, death penalty, life in prison
    escape|escaped, escape, escapes, escapee, on the run, broke out of, jailbreak, fled custody, fled the country, flees the country, fleeing the country, fled abroad, fled into exile, went into exile, fled to, flees to
    fire|fire, fires, wildfire, wildfires, bushfire, bushfires, firestorm, blaze, blazes, burned, burns, burnt, burning, ablaze, arson, inferno, engulfed, gutted, went up in flames
    crash|crash, crashed, crashes, collision, collided, derailed, derailment, accident, capsized, ran aground, crash-landed, crash landing, crash-landing, went down, came down, collapse, collapsed, collapses, slammed into, smashed into, ploughed into, plowed into, rammed, rammed into, caved in, caves in, cave-in
    emergency|emergency landing, emergency landings, forced landing, emergency descent
    grounding|grounding, grounded, grounds
    acquisition|acquire, acquires, acquired, acquiring, acquisition, buys, bought, buyout, merger, merge, merges, purchase, purchased, to buy
    launch|launch, launches, launched, launching, unveil, unveils, unveiled, unveiling, introduces, introduced, rolls out, rolled out, debut, debuts, debuted, released, releases, release, lifted off, lifts off, liftoff, lift-off, blasted off, test flight, maiden flight
    award|award, awards, awarded, prize, prizes, honored, honoured, nominated, nomination, nominations, inducted
    victory|win, wins, won, victory, league final, cup final, grand final, beat, beats, defeated, defeats, defeat, clinch, clinches, clinched, clinching, edged, edges, routed, knockout, knocked out, retained, retains, retain, triumph, triumphed, eliminated
    resignation|resign, resigns, resigned, resigning, resignation, steps down, stepped down, step down, stepping down, stand down, stands down, stood down, standing down, quit, quits
    dismissal|fired, sacked, dismissed, ousted, dismissal, axed, firing, let go
    treatment|rehab, rehabilitation, checked into, checks into, check into, checking into, checked herself into, checked himself into, hospitalized, hospitalised, admitted to
    injury|injured, injury, injuries, hurt, wounded, sprained, fractured, injured reserve
    rescue|rescued, rescue, rescues, evacuated, evacuation, airlifted
    protest|protest, protests, protested, protesters, protestors, demonstration, demonstrations, demonstrators, rally, rallies, riot, riots, rioting, rioters, unrest, on strike, general strike, walkout, sit-in
    robbery|robbery, robberies, robbed, robbers, robber, heist, stole, stolen, steal, theft, burglary, burglars, looted, looting, thieves, thief
    kidnapping|kidnapped, kidnapping, abducted, abduction, taken hostage, hostage, hostages, went missing, disappeared, disappearance
    release|prisoner swap, prisoner swaps, prisoner exchange, prisoner exchanges, exchange of prisoners, exchange, swap, swaps, swapped for, traded for, exchanged for, released from prison, released from jail, released from custody, walked free, hostage release, hostages released, was freed, were freed, been freed, being freed, is freed, are freed
    outbreak|outbreak, outbreaks, epidemic, epidemics
    outage|outage, outages, disruption, disrupted, blackout, cut off, severed
    decision|ruling, ruled, overturns, overturned, overturn, reverses, reversed, repeals, repealed, approves, approved, bans, banned, vetoed, veto
    lawsuit|sued, sues, lawsuit, lawsuits, filed suit
    layoff|layoffs, laid off, lays off, job cuts, cut jobs, bankruptcy, bankrupt, shut down, shuts down
    recall|recall, recalls, recalled
    rate-decision|rate hike, rate hikes, rate increase, rate increases, rate rise, rate rises, rate cut, rate cuts, raised interest rates, raises interest rates, raise interest rates, raising interest rates, cut interest rates, cuts interest rates, cutting interest rates, lowered interest rates, lowers interest rates, raised rates, raises rates, hiked rates, hikes rates, lifted rates, lifts rates, cut rates, cuts rates, lowered rates, lowers rates, raised its benchmark, raises its benchmark, cut its benchmark, cuts its benchmark, lowered its benchmark, raised its key, raises its key, cut its key, cuts its key, held rates, holds rates, kept rates, left rates unchanged, left interest rates unchanged
    contract|offer, contract, contracts, signs+, re-signed, re-signs
    birth|gave birth, gives birth, give birth, born
    funeral|funeral, funerals, memorial service, memorial services, laid to rest, burial, committal, was buried, were buried, is buried, be buried, being buried, been buried
    wedding|wedding, married, marries, marry, engaged, engagement, divorce, divorced, divorcing
    """

  /// Words that stop a one-word trigger: `trigger|next:word, word …` (the trigger followed by
  /// one of them is not an event of that class), `trigger|prev:word, word …` (preceded) and
  /// `trigger|topic:word, word …` (preceded, directly or through an article: the trigger is
  /// what something is about or asks for, "talks on a ceasefire", "calls for a truce").
  /// "death toll" counts victims, "under fire" is criticism, "fired at" is a shooting.
  /// `next:@Cap` stops a trigger before a capitalized word outside a date: "jailed Iranian
  /// activist", "Jailed Kremlin critic" are adjectives, "was jailed Tuesday" is not.
  /// `trigger|subject:word, word …` names what a trigger needs before it in its clause: "went
  /// down" is a crash only after a vehicle ("the plane went down over the sea"), not "prices
  /// went down". A multi-word trigger takes `next:` after its last word and `prev:` before its
  /// first, like one word does.
  static let exceptionTable = """
    dialogue|prev:for, to, in, through, via
    gathering|prev:seen, saw, crowds, crowd, people, protesters, residents, supporters, mourners, onlookers, fans, thousands, hundreds, dozens, are, is, were, was, been, be, began, begun, started, intelligence, information, evidence, data, news, clouds
    gathering|next:storm, storms, momentum, pace, speed, strength, steam, dust
    death|next:toll, tolls, penalty, row, threat, threats, certificate, squad, sentence
    deaths|next:toll
    storm|next:of, surge, surges, drain, drains, troopers
    storm|prev:political, diplomatic, media, perfect, social, brewing, gathering, took, taken, take, takes
    storms|next:of
    storms|prev:political
    fire|prev:under, open, opened, opens, cease, returned, return, exchanged, heavy, gun, friendly, came, caught, set, coming, drew, draws, hold, holding
    fire|next:department, fighters, fighter, brigade, crews, crew, station, service, chief, alarm, engines, engine, truck, trucks, officials
    burned|prev:the, a, an, its, their, his, her, badly, severely
    burnt|prev:the, a, an, its, their, his, her, badly, severely
    gutted|prev:the, a, an, its, their, his, her
    gutted|next:homes, houses, buildings, shops, cars, remains, shell, shells, ruins, interior
    debate|next:over, about, on, around, surrounding, within, among, in
    debates|next:over, about, on, around, surrounding, within, among, in
    fired|next:at, on, upon, into, shots, rounds, a, back, off, missiles, rockets, warning, tear, weapons, guns, his, her, their, two, three, four, five, six, seven, eight, nine, ten, several, multiple, bullets, live, dozens, hundreds
    firing|next:at, on, upon, into, shots, rounds, squad, line, range, missiles, rockets
    firing|prev:were, was, are, is, not, engine, engines, static, still
    release|prev:press, news
    releases|prev:press, news
    win|prev:to, could, would, will, might, may, must, can, cannot
    launch|next:pad, site, window, military, operations, attacks, strikes, an, offensive
    dead|prev:the, of, their, his, her, its, our
    trial|prev:clinical, drug
    rally|prev:stock, market, late
    offer|prev:special, best, to, will, would, could
    released|next:from, on, without, after, @Cap
    exchange|next:rate, rates, of, for, student, students, programme, program, programs, programmes, market, markets, commission, traded, fund, funds
    exchange|prev:stock, foreign, currency, in, heated, angry, verbal, cultural, student, brief, testy, tense, frank, fierce, sharp, bitter, lively, bitcoin, crypto, cryptocurrency, energy, data, information, fire, telephone, phone, email
    swap|prev:debt, currency, credit, default, asset, land, rate, face, job, seat, seats
    swaps|prev:debt, currency, credit, default, asset, land, rate, face, job, seat, seats
    ruled|next:out
    engaged|next:in
    married|next:priests, priest, clergy, couple, couples, men, women, man, woman, people, life, name, names, mothers, fathers, parents, partners
    crash|prev:market, stock
    went down|next:by, to, from, well, badly, poorly, as, with, the, a, fighting, swinging
    collapse|subject:bridge, bridges, tower, towers, tunnel, crane, cranes, stadium, span, overpass, flyover, viaduct, walkway, balcony, stage, stand, grandstand, scaffolding, building, buildings, block, wing, roof, roofs, ceiling, plaza, mall, hotel, condominium, mines
    collapsed|subject:bridge, bridges, tower, towers, tunnel, crane, cranes, stadium, span, overpass, flyover, viaduct, walkway, balcony, stage, stand, grandstand, scaffolding, building, buildings, block, wing, roof, roofs, ceiling, plaza, mall, hotel, condominium, mines
    collapses|subject:bridge, bridges, tower, towers, tunnel, crane, cranes, stadium, span, overpass, flyover, viaduct, walkway, balcony, stage, stand, grandstand, scaffolding, building, buildings, block, wing, roof, roofs, ceiling, plaza, mall, hotel, condominium, mines
    caved in|subject:bridge, bridges, tower, towers, tunnel, tunnels, mine, mines, shaft, roof, roofs, ceiling, building, buildings, wall, walls, stadium, span, overpass, flyover, viaduct, walkway, balcony, stage, stand, grandstand, scaffolding
    caves in|subject:bridge, bridges, tower, towers, tunnel, tunnels, mine, mines, shaft, roof, roofs, ceiling, building, buildings, wall, walls, stadium, span, overpass, flyover, viaduct, walkway, balcony, stage, stand, grandstand, scaffolding
    came down|subject:building, buildings, tower, towers, wing, roof, ceiling, bridge, span, crane, cranes, scaffolding, plaza, block
    went down|subject:plane, planes, jet, jets, aircraft, airliner, airplane, helicopter, chopper, flight, ship, ferry, vessel, boat, submarine, max, drone
    grounded|next:in, on, out, and
    grounds|prev:on, the, its, their, his, her, our, reasonable, sufficient, legal, humanitarian, medical, moral, religious, security, burial, stadium, palace, school, hospital, hunting, breeding, fishing, coffee, many, several, no, same, fair, show, festival, sports, training, exhibition, university, church, temple, mosque, castle, zoo, park, parade, camping, picnic
    grounds|next:that, for, of, to, at, in, on, near, outside
    grounding|prev:lightning, electrical, theoretical, solid, firm
    grounding|next:in, wire
    arrest|next:warrant, warrants
    jailed|next:@Cap, activist, activists, journalist, journalists, leader, leaders, dissident, dissidents, opposition, former, critic, critics, blogger, lawyer, writer, rapper, businessman, tycoon
    jailed|prev:the, a, an, of, to, for, by, with, and, jailed
    imprisoned|next:@Cap, activist, activists, journalist, journalists, leader, leaders, dissident, dissidents, opposition, former, critic, critics
    imprisoned|prev:the, a, an, of, to, for, by, with, and
    hurt|prev:would, could, might, may, will, to, not, further, badly, also
    hurt|next:competition, consumers, sales, profits, growth, business, businesses, prices, the, its, their, his, her, chances, demand, exports, trade, investors, ratings
    accident|prev:nuclear
    wedding|next:hall, halls, venue, venues, dress, dresses, ring, rings, planner, planners, industry, season
    ceasefire|topic:on, about, over, for, toward, towards
    evacuation|next:centre, centres, center, centers, plan, plans, routes, route, drills, drill, shelters, shelter, zone, zones
    truce|topic:on, about, over, for, toward, towards
    erupted|subject:volcano, volcanoes, mount, mountain, crater, vent, fissure, fissures, caldera, peak
    erupts|subject:volcano, volcanoes, mount, mountain, crater, vent, fissure, fissures, caldera, peak
    erupting|subject:volcano, volcanoes, mount, mountain, crater, vent, fissure, fissures, caldera, peak
    exploded|subject:volcano, volcanoes, crater, caldera
    explodes|subject:volcano, volcanoes, crater, caldera
    was buried|next:under, beneath, by, in, alive, deep
    were buried|next:under, beneath, by, in, alive, deep
    is buried|next:under, beneath, by, in, alive, deep
    be buried|next:under, beneath, by, in, alive, deep
    been buried|next:under, beneath, by, in, alive, deep
    burial|next:ground, grounds, site, sites, chamber, chambers, mound, mounds, place
    kill|next:switch, switches
    shut down|next:computers, computer, systems, servers, networks, websites, phones, talk, speculation, rumours, rumors, questions, debate
    shuts down|next:computers, computer, systems, servers, networks, websites, phones, talk, speculation, rumours, rumors, questions, debate
    """

  static let examples: [(text: String, eventClass: String?)] = [
    ("Russia hosted Taliban leaders for talks on regional security", "meeting"),
    ("the fifth session of the Moscow format consultations", "meeting"),
    ("Scholz met with Lula", "meeting"),
    ("Delegations from nine countries met in Nairobi on Monday", "meeting"),
    ("the third round of the Barents trade forum", "meeting"),
    ("The two Koreas opened a new round of dialogue in Panmunjom", "meeting"),
    ("Both parties called for dialogue", nil),
    ("Party leaders met at the annual gathering in Brighton", "meeting"),
    ("Crowds were seen gathering outside the stadium", nil),
    ("At least three of the booster's engines were not firing as it climbed", nil),
    ("The rocket lifted off from the pad in south Texas", "launch"),
    ("The president walked through the burned remains of the town", nil),
    ("The candidates clashed in a televised debate", "meeting"),
    ("Liverpool lost the Champions League final to Real Madrid", "victory"),
    ("The president tours the flooded district", "visit"),
    ("Two strong tremors shook the valley", "disaster"),
    ("The debate over immigration has hardened", nil),
    ("Thousands attended the state funeral in Ascoli Piceno", "funeral"),
    ("Part of the motorway bridge collapsed during heavy rain", "crash"),
    ("The currency collapsed in the spring", nil),
    ("An eight-storey office building collapsed on Monday morning", "crash"),
    ("Rescuers described the collapse of the apartment block as sudden", "crash"),
    ("The collapse of the coalition surprised nobody", nil),
    ("The roof of the arena came down under the weight of snow", "crash"),
    ("Mortgage rates came down in the spring", nil),
    ("Crews reached the wreckage of the shopping mall on Friday, four days after it collapsed", "crash"),
    ("Investors fled the currency on Friday, four days after it collapsed", nil),
    ("Part of the road tunnel caved in before dawn", "crash"),
    ("The reporter was freed in a swap with Moscow", "release"),
    ("North Korea carried out its sixth nuclear test on Sunday", "weapons-test"),
    ("The navy carried out a missile test off the coast", "weapons-test"),
    ("The House voted on Wednesday to impeach the president", "charge"),
    ("Students sat a reading test on Monday", nil),
    ("The undersea volcano exploded with a force heard in Alaska", "disaster"),
    ("A gas cylinder exploded in the kitchen", nil),
    ("The drilling platform exploded late on Tuesday night", "attack"),
    ("The minister caved in to pressure from the unions", nil),
    ("The Bank of Canada raised its benchmark rate by half a point", "rate-decision"),
    ("Turkey's central bank cut interest rates again in September", "rate-decision"),
    ("Markets had priced in a rate hike", "rate-decision"),
    ("The president toured the flattened neighbourhoods by helicopter", "visit"),
    ("The storm made landfall near Keaton Beach early on Wednesday", "disaster"),
    ("The storm flattened homes along the coast", "disaster"),
    ("The budget drew a storm of criticism", nil),
    ("a political storm over the budget", nil),
    ("water poured out of the storm drains", nil),
    ("The agency stepped up intelligence gathering", nil),
    ("Analysts warned of a gathering storm in the bond market", nil),
    ("the results met expectations", nil),
    ("A magnitude 7.8 earthquake struck", "disaster"),
    ("since the Taliban took power there", "takeover"),
    ("a day after army officers overthrew the president", "takeover"),
    ("Scholz said the plan had failed", nil),
    ("The singer died on Sunday at her home", "death"),
    ("the death toll rose to 40", nil),
    ("a man was stabbed outside a pub", "killing"),
    ("Police arrested a 19-year-old suspect", "arrest"),
    ("The driver was charged with careless driving", "charge"),
    ("The jury found him guilty after a two-week trial", "trial"),
    ("He was sentenced to 12 years", "sentence"),
    ("A blaze destroyed the warehouse", "fire"),
    ("A car bomb exploded outside the police station", "attack"),
    ("A suicide bomber blew himself up at the checkpoint", "attack"),
    ("the minister came under fire from critics", nil),
    ("The train derailed near the station", "crash"),
    ("The bank agreed to acquire its smaller rival", "acquisition"),
    ("The company unveiled its new phone", "launch"),
    ("She was nominated for best actress", "award"),
    ("The visitors clinched the title with a late goal", "victory"),
    ("The chairman resigned after the vote", "resignation"),
    ("The prime minister has announced she is resigning as party leader", "resignation"),
    ("She said she would stand down as leader in June", "resignation"),
    ("Truss took office on 6 September", "appointment"),
    ("The coach was sacked after ten games", "dismissal"),
    ("troops fired at the crowd", nil),
    ("The actor checked into a treatment facility", "treatment"),
    ("Thousands of protesters marched to parliament", "protest"),
    ("Thieves stole jewels worth millions", "robbery"),
    ("Two tourists were kidnapped in the desert", "kidnapping"),
    ("The gunman fired five shots at the car", nil),
    ("The pilot came home in a prisoner swap at the border", "release"),
    ("The journalist was traded for two agents held in Germany", "release"),
    // "Freed" is no release trigger: rescuers free people from rubble too.
    ("Rescuers freed a woman from the rubble", nil),
    // A name after "released" is a person set free, not a product.
    ("The ministry released Anna Petrova on Friday", nil),
    ("Shares fell on the London Stock Exchange", nil),
    ("The two leaders had a heated exchange over trade", nil),
    ("The studio released its new game on Friday", "launch"),
    ("The central bank extended its currency swap line", nil),
    ("The court overturned the ruling", "decision"),
    ("The airline filed for bankruptcy", "layoff"),
    ("The carmaker will recall 40,000 vehicles", "recall"),
    ("The couple's wedding was held in Verona", "wedding"),
    // "Married" before the people it describes is an adjective.
    ("Reformers have long campaigned for married priests", nil),
    ("The singer married her longtime partner in Lisbon", "wedding"),
    ("A cholera outbreak spread through the camps", "outbreak"),
    ("The malware outbreak spread to 150 countries", "outbreak"),
    ("A gunman opened fire in a crowded wedding hall", "attack"),
    ("A truce took effect at midnight", "agreement"),
    ("Negotiators held talks on a ceasefire", "meeting"),
    ("Aid agencies pleaded for a truce", nil),
    ("Coast guard crews rescued 40 migrants", "rescue"),
    ("Residents sheltered in evacuation centres", nil),
    ("The helicopter went down in a field near the border", "crash"),
    ("Share prices went down sharply after the report", nil),
    ("The jet made an emergency landing in Denver", "emergency"),
    ("Regulators grounded the entire fleet of the model", "grounding"),
    ("Fans waited for hours outside the stadium grounds", nil),
    ("A judge issued an arrest warrant for the former minister", nil),
    ("Bahrain agreed to normalise ties with Israel", "agreement"),
    ("Critics argued the plan would hurt competition", nil),
    ("Two people were hurt in the collision", "crash"),
    ("A freight train slammed into the stalled bus", "crash"),
    ("The volcano erupted again overnight", "disaster"),
    ("Fighting erupted in the capital overnight", nil),
    ("A storm strikes the coast", "disaster"),
    ("Several residents were buried in the rubble", nil),
    ("The poet was buried beside her husband", "funeral"),
    ("Rescuers dug out villagers who were buried under the mud", nil),
    ("The lorry rammed a parked tanker on the bridge", "crash"),
    ("The president fled the country on a military jet", "escape"),
    ("The twins of jailed activist Narges Mohammadi spoke in Oslo", nil),
    ("Jailed Iranian activist wins Nobel Peace Prize", "award"),
    ("The blogger was jailed for two years", "sentence"),
    ("The writer won the Booker Prize for fiction", "award"),
    ("A researcher found a kill switch hidden in the malware's code", nil),
    ("The outbreak shut down computers at hospitals across England", "outbreak"),
    ("The carmaker shut down its plant in Ohio last year", "layoff"),
    ("A ransomware attack took the city's payment systems offline", "attack"),
    ("The port's cargo system was crippled by a cyberattack on Monday", "attack"),
  ]

  struct Trigger: Sendable {
    var eventClass: String
    var words: [String]
    var needsObject: Bool
    /// Whether ``eventClass`` is one of ``MentionFinder/localClasses``, read once here instead
    /// of a string hash per mention.
    var isLocal: Bool
  }

  /// Classes that do not make a story's main event on their own.
  ///
  /// A visit usually brings a meeting; a statement comments on something else; a war is the
  /// background of most of its news.
  static let weakClasses: Set<String> = ["visit", "statement", "war"]

  /// Classes that report what an incident did ("killed", "died", "injured"): counts in a
  /// sentence that also names the incident (a quake, an attack, a fire) belong to the incident.
  static let consequenceClasses: Set<String> = ["killing", "death", "injury"]

  /// Consequence class → the incident classes that, named in the same sentence, cause it
  /// ("the quake killed", "the shooting left two dead"): the consequence is then no event of
  /// its own.
  static let causes: [String: Set<String>] = {
    let incidents: Set<String> = ["attack", "disaster", "fire", "crash", "war", "robbery", "kidnapping", "escape", "outbreak"]
    return ["killing": incidents, "death": incidents.union(["killing"]), "injury": incidents.union(["killing"])]
  }()

  /// The classes ``causes`` has, for ``causes(of:)``.
  private static let causedClasses = Array(causes.keys)

  /// ``causes`` of `eventClass`: the three classes that have any are compared first (string
  /// equality), so a class without causes, most mentions', is not hashed for a table lookup.
  static func causes(of eventClass: String) -> Set<String>? {
    causedClasses.contains(eventClass) ? causes[eventClass] : nil
  }

  /// The kind of incident a specific trigger names, as data (`kind|trigger, trigger …`).
  /// Generic triggers ("attack", "blast", "explosion") name no kind.
  ///
  /// A report that dates an incident only by its month or year ("a flood in 2014", "a bombing
  /// in May 2014") tells it from the other incidents of that place and year by its kind alone,
  /// so the merge keeps such reports apart from an incident of another kind
  /// (`MapReduce.Summary`). Day-dated reports are not held to it: one disaster is an earthquake,
  /// then a tsunami, then landslides in the same day's news.
  static let kindTable = """
    earthquake|earthquake, earthquakes, quake, quakes, tremor, aftershock, aftershocks
    flood|flood, floods, flooding
    storm|hurricane, typhoon, cyclone
    tsunami|tsunami
    wildfire|wildfire, wildfires
    landslide|landslide, landslides
    eruption|eruption, eruptions, erupted, erupts, erupting, exploded, explodes
    drought|drought
    bombing|bombing, bombings, suicide bombing, bomb exploded, device exploded, bomb went off, bombs exploded, blew himself up, blew herself up, blew themselves up, detonated
    shooting|shooting, opened fire, open fire, gunfire
    airstrike|airstrike, airstrikes
    cyberattack|cyberattack, cyberattacks, cyber-attack, cyber-attacks, ransomware attack, ransomware attacks
    """

  /// Lowercased trigger text → kind (``kindTable``).
  static let kinds: [String: String] = {
    var out: [String: String] = [:]
    for line in TableText.split(kindTable, at: 0x0A) {  // "\n"
      let parts = TableText.split(line, at: 0x7C, maxSplits: 1)  // "|"
      guard parts.count == 2 else { continue }
      let kind = TableText.trimmed(parts[0])
      for t in TableText.split(parts[1], at: 0x2C) { out[TableText.trimmed(t)] = kind }  // ","
    }
    return out
  }()

  /// The kind of incident `trigger` names, or nil for a generic trigger.
  static func kind(of trigger: String) -> String? {
    // Most triggers are lowercase ASCII already ("earthquake"): looked up as they are, with no
    // lowercased copy (corpus DCT propagation asks for every dated mention, twice).
    if trigger.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return kinds[trigger] }
    return kinds[trigger.lowercased()]
  }

  /// Classes in the order used to pick a document's main event.
  ///
  /// Used when several classes are in the headline (or, failing that, the lede).
  /// Incidents come before their judicial and other follow-ups ("Man charged with killing
  /// mother" reports a killing; "Trial begins for shooting suspect" a shooting), specific
  /// classes before the broad ones (injury, war, visit, statement).
  static let priority = [
    "meeting", "weapons-test", "attack", "disaster", "killing", "fire", "crash", "emergency", "agreement", "election", "takeover", "withdrawal",
    "acquisition", "launch", "escape", "robbery", "kidnapping", "release", "death", "arrest", "charge", "trial", "sentence",
    "treatment", "award", "victory", "resignation", "dismissal", "appointment", "contract", "designation", "rate-decision", "decision",
    "lawsuit", "layoff", "recall", "grounding", "outbreak", "outage", "protest", "rescue", "injury", "funeral", "birth", "wedding", "war",
    "visit",
    "statement", "event",
  ]

  /// `trigger word` → (words that may not follow it, words that may not precede it, words
  /// that may not precede it directly or through an article).
  static let exceptions: [String: Exceptions] = {
    var out: [String: Exceptions] = [:]
    for line in TableText.split(exceptionTable, at: 0x0A) {  // "\n"
      let f = TableText.split(line, at: 0x7C)  // "|"
      guard f.count == 2 else { continue }
      let word = TableText.trimmed(f[0])
      let spec = TableText.trimmed(f[1])
      guard let colon = spec.firstIndex(of: ":") else { continue }
      let words = TableText.split(spec[spec.index(after: colon)...], at: 0x2C).map(TableText.trimmed)  // ","
      var e = out[word] ?? Exceptions()
      switch spec[..<colon] {
      case "next":
        e.next.formUnion(words.filter { $0 != "@Cap" })
        if words.contains("@Cap") { e.beforeName = true }
      case "prev": e.prev.formUnion(words)
      case "subject": e.subject.formUnion(words)
      default: e.topic.formUnion(words)
      }
      out[word] = e
    }
    return out
  }()

  static let byFirstWord: [String: [Trigger]] = {
    var index: [String: [Trigger]] = [:]
    for line in TableText.split(table, at: 0x0A) {  // "\n"
      let f = TableText.split(line, at: 0x7C)  // "|"
      guard f.count == 2 else { continue }
      let cls = TableText.trimmed(f[0])
      for raw in TableText.split(f[1], at: 0x2C) {  // ","
        var t = TableText.trimmed(raw)
        let needs = t.hasSuffix("+")
        if needs { t.removeLast() }
        let words = TableText.split(t, at: 0x20).map(String.init)  // " "
        guard let first = words.first else { continue }
        index[first, default: []].append(
          Trigger(eventClass: cls, words: words, needsObject: needs, isLocal: MentionFinder.localClasses.contains(cls)))
      }
    }
    for k in index.keys { index[k]?.sort { $0.words.count > $1.words.count } }
    return index
  }()

  /// ``byFirstWord``'s triggers as numbered phrases, in the same order.
  static let phrases = TokenPhrases(byFirstWord) { $0.words }

  /// The words that stop one trigger word (``exceptionTable``'s `next:`, `prev:` and `topic:`).
  struct Exceptions {
    var next: Set<String> = []
    var prev: Set<String> = []
    var topic: Set<String> = []
    /// Words one of which must come before the trigger in its clause (`subject:`).
    var subject: Set<String> = []
    /// Stopped before a capitalized word outside a date (`next:@Cap`).
    var beforeName = false

    /// Whether the trigger of `count` tokens at token `i` of `toks` is stopped.
    func stop(_ toks: [XToken], at i: Int, count: Int = 1) -> Bool {
      let after = i + count
      if after < toks.count, next.contains(toks[after].lower) { return true }
      if beforeName, after < toks.count, toks[after].isCap, toks[after].isWord, !toks[after].inTimex { return true }
      if !subject.isEmpty, !Self.hasSubject(subject, toks, before: i), !Self.hasObject(subject, toks, after: after) {
        return true
      }
      guard i > 0 else { return false }
      let before = toks[i - 1].lower
      if prev.contains(before) || topic.contains(before) { return true }
      return i > 1 && !topic.isEmpty && Self.articles.contains(before) && topic.contains(toks[i - 2].lower)
    }
    static let articles: Set<String> = ["a", "an", "the"]
    /// How far before a trigger its subject may be, in tokens.
    static let subjectWindow = 8
    /// How far before a trigger after a pronoun the pronoun's noun may be, in tokens.
    static let pronounSubjectWindow = 30

    /// Whether `toks[after]` is "of" and one of `words` is among the `subjectWindow` tokens
    /// after it, with no clause punctuation between: a noun's subject told after it ("the
    /// collapse of the eight-storey building").
    static func hasObject(_ words: Set<String>, _ toks: [XToken], after: Int) -> Bool {
      guard after < toks.count, toks[after].lower == "of" else { return false }
      return names(words, toks, from: after + 1, step: 1, window: subjectWindow, stopAtComma: true)
    }

    /// Whether one of `words` is among the `subjectWindow` tokens before `i`, with no clause
    /// punctuation between ("The jet, carrying 189 people, went down" keeps its subject). A
    /// trigger after "it" or "they" looks back through its sentence for the noun the pronoun
    /// stands for ("pulled from the wreckage of the building on Friday, 17 days after it
    /// collapsed").
    static func hasSubject(_ words: Set<String>, _ toks: [XToken], before i: Int) -> Bool {
      let pronoun = i > 0 && (toks[i - 1].lower == "it" || toks[i - 1].lower == "they")
      let window = pronoun ? pronounSubjectWindow : subjectWindow
      return names(words, toks, from: i - 1, step: -1, window: window, stopAtComma: false)
    }

    /// Whether one of `words` is among `window` tokens from `from` on, walking by `step` (1 or
    /// -1), before a ";" or "." (or a "," with `stopAtComma`).
    private static func names(
      _ words: Set<String>, _ toks: [XToken], from: Int, step: Int, window: Int, stopAtComma: Bool
    ) -> Bool {
      var p = from
      var walked = 0
      while p >= 0, p < toks.count, walked < window {
        let t = toks[p]
        if t.text == ";" || t.text == "." || (stopAtComma && t.text == ",") { return false }
        if words.contains(t.lower) { return true }
        p += step
        walked += 1
      }
      return false
    }
  }

  /// For each trigger of ``phrases`` (by position): its ``exceptions``, when it has some (found
  /// once here instead of by a hash at every match).
  static let phraseExceptions: [Exceptions?] = phrases.items.map { exceptions[$0.words.joined(separator: " ")] }

  /// The trigger starting at token `i`, with its length in tokens.
  static func match(_ toks: [XToken], at i: Int) -> (Trigger, Int)? {
    guard toks[i].isWord, toks[i].isIn(.triggerStarts) else { return nil }
    // The shared tables are read in place; a trigger is copied out only when it matches.
    for p in phrases.phrases(startingWith: toks[i].word) where phrases.matches(p, toks, at: i) {
      let count = phrases.length(p)
      if let ex = phraseExceptions[p], ex.stop(toks, at: i, count: count) { continue }
      if phrases.items[p].needsObject {
        let j = i + count
        guard j < toks.count, toks[j].lower == "with" || (toks[j].isCap && toks[j].isWord) else { continue }
      }
      return (phrases.items[p], count)
    }
    return nil
  }
}
