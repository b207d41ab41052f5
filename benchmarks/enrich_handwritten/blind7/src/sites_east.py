"""Poland, Hungary, Slovakia, Slovenia, Croatia, Estonia, Latvia, Lithuania."""
from common import ex, site, redirect, NULL

SITES = []

# ---------------------------------------------------------------- Odlewnia Kowalczyk (Joomla, PL)
_nav = [("/", "Strona główna"), ("/o-firmie", "O firmie"), ("/historia", "Historia"), ("/oferta", "Oferta"), ("/kariera", "Kariera"), ("/kontakt", "Kontakt")]
_foot = """<p>Odlewnia Metali Kowalczyk i Synowie Sp. z o.o. · ul. Wrocławska 146 · 62-800 Kalisz · Polska</p>
<p><a href="/polityka-prywatnosci">Polityka prywatności</a> · <a href="/rodo">RODO</a></p>"""
SITES.append(site(
    "odlewnia-kowalczyk.pl", "joomla", "pl", "Odlewnia Kowalczyk", _nav, {
        "/": ("Odlewnia Kowalczyk – odlewy ze stopów aluminium i mosiądzu", "<h1>Odlewy kokilowe i ciśnieniowe na zamówienie</h1><p>Ponad 3 000 ton odlewów rocznie dla przemysłu motoryzacyjnego i AGD.</p>"),
        "/o-firmie": ("O firmie – Odlewnia Kowalczyk", """<h1>O firmie</h1>
<p>Jesteśmy rodzinną firmą z Kalisza. Zatrudniamy ponad 150 pracowników, a nasze odlewy trafiają do klientów w Niemczech, Czechach i Skandynawii.</p>
<p>System zarządzania jakością ISO 9001 od 2002 roku, IATF 16949 od 2017 roku.</p>"""),
        "/historia": ("Historia – Odlewnia Kowalczyk", """<h1>Historia</h1>
<p>Firma powstała w 1989 roku jako niewielki zakład rzemieślniczy, który założył Stanisław Kowalczyk. W 1997 roku przenieśliśmy produkcję na ulicę
Wrocławską, a w 2005 roku synowie założyciela – Paweł i Marek – przekształcili firmę w spółkę z o.o. W 2020 roku uruchomiliśmy nową halę.</p>"""),
        "/oferta": ("Oferta", "<h1>Oferta</h1><ul><li>Odlewy z aluminium</li><li>Odlewy z mosiądzu</li><li>Obróbka CNC</li></ul>"),
        "/kariera": ("Kariera", "<h1>Kariera</h1><p>Szukamy: operator maszyn odlewniczych, technolog odlewnik. Dołącz do nas!</p>"),
        "/kontakt": ("Kontakt", "<h1>Kontakt</h1><p>ul. Wrocławska 146<br>62-800 Kalisz</p><p>tel. +48 62 757 14 20</p>"),
        "/polityka-prywatnosci": ("Polityka prywatności", """<h1>Polityka prywatności</h1><p>Administratorem danych osobowych jest Odlewnia Metali Kowalczyk i Synowie Sp. z o.o.
z siedzibą w Kaliszu, ul. Wrocławska 146, 62-800 Kalisz, wpisana do rejestru przedsiębiorców KRS pod numerem 0000231987, NIP 618-20-11-334,
REGON 250123456, kapitał zakładowy 500 000 zł.</p>"""),
        "/rodo": ("RODO", "<h1>Klauzula informacyjna RODO</h1>"),
    }, _foot,
    ex("Odlewnia Kowalczyk", "Odlewnia Metali Kowalczyk i Synowie Sp. z o.o.", ("gt", 150), 1989, "ul. Wrocławska 146", "Kalisz", "62-800", "PL", "pl"),
    html_lang="pl-PL", cookie="plain",
    people=["Stanisław Kowalczyk", "Paweł", "Marek"],
    traits=["industrial-family-firm", "ul-prefix", "volume-count-trap", "certification-year-trap", "legal-form-year-trap", "relocation-year-trap",
            "unscored:street_address"],
    notes="'ponad 150 pracowników' = count 150, max null. 1989 founding; 2005 conversion to Sp. z o.o. is a trap. Street with ul.: unscored."))

