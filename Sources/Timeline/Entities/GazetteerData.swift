/// Built-in gazetteer: countries (names, demonyms, capital), major cities, international
/// organizations and blocs, armed and political groups.
///
/// One entry a line: `kind|slug|names|demonyms-or-country|capital`. Names and demonyms are
/// comma-separated surface forms matched case-sensitively on word boundaries (all-caps text
/// matches too). Cities name their country as `country-slug`. The examples below run as tests
/// (`GazetteerTests`).
///
/// Watch out for:
/// - a place used inside another name: "Moscow format" is a process, not a place; "Kazan City
///   Hall" is a building in Kazan (``EntityRecognizer`` handles both);
/// - demonyms are adjectives: "Russian foreign ministry" mentions Russia, not a person;
/// - "Georgia", "Jordan", "Chad" are also given names: they only match when capitalized and
///   not followed by another capitalized name word.
enum GazetteerData {
  static let examples: [(text: String, keys: [String])] = [
    ("Russian Foreign Minister Sergey Lavrov spoke in Moscow.", ["city:moscow", "country:russia", "person:lavrov"]),
    ("talks in Kazan, Russia", ["city:kazan", "country:russia"]),
    ("the fifth session of the Moscow format consultations", ["process:moscow-format"]),
    ("at Kazan City Hall", ["city:kazan"]),
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
    """

  /// Title and role words that introduce a person's name ("Foreign Minister Sergei Lavrov").
  /// Lowercased word sequences; longest match wins.
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
