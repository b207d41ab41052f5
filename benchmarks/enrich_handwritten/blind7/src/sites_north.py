"""Norway, Iceland."""
from common import ex, site, redirect, NULL

SITES = []

# ---------------------------------------------------------------- Lærdal Gjestgiveri (Elementor, NO)
_nav = [("/", "Hjem"), ("/rom/", "Rom"), ("/restaurant/", "Restaurant"), ("/historie/", "Historie"), ("/jobb/", "Jobb hos oss"), ("/kontakt/", "Kontakt")]
_foot = """<p>Lærdal Gjestgiveri · Øyraplassen 4, 6887 Lærdal · Postadresse: Postboks 55, 6886 Lærdal · Norge</p>
<p>Lærdal Gjestgiveri AS · Org.nr. 912 345 678 MVA · <a href="/personvern/">Personvern</a></p>"""
SITES.append(site(
    "laerdal-gjestgiveri.no", "wp_elementor", "no", "Lærdal Gjestgiveri", _nav, {
        "/": ("Lærdal Gjestgiveri – historisk hotell i Gamle Lærdalsøyri", "<h1>Velkommen til Lærdal Gjestgiveri</h1><p>26 rom i trehus fra 1800-tallet, midt i Gamle Lærdalsøyri.</p>"),
        "/rom/": ("Rom", "<h1>Rom</h1><p>Dobbeltrom fra 1 690 kr inkl. frokost.</p>"),
        "/restaurant/": ("Restaurant", "<h1>Restaurant</h1><p>Laks fra Lærdalselva og lam fra fjellet.</p>"),
        "/historie/": ("Historie – Lærdal Gjestgiveri", """<h1>Historie</h1><p>Gjestgiveriet ble åpnet i 1888 av handelsmann Ole Hauge, i et hus som var bygget i 1836.
I 1952 kjøpte familien Nesheim stedet, og i 2014 ble det restaurert med støtte fra Riksantikvaren. Siden 2019 har Ingrid og Eirik Nesheim drevet hotellet.</p>"""),
        "/jobb/": ("Jobb hos oss", """<h1>Jobb hos oss</h1><p>Hele året er vi 22 ansatte, og om sommeren er vi nesten dobbelt så mange.
Vi søker kokk og servitører til sesongen 2025.</p>"""),
        "/kontakt/": ("Kontakt", "<h1>Kontakt</h1><p>Besøksadresse:<br>Øyraplassen 4<br>6887 Lærdal</p><p>Postadresse:<br>Postboks 55<br>6886 Lærdal</p>"),
        "/personvern/": ("Personvern", "<h1>Personvernerklæring</h1>"),
    }, _foot,
    ex("Lærdal Gjestgiveri", "Lærdal Gjestgiveri AS", 22, 1888, "Øyraplassen 4", "Lærdal", "6887", "NO", "no"),
    html_lang="nb-NO", cookie="cookieyes",
    people=["Ole Hauge", "Ingrid", "Eirik Nesheim"],
    traits=["hotel", "po-box-trap", "seasonal-staff-trap", "building-year-trap", "purchase-year-trap", "restoration-year-trap", "room-count-trap",
            "unscored:language"],
    notes="22 year-round employees. 1888 opening (house 1836). Visiting address 6887; PO box 6886. Norwegian: language unscored."))