# ---------------------------------------------------------------- Biuro Rachunkowe Fiskus (Wix, PL)
_nav = [("/", "Start"), ("/o-biurze", "O biurze"), ("/uslugi", "Usługi"), ("/cennik", "Cennik"), ("/kontakt", "Kontakt")]
_foot = """<p>Biuro Rachunkowe Fiskus s.c. · Głogowska 31 · 60-702 Poznań · tel. 61 866 20 41</p><p><a href="/polityka-prywatnosci">Polityka prywatności</a></p>"""
SITES.append(site(
    "biurofiskus.pl", "wix", "pl", "Biuro Rachunkowe Fiskus", _nav, {
        "/": ("Biuro Rachunkowe Fiskus – księgowość Poznań", "<h1>Księgowość dla małych i średnich firm w Poznaniu</h1><p>KPiR, pełna księgowość, kadry i płace.</p>"),
        "/o-biurze": ("O biurze – Fiskus", """<h1>O biurze</h1><p>Działamy od 1996 roku. Nasz zespół liczy 8 osób – to doświadczone księgowe z certyfikatami Ministerstwa Finansów.</p>
<p>Obsługujemy ponad 150 firm z Poznania i okolic. Posiadamy ubezpieczenie OC na kwotę 500 000 zł.</p>"""),
        "/uslugi": ("Usługi", "<h1>Usługi</h1><ul><li>Pełna księgowość</li><li>Ryczałt i KPiR</li><li>Kadry i płace</li></ul>"),
        "/cennik": ("Cennik", "<h1>Cennik</h1><p>Ryczałt od 250 zł netto miesięcznie.</p>"),
        "/kontakt": ("Kontakt", "<h1>Kontakt</h1><p>Biuro Rachunkowe Fiskus s.c.<br>Głogowska 31<br>60-702 Poznań</p><p>pon.–pt. 8:00–16:00</p>"),
        "/polityka-prywatnosci": ("Polityka prywatności", """<h1>Polityka prywatności</h1><p>Administratorem danych jest Biuro Rachunkowe Fiskus s.c. Anna Wróbel, Tomasz Wróbel,
ul. Głogowska 31, 60-702 Poznań, NIP 779-10-20-443, REGON 630987654.</p>"""),
    }, _foot,
    ex("Biuro Rachunkowe Fiskus", "Biuro Rachunkowe Fiskus s.c. Anna Wróbel, Tomasz Wróbel", 8, 1996, "Głogowska 31", "Poznań", "60-702", None, "pl"),
    html_lang="pl", cookie="",
    traits=["professional-accounting", "civil-partnership-sc", "client-count-trap", "insurance-amount-trap", "unscored:country_code,legal_name"],
    notes="8 osób; 'Działamy od 1996 roku'. s.c. legal name carries the partners' names (shown only in the privacy policy): legal_name unscored. No country."))

# ---------------------------------------------------------------- Hotel Pod Jodłami (Elementor, PL)
_nav = [("/", "Start"), ("/pokoje/", "Pokoje"), ("/restauracja/", "Restauracja"), ("/o-nas/", "O nas"), ("/kontakt/", "Kontakt")]
_foot = """<p>Hotel Pod Jodłami · ul. Kościeliska 58 · 34-500 Zakopane · +48 18 201 44 90</p><p><a href="/polityka-prywatnosci/">Polityka prywatności</a> · <a href="/regulamin/">Regulamin</a></p>"""
SITES.append(site(
    "hotelpodjodlami.pl", "wp_elementor", "pl", "Hotel Pod Jodłami", _nav, {
        "/": ("Hotel Pod Jodłami – Zakopane", "<h1>Góralska gościnność w sercu Zakopanego</h1><p>36 pokoi, strefa SPA i restauracja z kuchnią regionalną.</p>"),
        "/pokoje/": ("Pokoje", "<h1>Pokoje</h1><p>Pokój dwuosobowy od 390 zł ze śniadaniem.</p>"),
        "/restauracja/": ("Restauracja", "<h1>Restauracja Jodełka</h1><p>Kwaśnica, oscypek z żurawiną i pstrąg z Tatr.</p>"),
        "/o-nas/": ("O nas – Hotel Pod Jodłami", """<h1>O nas</h1><p>Pensjonat „Pod Jodłami” otworzyli w 1992 roku Maria i Józef Gąsienica. W 2010 roku dobudowaliśmy nowe skrzydło,
a w 2019 roku strefę SPA. Obecnie hotelem kieruje ich córka, Katarzyna Gąsienica-Sieczka.</p>"""),
        "/kontakt/": ("Kontakt", "<h1>Kontakt</h1><p>ul. Kościeliska 58<br>34-500 Zakopane<br>Polska</p>"),
        "/polityka-prywatnosci/": ("Polityka prywatności", "<h1>Polityka prywatności</h1><p>Administrator: Hotel Pod Jodłami Sp. z o.o., ul. Kościeliska 58, 34-500 Zakopane, KRS 0000412345, NIP 736-17-55-812.</p>"),
        "/regulamin/": ("Regulamin", "<h1>Regulamin hotelu</h1><p>Doba hotelowa trwa od 15:00 do 11:00.</p>"),
    }, _foot,
    ex("Hotel Pod Jodłami", "Hotel Pod Jodłami Sp. z o.o.", None, 1992, "ul. Kościeliska 58", "Zakopane", "34-500", "PL", "pl"),
    html_lang="pl-PL", cookie="complianz",
    jsonld={"@context": "https://schema.org", "@type": "Hotel", "name": "Hotel Pod Jodłami", "address": {"@type": "PostalAddress",
            "streetAddress": "ul. Kościeliska 58", "postalCode": "34-500", "addressLocality": "Zakopane"}},
    people=["Maria", "Józef Gąsienica", "Katarzyna Gąsienica-Sieczka"],
    traits=["hotel", "no-headcount", "room-count-trap", "extension-year-trap", "ul-prefix", "unscored:street_address,industry"],
    notes="No head count. 1992 opening. Street with ul.: unscored."))

