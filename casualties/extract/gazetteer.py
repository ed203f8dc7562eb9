"""The side gazetteer: places, demonyms and armed groups -> side slug (FIGURES.md `side`).

The built-in table covers the conflicts the project is used on; users extend it
with a file of their own (``load_side_file``) for a new conflict or armed group,
without touching code.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from casualties.errors import InputError
from casualties.extract.trie import trie_pattern
from casualties.vocab import is_side_slug

PLACE, DEMONYM, GROUP = "place", "demonym", "group"

# slug -> kind -> phrases, matched as whole words, case-sensitive (proper nouns) unless written in lower case.
BUILTIN_SIDES: dict[str, dict[str, tuple[str, ...]]] = {
    "gaza": {
        PLACE: ("Gaza", "Gaza Strip", "Gaza City", "the Strip", "the Palestinian enclave", "the enclave", "Rafah",
                "Khan Younis", "Khan Yunis", "Jabalia", "Jabalya", "Deir al-Balah", "Deir el-Balah", "Nuseirat",
                "Beit Lahia", "Beit Hanoun", "Maghazi", "Bureij", "Shujaiya", "Zeitoun", "Mawasi", "al-Mawasi", "Tal al-Sultan", "Beit Lahiya", "Shati", "Zawaida", "Khuzaa",
                "Bani Suheila", "Netzarim", "Jabalia camp",
                "Khan Younes", "Khan Yunus", "Jabaliya", "Beit Hanun", "Deir al Balah", "Shejaiya", "Shujaiyah",
                "Zaytoun", "Tuffah", "Rimal", "Sheikh Radwan", "Sheikh Ijlin", "Tel al-Hawa", "Tel al-Sultan",
                "al-Shati", "al-Bureij", "al-Maghazi", "al-Daraj", "Zawayda", "Khuza'a", "Abasan", "Qarara",
                "Bani Suhaila", "Morag corridor", "Morag Corridor", "Philadelphi", "Al-Mawasi"),
        DEMONYM: ("Gazans", "Gazan"),
        GROUP: ("Hamas", "Qassam Brigades", "al-Qassam Brigades", "Islamic Jihad", "Palestinian Islamic Jihad",
                "al-Quds Brigades", "Al-Quds Brigades", "Quds Brigades", "PIJ", "Popular Resistance Committees",
                "Al-Qassam Brigades"),
    },
    "west-bank": {
        PLACE: ("West Bank", "occupied West Bank", "Jenin", "Nablus", "Tulkarem", "Tulkarm", "Ramallah", "Hebron",
                "Bethlehem", "Jericho", "Qalqilya", "Tubas", "Nur Shams", "Balata", "al-Far'a", "Huwara",
                "Tammun", "Qabatiya", "Silwad", "Sinjil", "Turmus Ayya", "Beita",
                "Nour Shams", "Far'a", "Salfit", "Yatta", "Masafer Yatta", "Beit Ummar", "Halhul", "Beit Jala",
                "Beit Sahour", "Dheisheh", "Jalazone", "Qalandia", "Qalandiya", "al-Mughayyir", "Mughayyir",
                "Kafr Malik", "Aqabat Jabr", "Hawara", "Tammoun", "Burqin", "Azzun", "Kafr Qaddum", "Nabi Saleh",
                "Jordan Valley", "Judea and Samaria"),
        DEMONYM: (),
        GROUP: ("Lions' Den", "Lions’ Den", "Jenin Brigade", "Jenin Battalion", "Tulkarm Brigade",
                "Tulkarem Brigade"),
    },
    "palestine": {
        PLACE: ("Palestine", "Palestinian territories", "occupied Palestinian territory"),
        DEMONYM: ("Palestinians", "Palestinian"),
        GROUP: (),
    },
    "israel": {
        PLACE: ("Israel", "Tel Aviv", "Jerusalem", "Haifa", "Sderot", "Ashkelon", "Ashdod", "Kiryat Shmona",
                "Metula", "Galilee", "Negev", "Nir Oz", "Kfar Aza", "Be'eri", "Beeri", "Eilat", "Golan Heights",
                "Majdal Shams", "Nahariya", "Safed", "Netivot", "Ofakim", "Beersheba", "Holon",
                "Rishon LeZion", "Ramat Gan", "Bat Yam", "Petah Tikva", "Netanya", "Tiberias", "Acre", "Dimona",
                "Shlomi", "Rosh Pina", "Margaliot", "Misgav Am", "Nahal Oz",
                "Kiryat Shemona", "Re'im", "Re’im", "Kfar Azza", "Kissufim", "Nir Yitzhak", "Netiv HaAsara",
                "Yad Mordechai", "Ein HaShlosha", "Gaza envelope", "Gaza Envelope", "Karmiel", "Ma'alot-Tarshiha",
                "Katzrin", "Kiryat Bialik", "Kiryat Ata", "Kiryat Gat", "Kiryat Malachi", "Afula", "Hadera",
                "Herzliya", "Rehovot", "Bnei Brak", "Jaffa", "Lod", "Ramla", "Tamra", "Beit She'an", "Kfar Saba",
                "Ra'anana", "Yavne", "Modiin", "Nevatim", "Beit Shemesh", "Petah Tiqva", "Rishon Lezion", "Avivim",
                "Shtula", "Nazareth", "Umm al-Fahm"),
        DEMONYM: ("Israelis", "Israeli"),
        GROUP: ("IDF", "Israel Defense Forces",
                "Golani Brigade", "Givati"),
    },
    "lebanon": {
        PLACE: ("Lebanon", "Beirut", "Tyre", "Sidon", "Nabatieh", "Baalbek", "Bekaa", "Bekaa Valley", "Dahiyeh",
                "Dahieh", "Marjayoun", "Bint Jbeil", "Khiam", "Nabatiyeh", "Baabda", "Qana",
                "Aita al-Shaab", "Houla", "Kfar Kila", "Hermel", "Akkar", "Jounieh",
                "Nabatiye", "Zahle", "Byblos", "Jbeil", "Ghobeiry", "Haret Hreik", "Burj al-Barajneh",
                "Burj el-Barajneh", "Ain al-Hilweh", "Ain el-Hilweh", "Rashidieh", "Shatila", "Dahiya", "Naqoura",
                "Aitaroun", "Odaisseh", "Mays al-Jabal", "Maroun al-Ras", "Ayta al-Shaab", "Yaroun", "Masnaa",
                "Litani", "Chiyah", "Srifa", "Hasbaya", "Jezzine"),
        DEMONYM: ("Lebanese",),
        GROUP: ("Hezbollah", "Hizbollah", "Hizbullah", "Amal",
                "Hizballah", "Radwan Force", "Islamic Resistance in Lebanon"),
    },
    "syria": {
        PLACE: ("Syria", "Damascus", "Aleppo", "Idlib", "Homs", "Hama", "Deir ez-Zor", "Deir el-Zour", "Latakia",
                "Raqqa", "Daraa", "Suwayda", "Sweida", "Tartus", "Qamishli", "Afrin", "Manbij", "Palmyra",
                "Saydnaya", "Sednaya", "Jableh", "Baniyas", "Douma", "Ghouta", "Kobani", "Hasakah", "al-Hol",
                "Deir Ezzor", "Deir al-Zor", "Deir ez-Zour", "Idleb", "Hasakeh", "Hasaka", "Raqqah", "Qardaha",
                "Sheikh Maqsoud", "Tishreen Dam", "Tishrin Dam", "Tal Rifaat", "Ras al-Ain", "Tal Abyad",
                "Ain Issa", "Quneitra", "Jaramana", "Sahnaya", "Suweida", "Tartous", "Lattakia", "Maarat al-Numan",
                "Saraqeb", "Jisr al-Shughur", "Qusayr", "Hmeimim", "Khmeimim", "Abu Kamal", "Albu Kamal",
                "Bukamal", "Mayadin", "Mayadeen", "al-Tanf", "Tanf", "Rukban", "Khan Sheikhoun", "Atmeh",
                "Sarmada", "Azaz", "al-Bab", "Jarablus", "Masyaf", "Mezzeh", "Daraya", "Sayyida Zeinab",
                "Sayyida Zainab", "Deraa", "Dara'a", "Beit Jinn", "Qamishlo", "Deir Hafer"),
        DEMONYM: ("Syrians", "Syrian", "Alawites", "Alawite"),
        GROUP: ("HTS", "Hayat Tahrir al-Sham", "SDF", "Syrian Democratic Forces",
                "YPG", "People's Protection Units", "Syrian National Army", "Ahrar al-Sham", "Jabhat al-Nusra",
                "Nusra Front", "al-Nusra Front", "Hurras al-Din", "Hay'at Tahrir al-Sham", "Jaish al-Islam"),
    },
    "yemen": {
        PLACE: ("Yemen", "Sanaa", "Sana'a", "Aden", "Hodeidah", "Hudaydah", "Taiz", "Marib", "Saada", "Saadah", "Hajjah",
                "Dhamar", "Ibb", "Mokha", "Ras Isa",
                "Hodeida", "Hudayda", "Ta'iz", "Ma'rib", "Sa'ada", "Sa'dah", "Shabwa", "Shabwah", "Abyan", "Lahj",
                "Hadramout", "Hadramawt", "Hadhramaut", "Mukalla", "Dhale", "al-Dhale", "Mahra", "al-Mahra",
                "Raymah", "Mahwit", "Zinjibar", "Seiyun", "Ras Issa"),
        DEMONYM: ("Yemenis", "Yemeni"),
        GROUP: ("Houthis", "Houthi", "Ansar Allah", "Ansarallah",
                "Huthis", "Huthi", "AQAP", "al-Qaeda in the Arabian Peninsula",
                "Al-Qaeda in the Arabian Peninsula", "Southern Transitional Council", "Giants Brigades"),
    },
    "iran": {
        PLACE: ("Iran", "Tehran", "Isfahan", "Tabriz", "Shiraz", "Mashhad", "Kerman", "Natanz", "Fordow", "Bandar Abbas", "Karaj", "Qom", "Ahvaz", "Kermanshah",
                "Bushehr", "Khuzestan", "Zahedan", "Sistan and Baluchestan", "Sistan-Baluchestan",
                "Sistan-Baluchistan", "Arak", "Parchin", "Hamadan", "Urmia", "Sanandaj", "Ilam", "Lorestan",
                "Khorramabad", "Yazd", "Rasht", "Zanjan", "Qazvin", "Semnan", "Chabahar", "Kharg Island", "Evin",
                "Abadan", "Dezful", "Ardabil", "Esfahan", "Mahabad"),
        DEMONYM: ("Iranians", "Iranian"),
        GROUP: ("IRGC", "Revolutionary Guards", "Revolutionary Guard", "Islamic Revolutionary Guard Corps",
                "Quds Force", "Basij", "Jaish al-Adl", "Islamic Revolutionary Guards Corps",
                "Revolutionary Guards Corps"),
    },
    "iraq": {
        PLACE: ("Iraq", "Baghdad", "Mosul", "Erbil", "Basra", "Kirkuk", "Fallujah", "Anbar", "Sulaymaniyah", "Nineveh", "Sinjar",
                "Najaf", "Karbala", "Samarra", "Tikrit", "Ramadi", "Diyala", "Duhok", "Dohuk", "Salahuddin"),
        DEMONYM: ("Iraqis", "Iraqi"),
        GROUP: ("Kataib Hezbollah", "Popular Mobilization Forces",
                "Harakat al-Nujaba", "Nujaba", "Kataib Sayyid al-Shuhada", "Islamic Resistance in Iraq", "PMF",
                "Hashd al-Shaabi", "Peshmerga", "Kata'ib Hezbollah"),
    },
    "ukraine": {
        PLACE: ("Ukraine", "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Dnipro", "Zaporizhzhia", "Kherson",
                "Donetsk", "Lviv", "Sumy", "Chernihiv", "Mykolaiv", "Bakhmut", "Avdiivka", "Pokrovsk",
                "Kramatorsk", "Sloviansk", "Mariupol", "Poltava", "Vinnytsia", "Kryvyi Rih", "Zhytomyr",
                "Kostiantynivka", "Izium", "Kupiansk", "Chasiv Yar", "Bucha", "Irpin", "Ternopil", "Uman",
                "Nikopol", "Selydove", "Toretsk", "Vovchansk", "Kurakhove", "Vuhledar", "Huliaipole", "Orikhiv",
                "Lyman", "Siversk", "Marhanets", "Izmail", "Kremenchuk", "Cherkasy", "Rivne", "Lutsk",
                "Ivano-Frankivsk", "Khmelnytskyi", "Kropyvnytskyi", "Bila Tserkva", "Brovary", "Okhtyrka", "Shostka",
                "Konotop", "Druzhkivka", "Myrnohrad", "Dobropillia", "Hlukhiv", "Kharkiv region", "Zaporizhzhia region",
                "Donbas", "Donbass", "Kharkov", "Zaporozhye", "Zaporizhia", "Chernivtsi", "Khmelnytsky",
                "Mykolayiv", "Dnipropetrovsk", "Pavlohrad", "Balakliia", "Kupyansk", "Velyka Novosilka",
                "Kostyantynivka", "Robotyne", "Krynky", "Beryslav", "Ochakiv", "Chornomorsk",
                "Bilhorod-Dnistrovskyi", "Snake Island", "Bohodukhiv", "Chuhuiv", "Lozova", "Bilopillia",
                "Krasnopillia", "Kamianske", "Volyn", "Zakarpattia", "Kirovohrad", "Slovyansk", "Kurakhovo"),
        DEMONYM: ("Ukrainians", "Ukrainian"),
        GROUP: ("Azov Brigade", "Azov Regiment"),
    },
    "russia": {
        PLACE: ("Russia", "Moscow", "Belgorod", "Kursk", "Bryansk", "St Petersburg", "Rostov", "Voronezh",
                "Krasnodar", "Lipetsk", "Tula", "Kaluga", "Oryol", "Smolensk", "Tambov", "Saratov",
                "Engels", "Novorossiysk",
                "Shebekino", "Valuyki", "Grayvoron", "Graivoron", "Sudzha", "Rylsk", "Kurchatov", "Korenevo",
                "Klintsy", "Ramenskoye", "Podolsk", "Domodedovo", "Vnukovo", "Sheremetyevo", "Krasnogorsk",
                "Crocus City Hall", "Vidnoye", "Tver", "Toropets", "Yaroslavl", "Ryazan", "Nizhny Novgorod",
                "Kazan", "Tatarstan", "Yelabuga", "Volgograd", "Astrakhan", "Rostov-on-Don", "Taganrog",
                "Novocherkassk", "Tuapse", "Sochi", "Anapa", "Dagestan", "Makhachkala", "Derbent", "Chechnya",
                "Grozny", "Kaliningrad", "Murmansk", "St. Petersburg", "Saint Petersburg", "Syzran"),
        DEMONYM: ("Russians", "Russian"),
        GROUP: ("Wagner", "Kremlin"),
    },
    "sudan": {
        PLACE: ("Sudan", "Khartoum", "Omdurman", "Darfur", "El Fasher", "El-Fasher", "al-Fashir", "Nyala",
                "El Geneina", "Geneina", "Kordofan", "Wad Madani", "Gezira", "Zamzam", "Port Sudan", "Kadugli",
                "El Obeid", "Abu Shouk", "Sennar", "Kassala", "Kosti", "El Daein", "Babanusa",
                "Tawila", "Jebel Marra", "Wad al-Nourah",
                "El-Obeid", "al-Fasher", "El Fashir", "El-Geneina", "Ed Daein", "Ed Damazin", "Damazin",
                "Blue Nile", "White Nile", "River Nile", "East Nile", "Atbara", "Shendi", "Merowe", "Dongola",
                "Gedaref", "Al-Qadarif", "En Nahud", "El Nahud", "Al-Nuhud", "Dilling", "Heglig", "Kalma",
                "Ardamata", "Zalingei", "Al Jazirah", "al-Jazirah", "Wad Medani", "Singa", "Sinja",
                "Khartoum North", "Jebel Aulia", "Jabal Awliya", "Wadi Halfa", "El Fula", "Kutum", "Kabkabiya",
                "Mellit", "Um Rawaba"),
        DEMONYM: ("Sudanese",
                  "Masalit"),
        GROUP: ("RSF", "Rapid Support Forces", "SAF", "Sudanese Armed Forces",
                "SPLM-N", "SPLA-N", "Sudan People's Liberation Movement-North", "Janjaweed",
                "Sudan Liberation Army", "Justice and Equality Movement"),
    },
    "south-sudan": {
        PLACE: ("South Sudan", "Juba", "Upper Nile", "Jonglei", "Malakal", "Nasir", "Fangak", "Bentiu",
                "Unity State", "Akobo", "Wau", "Yei", "Bor", "Equatoria", "Yambio", "Torit", "Rumbek", "Aweil",
                "Pibor", "Renk", "Warrap", "Tambura", "Ulang", "Kajo-Keji"),
        DEMONYM: ("South Sudanese",),
        GROUP: ("SPLM-IO", "SPLA-IO", "SPLM", "SPLA", "SSPDF", "White Army", "Sudan People's Liberation Movement",
                "Sudan People's Liberation Army"),
    },
    "myanmar": {
        PLACE: ("Myanmar", "Burma", "Rakhine", "Sagaing", "Shan", "Kachin", "Karenni", "Kayah", "Yangon",
                "Mandalay", "Naypyidaw", "Chin State", "Magway", "Mrauk-U", "Sittwe", "Myawaddy",
                "Lashio", "Loikaw", "Hpakant",
                "Kayin", "Karen State", "Mon State", "Bago", "Ayeyarwady", "Irrawaddy", "Tanintharyi", "Myitkyina",
                "Bhamo", "Laukkai", "Hsipaw", "Kyaukme", "Kutkai", "Taunggyi", "Kyaukphyu", "Maungdaw",
                "Buthidaung", "Paletwa", "Monywa", "Shwebo", "Pakokku", "Hakha", "Falam", "Pazigyi", "Mogok",
                "Tachileik", "Mawlamyine", "Thandwe", "Demoso", "Mrauk U", "Naypyitaw", "Nay Pyi Taw", "Rangoon",
                "Chinland"),
        DEMONYM: ("Rohingya", "Burmese"),
        # not "junta": Mali, Burkina Faso, Niger and Sudan have juntas too
        GROUP: ("Arakan Army", "Tatmadaw",
                "People's Defence Force", "People's Defense Force", "People's Defence Forces",
                "People's Defense Forces", "People’s Defence Force", "People’s Defense Force", "MNDAA",
                "Myanmar National Democratic Alliance Army", "TNLA", "Ta'ang National Liberation Army",
                "Kachin Independence Army", "KNU", "Karen National Union", "KNLA",
                "Karen National Liberation Army", "Three Brotherhood Alliance", "Brotherhood Alliance",
                "United Wa State Army", "UWSA", "Chin National Front", "ARSA", "Arakan Rohingya Salvation Army",
                "KNDF", "Karenni Nationalities Defence Force", "Karenni Nationalities Defense Force"),
    },
    "drc": {
        PLACE: ("DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Goma",
                "Bukavu", "North Kivu", "South Kivu", "Ituri", "Kinshasa", "Beni", "Rutshuru", "Congo", "Bunia",
                "Uvira", "Kisangani", "Masisi", "Sake",
                "Djugu", "Irumu", "Lubero", "Butembo", "Walikale", "Minova", "Kalehe", "Kamanyola", "Kavumu",
                "Nyiragongo", "Kitshanga", "Bunagana", "Kiwanja", "Oicha", "Eringeti", "Mambasa", "Kanyabayonga",
                "Komanda", "Mugunga", "Bulengo", "Rubaya", "Fizi", "Mwenga", "Shabunda", "Kamituga", "Kivus",
                "Kasai", "Kananga", "Lubumbashi", "Katanga", "Kwamouth", "Mai-Ndombe", "Tshopo", "Kalemie"),
        DEMONYM: ("Congolese",),
        GROUP: ("M23", "ADF", "Allied Democratic Forces", "CODECO",
                "FARDC", "Wazalendo", "Mai-Mai", "Mai Mai", "Alliance Fleuve Congo", "Congo River Alliance",
                "Mobondo", "Raia Mutomboki", "Twirwaneho", "Nyatura"),
    },
    "ethiopia": {
        PLACE: ("Ethiopia", "Tigray", "Amhara", "Oromia", "Addis Ababa", "Mekelle", "Gondar", "Bahir Dar",
                "Afar region", "Afar Region", "Afar regional", "Somali region", "Somali Region", "Somali regional",
                "Benishangul-Gumuz", "Gambella", "Gambela", "Dire Dawa", "Jijiga", "Dessie", "Debre Birhan",
                "Debre Markos", "Debre Tabor", "Lalibela", "Woldia", "Shewa", "Gojjam", "Wollo", "Wollega",
                "Welega", "Axum", "Aksum", "Adigrat", "Humera", "Alamata", "Mekele", "Gonder", "Wolkait",
                "Welkait", "Metekel", "Sidama", "Hawassa", "Nekemte"),
        DEMONYM: ("Ethiopians", "Ethiopian", "Tigrayans", "Tigrayan",
                  "Oromos", "Amharas"),
        GROUP: ("TPLF", "Fano",
                "ENDF", "OLA", "Oromo Liberation Army", "OLF", "Oromo Liberation Front", "TDF",
                "Tigray Defense Forces", "Tigray Defence Forces"),
    },
    "haiti": {
        PLACE: ("Haiti", "Port-au-Prince", "Artibonite", "Cite Soleil", "Cité Soleil", "Petion-Ville", "Croix-des-Bouquets",
                "Mirebalais", "Pont-Sondé", "Kenscoff", "Gressier",
                "Pétion-Ville", "Delmas", "Tabarre", "Martissant", "Solino", "Cap-Haïtien", "Cap-Haitien",
                "Gonaïves", "Gonaives", "Saint-Marc", "Arcahaie", "Pont-Sonde", "Pont Sondé", "Lascahobas",
                "Wharf Jérémie", "Wharf Jeremie", "Ganthier", "Les Cayes", "Jacmel", "Léogâne", "Leogane",
                "Saut-d'Eau", "Canapé-Vert", "Canape-Vert", "Carrefour-Feuilles", "Village de Dieu",
                "Petite-Rivière de l'Artibonite"),
        DEMONYM: ("Haitians", "Haitian"),
        GROUP: ("Viv Ansanm",
                "G9", "G-9", "Gran Grif", "PNH"),
    },
    "somalia": {
        PLACE: ("Somalia", "Mogadishu", "Puntland", "Jubaland", "Kismayo", "Baidoa", "Beledweyne",
                "Galmudug", "Hirshabelle", "South West State", "Southwest State", "Lower Shabelle",
                "Middle Shabelle", "Shabelle", "Hiraan", "Hiran", "Bakool", "Gedo", "Lower Juba", "Middle Juba",
                "Mudug", "Galgaduud", "Galkayo", "Dhusamareb", "Jowhar", "Afgoye", "Afgooye", "Barawe", "Bardhere",
                "Belet Weyne", "Bosaso", "Bossaso", "Garowe", "Adan Yabaal", "Cal Miskaad", "Lido Beach",
                "Kismayu", "Bulo Burte", "Harardhere", "El Baraf"),
        DEMONYM: ("Somalis", "Somali"),
        GROUP: ("al-Shabaab", "Al-Shabaab", "al-Shabab", "Al-Shabab", "Shabaab",
                "Danab", "Macawisley", "Al Shabaab", "al Shabaab"),
    },
    "afghanistan": {
        PLACE: ("Afghanistan", "Kabul", "Kandahar", "Herat", "Mazar-i-Sharif", "Mazar-e-Sharif", "Jalalabad",
                "Nangarhar", "Kunar", "Khost", "Paktika", "Helmand", "Kunduz", "Badakhshan", "Panjshir", "Ghazni",
                "Paktia", "Spin Boldak"),
        DEMONYM: ("Afghans", "Afghan"),
        GROUP: ("Taliban",),
    },
    "pakistan": {
        PLACE: ("Pakistan", "Islamabad", "Peshawar", "Balochistan", "Quetta", "Khyber Pakhtunkhwa", "Waziristan",
                "Bannu", "Dera Ismail Khan", "Lakki Marwat", "Bajaur", "Kurram", "Parachinar", "Lahore", "Karachi",
                "Rawalpindi", "Gwadar", "Turbat", "Mastung", "Noshki", "Jaffar Express", "Muridke", "Bahawalpur",
                "Muzaffarabad", "Kotli", "Chaman", "Sindh", "Azad Kashmir", "Pakistan-administered Kashmir",
                "Pakistani-administered Kashmir", "Pakistan-controlled Kashmir"),
        DEMONYM: ("Pakistanis", "Pakistani"),
        GROUP: ("ISPR", "Inter-Services Public Relations", "TTP", "Pakistani Taliban",
                "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Baloch Liberation Army", "BLA"),
    },
    "nigeria": {
        PLACE: ("Nigeria", "Borno", "Maiduguri", "Zamfara", "Kaduna", "Katsina", "Sokoto", "Benue", "Niger State",
                "Niger state", "Niger Delta", "Plateau State", "Plateau state", "Kebbi", "Yobe", "Adamawa",
                "Gwoza", "Konduga", "Monguno", "Dikwa", "Damboa", "Bokkos", "Mangu", "Yelwata", "Jos", "Makurdi",
                "Gusau", "Kano", "Abuja", "Lagos", "Bauchi", "Taraba", "Kwara", "Kogi", "Rivers State"),
        DEMONYM: ("Nigerians", "Nigerian"),
        GROUP: ("Boko Haram", "ISWAP", "Islamic State West Africa Province", "Lakurawa", "IPOB", "Ansaru"),
    },
    "mali": {
        PLACE: ("Mali", "Bamako", "Timbuktu", "Gao", "Kidal", "Mopti", "Ségou", "Segou", "Ménaka", "Menaka",
                "Kayes", "Sikasso", "Koulikoro", "Tinzaouaten", "Azawad"),
        DEMONYM: ("Malians", "Malian"),
        GROUP: ("FAMa",),
    },
    "burkina-faso": {
        PLACE: ("Burkina Faso", "Ouagadougou", "Djibo", "Barsalogho", "Fada N'Gourma", "Ouahigouya",
                "Bobo-Dioulasso", "Solenzo", "Diapaga", "Arbinda", "Gorom-Gorom"),
        DEMONYM: ("Burkinabe", "Burkinabè"),
        GROUP: ("VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland"),
    },
    "libya": {
        PLACE: ("Libya", "Tripoli", "Benghazi", "Derna", "Misrata", "Misurata", "Sirte", "Sabha", "Zawiya",
                "Tobruk", "Tarhuna", "Kufra", "Fezzan"),
        DEMONYM: ("Libyans", "Libyan"),
        GROUP: ("LNA",),
    },
    "egypt": {PLACE: ("Egypt", "Cairo", "Sinai"), DEMONYM: ("Egyptians", "Egyptian"), GROUP: ()},
    "jordan": {PLACE: ("Jordan", "Amman"), DEMONYM: ("Jordanians", "Jordanian"), GROUP: ()},
    "armenia": {
        PLACE: ("Armenia", "Yerevan", "Jermuk", "Syunik", "Kapan", "Sotk", "Goris"),
        DEMONYM: ("Armenians", "Armenian"),
        GROUP: (),
    },
    "azerbaijan": {
        PLACE: ("Azerbaijan", "Baku", "Nakhchivan", "Sumgait", "Terter"),
        DEMONYM: ("Azerbaijanis", "Azerbaijani"),
        GROUP: (),
    },
    # a disputed territory with a people of its own, like gaza and west-bank: its own slug
    "nagorno-karabakh": {PLACE: ("Nagorno-Karabakh", "Karabakh", "Stepanakert", "Khankendi"),
                         DEMONYM: ("Karabakh Armenians", "Karabakh Armenian"), GROUP: ()},
    "mozambique": {
        PLACE: ("Mozambique", "Cabo Delgado", "Pemba", "Mocímboa da Praia", "Mocimboa da Praia", "Macomia",
                "Ancuabe", "Chiure", "Niassa", "Maputo", "Nampula", "Muidumbe", "Montepuez", "Quissanga"),
        DEMONYM: ("Mozambicans", "Mozambican"),
        GROUP: (),
    },
    "colombia": {
        PLACE: ("Colombia", "Bogota", "Catatumbo", "Cauca", "Norte de Santander", "Cucuta", "Cúcuta", "Cali",
                "Medellin", "Medellín", "Tibu", "Tibú", "Antioquia", "Arauca", "Guaviare", "Nariño", "Narino",
                "Jamundi"),
        DEMONYM: ("Colombians", "Colombian"),
        GROUP: ("ELN", "FARC", "Clan del Golfo", "Gulf Clan", "National Liberation Army", "Segunda Marquetalia"),
    },
    "mexico": {
        PLACE: ("Mexico", "Sinaloa", "Culiacan", "Culiacán", "Michoacan", "Michoacán", "Tamaulipas", "Chihuahua",
                "Ciudad Juarez", "Ciudad Juárez", "Tijuana", "Guanajuato", "Jalisco", "Zacatecas", "Chiapas",
                "Acapulco", "Reynosa", "Uruapan", "Celaya", "Irapuato", "Sonora", "Guadalajara"),
        DEMONYM: ("Mexicans", "Mexican"),
        GROUP: ("CJNG", "Los Chapitos", "Gulf Cartel"),
    },
    "india": {
        PLACE: ("India", "Manipur", "Kashmir", "New Delhi", "Jammu and Kashmir", "Jammu", "Pahalgam", "Poonch",
                "Rajouri", "Srinagar", "Imphal", "Churachandpur", "Jiribam", "Chhattisgarh", "Bijapur", "Sukma",
                "Dantewada", "Bastar", "Mumbai", "Kupwara", "Baramulla", "Anantnag", "Kathua", "Amritsar",
                "Pathankot"),
        DEMONYM: ("Indians", "Indian"),
        GROUP: ("Naxalites", "Naxals", "CRPF", "BSF"),
    },
    "turkey": {PLACE: ("Turkey", "Türkiye", "Ankara", "Istanbul"), DEMONYM: ("Turks", "Turkish"), GROUP: ()},
    "united-states": {PLACE: ("United States", "US", "U.S."), DEMONYM: ("Americans", "American"), GROUP: ()},
    "thailand": {PLACE: ("Thailand", "Bangkok"), DEMONYM: ("Thais", "Thai"), GROUP: ()},
    "kenya": {PLACE: ("Kenya", "Nairobi", "Mandera", "Garissa", "Lamu"), DEMONYM: ("Kenyans", "Kenyan"), GROUP: ()},
    "south-africa": {PLACE: ("South Africa",), DEMONYM: ("South Africans", "South African"), GROUP: ()},
    "uganda": {PLACE: ("Uganda", "Kampala"), DEMONYM: ("Ugandans", "Ugandan"), GROUP: ()},
    "rwanda": {PLACE: ("Rwanda", "Kigali", "Gisenyi", "Rubavu"), DEMONYM: ("Rwandans", "Rwandan"), GROUP: ()},
    "burundi": {PLACE: ("Burundi",), DEMONYM: ("Burundians", "Burundian"), GROUP: ()},
    "chad": {PLACE: ("Chad", "N'Djamena", "Adre"), DEMONYM: ("Chadians", "Chadian"), GROUP: ()},
    "cameroon": {PLACE: ("Cameroon",), DEMONYM: ("Cameroonians",), GROUP: ()},
    "niger": {
        PLACE: ("Niger", "Niamey", "Tillaberi", "Tillabéri", "Tahoua", "Diffa", "Agadez", "Zinder", "Maradi"),
        DEMONYM: ("Nigeriens",),
        GROUP: (),
    },
    "eritrea": {PLACE: ("Eritrea", "Asmara"), DEMONYM: ("Eritreans", "Eritrean"), GROUP: ()},
    "saudi-arabia": {PLACE: ("Saudi Arabia", "Riyadh", "Jeddah"), DEMONYM: ("Saudis", "Saudi"), GROUP: ()},
    "united-arab-emirates": {PLACE: ("United Arab Emirates", "UAE", "Abu Dhabi", "Dubai"), DEMONYM: ("Emiratis", "Emirati"), GROUP: ()},
    "belarus": {PLACE: ("Belarus", "Minsk"), DEMONYM: ("Belarusians", "Belarusian"), GROUP: ()},
    "moldova": {PLACE: ("Moldova",), DEMONYM: ("Moldovans",), GROUP: ()},
    "poland": {PLACE: ("Poland", "Warsaw"), DEMONYM: ("Poles", "Polish"), GROUP: ()},
    "georgia": {PLACE: ("Tbilisi",), DEMONYM: ("Georgians",), GROUP: ()},
    "china": {PLACE: ("China", "Beijing"), DEMONYM: ("Chinese",), GROUP: ()},
    "taiwan": {PLACE: ("Taiwan", "Taipei"), DEMONYM: ("Taiwanese",), GROUP: ()},
    "north-korea": {PLACE: ("North Korea", "Pyongyang"), DEMONYM: ("North Koreans",), GROUP: ()},
    "south-korea": {PLACE: ("South Korea", "Seoul"), DEMONYM: ("South Koreans",), GROUP: ()},
    "philippines": {PLACE: ("Philippines", "Manila", "Mindanao"), DEMONYM: ("Filipinos", "Filipino"), GROUP: ()},
    "bangladesh": {PLACE: ("Bangladesh", "Dhaka", "Cox's Bazar"), DEMONYM: ("Bangladeshis", "Bangladeshi"), GROUP: ()},
    "venezuela": {PLACE: ("Venezuela", "Caracas"), DEMONYM: ("Venezuelans", "Venezuelan"), GROUP: ()},
    "ecuador": {PLACE: ("Ecuador", "Quito", "Guayaquil"), DEMONYM: ("Ecuadorians",), GROUP: ()},
    "el-salvador": {PLACE: ("El Salvador",), DEMONYM: ("Salvadorans",), GROUP: ()},
    "united-kingdom": {PLACE: ("United Kingdom", "Britain", "UK", "London"), DEMONYM: ("Britons", "British"), GROUP: ()},
    "france": {PLACE: ("France", "Paris"), DEMONYM: ("French",), GROUP: ()},
    "germany": {PLACE: ("Germany", "Berlin"), DEMONYM: ("Germans",), GROUP: ()},
    "cyprus": {PLACE: ("Cyprus", "Nicosia"), DEMONYM: ("Cypriots",), GROUP: ()},
    # troop contributors and other states that appear in the reporting (peacekeepers, evacuations)
    "malawi": {PLACE: ("Malawi", "Lilongwe"), DEMONYM: ("Malawians", "Malawian"), GROUP: ()},
    "uruguay": {PLACE: ("Uruguay", "Montevideo"), DEMONYM: ("Uruguayans", "Uruguayan"), GROUP: ()},
    "tanzania": {PLACE: ("Tanzania", "Dar es Salaam", "Dodoma"), DEMONYM: ("Tanzanians", "Tanzanian"), GROUP: ()},
    "nepal": {PLACE: ("Nepal", "Kathmandu"), DEMONYM: ("Nepalis", "Nepali", "Nepalese"), GROUP: ()},
    "indonesia": {PLACE: ("Indonesia", "Jakarta"), DEMONYM: ("Indonesians", "Indonesian"), GROUP: ()},
    "ghana": {PLACE: ("Ghana", "Accra"), DEMONYM: ("Ghanaians", "Ghanaian"), GROUP: ()},
    "senegal": {PLACE: ("Senegal", "Dakar"), DEMONYM: ("Senegalese",), GROUP: ()},
    "benin": {PLACE: ("Benin", "Cotonou"), DEMONYM: ("Beninese",), GROUP: ()},
    "togo": {PLACE: ("Togo", "Lomé", "Lome"), DEMONYM: ("Togolese",), GROUP: ()},
    "ivory-coast": {PLACE: ("Ivory Coast", "Côte d'Ivoire", "Côte d’Ivoire", "Abidjan"), DEMONYM: ("Ivorians", "Ivorian"), GROUP: ()},
    "mauritania": {PLACE: ("Mauritania", "Nouakchott"), DEMONYM: ("Mauritanians", "Mauritanian"), GROUP: ()},
    "algeria": {PLACE: ("Algeria", "Algiers"), DEMONYM: ("Algerians", "Algerian"), GROUP: ()},
    "morocco": {PLACE: ("Morocco", "Rabat"), DEMONYM: ("Moroccans", "Moroccan"), GROUP: ()},
    "tunisia": {PLACE: ("Tunisia", "Tunis"), DEMONYM: ("Tunisians", "Tunisian"), GROUP: ()},
    "central-african-republic": {PLACE: ("Central African Republic", "Bangui"), DEMONYM: (), GROUP: ()},
    "zimbabwe": {PLACE: ("Zimbabwe", "Harare"), DEMONYM: ("Zimbabweans", "Zimbabwean"), GROUP: ()},
    "zambia": {PLACE: ("Zambia", "Lusaka"), DEMONYM: ("Zambians", "Zambian"), GROUP: ()},
    "angola": {PLACE: ("Angola", "Luanda"), DEMONYM: ("Angolans", "Angolan"), GROUP: ()},
    "peru": {PLACE: ("Peru", "Lima"), DEMONYM: ("Peruvians", "Peruvian"), GROUP: ()},
    "brazil": {PLACE: ("Brazil", "Brasília", "Brasilia"), DEMONYM: ("Brazilians", "Brazilian"), GROUP: ()},
    "italy": {PLACE: ("Italy", "Rome"), DEMONYM: ("Italians", "Italian"), GROUP: ()},
    "spain": {PLACE: ("Spain", "Madrid"), DEMONYM: ("Spaniards", "Spanish"), GROUP: ()},
    "canada": {PLACE: ("Canada", "Ottawa"), DEMONYM: ("Canadians", "Canadian"), GROUP: ()},
    "australia": {PLACE: ("Australia", "Canberra"), DEMONYM: ("Australians", "Australian"), GROUP: ()},
    "japan": {PLACE: ("Japan", "Tokyo"), DEMONYM: ("Japanese",), GROUP: ()},
    "sri-lanka": {PLACE: ("Sri Lanka", "Colombo"), DEMONYM: ("Sri Lankans", "Sri Lankan"), GROUP: ()},
    "malaysia": {PLACE: ("Malaysia", "Kuala Lumpur"), DEMONYM: ("Malaysians", "Malaysian"), GROUP: ()},
    "fiji": {PLACE: ("Fiji",), DEMONYM: ("Fijians", "Fijian"), GROUP: ()},
    "ireland": {PLACE: ("Ireland", "Dublin"), DEMONYM: ("Irish",), GROUP: ()},
}  # fmt: skip


# When a text names only the attacker, whose people were hit. Two-party wars map to the other party;
# armed groups of a civil war map to their own country. Used only as a last resort.
OPPONENTS: dict[str, str] = {"russia": "ukraine", "ukraine": "russia", "hamas": "israel", "hezbollah": "israel"}
CIVIL_WAR_SIDES = frozenset(
    {
        "sudan",
        "myanmar",
        "drc",
        "somalia",
        "haiti",
        "ethiopia",
        "nigeria",
        "syria",
        "mali",
        "burkina-faso",
        "south-sudan",
        "afghanistan",
        "pakistan",
        "mozambique",
        "colombia",
    }
)


FACILITY_AFTER = re.compile(
    r"\s+(?:[A-Za-z]+\s+)?(?i:hospital|hotel|school|university|embassy|airport|mosque|church|street|square|bank"
    r"|centre|center|institute|foundation|club|company|road|market|mall|stadium|bridge|clinic)\b"
)
# "near the Lebanese border": a line between two sides, said from either of them, so no side (but "the
# Lebanese border town of Khiam", "Syrian border guards": a town, guards of that side)
BORDER_AFTER = re.compile(
    r"\s+(?i:border|frontier)s?\b(?!\s+(?i:towns?|villages?|city|cities|areas?|regions?|district|communit|zones?"
    r"|settlements?|kibbutz|municipalit|posts?|guards?|police|forces?|troops|residents|crossings?\s+of))"
)
# "near the border with Pakistan": the neighbour past a line, not the side of the people counted
BORDER_WITH_BEFORE = re.compile(r"\b(?i:borders?|frontier)\s+with\s+(?:the\s+)?$")
# '"Palestine 2" type', '“Yafa” drones': a name in quotes (a missile, an operation), not a place
QUOTED_NAME_AFTER = re.compile(r"(?:[\s-]*\d+)?[\"”]")
# "Aden Adde International Airport": a place name that is a person's first name, in a facility's name
NAMED_FACILITY_AFTER = re.compile(
    r"\s+(?!(?:Regional|International|General|Central|National|City|Municipal|University|Military|Teaching"
    r"|European|Arab|Field|Public|State|Specialized|Martyrs|Children|Oblast|Province|District|Governorate"
    r"|County)\b)"
    r"[A-Z][a-z]+\s+(?:International\s+)?(?:Airport|Stadium|University|Hospital|Hotel|Square|Street|Road|Bridge)\b"
)
INSIDE_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s$")
INSIDE_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+\b(?!\s+(?:region|province|state|city|governorate|district|camp))")


@dataclass(frozen=True, slots=True)
class SideMention:
    start: int
    end: int
    slug: str
    kind: str
    surface: str


class Gazetteer:
    """Phrase -> side table compiled into one regular expression (longest phrase wins)."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]):
        self._lookup: dict[str, tuple[str, str]] = {}
        for phrase, slug, kind in entries:
            self._lookup[phrase] = (slug, kind)
        # Proper nouns match case-sensitively; phrases given in lower case match in any case.
        proper = [p for p in self._lookup if p != p.lower()]
        lower = [p for p in self._lookup if p == p.lower()]
        alternatives = [trie_pattern(proper)] + ([f"(?i:{trie_pattern(lower)})"] if lower else [])
        # a space in a phrase matches any run of white space: "El\n   Fasher" in a wrapped, indented list
        alternatives = [a.replace("\\ ", r"\s+") for a in alternatives]
        # first characters of the phrases: a quick pre-check at each position (see trie.initials)
        first = ["[" + "".join(sorted({re.escape(p[0]) for p in proper})) + "]"] if proper else []
        first += ["(?i:[" + "".join(sorted({re.escape(p[0]) for p in lower})) + "])"] if lower else []
        pattern = (
            r"(?<![\w-])(?=" + ("|".join(first) or "(?!x)x") + ")(?:" + "|".join(alternatives) + r")(?:['’]s)?(?![\w-])"
        )
        self._regex = re.compile(pattern)
        self._lower = {p.lower(): v for p, v in self._lookup.items()}

    @property
    def slugs(self) -> frozenset[str]:
        return frozenset(slug for slug, _ in self._lookup.values())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[SideMention]:
        out: list[SideMention] = []
        for m in self._regex.finditer(text, start, len(text) if end is None else end):
            found = m.group()
            surface = found[:-2] if found.endswith(("'s", "’s")) else found  # the possessive is no part of a name
            end = m.start() + len(surface)
            if not surface.isascii() or "  " in surface or "\n" in surface:
                surface = " ".join(surface.split())  # the table's spelling of a phrase wrapped across lines
            if INSIDE_NAME_AFTER.match(text, m.end()) and INSIDE_NAME_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                continue  # "Abdifatah Aden Hassan": part of a person's name, not the city of Aden
            if m.start() and text[m.start() - 1] in '"“' and QUOTED_NAME_AFTER.match(text, end):
                continue  # 'a missile of the "Palestine 2" type'
            if NAMED_FACILITY_AFTER.match(text, end):
                continue  # "Aden Adde International Airport" (in Mogadishu)
            if BORDER_WITH_BEFORE.search(text, max(0, m.start() - 25), m.start()):
                continue  # "in Sistan-Baluchestan, near the border with Pakistan"
            slug, kind = self._lookup.get(surface) or self._lower[surface.lower()]
            if kind == DEMONYM and (FACILITY_AFTER.match(text, m.end()) or BORDER_AFTER.match(text, m.end())):
                continue  # "the Saudi Hospital in El Fasher": a name; "near the Rwandan border": either side
            out.append(SideMention(m.start(), end, slug, kind, surface))
        return out


