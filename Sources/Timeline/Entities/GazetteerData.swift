/// Built-in gazetteer: countries (names, demonyms, capital), major cities, international
/// organizations and blocs, armed and political groups.
///
/// One entry a line: `kind|slug|names|demonyms-or-country|capital`. Names and demonyms are
/// comma-separated surface forms matched case-sensitively on word boundaries (all-caps text
/// matches too). Cities name their country as `country-slug`. The examples below run as tests
/// (`GazetteerTests`).
///
/// Watch out for:
/// - a place used inside another name: "Minsk format" is a process, not a place; "Geneva City
///   Hall" is a building in Geneva (``EntityRecognizer`` handles both);
/// - demonyms are adjectives: "Russian foreign ministry" mentions Russia, not a person;
/// - "Georgia", "Jordan", "Chad" are also given names: they only match when capitalized and
///   not followed by another capitalized name word.
enum GazetteerData {
  static let examples: [(text: String, keys: [String])] = [
    ("Russian Foreign Minister Sergey Lavrov spoke in Moscow.", ["city:moscow", "country:russia", "person:lavrov"]),
    ("talks in Kazan, Russia", ["city:kazan", "country:russia"]),
    ("the fifth session of the Moscow format consultations", ["process:moscow-format"]),
    ("at Geneva City Hall", ["city:geneva"]),
    ("the Islamic State in Khorasan province and ISIS-K", ["group:islamic-state-khorasan"]),
    ("The United Nations and the European Union met NATO.", ["org:eu", "org:nato", "org:un"]),
    ("Turkish and Syrian rescuers in Gaziantep", ["city:gaziantep", "country:syria", "country:turkey"]),
  ]