# ---------------------------------------------------------------- Kovács és Társa (Divi, HU)
_nav = [("/", "Főoldal"), ("/rolunk/", "Rólunk"), ("/referenciak/", "Referenciák"), ("/karrier/", "Karrier"), ("/kapcsolat/", "Kapcsolat")]
_foot = """<p>Kovács és Társa Építőipari Kft. · 4031 Debrecen, Határ út 12. · Magyarország</p><p><a href="/impresszum/">Impresszum</a> · <a href="/adatvedelem/">Adatvédelem</a></p>"""
SITES.append(site(
    "kovacsestarsa.hu", "wp_divi", "hu", "Kovács és Társa", _nav, {
        "/": ("Kovács és Társa Építőipari Kft. – Debrecen", "<h1>Generálkivitelezés Kelet-Magyarországon</h1><p>Lakóépületek, ipari csarnokok és középületek kivitelezése.</p>"),
        "/rolunk/": ("Rólunk – Kovács és Társa", """<h1>Rólunk</h1><p>Cégünket 1992-ben alapította Kovács Imre kőművesmester. Ma fia, Kovács Gábor irányítja a vállalkozást,
amely mintegy 45 fős csapattal dolgozik.</p><p>Eddig több mint 600 lakást adtunk át. ISO 9001 tanúsítás 2004 óta.</p>"""),
        "/referenciak/": ("Referenciák", "<h1>Referenciák</h1><p>Nagyerdei társasház (2022) · Logisztikai csarnok, Hajdúszoboszló (2021)</p>"),
        "/karrier/": ("Karrier", "<h1>Karrier</h1><p>Munkatársat keresünk: építésvezető, kőműves, ács.</p>"),
        "/kapcsolat/": ("Kapcsolat", "<h1>Kapcsolat</h1><p>4031 Debrecen, Határ út 12.</p><p>Tel.: +36 52 412 330</p>"),
        "/impresszum/": ("Impresszum", """<h1>Impresszum</h1><p>Cégnév: Kovács és Társa Építőipari Kft.<br>Székhely: 4031 Debrecen, Határ út 12.<br>
Cégjegyzékszám: 09-09-001234<br>Adószám: 11223344-2-09<br>Ügyvezető: Kovács Gábor</p><p>Tárhelyszolgáltató: Rackhost Zrt., 6722 Szeged, Tisza Lajos krt. 41.</p>"""),
        "/adatvedelem/": ("Adatvédelem", "<h1>Adatkezelési tájékoztató</h1>"),
    }, _foot,
    ex("Kovács és Társa", "Kovács és Társa Építőipari Kft.", 45, 1992, "Határ út 12", "Debrecen", "4031", "HU", "hu"),
    html_lang="hu", cookie="cookieyes",
    people=["Kovács Imre", "Kovács Gábor"],
    traits=["construction-family-firm", "hungarian-address-order", "approximate-headcount", "flat-count-trap", "certification-year-trap",
            "host-address-trap", "family-name-first"],
    notes="'mintegy 45 fős csapattal' = 45. Address written '4031 Debrecen, Határ út 12.' (trailing period)."))