# ---------------------------------------------------------------- Vestnes Hydraulikk (Drupal, NO)
_nav = [("/", "Hjem"), ("/om-oss", "Om oss"), ("/tjenester", "Tjenester"), ("/karriere", "Karriere"), ("/kontakt", "Kontakt")]
_foot = """<p>Vestnes Hydraulikk AS<br>Industrivegen 12, 6390 Vestnes<br>Postboks 84, 6391 Vestnes<br>Norge</p><p>Org.nr. 935 114 220</p>"""
SITES.append(site(
    "vestneshydraulikk.no", "drupal", "no", "Vestnes Hydraulikk", _nav, {
        "/": ("Vestnes Hydraulikk – hydraulikk for maritim industri", "<h1>Hydraulikk, service og sylinderoverhaling</h1><p>Døgnåpen service for fiskeflåten og offshore.</p>"),
        "/om-oss": ("Om oss – Vestnes Hydraulikk", """<h1>Om oss</h1><p>Selskapet ble etablert i 1974 av Knut Sæther, som startet med reparasjon av vinsjer for fiskebåter i Romsdalsfjorden.</p>
<p>Vi er i dag 64 ansatte. Siden 2016 er vi en del av Nordhydra-konsernet, som har over 900 ansatte i Norden.</p><p>Daglig leder: Hilde Rønneberg</p>"""),
        "/tjenester": ("Tjenester", "<h1>Tjenester</h1><ul><li>Sylinderoverhaling opp til 14 meter</li><li>Slangeverksted</li></ul>"),
        "/karriere": ("Karriere", "<h1>Karriere</h1><p>Vi søker hydraulikkmontør og lærling i industrimekanikerfaget.</p>"),
        "/kontakt": ("Kontakt", "<h1>Kontakt</h1><p>Industrivegen 12<br>6390 Vestnes</p><p>Vakttelefon: 71 18 40 00</p>"),
    }, _foot,
    ex("Vestnes Hydraulikk", "Vestnes Hydraulikk AS", 64, 1974, "Industrivegen 12", "Vestnes", "6390", "NO", "no"),
    html_lang="nb", cookie="plain",
    people=["Knut Sæther", "Hilde Rønneberg"],
    traits=["industrial-supplier", "group-headcount-trap", "acquisition-year-trap", "po-box-trap", "unscored:language"],
    notes="64 ansatte; group over 900 is a trap. PO box 6391."))

# ---------------------------------------------------------------- Trésmiðjan Grund (Wix, IS)
_nav = [("/", "Forsíða"), ("/um-okkur", "Um okkur"), ("/thjonusta", "Þjónusta"), ("/storf", "Störf"), ("/hafa-samband", "Hafa samband")]
_foot = """<p>Trésmiðjan Grund ehf. · Óseyri 6 · 603 Akureyri · Ísland · Kt. 560278-0129</p><p>Pósthólf 112, 602 Akureyri</p>"""
SITES.append(site(
    "tregrund.is", "wix", "is", "Trésmiðjan Grund", _nav, {
        "/": ("Trésmiðjan Grund | Akureyri", "<h1>Innréttingar, gluggar og hurðir</h1><p>Sérsmíði fyrir heimili og fyrirtæki á Norðurlandi.</p>"),
        "/um-okkur": ("Um okkur | Trésmiðjan Grund", """<h1>Um okkur</h1><p>Fyrirtækið var stofnað árið 1978 af Gunnari Jónssyni húsasmíðameistara. Árið 2005 flutti verkstæðið á Óseyri
og árið 2020 tók dóttir hans, Sigríður Gunnarsdóttir, við rekstrinum.</p><p>Hjá okkur starfa 23 starfsmenn.</p>"""),
        "/thjonusta": ("Þjónusta", "<h1>Þjónusta</h1><ul><li>Eldhúsinnréttingar</li><li>Gluggar</li></ul>"),
        "/storf": ("Störf", "<h1>Störf</h1><p>Við leitum að smiði. Umsóknir sendist á grund@tregrund.is.</p>"),
        "/hafa-samband": ("Hafa samband", "<h1>Hafa samband</h1><p>Óseyri 6<br>603 Akureyri</p><p>Sími 462 3300</p>"),
    }, _foot,
    ex("Trésmiðjan Grund", "Trésmiðjan Grund ehf.", 23, 1978, "Óseyri 6", "Akureyri", "603", "IS", "is"),
    html_lang="is", cookie="",
    people=["Gunnari Jónssyni", "Sigríður Gunnarsdóttir"],
    traits=["family-firm", "po-box-trap", "relocation-year-trap", "takeover-year-trap", "kennitala-date"],
    notes="23 starfsmenn; stofnað árið 1978. Kennitala 560278-0129 encodes a date. Gunnar Jónsson appears in the dative (Gunnari Jónssyni)."))