  static let table = """
    country|afghanistan|Afghanistan, Islamic Emirate of Afghanistan, Islamic Emirate|Afghan, Afghans|Kabul
    country|albania|Albania|Albanian, Albanians|Tirana
    country|algeria|Algeria|Algerian, Algerians|Algiers
    country|argentina|Argentina|Argentine, Argentinian, Argentines|Buenos Aires
    country|armenia|Armenia|Armenian, Armenians|Yerevan
    country|australia|Australia|Australian, Australians|Canberra
    country|austria|Austria|Austrian, Austrians|Vienna
    country|azerbaijan|Azerbaijan|Azerbaijani, Azerbaijanis, Azeri|Baku
    country|bahrain|Bahrain|Bahraini|Manama
    country|bangladesh|Bangladesh|Bangladeshi, Bangladeshis|Dhaka
    country|belarus|Belarus|Belarusian, Belarusians|Minsk
    country|belgium|Belgium|Belgian, Belgians|Brussels
    country|bolivia|Bolivia|Bolivian, Bolivians|La Paz
    country|bosnia|Bosnia and Herzegovina, Bosnia|Bosnian, Bosnians|Sarajevo
    country|brazil|Brazil|Brazilian, Brazilians|Brasilia
    country|bulgaria|Bulgaria|Bulgarian, Bulgarians|Sofia
    country|cambodia|Cambodia|Cambodian, Cambodians|Phnom Penh
    country|canada|Canada|Canadian, Canadians|Ottawa
    country|chile|Chile|Chilean, Chileans|Santiago
    country|china|China, People's Republic of China, PRC|Chinese|Beijing
    country|colombia|Colombia|Colombian, Colombians|Bogota
    country|croatia|Croatia|Croatian, Croatians|Zagreb
    country|cuba|Cuba|Cuban, Cubans|Havana
    country|cyprus|Cyprus|Cypriot, Cypriots|Nicosia
    country|czechia|Czech Republic, Czechia|Czech, Czechs|Prague
    country|congo|Democratic Republic of Congo, Democratic Republic of the Congo, DR Congo, DRC, Congo|Congolese|Kinshasa
    country|denmark|Denmark|Danish, Danes|Copenhagen
    country|ecuador|Ecuador|Ecuadorian, Ecuadorians|Quito
    country|egypt|Egypt|Egyptian, Egyptians|Cairo
    country|estonia|Estonia|Estonian, Estonians|Tallinn
    country|ethiopia|Ethiopia|Ethiopian, Ethiopians|Addis Ababa
    country|finland|Finland|Finnish, Finns|Helsinki
    country|france|France|French|Paris
    country|georgia|Georgia|Georgian, Georgians|Tbilisi
    country|germany|Germany|German, Germans|Berlin
    country|ghana|Ghana|Ghanaian, Ghanaians|Accra
    country|greece|Greece|Greek, Greeks|Athens
    country|haiti|Haiti|Haitian, Haitians|Port-au-Prince
    country|hungary|Hungary|Hungarian, Hungarians|Budapest
    country|iceland|Iceland|Icelandic, Icelanders|Reykjavik
    country|india|India|Indian, Indians|New Delhi
    country|indonesia|Indonesia|Indonesian, Indonesians|Jakarta
    country|iran|Iran, Islamic Republic of Iran|Iranian, Iranians|Tehran
    country|iraq|Iraq|Iraqi, Iraqis|Baghdad
    country|ireland|Ireland|Irish|Dublin
    country|israel|Israel|Israeli, Israelis|Jerusalem
    country|italy|Italy|Italian, Italians|Rome
    country|japan|Japan|Japanese|Tokyo
    country|jordan|Jordan|Jordanian, Jordanians|Amman
    country|kazakhstan|Kazakhstan|Kazakh, Kazakhs, Kazakhstani|Astana
    country|kenya|Kenya|Kenyan, Kenyans|Nairobi
    country|kuwait|Kuwait|Kuwaiti, Kuwaitis|Kuwait City
    country|kyrgyzstan|Kyrgyzstan, Kyrgyz Republic|Kyrgyz|Bishkek
    country|latvia|Latvia|Latvian, Latvians|Riga
    country|lebanon|Lebanon|Lebanese|Beirut
    country|libya|Libya|Libyan, Libyans|Tripoli
    country|lithuania|Lithuania|Lithuanian, Lithuanians|Vilnius
    country|malaysia|Malaysia|Malaysian, Malaysians|Kuala Lumpur
    country|mexico|Mexico|Mexican, Mexicans|Mexico City
    country|moldova|Moldova|Moldovan, Moldovans|Chisinau
    country|mongolia|Mongolia|Mongolian, Mongolians|Ulaanbaatar
    country|morocco|Morocco|Moroccan, Moroccans|Rabat
    country|myanmar|Myanmar, Burma|Burmese|Naypyidaw
    country|nepal|Nepal|Nepali, Nepalese|Kathmandu
    country|netherlands|Netherlands, Holland|Dutch|Amsterdam
    country|new-zealand|New Zealand|New Zealander, New Zealanders|Wellington
    country|nigeria|Nigeria|Nigerian, Nigerians|Abuja
    country|north-korea|North Korea, DPRK|North Korean, North Koreans|Pyongyang
    country|norway|Norway|Norwegian, Norwegians|Oslo
    country|oman|Oman|Omani, Omanis|Muscat
    country|pakistan|Pakistan|Pakistani, Pakistanis|Islamabad
    country|palestine|Palestine, Palestinian territories|Palestinian, Palestinians|Ramallah
    country|peru|Peru|Peruvian, Peruvians|Lima
    country|philippines|Philippines|Filipino, Filipinos, Philippine|Manila
    country|poland|Poland|Polish, Poles|Warsaw
    country|portugal|Portugal|Portuguese|Lisbon
    country|qatar|Qatar|Qatari, Qataris|Doha
    country|romania|Romania|Romanian, Romanians|Bucharest
    country|russia|Russia, Russian Federation|Russian, Russians|Moscow
    country|saudi-arabia|Saudi Arabia, Kingdom of Saudi Arabia|Saudi, Saudis, Saudi Arabian|Riyadh
    country|serbia|Serbia|Serbian, Serbs|Belgrade
    country|singapore|Singapore|Singaporean, Singaporeans|
    country|slovakia|Slovakia|Slovak, Slovaks|Bratislava
    country|slovenia|Slovenia|Slovenian, Slovenians|Ljubljana
    country|somalia|Somalia|Somali, Somalis|Mogadishu
    country|south-africa|South Africa|South African, South Africans|Pretoria
    country|south-korea|South Korea, Republic of Korea|South Korean, South Koreans|Seoul
    country|spain|Spain|Spanish, Spaniards|Madrid
    country|sri-lanka|Sri Lanka|Sri Lankan, Sri Lankans|Colombo
    country|sudan|Sudan|Sudanese|Khartoum
    country|sweden|Sweden|Swedish, Swedes|Stockholm
    country|switzerland|Switzerland|Swiss|Bern
    country|syria|Syria|Syrian, Syrians|Damascus
    country|taiwan|Taiwan|Taiwanese|Taipei
    country|tajikistan|Tajikistan|Tajik, Tajiks|Dushanbe
    country|thailand|Thailand|Thai|Bangkok
    country|tunisia|Tunisia|Tunisian, Tunisians|Tunis
    country|turkey|Turkey, Türkiye, Turkiye|Turkish, Turks|Ankara
    country|turkmenistan|Turkmenistan|Turkmen|Ashgabat
    country|uae|United Arab Emirates, UAE|Emirati, Emiratis|Abu Dhabi
    country|uganda|Uganda|Ugandan, Ugandans|Kampala
    country|zimbabwe|Zimbabwe|Zimbabwean, Zimbabweans|Harare
    country|zambia|Zambia|Zambian, Zambians|Lusaka
    country|tanzania|Tanzania|Tanzanian, Tanzanians|Dodoma
    country|rwanda|Rwanda|Rwandan, Rwandans|Kigali
    country|senegal|Senegal|Senegalese|Dakar
    country|mali|Mali|Malian, Malians|Bamako
    country|niger|Niger|Nigerien, Nigeriens|Niamey
    country|burkina-faso|Burkina Faso|Burkinabe|Ouagadougou
    country|chad|Chad|Chadian, Chadians|N'Djamena
    country|eritrea|Eritrea|Eritrean, Eritreans|Asmara
    country|south-sudan|South Sudan|South Sudanese|Juba
    country|mozambique|Mozambique|Mozambican, Mozambicans|Maputo
    country|angola|Angola|Angolan, Angolans|Luanda
    country|cameroon|Cameroon|Cameroonian, Cameroonians|Yaounde
    country|ivory-coast|Ivory Coast, Cote d'Ivoire|Ivorian, Ivorians|Abidjan
    country|madagascar|Madagascar|Malagasy|Antananarivo
    country|guatemala|Guatemala|Guatemalan, Guatemalans|Guatemala City
    country|honduras|Honduras|Honduran, Hondurans|Tegucigalpa
    country|el-salvador|El Salvador|Salvadoran, Salvadorans|San Salvador
    country|nicaragua|Nicaragua|Nicaraguan, Nicaraguans|Managua
    country|panama|Panama|Panamanian, Panamanians|Panama City
    country|dominican-republic|Dominican Republic|Dominican, Dominicans|Santo Domingo
    country|jamaica|Jamaica|Jamaican, Jamaicans|Kingston
    country|paraguay|Paraguay|Paraguayan, Paraguayans|Asuncion
    country|uruguay|Uruguay|Uruguayan, Uruguayans|Montevideo
    country|luxembourg|Luxembourg|Luxembourgish|
    country|malta|Malta|Maltese|Valletta
    country|north-macedonia|North Macedonia|Macedonian, Macedonians|Skopje
    country|montenegro|Montenegro|Montenegrin, Montenegrins|Podgorica
    country|kosovo|Kosovo|Kosovar, Kosovars|Pristina
    country|laos|Laos|Lao, Laotian|Vientiane
    country|brunei|Brunei|Bruneian|
    country|maldives|Maldives|Maldivian|
    country|bhutan|Bhutan|Bhutanese|Thimphu
    country|fiji|Fiji|Fijian, Fijians|Suva
    country|papua-new-guinea|Papua New Guinea|Papua New Guinean|Port Moresby
    country|ukraine|Ukraine|Ukrainian, Ukrainians|Kyiv
    country|united-kingdom|United Kingdom, Britain, Great Britain, UK, U.K.|British, Briton, Britons|London
    country|united-states|United States, United States of America, USA, U.S., US, U.S.A., America|American, Americans|Washington
    country|uzbekistan|Uzbekistan|Uzbek, Uzbeks|Tashkent
    country|venezuela|Venezuela|Venezuelan, Venezuelans|Caracas
    country|vietnam|Vietnam, Viet Nam|Vietnamese|Hanoi
    country|yemen|Yemen|Yemeni, Yemenis|Sanaa
    country|soviet-union|Soviet Union, USSR, U.S.S.R.|Soviet, Soviets|
    city|kazan|Kazan|russia
    city|st-petersburg|St. Petersburg, Saint Petersburg|russia
    city|sochi|Sochi|russia
    city|vladivostok|Vladivostok|russia
    city|yekaterinburg|Yekaterinburg|russia
    city|kandahar|Kandahar|afghanistan
    city|herat|Herat|afghanistan
    city|mazar-i-sharif|Mazar-i-Sharif|afghanistan
    city|jalalabad|Jalalabad|afghanistan
    city|bagram|Bagram|afghanistan
    city|new-york|New York, New York City|united-states
    city|los-angeles|Los Angeles|united-states
    city|chicago|Chicago|united-states
    city|san-francisco|San Francisco|united-states
    city|geneva|Geneva|switzerland
    city|davos|Davos|switzerland
    city|shanghai|Shanghai|china
    city|hong-kong|Hong Kong|china
    city|istanbul|Istanbul|turkey
    city|gaziantep|Gaziantep|turkey
    city|kahramanmaras|Kahramanmaras, Kahramanmaraş|turkey
    city|hatay|Hatay, Antakya|turkey
    city|aleppo|Aleppo|syria
    city|idlib|Idlib|syria
    city|dubai|Dubai|uae
    city|jeddah|Jeddah|saudi-arabia
    city|mumbai|Mumbai, Bombay|india
    city|karachi|Karachi|pakistan
    city|lahore|Lahore|pakistan
    city|peshawar|Peshawar|pakistan
    city|samarkand|Samarkand|uzbekistan
    city|osaka|Osaka|japan
    city|hiroshima|Hiroshima|japan
    city|marrakesh|Marrakesh, Marrakech|morocco
    city|sharm-el-sheikh|Sharm el-Sheikh, Sharm El Sheikh|egypt
    city|glasgow|Glasgow|united-kingdom
    city|munich|Munich|germany
    city|hamburg|Hamburg|germany
    city|bali|Bali|indonesia
    city|johannesburg|Johannesburg|south-africa
    city|rio-de-janeiro|Rio de Janeiro|brazil
    city|sao-paulo|Sao Paulo, São Paulo|brazil
    city|pokhara|Pokhara|nepal
    city|odesa|Odesa, Odessa|ukraine
    city|kharkiv|Kharkiv, Kharkov|ukraine
    city|lviv|Lviv|ukraine
    city|mariupol|Mariupol|ukraine
    city|bakhmut|Bakhmut|ukraine
    city|kherson|Kherson|ukraine
    city|donetsk|Donetsk|ukraine
    city|zaporizhzhia|Zaporizhzhia|ukraine
    city|gaza-city|Gaza City|palestine
    city|gaza|Gaza, Gaza Strip|palestine
    city|tel-aviv|Tel Aviv|israel
    city|rafah|Rafah|palestine
    city|mosul|Mosul|iraq
    city|basra|Basra|iraq
    city|erbil|Erbil|iraq
    city|benghazi|Benghazi|libya
    city|derna|Derna|libya
    city|mecca|Mecca|saudi-arabia
    city|sharjah|Sharjah|uae
    city|alexandria|Alexandria|egypt
    city|casablanca|Casablanca|morocco
    city|lagos|Lagos|nigeria
    city|kano|Kano|nigeria
    city|goma|Goma|congo
    city|kinshasa|Kinshasa|congo
    city|mombasa|Mombasa|kenya
    city|cape-town|Cape Town|south-africa
    city|durban|Durban|south-africa
    city|toronto|Toronto|canada
    city|montreal|Montreal|canada
    city|vancouver|Vancouver|canada
    city|houston|Houston|united-states
    city|miami|Miami|united-states
    city|boston|Boston|united-states
    city|seattle|Seattle|united-states
    city|atlanta|Atlanta|united-states
    city|philadelphia|Philadelphia|united-states
    city|new-orleans|New Orleans|united-states
    city|las-vegas|Las Vegas|united-states
    city|guadalajara|Guadalajara|mexico
    city|monterrey|Monterrey|mexico
    city|medellin|Medellin, Medellín|colombia
    city|valparaiso|Valparaiso, Valparaíso|chile
    city|cordoba|Cordoba, Córdoba|argentina
    city|barcelona|Barcelona|spain
    city|valencia|Valencia|spain
    city|seville|Seville|spain
    city|milan|Milan|italy
    city|naples|Naples|italy
    city|venice|Venice|italy
    city|turin|Turin|italy
    city|frankfurt|Frankfurt|germany
    city|cologne|Cologne|germany
    city|dresden|Dresden|germany
    city|lyon|Lyon|france
    city|marseille|Marseille|france
    city|strasbourg|Strasbourg|france
    city|manchester|Manchester|united-kingdom
    city|birmingham|Birmingham|united-kingdom
    city|edinburgh|Edinburgh|united-kingdom
    city|belfast|Belfast|united-kingdom
    city|rotterdam|Rotterdam|netherlands
    city|the-hague|The Hague|netherlands
    city|antwerp|Antwerp|belgium
    city|zurich|Zurich, Zürich|switzerland
    city|krakow|Krakow, Kraków|poland
    city|gdansk|Gdansk, Gdańsk|poland
    city|thessaloniki|Thessaloniki|greece
    city|izmir|Izmir, İzmir|turkey
    city|adana|Adana|turkey
    city|malatya|Malatya|turkey
    city|adiyaman|Adiyaman, Adıyaman|turkey
    city|diyarbakir|Diyarbakir, Diyarbakır|turkey
    city|latakia|Latakia|syria
    city|homs|Homs|syria
    city|mashhad|Mashhad|iran
    city|isfahan|Isfahan|iran
    city|tabriz|Tabriz|iran
    city|quetta|Quetta|pakistan
    city|rawalpindi|Rawalpindi|pakistan
    city|kolkata|Kolkata, Calcutta|india
    city|chennai|Chennai|india
    city|bengaluru|Bengaluru, Bangalore|india
    city|hyderabad|Hyderabad|india
    city|srinagar|Srinagar|india
    city|chittagong|Chittagong|bangladesh
    city|yangon|Yangon, Rangoon|myanmar
    city|mandalay|Mandalay|myanmar
    city|ho-chi-minh-city|Ho Chi Minh City, Saigon|vietnam
    city|chiang-mai|Chiang Mai|thailand
    city|cebu|Cebu|philippines
    city|surabaya|Surabaya|indonesia
    city|yogyakarta|Yogyakarta|indonesia
    city|wuhan|Wuhan|china
    city|guangzhou|Guangzhou|china
    city|shenzhen|Shenzhen|china
    city|chengdu|Chengdu|china
    city|urumqi|Urumqi|china
    city|busan|Busan|south-korea
    city|kyoto|Kyoto|japan
    city|fukushima|Fukushima|japan
    city|sapporo|Sapporo|japan
    city|sydney|Sydney|australia
    city|melbourne|Melbourne|australia
    city|auckland|Auckland|new-zealand
    city|christchurch|Christchurch|new-zealand
    city|almaty|Almaty|kazakhstan
    city|astana|Astana, Nur-Sultan|kazakhstan
    city|bukhara|Bukhara|uzbekistan
    city|termez|Termez|uzbekistan
    city|osh|Osh|kyrgyzstan
    city|grodno|Grodno|belarus
    city|novosibirsk|Novosibirsk|russia
    city|grozny|Grozny|russia
    city|murmansk|Murmansk|russia
    city|kaliningrad|Kaliningrad|russia
    city|sevastopol|Sevastopol|ukraine
    city|batumi|Batumi|georgia
    city|port-sudan|Port Sudan|sudan
    city|el-fasher|El Fasher|sudan
    city|aden|Aden|yemen
    city|hodeidah|Hodeidah|yemen
    org|un|United Nations, UN, U.N.|
    org|un-security-council|UN Security Council, United Nations Security Council, Security Council|
    org|wfp|World Food Programme, World Food Program, WFP|
    org|nato|NATO, North Atlantic Treaty Organization|
    org|eu|European Union, EU, E.U.|
    org|g20|G20, G-20, Group of 20|
    org|g7|G7, G-7, Group of Seven|
    org|brics|BRICS|
    org|sco|Shanghai Cooperation Organization, Shanghai Cooperation Organisation, SCO|
    org|cis|Commonwealth of Independent States, CIS|
    org|csto|Collective Security Treaty Organization, CSTO|
    org|asean|ASEAN, Association of Southeast Asian Nations|
    org|african-union|African Union, AU|
    org|arab-league|Arab League|
    org|opec|OPEC|
    org|imf|International Monetary Fund, IMF|
    org|world-bank|World Bank|
    org|who|World Health Organization, WHO|
    org|red-cross|Red Cross, Red Crescent, ICRC|
    org|apec|APEC, Asia-Pacific Economic Cooperation|
    org|kremlin|Kremlin|
    org|state-department|State Department, US Department of State, Department of State|
    org|pentagon|Pentagon|
    org|usgs|US Geological Survey, U.S. Geological Survey, USGS|
    org|emsc|European-Mediterranean Seismological Centre, EMSC|
    org|afad|AFAD|
    org|tass|TASS, Tass|
    org|afp|AFP, Agence France-Presse|
    org|ap|Associated Press, AP|
    org|reuters|Reuters|
    org|icc|International Criminal Court, ICC|
    org|icj|International Court of Justice, ICJ|
    org|iaea|International Atomic Energy Agency, IAEA|
    org|unhcr|UNHCR, UN refugee agency, United Nations High Commissioner for Refugees|
    org|unicef|UNICEF|
    org|ocha|OCHA, UN Office for the Coordination of Humanitarian Affairs|
    org|osce|OSCE, Organization for Security and Co-operation in Europe|
    org|oic|Organisation of Islamic Cooperation, Organization of Islamic Cooperation, OIC|
    org|gcc|Gulf Cooperation Council, GCC|
    org|ecowas|ECOWAS, Economic Community of West African States|
    org|unfccc|UNFCCC, UN Framework Convention on Climate Change|
    org|european-commission|European Commission|
    org|european-parliament|European Parliament|
    org|interpol|Interpol|
    org|msf|Doctors Without Borders, Medecins Sans Frontieres, MSF|
    org|amnesty|Amnesty International|
    org|human-rights-watch|Human Rights Watch|
    org|bbc|BBC|
    org|cnn|CNN|
    org|xinhua|Xinhua|
    org|ria|RIA Novosti, RIA|
    org|interfax|Interfax|
    org|al-jazeera|Al Jazeera|
    group|taliban|Taliban, Taleban|
    group|islamic-state-khorasan|Islamic State Khorasan Province, Islamic State-Khorasan Province, Islamic State in Khorasan province, Islamic State in Khorasan Province, Islamic State-Khorasan, Islamic State Khorasan, ISIS-K, ISKP, IS-K|
    group|islamic-state|Islamic State, ISIS, ISIL, IS, Daesh|
    group|al-qaeda|Al-Qaeda, Al Qaeda, al-Qaida, al Qaeda, al-Qaeda|
    group|hamas|Hamas|
    group|hezbollah|Hezbollah, Hizbollah|
    group|houthis|Houthis, Houthi, Ansar Allah|
    group|al-shabaab|Al-Shabaab, al-Shabab, Al Shabaab|
    group|boko-haram|Boko Haram|
    group|haqqani-network|Haqqani network, Haqqani Network|
    group|wagner|Wagner Group, Wagner|
    group|pkk|PKK, Kurdistan Workers' Party|
    group|hts|Hayat Tahrir al-Sham, HTS|
    group|northern-alliance|Northern Alliance|
    group|islamic-jihad|Palestinian Islamic Jihad, Islamic Jihad|
    group|rsf|Rapid Support Forces, RSF|
    group|m23|M23, March 23 Movement|
    group|farc|FARC, Revolutionary Armed Forces of Colombia|
    group|ttp|Tehrik-i-Taliban Pakistan, Pakistani Taliban, TTP|
    group|jnim|JNIM, Jama'at Nasr al-Islam wal Muslimin|
    group|iswap|Islamic State West Africa Province, ISWAP|
    group|azov|Azov Regiment, Azov Battalion, Azov|
    group|muslim-brotherhood|Muslim Brotherhood|
    """