# ---------------------------------------------------------------- Szabó Ügyvédi Iroda (Hugo, HU)
_nav = [("/", "Kezdőlap"), ("/iroda/", "Az iroda"), ("/szakteruletek/", "Szakterületek"), ("/munkatarsak/", "Munkatársak"), ("/kapcsolat/", "Kapcsolat")]
_foot = """<p>Szabó és Társai Ügyvédi Iroda · 1052 Budapest, Váci utca 19. · <a href="/jogi-nyilatkozat/">Jogi nyilatkozat</a></p>"""
SITES.append(site(
    "szaboiroda.hu", "hugo", "hu", "Szabó és Társai Ügyvédi Iroda", _nav, {
        "/": ("Szabó és Társai Ügyvédi Iroda – Budapest", "<h1>Ingatlanjog, társasági jog, családjog</h1><p>Magyar, angol és német nyelven.</p>"),
        "/iroda/": ("Az iroda", """<h1>Az iroda</h1><p>Irodánkat 2005-ben alapította dr. Szabó Réka. 2013 óta dr. Lakatos Bence is az iroda tagja.</p>
<p>Irodánkban jelenleg 11 munkatárs dolgozik, évente több mint 300 ingatlan-adásvételi szerződést készítünk.</p>"""),
        "/szakteruletek/": ("Szakterületek", "<h1>Szakterületek</h1><ul><li>Ingatlanjog</li><li>Cégjog</li><li>Családjog</li></ul>"),
        "/munkatarsak/": ("Munkatársak", "<h1>Munkatársak</h1><p>dr. Szabó Réka – irodavezető ügyvéd (kamarai tag 1999 óta)<br>dr. Lakatos Bence – ügyvéd<br>dr. Fekete Zsófia – ügyvédjelölt</p>"),
        "/kapcsolat/": ("Kapcsolat", "<h1>Kapcsolat</h1><address>Szabó és Társai Ügyvédi Iroda<br>1052 Budapest, Váci utca 19.<br>II. emelet 4.</address>"),
        "/jogi-nyilatkozat/": ("Jogi nyilatkozat", "<h1>Jogi nyilatkozat</h1><p>Szabó és Társai Ügyvédi Iroda · Budapesti Ügyvédi Kamara nyilvántartási szám: 1234 · Adószám: 18112233-2-41</p>"),
    }, _foot,
    ex("Szabó és Társai Ügyvédi Iroda", "Szabó és Társai Ügyvédi Iroda", 11, 2005, "Váci utca 19", "Budapest", "1052", None, "hu"),
    html_lang="hu", cookie="",
    people=["Szabó Réka", "Lakatos Bence", "Fekete Zsófia"],
    traits=["professional-law", "address-tag", "floor-line-separate", "contract-count-trap", "bar-admission-year-trap", "partner-join-year-trap",
            "unscored:country_code"],
    notes="11 munkatárs; founded 2005. Floor on a separate line. No country written."))

# ---------------------------------------------------------------- Strojservis Trnava (Drupal, SK)
_nav = [("/", "Úvod"), ("/o-nas", "O nás"), ("/vyroba", "Výroba"), ("/kariera", "Kariéra"), ("/kontakt", "Kontakt")]
_foot = """<p>STROJSERVIS Trnava s.r.o. · Priemyselná 11 · 917 01 Trnava · Slovenská republika</p><p><a href="/ochrana-osobnych-udajov">Ochrana osobných údajov</a></p>"""
SITES.append(site(
    "strojservis-trnava.sk", "drupal", "sk", "STROJSERVIS Trnava", _nav, {
        "/": ("STROJSERVIS Trnava – zváranie a obrábanie", "<h1>Zvárané konštrukcie a CNC obrábanie pre automobilový priemysel</h1>"),
        "/o-nas": ("O nás – STROJSERVIS Trnava", """<h1>O nás</h1><p>Spoločnosť bola založená v roku 1993 ako servis poľnohospodárskych strojov. Od roku 2003 sa venujeme
výrobe zváraných dielov pre automobilky v regióne.</p><p>V súčasnosti zamestnávame 86 ľudí v dvoch výrobných halách s rozlohou 7 500 m².</p>"""),
        "/vyroba": ("Výroba", "<h1>Výroba</h1><p>18 zváracích robotov, 12 CNC centier.</p>"),
        "/kariera": ("Kariéra", "<h1>Kariéra</h1><p>Hľadáme zvárača CO2 a operátora CNC. Nástupná mzda od 1 350 €.</p>"),
        "/kontakt": ("Kontakt", """<h1>Kontakt</h1><p>STROJSERVIS Trnava s.r.o.<br>Priemyselná 11<br>917 01 Trnava</p>
<p>IČO: 31412345 · DIČ: 2020123456 · IČ DPH: SK2020123456<br>Zapísaná v Obchodnom registri Okresného súdu Trnava, oddiel: Sro, vložka č. 1234/T<br>Konateľ: Ing. Peter Hudec</p>"""),
        "/ochrana-osobnych-udajov": ("Ochrana osobných údajov", "<h1>Ochrana osobných údajov</h1>"),
    }, _foot,
    ex("STROJSERVIS Trnava", "STROJSERVIS Trnava s.r.o.", 86, 1993, "Priemyselná 11", "Trnava", "917 01", "SK", "sk"),
    html_lang="sk", cookie="cookiebot",
    people=["Peter Hudec"],
    traits=["industrial-supplier", "pivot-year-trap", "area-number-trap", "machine-count-trap", "salary-number-trap"],
    notes="86 ľudí; founded 1993 (2003 change of focus)."))