def builtin_entries() -> list[tuple[str, str, str]]:
    """Every built-in phrase; a plural demonym brings its singular ("North Koreans" -> "North Korean")."""
    entries = [
        (phrase, slug, kind)
        for slug, kinds in BUILTIN_SIDES.items()
        for kind, phrases in kinds.items()
        for phrase in phrases
    ]
    known = {phrase for phrase, _, _ in entries}
    singulars = [
        (phrase[:-1], slug, kind)
        for phrase, slug, kind in entries
        if kind == DEMONYM and phrase.endswith("s") and not phrase.endswith("ss") and phrase[:-1] not in known
    ]
    return entries + singulars


def load_side_file(path: str | Path) -> list[tuple[str, str, str]]:
    """Read a user side table: JSON ``{"slug": ["phrase", ...]}`` or ``{"slug": {"place": [...], ...}}``,
    or CSV/TSV rows ``phrase,slug[,kind]``. Later entries override built-in ones."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read side table {path}: {exc}") from exc
    entries: list[tuple[str, str, str]] = []
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"side table {path} is not valid JSON: {exc}") from exc
        if not isinstance(data, Mapping):
            raise InputError(f"side table {path} must be a JSON object of slug -> phrases")
        for slug, value in data.items():
            groups = value if isinstance(value, Mapping) else {PLACE: value}
            for kind, phrases in groups.items():
                if kind not in (PLACE, DEMONYM, GROUP) or not isinstance(phrases, list):
                    raise InputError(f"side table {path}: bad entry for {slug!r}")
                entries.extend((str(p), str(slug), kind) for p in phrases)
    else:
        dialect = "excel-tab" if "\t" in raw else "excel"
        for row in csv.reader(raw.splitlines(), dialect=dialect):
            if not row or row[0].startswith("#") or not row[0].strip():
                continue
            if len(row) < 2:
                raise InputError(f"side table {path}: each row needs 'phrase,slug[,kind]', got {row!r}")
            kind = row[2].strip() if len(row) > 2 and row[2].strip() else PLACE
            entries.append((row[0].strip(), row[1].strip(), kind))
    for phrase, slug, kind in entries:
        if not is_side_slug(slug):
            raise InputError(f"side table {path}: {slug!r} is not a lower-case slug (like 'west-bank')")
        if kind not in (PLACE, DEMONYM, GROUP) or not phrase:
            raise InputError(f"side table {path}: bad row for {phrase!r}")
    return entries