  /// Title and role words that introduce a person's name.
  ///
  /// "Foreign Minister Wang Yi". Lowercased word sequences; longest match wins.
  /// Common given names of people in the news, lowercase: "Boris Johnson is expected to …",
  /// "Liz Truss announced …" are persons with no title or speech verb beside them. A name
  /// starting with one of these and followed by one or two more capitalized words is a person.
  static let givenNames: Set<String> = [
    // English
    "adam", "alan", "alex", "alexander", "alice", "amanda", "amy", "andrew", "angela", "ann", "anna", "anne",
    "anthony", "barbara", "ben", "benjamin", "bernie", "beth", "betty", "bill", "bob", "boris", "brandon",
    "brian", "carol", "caroline", "catherine", "charles", "charlotte", "chris", "christine", "christopher",
    "chuck", "claire", "daniel", "dave", "david", "deborah", "dennis", "derek", "diana", "donald", "donna",
    "dorothy", "douglas", "edward", "elizabeth", "emily", "emma", "eric", "frank", "gary", "george",
    "gordon", "grace", "greg", "harry", "helen", "henry", "hillary", "jack", "jacob", "james", "jane",
    "janet", "jason", "jeff", "jeffrey", "jennifer", "jeremy", "jessica", "jim", "joe", "john", "jonathan",
    "joseph", "joshua", "julia", "julie", "justin", "karen", "kate", "katherine", "keir", "kevin", "kim",
    "kimberly", "larry", "laura", "linda", "lisa", "liz", "margaret", "maria", "mark", "martin", "mary",
    "matthew", "megan", "melissa", "michael", "michelle", "mike", "nancy", "nathan", "nicholas", "nick",
    "nicola", "oliver", "patricia", "patrick", "paul", "penny", "peter", "priti", "rachel", "rebecca",
    "richard", "rishi", "robert", "ron", "ruth", "ryan", "sajid", "samuel", "sandra", "sarah", "scott",
    "sharon", "simon", "stephen", "steve", "steven", "susan", "suella", "theresa", "thomas", "tim",
    "timothy", "tom", "tony", "victoria", "william",
    // French, Italian, Spanish, Portuguese, German, Dutch, Nordic
    "alain", "alberto", "andrea", "antonio", "carlos", "emmanuel", "fabio", "francesco", "francisco",
    "francois", "françois", "giorgia", "giuseppe", "gustavo", "hans", "javier", "jean", "jens", "jorge",
    "jose", "josé", "juan", "jürgen", "klaus", "lars", "luis", "luiz", "manuel", "marco", "marine",
    "mario", "matteo", "nicolas", "olaf", "pedro", "pierre", "sergio", "ursula", "wolfgang",
    // Slavic and Baltic
    "aleksandr", "alexei", "andrzej", "dmitry", "dmitri", "igor", "mikhail", "nikolai", "oleg", "olena",
    "sergei", "sergey", "viktor", "vladimir", "volodymyr", "yulia",
    // Arabic, Persian, Turkish, South Asian
    "abdullah", "ahmed", "ali", "ashraf", "fatima", "hamid", "hassan", "hussein", "ibrahim", "imran",
    "ismail", "khalid", "mahmoud", "mohamed", "mohammad", "mohammed", "muhammad", "mustafa", "narendra",
    "omar", "rahul", "recep", "salman", "shehbaz", "tayyip", "yusuf",
    // East and Southeast Asian, African, Latin American
    "fumio", "joko", "kwame", "lula", "nelson", "shinzo", "yoon", "cyril", "abiy", "william", "paul",
  ]