# ---------------------------------------------------------------- PD Šaštín-Stráže (Joomla, SK)
_nav = [("/", "Úvod"), ("/o-druzstve", "O družstve"), ("/historia", "História"), ("/produkty", "Produkty"), ("/kontakt", "Kontakt")]
_foot = """<p>Poľnohospodárske družstvo Šaštín-Stráže · Hlavná 210 · 908 41 Šaštín-Stráže · Slovensko</p>"""
SITES.append(site(
    "pdsastin.sk", "joomla", "sk", "PD Šaštín-Stráže", _nav, {
        "/": ("Poľnohospodárske družstvo Šaštín-Stráže", "<h1>Mlieko, obilie a repka zo Záhoria</h1><p>Predaj mlieka z automatu každý deň 7–19 h.</p>"),
        "/o-druzstve": ("O družstve", """<h1>O družstve</h1><p>Družstvo obhospodaruje 2 800 ha poľnohospodárskej pôdy a chová 650 dojníc.
Zamestnáva 42 stálych zamestnancov, v sezóne aj brigádnikov.</p><p>Predseda predstavenstva: Ing. Ján Kollár</p>"""),
        "/historia": ("História", """<h1>História</h1><p>Družstvo bolo založené v roku 1949 ako JRD Šaštín. V roku 1975 sa zlúčilo s JRD Stráže, v roku 1992
prešlo transformáciou podľa nového zákona o družstvách. V roku 2014 sme postavili novú kravín pre 400 kusov.</p>"""),
        "/produkty": ("Produkty", "<h1>Produkty</h1><p>Mlieko, pšenica, kukurica, repka.</p>"),
        "/kontakt": ("Kontakt", """<h1>Kontakt</h1><p>Hlavná 210<br>908 41 Šaštín-Stráže</p><p>IČO: 00205123 · Zapísané v Obchodnom registri Okresného súdu Trnava, oddiel: Dr, vložka č. 112/T</p>"""),
    }, _foot,
    ex("PD Šaštín-Stráže", "Poľnohospodárske družstvo Šaštín-Stráže", 42, 1949, "Hlavná 210", "Šaštín-Stráže", "908 41", "SK", "sk"),
    html_lang="sk", cookie="plain",
    people=["Ján Kollár"],
    traits=["agricultural-cooperative", "hectare-trap", "livestock-count-trap", "merger-year-trap", "transformation-year-trap", "seasonal-staff-trap",
            "unscored:name"],
    notes="42 permanent employees. Founded 1949 (1975 merger, 1992 transformation). Brand is abbreviated PD; name unscored."))

# ---------------------------------------------------------------- Gostilna Pri Lipi (Wix, SI)
_nav = [("/", "Domov"), ("/o-nas", "O nas"), ("/jedilnik", "Jedilnik"), ("/sobe", "Sobe"), ("/kontakt", "Kontakt")]
_foot = """<p>Gostilna Pri Lipi · Šutna 24 · 1241 Kamnik · Slovenija · 01 831 22 40</p><p><a href="/pravno-obvestilo">Pravno obvestilo</a></p>"""
SITES.append(site(
    "gostilnaprilipi.si", "wix", "sl", "Gostilna Pri Lipi", _nav, {
        "/": ("Gostilna Pri Lipi | Kamnik", "<h1>Domača kuhinja v starem mestnem jedru Kamnika</h1><p>Odprto torek–nedelja od 11. do 22. ure.</p>"),
        "/o-nas": ("O nas | Gostilna Pri Lipi", """<h1>O nas</h1><p>Gostilno je leta 1926 odprl praded Janez Zupan. Danes jo vodi že četrta generacija, Marko Zupan z ženo Petro.</p>
<p>V ekipi nas je 16, v kuhinji pa kraljuje babica Marija. Leta 2021 smo prejeli priznanje Gostilna Slovenija.</p>"""),
        "/jedilnik": ("Jedilnik", "<h1>Jedilnik</h1><p>Kamniški štruklji – 9,50 €</p>"),
        "/sobe": ("Sobe", "<h1>Sobe</h1><p>Pet dvoposteljnih sob nad gostilno.</p>"),
        "/kontakt": ("Kontakt", "<h1>Kontakt</h1><p>Šutna 24<br>1241 Kamnik</p>"),
        "/pravno-obvestilo": ("Pravno obvestilo", "<h1>Pravno obvestilo</h1><p>Gostilna Pri Lipi, Marko Zupan s.p., Šutna 24, 1241 Kamnik · Davčna številka: SI 12345678 · Matična številka: 1234567000</p>"),
    }, _foot,
    ex("Gostilna Pri Lipi", "Gostilna Pri Lipi, Marko Zupan s.p.", 16, 1926, "Šutna 24", "Kamnik", "1241", "SI", "sl"),
    html_lang="sl", cookie="",
    people=["Janez Zupan", "Marija"],
    traits=["restaurant-family", "sole-trader-sp", "award-year-trap", "room-count-trap", "price-numbers"],
    notes="'V ekipi nas je 16' = 16. Marko Zupan is in the s.p. legal name (not listed)."))

