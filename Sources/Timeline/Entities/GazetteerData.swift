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
    ("Crews worked in Genoa, Lahaina and Uvalde.", ["city:genoa", "city:lahaina", "city:uvalde"]),
    // A demonym before "capital" names the country's capital; before anything else, the country.
    ("Kim arrived in the Vietnamese capital by car.", ["city:hanoi"]),
    ("Vietnamese officials met Afghan envoys.", ["country:afghanistan", "country:vietnam"]),
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
    city|dallas|Dallas|united-states
    city|san-antonio|San Antonio|united-states
    city|san-diego|San Diego|united-states
    city|san-jose|San Jose|united-states
    city|fort-worth|Fort Worth|united-states
    city|indianapolis|Indianapolis|united-states
    city|denver|Denver|united-states
    city|el-paso|El Paso|united-states
    city|nashville|Nashville|united-states
    city|detroit|Detroit|united-states
    city|oklahoma-city|Oklahoma City|united-states
    city|portland|Portland|united-states
    city|memphis|Memphis|united-states
    city|louisville|Louisville|united-states
    city|milwaukee|Milwaukee|united-states
    city|albuquerque|Albuquerque|united-states
    city|sacramento|Sacramento|united-states
    city|kansas-city|Kansas City|united-states
    city|minneapolis|Minneapolis|united-states
    city|tampa|Tampa|united-states
    city|cleveland|Cleveland|united-states
    city|honolulu|Honolulu|united-states
    city|cincinnati|Cincinnati|united-states
    city|pittsburgh|Pittsburgh|united-states
    city|anchorage|Anchorage|united-states
    city|newark|Newark|united-states
    city|baton-rouge|Baton Rouge|united-states
    city|des-moines|Des Moines|united-states
    city|salt-lake-city|Salt Lake City|united-states
    city|albany|Albany|united-states
    city|harrisburg|Harrisburg|united-states
    city|st-louis|St. Louis, Saint Louis|united-states
    city|lahaina|Lahaina|united-states
    city|uvalde|Uvalde|united-states
    city|palm-beach|Palm Beach|united-states
    city|palo-alto|Palo Alto|united-states
    city|cupertino|Cupertino|united-states
    city|long-beach|Long Beach|united-states
    city|malibu|Malibu|united-states
    city|santa-monica|Santa Monica|united-states
    city|ann-arbor|Ann Arbor|united-states
    city|eagle-pass|Eagle Pass|united-states
    city|charlottesville|Charlottesville|united-states
    city|asheville|Asheville|united-states
    city|cape-canaveral|Cape Canaveral|united-states
    city|tallahassee|Tallahassee|united-states
    city|boise|Boise|united-states
    city|little-rock|Little Rock|united-states
    city|annapolis|Annapolis|united-states
    city|hartford|Hartford|united-states
    city|topeka|Topeka|united-states
    city|juneau|Juneau|united-states
    city|raleigh|Raleigh|united-states
    city|liverpool|Liverpool|united-kingdom
    city|leeds|Leeds|united-kingdom
    city|sheffield|Sheffield|united-kingdom
    city|bristol|Bristol|united-kingdom
    city|newcastle|Newcastle|united-kingdom
    city|nottingham|Nottingham|united-kingdom
    city|leicester|Leicester|united-kingdom
    city|coventry|Coventry|united-kingdom
    city|southampton|Southampton|united-kingdom
    city|portsmouth|Portsmouth|united-kingdom
    city|plymouth|Plymouth|united-kingdom
    city|cardiff|Cardiff|united-kingdom
    city|aberdeen|Aberdeen|united-kingdom
    city|brighton|Brighton|united-kingdom
    city|salisbury|Salisbury|united-kingdom
    city|southport|Southport|united-kingdom
    city|derry|Derry, Londonderry|united-kingdom
    city|lockerbie|Lockerbie|united-kingdom
    city|wrexham|Wrexham|united-kingdom
    city|galway|Galway|ireland
    city|genoa|Genoa, Genova|italy
    city|bologna|Bologna|italy
    city|palermo|Palermo|italy
    city|catania|Catania|italy
    city|bari|Bari|italy
    city|verona|Verona|italy
    city|trieste|Trieste|italy
    city|pisa|Pisa|italy
    city|lampedusa|Lampedusa|italy
    city|bergamo|Bergamo|italy
    city|cortina-dampezzo|Cortina d'Ampezzo|italy
    city|toulouse|Toulouse|france
    city|bordeaux|Bordeaux|france
    city|lille|Lille|france
    city|nantes|Nantes|france
    city|montpellier|Montpellier|france
    city|grenoble|Grenoble|france
    city|calais|Calais|france
    city|le-havre|Le Havre|france
    city|cannes|Cannes|france
    city|biarritz|Biarritz|france
    city|versailles|Versailles|france
    city|nanterre|Nanterre|france
    city|stuttgart|Stuttgart|germany
    city|dusseldorf|Dusseldorf, Düsseldorf|germany
    city|leipzig|Leipzig|germany
    city|dortmund|Dortmund|germany
    city|bremen|Bremen|germany
    city|hanover|Hanover, Hannover|germany
    city|nuremberg|Nuremberg, Nürnberg|germany
    city|bonn|Bonn|germany
    city|magdeburg|Magdeburg|germany
    city|solingen|Solingen|germany
    city|potsdam|Potsdam|germany
    city|ramstein|Ramstein|germany
    city|malaga|Malaga, Málaga|spain
    city|bilbao|Bilbao|spain
    city|zaragoza|Zaragoza|spain
    city|palma-de-mallorca|Palma de Mallorca|spain
    city|granada|Granada|spain
    city|san-sebastian|San Sebastian, San Sebastián|spain
    city|ceuta|Ceuta|spain
    city|melilla|Melilla|spain
    city|las-palmas|Las Palmas|spain
    city|utrecht|Utrecht|netherlands
    city|eindhoven|Eindhoven|netherlands
    city|maastricht|Maastricht|netherlands
    city|ghent|Ghent|belgium
    city|bruges|Bruges|belgium
    city|basel|Basel|switzerland
    city|lausanne|Lausanne|switzerland
    city|salzburg|Salzburg|austria
    city|innsbruck|Innsbruck|austria
    city|wroclaw|Wroclaw, Wrocław|poland
    city|katowice|Katowice|poland
    city|rzeszow|Rzeszow, Rzeszów|poland
    city|przemysl|Przemysl, Przemyśl|poland
    city|brno|Brno|czechia
    city|constanta|Constanta, Constanța|romania
    city|novi-sad|Novi Sad|serbia
    city|dubrovnik|Dubrovnik|croatia
    city|srebrenica|Srebrenica|bosnia
    city|mostar|Mostar|bosnia
    city|piraeus|Piraeus|greece
    city|limassol|Limassol|cyprus
    city|larnaca|Larnaca|cyprus
    city|gothenburg|Gothenburg, Göteborg|sweden
    city|malmo|Malmo, Malmö|sweden
    city|nuuk|Nuuk|denmark
    city|narva|Narva|estonia
    city|tiraspol|Tiraspol|moldova
    city|dnipro|Dnipro, Dnipropetrovsk|ukraine
    city|kryvyi-rih|Kryvyi Rih|ukraine
    city|mykolaiv|Mykolaiv|ukraine
    city|poltava|Poltava|ukraine
    city|sumy|Sumy|ukraine
    city|chernihiv|Chernihiv|ukraine
    city|vinnytsia|Vinnytsia|ukraine
    city|kramatorsk|Kramatorsk|ukraine
    city|sloviansk|Sloviansk, Slovyansk|ukraine
    city|avdiivka|Avdiivka|ukraine
    city|pokrovsk|Pokrovsk|ukraine
    city|luhansk|Luhansk, Lugansk|ukraine
    city|melitopol|Melitopol|ukraine
    city|enerhodar|Enerhodar|ukraine
    city|nova-kakhovka|Nova Kakhovka|ukraine
    city|sievierodonetsk|Sievierodonetsk, Severodonetsk|ukraine
    city|kerch|Kerch|ukraine
    city|simferopol|Simferopol|ukraine
    city|yalta|Yalta|ukraine
    city|chasiv-yar|Chasiv Yar|ukraine
    city|kostiantynivka|Kostiantynivka, Kostyantynivka|ukraine
    city|chernobyl|Chernobyl, Chornobyl|ukraine
    city|bucha|Bucha|ukraine
    city|irpin|Irpin|ukraine
    city|izium|Izium, Izyum|ukraine
    city|kupiansk|Kupiansk, Kupyansk|ukraine
    city|belgorod|Belgorod|russia
    city|kursk|Kursk|russia
    city|rostov-on-don|Rostov-on-Don, Rostov|russia
    city|volgograd|Volgograd|russia
    city|nizhny-novgorod|Nizhny Novgorod|russia
    city|krasnodar|Krasnodar|russia
    city|novorossiysk|Novorossiysk|russia
    city|bryansk|Bryansk|russia
    city|makhachkala|Makhachkala|russia
    city|beslan|Beslan|russia
    city|shusha|Shusha, Shushi|azerbaijan
    city|stepanakert|Stepanakert, Khankendi|azerbaijan
    city|shymkent|Shymkent|kazakhstan
    city|aktau|Aktau|kazakhstan
    city|bursa|Bursa|turkey
    city|antalya|Antalya|turkey
    city|konya|Konya|turkey
    city|mersin|Mersin|turkey
    city|trabzon|Trabzon|turkey
    city|sanliurfa|Sanliurfa, Şanlıurfa, Urfa|turkey
    city|bodrum|Bodrum|turkey
    city|incirlik|Incirlik, İncirlik|turkey
    city|iskenderun|Iskenderun, İskenderun|turkey
    city|kilis|Kilis|turkey
    city|raqqa|Raqqa|syria
    city|deir-ez-zor|Deir ez-Zor, Deir el-Zour, Deir Ezzor|syria
    city|hama|Hama|syria
    city|daraa|Daraa, Deraa|syria
    city|tartus|Tartus|syria
    city|qamishli|Qamishli|syria
    city|kobani|Kobani|syria
    city|afrin|Afrin|syria
    city|manbij|Manbij|syria
    city|douma|Douma|syria
    city|palmyra|Palmyra|syria
    city|sweida|Sweida, Suwayda|syria
    city|kirkuk|Kirkuk|iraq
    city|fallujah|Fallujah, Falluja|iraq
    city|ramadi|Ramadi|iraq
    city|najaf|Najaf|iraq
    city|karbala|Karbala|iraq
    city|tikrit|Tikrit|iraq
    city|sulaymaniyah|Sulaymaniyah, Sulaimaniyah|iraq
    city|sinjar|Sinjar|iraq
    city|tyre|Tyre|lebanon
    city|sidon|Sidon|lebanon
    city|baalbek|Baalbek|lebanon
    city|nabatieh|Nabatieh|lebanon
    city|haifa|Haifa|israel
    city|eilat|Eilat|israel
    city|ashkelon|Ashkelon|israel
    city|ashdod|Ashdod|israel
    city|sderot|Sderot|israel
    city|beersheba|Beersheba, Beer Sheva|israel
    city|nazareth|Nazareth|israel
    city|kiryat-shmona|Kiryat Shmona|israel
    city|metula|Metula|israel
    city|khan-younis|Khan Younis, Khan Yunis|palestine
    city|jenin|Jenin|palestine
    city|nablus|Nablus|palestine
    city|hebron|Hebron|palestine
    city|bethlehem|Bethlehem|palestine
    city|jericho|Jericho|palestine
    city|tulkarm|Tulkarm|palestine
    city|deir-al-balah|Deir al-Balah|palestine
    city|jabalia|Jabalia, Jabaliya|palestine
    city|beit-lahia|Beit Lahia|palestine
    city|beit-hanoun|Beit Hanoun|palestine
    city|aqaba|Aqaba|jordan
    city|dammam|Dammam|saudi-arabia
    city|dhahran|Dhahran|saudi-arabia
    city|alula|AlUla, Al-Ula|saudi-arabia
    city|al-ain|Al Ain|uae
    city|fujairah|Fujairah|uae
    city|lusail|Lusail|qatar
    city|salalah|Salalah|oman
    city|taiz|Taiz|yemen
    city|marib|Marib|yemen
    city|mukalla|Mukalla|yemen
    city|shiraz|Shiraz|iran
    city|qom|Qom|iran
    city|ahvaz|Ahvaz, Ahwaz|iran
    city|kermanshah|Kermanshah|iran
    city|zahedan|Zahedan|iran
    city|bandar-abbas|Bandar Abbas|iran
    city|bushehr|Bushehr|iran
    city|natanz|Natanz|iran
    city|fordow|Fordow|iran
    city|arak|Arak|iran
    city|chabahar|Chabahar|iran
    city|kunduz|Kunduz|afghanistan
    city|ghazni|Ghazni|afghanistan
    city|khost|Khost|afghanistan
    city|faisalabad|Faisalabad|pakistan
    city|multan|Multan|pakistan
    city|sialkot|Sialkot|pakistan
    city|abbottabad|Abbottabad|pakistan
    city|bannu|Bannu|pakistan
    city|gwadar|Gwadar|pakistan
    city|muzaffarabad|Muzaffarabad|pakistan
    city|bahawalpur|Bahawalpur|pakistan
    city|ahmedabad|Ahmedabad|india
    city|pune|Pune|india
    city|surat|Surat|india
    city|jaipur|Jaipur|india
    city|lucknow|Lucknow|india
    city|kanpur|Kanpur|india
    city|nagpur|Nagpur|india
    city|bhopal|Bhopal|india
    city|patna|Patna|india
    city|agra|Agra|india
    city|varanasi|Varanasi|india
    city|amritsar|Amritsar|india
    city|prayagraj|Prayagraj, Allahabad|india
    city|guwahati|Guwahati|india
    city|chandigarh|Chandigarh|india
    city|kochi|Kochi, Cochin|india
    city|jammu|Jammu|india
    city|imphal|Imphal|india
    city|ayodhya|Ayodhya|india
    city|pahalgam|Pahalgam|india
    city|noida|Noida|india
    city|gurugram|Gurugram, Gurgaon|india
    city|sylhet|Sylhet|bangladesh
    city|coxs-bazar|Cox's Bazar|bangladesh
    city|kandy|Kandy|sri-lanka
    city|jaffna|Jaffna|sri-lanka
    city|sittwe|Sittwe|myanmar
    city|myawaddy|Myawaddy|myanmar
    city|phuket|Phuket|thailand
    city|pattaya|Pattaya|thailand
    city|chiang-rai|Chiang Rai|thailand
    city|siem-reap|Siem Reap|cambodia
    city|haiphong|Haiphong, Hai Phong|vietnam
    city|da-nang|Da Nang, Danang|vietnam
    city|penang|Penang|malaysia
    city|johor-bahru|Johor Bahru|malaysia
    city|medan|Medan|indonesia
    city|bandung|Bandung|indonesia
    city|makassar|Makassar|indonesia
    city|denpasar|Denpasar|indonesia
    city|banda-aceh|Banda Aceh|indonesia
    city|palu|Palu|indonesia
    city|quezon-city|Quezon City|philippines
    city|davao|Davao, Davao City|philippines
    city|zamboanga|Zamboanga|philippines
    city|marawi|Marawi|philippines
    city|tacloban|Tacloban|philippines
    city|tianjin|Tianjin|china
    city|chongqing|Chongqing|china
    city|hangzhou|Hangzhou|china
    city|nanjing|Nanjing, Nanking|china
    city|xian|Xian, Xi'an|china
    city|suzhou|Suzhou|china
    city|qingdao|Qingdao|china
    city|dalian|Dalian|china
    city|shenyang|Shenyang|china
    city|harbin|Harbin|china
    city|changsha|Changsha|china
    city|zhengzhou|Zhengzhou|china
    city|kunming|Kunming|china
    city|xiamen|Xiamen|china
    city|fuzhou|Fuzhou|china
    city|hefei|Hefei|china
    city|lhasa|Lhasa|china
    city|ningbo|Ningbo|china
    city|dongguan|Dongguan|china
    city|zhuhai|Zhuhai|china
    city|macau|Macau, Macao|china
    city|kaohsiung|Kaohsiung|taiwan
    city|taichung|Taichung|taiwan
    city|hualien|Hualien|taiwan
    city|yokohama|Yokohama|japan
    city|nagoya|Nagoya|japan
    city|fukuoka|Fukuoka|japan
    city|sendai|Sendai|japan
    city|nagasaki|Nagasaki|japan
    city|okinawa|Okinawa|japan
    city|nara|Nara|japan
    city|wajima|Wajima|japan
    city|nagano|Nagano|japan
    city|incheon|Incheon|south-korea
    city|daegu|Daegu|south-korea
    city|gwangju|Gwangju|south-korea
    city|jeju|Jeju|south-korea
    city|pyeongchang|Pyeongchang|south-korea
    city|kaesong|Kaesong|north-korea
    city|yongbyon|Yongbyon|north-korea
    city|brisbane|Brisbane|australia
    city|perth|Perth|australia
    city|adelaide|Adelaide|australia
    city|gold-coast|Gold Coast|australia
    city|hobart|Hobart|australia
    city|cairns|Cairns|australia
    city|dunedin|Dunedin|new-zealand
    city|calgary|Calgary|canada
    city|edmonton|Edmonton|canada
    city|winnipeg|Winnipeg|canada
    city|quebec-city|Quebec City|canada
    city|mississauga|Mississauga|canada
    city|fort-mcmurray|Fort McMurray|canada
    city|tijuana|Tijuana|mexico
    city|ciudad-juarez|Ciudad Juarez, Ciudad Juárez|mexico
    city|puebla|Puebla|mexico
    city|cancun|Cancun, Cancún|mexico
    city|acapulco|Acapulco|mexico
    city|culiacan|Culiacan, Culiacán|mexico
    city|veracruz|Veracruz|mexico
    city|merida|Merida, Mérida|mexico
    city|oaxaca|Oaxaca|mexico
    city|mazatlan|Mazatlan, Mazatlán|mexico
    city|reynosa|Reynosa|mexico
    city|nuevo-laredo|Nuevo Laredo|mexico
    city|tapachula|Tapachula|mexico
    city|san-pedro-sula|San Pedro Sula|honduras
    city|guantanamo|Guantanamo, Guantánamo|cuba
    city|cap-haitien|Cap-Haitien, Cap-Haïtien|haiti
    city|montego-bay|Montego Bay|jamaica
    city|cali|Cali|colombia
    city|barranquilla|Barranquilla|colombia
    city|cartagena|Cartagena|colombia
    city|cucuta|Cucuta, Cúcuta|colombia
    city|maracaibo|Maracaibo|venezuela
    city|guayaquil|Guayaquil|ecuador
    city|arequipa|Arequipa|peru
    city|cusco|Cusco, Cuzco|peru
    city|callao|Callao|peru
    city|santa-cruz-de-la-sierra|Santa Cruz de la Sierra|bolivia
    city|el-alto|El Alto|bolivia
    city|antofagasta|Antofagasta|chile
    city|mar-del-plata|Mar del Plata|argentina
    city|ciudad-del-este|Ciudad del Este|paraguay
    city|punta-del-este|Punta del Este|uruguay
    city|fortaleza|Fortaleza|brazil
    city|belo-horizonte|Belo Horizonte|brazil
    city|manaus|Manaus|brazil
    city|curitiba|Curitiba|brazil
    city|recife|Recife|brazil
    city|porto-alegre|Porto Alegre|brazil
    city|belem|Belem, Belém|brazil
    city|brumadinho|Brumadinho|brazil
    city|ibadan|Ibadan|nigeria
    city|port-harcourt|Port Harcourt|nigeria
    city|kaduna|Kaduna|nigeria
    city|maiduguri|Maiduguri|nigeria
    city|benin-city|Benin City|nigeria
    city|jos|Jos|nigeria
    city|sokoto|Sokoto|nigeria
    city|chibok|Chibok|nigeria
    city|kumasi|Kumasi|ghana
    city|kisumu|Kisumu|kenya
    city|mekelle|Mekelle, Mekele|ethiopia
    city|bahir-dar|Bahir Dar|ethiopia
    city|kismayo|Kismayo|somalia
    city|hargeisa|Hargeisa|somalia
    city|baidoa|Baidoa|somalia
    city|omdurman|Omdurman|sudan
    city|wad-madani|Wad Madani|sudan
    city|el-obeid|El Obeid|sudan
    city|nyala|Nyala|sudan
    city|el-geneina|El Geneina, Geneina|sudan
    city|entebbe|Entebbe|uganda
    city|dar-es-salaam|Dar es Salaam|tanzania
    city|zanzibar|Zanzibar|tanzania
    city|arusha|Arusha|tanzania
    city|lubumbashi|Lubumbashi|congo
    city|kisangani|Kisangani|congo
    city|bukavu|Bukavu|congo
    city|bunia|Bunia|congo
    city|beni|Beni|congo
    city|douala|Douala|cameroon
    city|agadez|Agadez|niger
    city|timbuktu|Timbuktu|mali
    city|djibo|Djibo|burkina-faso
    city|bouake|Bouake, Bouaké|ivory-coast
    city|pemba|Pemba|mozambique
    city|bulawayo|Bulawayo|zimbabwe
    city|gqeberha|Gqeberha, Port Elizabeth|south-africa
    city|bloemfontein|Bloemfontein|south-africa
    city|soweto|Soweto|south-africa
    city|fez|Fez, Fes|morocco
    city|tangier|Tangier, Tangiers|morocco
    city|oran|Oran|algeria
    city|sfax|Sfax|tunisia
    city|sousse|Sousse|tunisia
    city|misrata|Misrata, Misurata|libya
    city|sirte|Sirte|libya
    city|tobruk|Tobruk|libya
    city|giza|Giza|egypt
    city|luxor|Luxor|egypt
    city|aswan|Aswan|egypt
    city|port-said|Port Said|egypt
    city|suez|Suez|egypt
    city|ismailia|Ismailia|egypt
    city|hurghada|Hurghada|egypt
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