  static let titles: [String] = [
    "president", "vice president", "prime minister", "deputy prime minister", "foreign minister",
    "deputy foreign minister", "minister", "defense minister", "defence minister", "interior minister",
    "finance minister", "secretary of state", "secretary", "secretary-general", "secretary general",
    "chancellor", "king", "queen", "prince", "crown prince", "emir", "sheikh", "mullah", "mawlawi",
    "spokesman", "spokeswoman", "spokesperson", "envoy", "special envoy", "special representative",
    "representative", "ambassador", "governor", "mayor", "general", "gen.", "commander", "chief",
    "leader", "supreme leader", "pope", "senator", "sen.", "rep.", "mr.", "mrs.", "ms.", "dr.",
    "director", "director-general", "director general", "head", "chairman", "chairwoman", "chair",
    "premier", "official", "diplomat", "negotiator", "coordinator", "analyst", "professor",
    "seismologist", "rescuer", "journalist", "correspondent", "ayatollah", "field marshal",
    "colonel", "lieutenant", "captain", "adviser", "advisor", "aide", "deputy", "undersecretary",
  ]

  /// Title modifiers that may precede a title ("acting", "former", "Russian").
  static let titleModifiers: Set<String> = [
    "acting", "former", "interim", "deputy", "top", "senior", "chief", "special", "presidential",
    "foreign", "affairs", "the", "new", "then", "current", "outgoing", "incoming", "vice",
    "kremlin", "state", "regional", "local", "group's", "group’s",
  ]
}