# ---------------------------------------------------------------- PZ Maslina Lun (Squarespace, HR)
_nav = [("/", "Početna"), ("/o-nama", "O nama"), ("/ulje", "Naše ulje"), ("/kontakt", "Kontakt")]
_foot = """<p>Poljoprivredna zadruga Maslina Lun · Lun 36 · 53294 Lun · Hrvatska</p><p><a href="/impressum">Impressum</a></p>"""
SITES.append(site(
    "maslina-lun.hr", "squarespace", "hr", "PZ Maslina Lun", _nav, {
        "/": ("PZ Maslina Lun – maslinovo ulje s otoka Paga", "<h1>Ekstra djevičansko maslinovo ulje iz Lunjskih maslinika</h1><p>Oblica i divlja maslina s otoka Paga.</p>"),
        "/o-nama": ("O nama – PZ Maslina Lun", """<h1>O nama</h1><p>Zadruga je osnovana 2008. godine kako bi lunjski maslinari zajedno prerađivali i prodavali svoje ulje.
Danas zadruga ima 64 člana i zapošljava pet djelatnika u uljari i prodavaonici.</p>
<p>U Lunjskim maslinicima raste oko 80 000 stabala divlje masline, od kojih su neka stara i do 1600 godina. Uljara je otvorena 2012.</p>"""),
        "/ulje": ("Naše ulje", "<h1>Naše ulje</h1><p>0,5 l – 22 €</p>"),
        "/kontakt": ("Kontakt", "<h1>Kontakt</h1><p>Lun 36<br>53294 Lun<br>Hrvatska</p>"),
        "/impressum": ("Impressum", "<h1>Impressum</h1><p>Poljoprivredna zadruga Maslina Lun · OIB: 12345678901 · Lun 36, 53294 Lun · Predsjednik zadruge: Ante Badurina</p>"),
    }, _foot,
    ex("PZ Maslina Lun", "Poljoprivredna zadruga Maslina Lun", 5, 2008, "Lun 36", "Lun", "53294", "HR", "hr"),
    html_lang="hr", cookie="",
    people=["Ante Badurina"],
    traits=["agricultural-cooperative", "number-word-count", "member-count-trap", "tree-count-trap", "tree-age-trap", "mill-year-trap",
            "village-house-number-address", "unscored:name"],
    skip_check=["employee_count", "employee_range_min", "employee_range_max"],
    notes="'zapošljava pet djelatnika' = 5 (64 members trap). 1600 is a tree age, 2012 the mill. Short brand PZ vs full name: name unscored."))

# ---------------------------------------------------------------- Horvat & Kos arhitekti (Webflow, HR)
_nav = [("/", "Projekti"), ("/ured", "Ured"), ("/novosti", "Novosti"), ("/kontakt", "Kontakt")]
_foot = """<p>Horvat &amp; Kos arhitekti · Ilica 128 · 10000 Zagreb · Hrvatska</p><p><a href="/impressum">Impressum</a></p>"""
SITES.append(site(
    "horvatkos.hr", "webflow", "hr", "Horvat & Kos arhitekti", _nav, {
        "/": ("Horvat & Kos arhitekti – Zagreb", "<h1>Arhitektura i urbanizam</h1><p>Dječji vrtić Špansko (2021) · Stambena zgrada Trešnjevka (2019)</p>"),
        "/ured": ("Ured – Horvat & Kos", """<h1>Ured</h1><p>Ured je osnovan 1999. godine, kada su Tomislav Horvat i Ivana Kos otvorili mali atelijer u Dubravi.
Od 2007. smo u Ilici.</p><p>Danas nas je 18 – arhitekti, inženjeri i administracija. Nagrada Viktor Kovačić 2016.</p>"""),
        "/novosti": ("Novosti", "<h1>Novosti</h1><p>03/2024 – Prva nagrada na natječaju za školu u Velikoj Gorici.</p><p>Zapošljavamo: arhitekt/ica s položenim stručnim ispitom.</p>"),
        "/kontakt": ("Kontakt", "<h1>Kontakt</h1><p>Ilica 128<br>10000 Zagreb</p>"),
        "/impressum": ("Impressum", """<h1>Impressum</h1><p>Arhitektonski ured Horvat &amp; Kos d.o.o.<br>Ilica 128, 10000 Zagreb<br>
Trgovački sud u Zagrebu, MBS 080123456 · OIB 98765432109 · Temeljni kapital 2.650,00 EUR uplaćen u cijelosti<br>Direktori: Tomislav Horvat, Ivana Kos</p>"""),
    }, _foot,
    ex("Horvat & Kos arhitekti", "Arhitektonski ured Horvat & Kos d.o.o.", 18, 1999, "Ilica 128", "Zagreb", "10000", "HR", "hr"),
    html_lang="hr", cookie="",
    people=["Tomislav Horvat", "Ivana Kos"],
    traits=["professional-architecture", "relocation-year-trap", "award-year-trap", "capital-number-trap"],
    notes="'Danas nas je 18' = 18; 1999 founding."))

# ---------------------------------------------------------------- Kuressaare Puit (Astra, EE et/en)
_nav = [("/", "Avaleht"), ("/ettevottest/", "Ettevõttest"), ("/tooted/", "Tooted"), ("/karjaar/", "Karjäär"), ("/kontakt/", "Kontakt"), ("/en/", "EN")]
_nav_en = [("/en/", "Home"), ("/en/about/", "About"), ("/", "ET")]
_foot = """<p>Kuressaare Puit OÜ · Tallinna mnt 88 · 93815 Kuressaare · Eesti · Registrikood 10123456</p>"""
_en = {"nav": _nav_en, "lang": "en", "html_lang": "en-US", "footer": "<p>Kuressaare Puit OÜ · Tallinna mnt 88 · 93815 Kuressaare · Estonia</p>"}
SITES.append(site(
    "kuressaarepuit.ee", "wp_astra", "et", "Kuressaare Puit", _nav, {
        "/": ("Kuressaare Puit – saematerjal ja liimpuit Saaremaalt", "<h1>Saematerjal, höövelmaterjal ja liimpuit</h1><p><a href=\"/ettevottest/\">Ettevõttest</a></p>",
              {"alternates": [("et", "/"), ("en", "/en/")]}),
        "/ettevottest/": ("Ettevõttest – Kuressaare Puit", """<h1>Ettevõttest</h1><p>Ettevõte on asutatud 1994. aastal. Tänaseks annab Kuressaare Puit tööd 57 inimesele ja
ekspordib toodangut Soome, Rootsi ja Saksamaale.</p><p>Aastas töötleme ligikaudu 90 000 tihumeetrit palki. FSC sertifikaat alates 2011.</p>""",
                          {"alternates": [("et", "/ettevottest/"), ("en", "/en/about/")]}),
        "/tooted/": ("Tooted", "<h1>Tooted</h1><ul><li>Saematerjal</li><li>Liimpuit</li><li>Terrassilaud</li></ul>"),
        "/karjaar/": ("Karjäär", "<h1>Tule meile tööle!</h1><p>Otsime saeliini operaatorit ja laotöötajat.</p>"),
        "/kontakt/": ("Kontakt", "<h1>Kontakt</h1><p>Kuressaare Puit OÜ<br>Tallinna mnt 88<br>93815 Kuressaare<br>Eesti</p><p>Juhatuse liige: Margus Tamm</p>"),
        "/en/": ("Kuressaare Puit – sawn timber from Saaremaa", "<h1>Sawn timber and glulam</h1><p><a href=\"/en/about/\">About us</a></p>", dict(_en, alternates=[("et", "/"), ("en", "/en/")])),
        "/en/about/": ("About – Kuressaare Puit", "<h1>About us</h1><p>Founded in 1994, we employ 57 people.</p>", dict(_en, alternates=[("et", "/ettevottest/"), ("en", "/en/about/")])),
    }, _foot,
    ex("Kuressaare Puit", "Kuressaare Puit OÜ", 57, 1994, "Tallinna mnt 88", "Kuressaare", "93815", "EE", "et"),
    html_lang="et", cookie="cookieyes",
    people=["Margus Tamm"],
    traits=["industrial-supplier", "multilingual-et-en", "hreflang", "volume-count-trap", "certification-year-trap", "abbrev-mnt"],
    notes="'annab tööd 57 inimesele' = 57; 'asutatud 1994. aastal'."))

# ---------------------------------------------------------------- Ozols un partneri (Next.js, LV)
_nav = [("/", "Sākums"), ("/par-mums", "Par mums"), ("/pakalpojumi", "Pakalpojumi"), ("/komanda", "Komanda"), ("/kontakti", "Kontakti")]
_foot = """<p>ZAB Ozols un partneri · Elizabetes iela 45, Rīga, LV-1010, Latvija · <a href="/privatuma-politika">Privātuma politika</a></p>"""
SITES.append(site(
    "ozolspartneri.lv", "nextjs", "lv", "Ozols un partneri", _nav, {
        "/": ("Zvērinātu advokātu birojs Ozols un partneri", "<h1>Komerctiesības, nekustamais īpašums, strīdu risināšana</h1>"),
        "/par-mums": ("Par mums", """<h1>Par mums</h1><p>Birojs dibināts 2003. gadā. Birojā strādā 22 darbinieki, no tiem 12 zvērināti advokāti.</p>
<p>Kopš 2010. gada esam starptautiskās juridisko biroju apvienības Lexnet biedri.</p>"""),
        "/pakalpojumi": ("Pakalpojumi", "<h1>Pakalpojumi</h1><ul><li>Komerctiesības</li><li>Nekustamais īpašums</li></ul>"),
        "/komanda": ("Komanda", "<h1>Komanda</h1><p>Andris Ozols – vadošais partneris<br>Līga Bērziņa – partnere<br>Kristaps Liepa – zvērināts advokāts</p>"),
        "/kontakti": ("Kontakti", "<h1>Kontakti</h1><p>Elizabetes iela 45<br>Rīga, LV-1010</p><p>+371 67 212 345</p>"),
        "/privatuma-politika": ("Privātuma politika", "<h1>Privātuma politika</h1><p>Pārzinis: ZAB Ozols un partneri SIA, reģ. Nr. 40003612345, Elizabetes iela 45, Rīga, LV-1010.</p>"),
    }, _foot,
    ex("Ozols un partneri", "ZAB Ozols un partneri SIA", 22, 2003, "Elizabetes iela 45", "Rīga", "LV-1010", "LV", "lv"),
    html_lang="lv", cookie="plain",
    people=["Andris Ozols", "Līga Bērziņa", "Kristaps Liepa"],
    traits=["professional-law", "lv-postcode-prefix", "partial-count-trap", "membership-year-trap", "unscored:postal_code"],
    notes="22 darbinieki (12 lawyers is a part). Postal code written LV-1010 (prefix is part of the official format): unscored."))

# ---------------------------------------------------------------- Nemuno baldai (Hugo, LT)
_nav = [("/", "Pradžia"), ("/apie-mus/", "Apie mus"), ("/produkcija/", "Produkcija"), ("/karjera/", "Karjera"), ("/kontaktai/", "Kontaktai")]
_foot = """<p>UAB Nemuno baldai · Pramonės pr. 12, LT-51329 Kaunas · Lietuva · Įmonės kodas 132456789</p>"""
SITES.append(site(
    "nemunobaldai.lt", "hugo", "lt", "Nemuno baldai", _nav, {
        "/": ("Nemuno baldai – korpusinių baldų gamintojas", "<h1>Korpusiniai baldai Skandinavijos rinkai</h1>"),
        "/apie-mus/": ("Apie mus – Nemuno baldai", """<h1>Apie mus</h1><p>Įmonė įkurta 1991 m. Kaune. Šiuo metu dirba daugiau nei 200 darbuotojų, o per metus pagaminame
apie 350 000 baldų vienetų.</p><p>2016 m. atidarėme naują 12 000 m² gamyklą.</p>"""),
        "/produkcija/": ("Produkcija", "<h1>Produkcija</h1><p>Spintos, komodos, lentynos.</p>"),
        "/karjera/": ("Karjera", "<h1>Karjera</h1><p>Ieškome CNC operatoriaus ir baldų surinkėjo.</p>"),
        "/kontaktai/": ("Kontaktai", "<h1>Kontaktai</h1><p>UAB Nemuno baldai<br>Pramonės pr. 12<br>LT-51329 Kaunas</p><p>Direktorius: Vytautas Petrauskas</p>"),
    }, _foot,
    ex("Nemuno baldai", "UAB Nemuno baldai", ("gt", 200), 1991, "Pramonės pr. 12", "Kaunas", "LT-51329", "LT", "lt"),
    html_lang="lt", cookie="",
    people=["Vytautas Petrauskas"],
    traits=["industrial-supplier", "lt-postcode-prefix", "production-count-trap", "area-number-trap", "factory-year-trap", "unscored:postal_code"],
    notes="'daugiau nei 200 darbuotojų' = count 200, max null. Postal code LT-51329: unscored."))
