"""Germany, Austria, Switzerland."""
from common import ex, site, redirect, NULL

SITES = []

# ---------------------------------------------------------------- 1 Schreinerei Holzwarth (TYPO3)
_nav = [("/", "Start"), ("/unternehmen/", "Unternehmen"), ("/unternehmen/geschichte/", "Geschichte"),
        ("/leistungen/", "Leistungen"), ("/karriere/", "Karriere"), ("/kontakt/", "Kontakt")]
_foot = """<div class="col-md-4"><h3>Schreinerei Holzwarth</h3><p>Gewerbestraße 14<br>
88339 Bad Waldsee<br>Tel. 07524 97 31-0<br><a href="mailto:info@schreinerei-holzwarth.de">info@schreinerei-holzwarth.de</a></p></div>
<div class="col-md-4"><h3>Öffnungszeiten Ausstellung</h3><p>Mo–Fr 8:00–17:00 Uhr<br>Sa 9:00–12:00 Uhr</p></div>
<div class="col-md-4"><ul class="footer-links"><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li></ul>
<p class="small">&copy; 2024 Holzwarth Schreinerei GmbH &amp; Co. KG</p></div>"""
SITES.append(site(
    "schreinerei-holzwarth.de", "typo3", "de", "Schreinerei Holzwarth", _nav, {
        "/": ("Schreinerei Holzwarth – Möbel und Innenausbau aus Oberschwaben", """
<h1>Möbel, Küchen und Innenausbau – gefertigt in Bad Waldsee</h1>
<p>Ob Einbauschrank unter der Dachschräge, die neue Küche oder der komplette Ausbau einer Arztpraxis: Wir planen mit Ihnen,
fertigen in unserer eigenen Werkstatt und montieren mit eigenen Leuten. Seit vier Generationen steht der Name Holzwarth
in Oberschwaben für solide Handwerksarbeit.</p>
<div class="teaser-row"><div class="teaser"><h2>Unsere Geschichte</h2><p>Vom Ein-Mann-Betrieb in der Hauptstraße zur modernen Werkstatt im Gewerbegebiet.</p>
<a href="/unternehmen/geschichte/" class="btn">Mehr erfahren</a></div>
<div class="teaser"><h2>Ausbildung 2025</h2><p>Noch zwei Plätze frei – bewirb dich jetzt als Schreiner/in!</p><a href="/karriere/" class="btn">Zu den Stellen</a></div></div>
<h2>Aktuelles</h2>
<div class="news-list-item"><span class="news-list-date">14.03.2024</span><h3>Tag der offenen Werkstatt am 20. April</h3>
<p>Wir öffnen unsere Türen: Maschinenvorführungen, Kinderwerkstatt und Vesper vom Grill.</p></div>
<div class="news-list-item"><span class="news-list-date">02.10.2023</span><h3>100 Jahre Schreinerei Holzwarth</h3>
<p>Mit über 400 Gästen haben wir im September unser Jubiläum gefeiert. Danke an alle Kunden, Partner und Nachbarn!</p></div>
"""),
        "/unternehmen/": ("Unternehmen – Schreinerei Holzwarth", """
<h1>Ein Familienbetrieb mit Leidenschaft für Holz</h1>
<p>Die Schreinerei Holzwarth wird heute von Markus und Sabine Holzwarth in vierter Generation geführt. Auf rund 3.200 m²
Werkstatt- und Lagerfläche entstehen Möbel, Küchen, Türen und ganze Innenausbauten für private und gewerbliche Kunden.</p>
<p>Heute beschäftigen wir 34 Mitarbeiterinnen und Mitarbeiter, darunter sechs Auszubildende. Viele von ihnen sind schon
seit mehr als 20 Jahren bei uns – darauf sind wir stolz.</p>
<p>Seit 2012 sind wir Mitglied im Qualitätsverbund „Möbel aus Meisterhand“ und seit 2019 erzeugt unsere Photovoltaikanlage
einen Großteil des Stroms für die Werkstatt.</p>
<p><a href="/unternehmen/geschichte/">Unsere Geschichte</a> · <a href="/kontakt/">So finden Sie uns</a></p>
"""),
        "/unternehmen/geschichte/": ("Geschichte – Schreinerei Holzwarth", """
<h1>100 Jahre Handwerk</h1>
<table class="contenttable timeline"><tbody>
<tr><th>1923</th><td>Anton Holzwarth gründet die Schreinerei in einer kleinen Werkstatt in der Hauptstraße von Bad Waldsee.</td></tr>
<tr><th>1951</th><td>Sohn Josef Holzwarth übernimmt den Betrieb; die ersten Maschinen ersetzen die Handarbeit.</td></tr>
<tr><th>1968</th><td>Neubau der Werkstatt am Ortsrand mit Bankraum und Furnierpresse.</td></tr>
<tr><th>1994</th><td>Markus und Sabine Holzwarth übernehmen in dritter und vierter Generation die Geschäftsführung.</td></tr>
<tr><th>2006</th><td>Umzug in das neue Betriebsgebäude in der Gewerbestraße 14.</td></tr>
<tr><th>2015</th><td>Inbetriebnahme des 5-Achs-CNC-Bearbeitungszentrums.</td></tr>
<tr><th>2019</th><td>Photovoltaikanlage mit 240 kWp auf dem Hallendach.</td></tr>
<tr><th>2023</th><td>Wir feiern 100 Jahre Schreinerei Holzwarth.</td></tr>
</tbody></table>
"""),
        "/leistungen/": ("Leistungen – Schreinerei Holzwarth", """
<h1>Leistungen</h1><ul><li>Küchen nach Maß</li><li>Einbauschränke und Garderoben</li><li>Innentüren und Haustüren</li>
<li>Laden- und Praxisbau</li><li>Treppen und Geländer</li></ul>
<p>Mehr als 2.500 Küchen haben unsere Monteure in den letzten Jahrzehnten eingebaut.</p>
"""),
        "/karriere/": ("Karriere – Schreinerei Holzwarth", """
<h1>Wir suchen Verstärkung!</h1>
<p>Du arbeitest gern mit Holz und willst sehen, was du am Abend geschafft hast? Dann werde Teil unseres Teams.</p>
<h2>Offene Stellen</h2><ul><li>Schreiner/in (m/w/d) für die Montage – Vollzeit</li><li>Schreinermeister/in oder Techniker/in für Arbeitsvorbereitung</li>
<li>Ausbildung zum Schreiner/zur Schreinerin (m/w/d) ab September 2025</li></ul>
<p>Bewerbungen bitte an Sabine Holzwarth, <a href="mailto:bewerbung@schreinerei-holzwarth.de">bewerbung@schreinerei-holzwarth.de</a>.</p>
"""),
        "/kontakt/": ("Kontakt – Schreinerei Holzwarth", """
<h1>Kontakt</h1><p>Schreinerei Holzwarth<br>Gewerbestraße 14<br>88339 Bad Waldsee</p>
<p>Telefon 07524 97 31-0<br>Telefax 07524 97 31-29</p>
<p>Die Ausstellung finden Sie direkt neben der Werkstatt. Parkplätze sind vorhanden.</p>
"""),
        "/impressum/": ("Impressum – Schreinerei Holzwarth", """
<h1>Impressum</h1><h2>Angaben gemäß § 5 TMG</h2>
<p>Holzwarth Schreinerei GmbH &amp; Co. KG<br>Gewerbestraße 14<br>88339 Bad Waldsee<br>Deutschland</p>
<p>Registergericht: Amtsgericht Ulm, HRA 720114</p>
<p>Persönlich haftende Gesellschafterin: Holzwarth Verwaltungs-GmbH, Sitz Bad Waldsee, Amtsgericht Ulm, HRB 731552,
vertreten durch den Geschäftsführer Markus Holzwarth</p>
<p>Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: DE 812 345 678</p>
<p>Berufsbezeichnung: Schreinermeister (verliehen in Deutschland), zuständige Kammer: Handwerkskammer Ulm</p>
<h2>Verbraucherstreitbeilegung</h2><p>Wir sind nicht bereit oder verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.</p>
"""),
        "/datenschutz/": ("Datenschutz – Schreinerei Holzwarth", """
<h1>Datenschutzerklärung</h1><p>Verantwortlich im Sinne der DSGVO ist die Holzwarth Schreinerei GmbH &amp; Co. KG (Anschrift siehe Impressum).</p>
<p>Wir verwenden das Consent-Tool Klaro, um Ihre Einwilligung zu verwalten.</p>
"""),
    }, _foot,
    ex("Schreinerei Holzwarth", "Holzwarth Schreinerei GmbH & Co. KG", 34, 1923, "Gewerbestraße 14", "Bad Waldsee", "88339", "DE", "de"),
    html_lang="de-DE", cookie="klaro",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Schreinerei Holzwarth",
            "url": "https://schreinerei-holzwarth.de/", "logo": "https://schreinerei-holzwarth.de/fileadmin/templates/img/logo.svg",
            "telephone": "+49 7524 97310"},
    people=["Markus Holzwarth", "Sabine Holzwarth", "Anton Holzwarth", "Josef Holzwarth"],
    traits=["history-timeline-table", "general-partner-name-trap", "apprentices-included", "area-number-trap",
            "guest-count-trap", "membership-year-trap", "news-list", "job-page"],
    notes="34 incl. six apprentices. Timeline has 8 years; 1923 is the founding. Komplementärin's name is not the company."))

# ---------------------------------------------------------------- 2 Kessler Antriebstechnik (Next.js, de/en)
_nav_de = [("/de", "Start"), ("/de/produkte", "Produkte"), ("/de/unternehmen", "Unternehmen"), ("/de/karriere", "Karriere"),
           ("/de/kontakt", "Kontakt"), ("/en", "EN")]
_nav_en = [("/en", "Home"), ("/en/products", "Products"), ("/en/company", "Company"), ("/en/contact", "Contact"), ("/de", "DE")]
_foot_de = """<div class="grid gap-8 md:grid-cols-3"><div><p class="font-semibold">Kessler Antriebstechnik GmbH</p>
<p>Am Hohen Hagen 7<br>58511 Lüdenscheid<br>Deutschland</p></div>
<div><p>+49 2351 66 70-0<br>vertrieb@kessler-antriebstechnik.de</p></div>
<div><a href="/de/impressum">Impressum</a> · <a href="/de/datenschutz">Datenschutz</a> · <a href="/de/agb">AGB</a></div></div>
<p class="mt-6">© 2024 Kessler Antriebstechnik GmbH – Ein Unternehmen der Kessler Gruppe</p>"""
_foot_en = """<p class="font-semibold">Kessler Antriebstechnik GmbH</p><p>Am Hohen Hagen 7, 58511 Lüdenscheid, Germany</p>
<p><a href="/en/imprint">Imprint</a> · <a href="/de/datenschutz">Privacy</a></p>"""
_alt = lambda de, en: [("de", de), ("en", en), ("x-default", de)]
_en = {"nav": _nav_en, "footer": _foot_en, "lang": "en", "html_lang": "en"}
SITES.append(site(
    "kessler-antriebstechnik.de", "nextjs", "de", "Kessler Antriebstechnik", _nav_de, {
        "/de": ("Kessler Antriebstechnik – Getriebemotoren und Antriebslösungen", """
<h1>Antriebe, die laufen. Seit Jahrzehnten.</h1>
<p>Stirnrad-, Kegelrad- und Schneckengetriebemotoren von 0,12 bis 45 kW – als Katalogprodukt oder als kundenspezifische
Lösung für Fördertechnik, Verpackungsmaschinen und Intralogistik.</p>
<ul><li>Über 60.000 Antriebe pro Jahr</li><li>Lieferzeit ab 5 Arbeitstagen</li><li>Eigene Zahnradfertigung</li></ul>
<p><a href="/de/unternehmen">Über Kessler</a> · <a href="/de/karriere">Jobs bei Kessler</a></p>
""", {"alternates": _alt("/de", "/en")}),
        "/de/produkte": ("Produkte – Kessler Antriebstechnik", """
<h1>Produkte</h1><h2>Stirnradgetriebemotoren KSR</h2><p>Baugrößen 1 bis 9, Drehmomente bis 18.000 Nm.</p>
<h2>Kegelradgetriebemotoren KKR</h2><p>Wirkungsgrad bis 96 %, Hohlwelle oder Vollwelle.</p>
<h2>Frequenzumrichter KFU</h2><p>Motornah montiert, IP66.</p>
""", {"alternates": _alt("/de/produkte", "/en/products")}),
        "/de/unternehmen": ("Unternehmen – Kessler Antriebstechnik", """
<h1>Das Unternehmen</h1>
<p>1962 gründete Walter Kessler in einer angemieteten Halle in Lüdenscheid eine Werkstatt für Zahnräder. Aus dem
Zulieferbetrieb wurde ein Hersteller kompletter Getriebemotoren, der heute in zweiter und dritter Generation von der
Familie geführt wird.</p>
<p>Am Standort Lüdenscheid arbeiten mehr als 180 Beschäftigte in Entwicklung, Fertigung, Montage und Vertrieb.
Die Kessler Gruppe mit ihren Vertriebs- und Montagegesellschaften in Polen, Tschechien, Frankreich und den USA
beschäftigt weltweit rund 1.150 Menschen.</p>
<h2>Meilensteine</h2>
<ul><li><strong>1962</strong> – Gründung als Zahnradfabrik Walter Kessler</li>
<li><strong>1978</strong> – erster eigener Getriebemotor</li>
<li><strong>1996</strong> – Zertifizierung nach ISO 9001</li>
<li><strong>2004</strong> – Gründung der Kessler Napędy Sp. z o.o. in Wrocław</li>
<li><strong>2017</strong> – neue Montagehalle mit 6.500 m²</li></ul>
""", {"alternates": _alt("/de/unternehmen", "/en/company")}),
        "/de/karriere": ("Karriere – Kessler Antriebstechnik", """
<h1>Karriere bei Kessler</h1><p>Wir wachsen – und suchen Menschen, die mit anpacken.</p>
<ul><li>Konstrukteur Getriebetechnik (m/w/d)</li><li>Industriemechaniker (m/w/d) Montage</li><li>Vertriebsingenieur (m/w/d) Außendienst Süddeutschland</li></ul>
<p>Ausbildung: jedes Jahr starten bei uns rund 12 Azubis in sechs Berufen.</p>
"""),
        "/de/kontakt": ("Kontakt – Kessler Antriebstechnik", """
<h1>Kontakt</h1><address>Kessler Antriebstechnik GmbH<br>Am Hohen Hagen 7<br>58511 Lüdenscheid<br>Deutschland</address>
<p>Zentrale: +49 2351 66 70-0</p>
""", {"alternates": _alt("/de/kontakt", "/en/contact")}),
        "/de/impressum": ("Impressum – Kessler Antriebstechnik", """
<h1>Impressum</h1><p>Kessler Antriebstechnik GmbH<br>Am Hohen Hagen 7<br>58511 Lüdenscheid</p>
<p>Geschäftsführer: Dr. Jens Kessler, Petra Aldenhoff</p><p>Sitz der Gesellschaft: Lüdenscheid<br>Amtsgericht Iserlohn HRB 4471</p>
<p>USt-IdNr.: DE 125 987 441</p>
""", {"alternates": _alt("/de/impressum", "/en/imprint")}),
        "/de/datenschutz": ("Datenschutz – Kessler Antriebstechnik", "<h1>Datenschutz</h1><p>Diese Website verwendet Cookiebot.</p>"),
        "/de/agb": ("AGB – Kessler Antriebstechnik", "<h1>Allgemeine Verkaufs- und Lieferbedingungen</h1><p>Stand: 01/2023</p>"),
        "/en": ("Kessler Antriebstechnik – Geared motors and drive solutions", """
<h1>Drives that keep running.</h1><p>Helical, bevel and worm geared motors from 0.12 to 45 kW.</p>
<p><a href="/en/company">About Kessler</a></p>""", dict(_en, alternates=_alt("/de", "/en"))),
        "/en/products": ("Products – Kessler", "<h1>Products</h1><p>KSR, KKR and KFU series.</p>", dict(_en, alternates=_alt("/de/produkte", "/en/products"))),
        "/en/company": ("Company – Kessler", """<h1>The company</h1><p>Founded by Walter Kessler in 1962, the family business employs
more than 180 people in Lüdenscheid. The Kessler Group has around 1,150 employees worldwide.</p>""", dict(_en, alternates=_alt("/de/unternehmen", "/en/company"))),
        "/en/contact": ("Contact – Kessler", "<h1>Contact</h1><p>Am Hohen Hagen 7, 58511 Lüdenscheid, Germany</p>", dict(_en, alternates=_alt("/de/kontakt", "/en/contact"))),
        "/en/imprint": ("Imprint – Kessler", "<h1>Imprint</h1><p>Kessler Antriebstechnik GmbH, Managing Directors: Dr. Jens Kessler, Petra Aldenhoff. Iserlohn Local Court HRB 4471</p>", dict(_en, alternates=_alt("/de/impressum", "/en/imprint"))),
    }, _foot_de,
    ex("Kessler Antriebstechnik", "Kessler Antriebstechnik GmbH", ("gt", 180), 1962, "Am Hohen Hagen 7", "Lüdenscheid", "58511", "DE", "de"),
    html_lang="de", cookie="cookiebot", raw={"/": redirect("/de", 301)},
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Kessler Antriebstechnik GmbH",
            "url": "https://kessler-antriebstechnik.de", "address": {"@type": "PostalAddress", "streetAddress": "Am Hohen Hagen 7",
            "postalCode": "58511", "addressLocality": "Lüdenscheid", "addressCountry": "DE"}},
    jsonld_pages=("/de",),
    people=["Walter Kessler", "Jens Kessler", "Petra Aldenhoff"],
    traits=["multilingual-de-en", "hreflang", "home-redirect-301", "group-headcount-trap", "product-count-trap",
            "certification-year-trap", "subsidiary-year-trap", "apprentice-count-trap"],
    notes="'mehr als 180 Beschäftigte' at the site = count 180, max null; group ~1,150 is a trap. Home redirects to /de."))

# ---------------------------------------------------------------- 3 Brandt & Partner (Jimdo)
_nav = [("/", "Start"), ("/kanzlei/", "Kanzlei"), ("/team/", "Team"), ("/leistungen/", "Leistungen"), ("/karriere/", "Karriere"),
        ("/kontakt/", "Kontakt")]
_foot = """<p><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | <a href="/kontakt/">Kontakt</a></p>"""
SITES.append(site(
    "brandt-partner-stb.de", "jimdo", "de", "Brandt & Partner", _nav, {
        "/": ("Steuerberater in Hannover – Brandt & Partner", """
<h1>Ihre Steuerkanzlei in der List</h1>
<p>Wir beraten Handwerksbetriebe, Freiberufler, Ärztinnen und Ärzte sowie Privatpersonen in allen Fragen rund um Steuern,
Buchhaltung und Jahresabschluss – persönlich, digital und verständlich.</p>
<p><strong>Neu:</strong> Belege einfach per App übermitteln – sprechen Sie uns an.</p>
<p><a href="/kanzlei/">Mehr über die Kanzlei</a></p>
"""),
        "/kanzlei/": ("Kanzlei – Brandt & Partner", """
<h1>Über die Kanzlei</h1>
<p>1978 gründete Dipl.-Kfm. Heinrich Brandt seine Steuerberatungspraxis in der Podbielskistraße. Seit 2008 wird die Kanzlei
als Partnerschaft fortgeführt, heute von Kathrin Brandt und Oliver Meißner gemeinsam mit Dr. Sevgi Aksoy.</p>
<p>Mit 23 Mitarbeiterinnen und Mitarbeitern betreuen wir rund 900 Mandanten aus Hannover und der Region. Als
DATEV-Mitglied seit 1979 arbeiten wir seit vielen Jahren papierarm.</p>
"""),
        "/team/": ("Team – Brandt & Partner", """
<h1>Unser Team</h1>
<div class="j-textWithImage"><h2>Kathrin Brandt</h2><p>Steuerberaterin, Partnerin – Schwerpunkt Heilberufe</p></div>
<div class="j-textWithImage"><h2>Oliver Meißner</h2><p>Steuerberater, Partner – Unternehmensnachfolge, Erbschaftsteuer</p></div>
<div class="j-textWithImage"><h2>Dr. Sevgi Aksoy</h2><p>Steuerberaterin, Fachberaterin für internationales Steuerrecht</p></div>
<div class="j-textWithImage"><h2>Heinrich Brandt</h2><p>Gründer der Kanzlei, heute im Ruhestand und uns als Ratgeber verbunden</p></div>
<p>Dazu kommen Steuerfachangestellte, Bilanzbuchhalterinnen und unsere Auszubildenden.</p>
"""),
        "/leistungen/": ("Leistungen – Brandt & Partner", "<h1>Leistungen</h1><ul><li>Finanz- und Lohnbuchhaltung</li><li>Jahresabschlüsse</li><li>Steuererklärungen</li><li>Existenzgründungsberatung</li></ul>"),
        "/karriere/": ("Karriere – Brandt & Partner", """
<h1>Karriere</h1><p>Zur Verstärkung unseres Teams suchen wir ab sofort eine/n <strong>Steuerfachangestellte/n (m/w/d)</strong> in Voll- oder Teilzeit
sowie Auszubildende für das Jahr 2025. Wir bieten flexible Arbeitszeiten, zwei Homeoffice-Tage und ein Jobrad.</p>
"""),
        "/kontakt/": ("Kontakt – Brandt & Partner", """
<h1>Kontakt</h1><address>Brandt &amp; Partner<br>Steuerberater<br>Podbielskistraße 166<br>30177 Hannover</address>
<p>Telefon 0511 69 40 20<br>Stadtbahn Linie 3/7/9, Haltestelle Lister Platz</p>
"""),
        "/impressum/": ("Impressum – Brandt & Partner", """
<h1>Impressum</h1>
<p>Brandt &amp; Partner mbB Steuerberatungsgesellschaft<br>Podbielskistraße 166<br>30177 Hannover</p>
<p>Partner: StB Kathrin Brandt, StB Oliver Meißner, StB Dr. Sevgi Aksoy</p>
<p>Partnerschaftsregister: Amtsgericht Hannover, PR 1187</p>
<p>Zuständige Kammer: Steuerberaterkammer Niedersachsen, Adenauerallee 20, 30175 Hannover</p>
<p>Gesetzliche Berufsbezeichnung: Steuerberater/Steuerberaterin (verliehen in der Bundesrepublik Deutschland)</p>
<p>Berufshaftpflichtversicherung: HDI Versicherung AG, HDI-Platz 1, 30659 Hannover</p>
"""),
        "/datenschutz/": ("Datenschutz", "<h1>Datenschutzerklärung</h1><p>Verantwortliche Stelle: siehe Impressum.</p>"),
    }, _foot,
    ex("Brandt & Partner", "Brandt & Partner mbB Steuerberatungsgesellschaft", 23, 1978, "Podbielskistraße 166", "Hannover", "30177", None, "de"),
    html_lang="de-DE", cookie="plain", robots="User-agent: *\nDisallow: /team/\n", forbidden=["/team/"],
    people=["Heinrich Brandt", "Kathrin Brandt", "Oliver Meißner", "Sevgi Aksoy"],
    traits=["professional-tax", "sentence-initial-year", "client-count-trap", "membership-year-trap", "partnership-year-trap",
            "address-tag", "chamber-address-trap", "insurer-address-trap", "robots-partial", "unscored:country_code"],
    notes="1978 founding of the practice; 2008 partnership is a trap. Only 'Bundesrepublik Deutschland' in a job-title line, no country in the address: unscored country. Chamber and insurer addresses in Hannover are traps."))

# ---------------------------------------------------------------- 4 Hotel Zur Linde (old table layout, ISO-8859-1, http)
_nav = [("/", "Startseite"), ("/hotel.html", "Unser Haus"), ("/geschichte.html", "Geschichte"), ("/zimmer.html", "Zimmer &amp; Preise"),
        ("/anfahrt.html", "Anfahrt"), ("/impressum.html", "Impressum")]
_foot = """Hotel &amp; Gasthof Zur Linde &middot; Marktplatz 3 &middot; 36129 Gersfeld &middot; Tel. 06654 / 2 71 &middot;
<a href="mailto:info@hotel-zur-linde-gersfeld.de">info@hotel-zur-linde-gersfeld.de</a><br>&copy; 2004-2024 Familie Will"""
SITES.append(site(
    "hotel-zur-linde-gersfeld.de", "oldtable", "de", "Hotel & Gasthof Zur Linde", _nav, {
        "/": ("Hotel &amp; Gasthof Zur Linde - Gersfeld in der Rh&ouml;n", """
<h1><font color="#5B3A1E">Herzlich willkommen im Gasthof Zur Linde!</font></h1>
<p>Mitten in Gersfeld, am Fu&szlig;e der Wasserkuppe, erwartet Sie unser famili&auml;r gef&uuml;hrtes Haus mit 24 Zimmern,
gutb&uuml;rgerlicher Rh&ouml;ner K&uuml;che und einem sch&ouml;nen Biergarten unter der alten Linde.</p>
<p><b>NEU:</b> Ab sofort E-Bike-Verleih an der Rezeption!</p>
<p><a href="/hotel.html">&raquo; Mehr &uuml;ber unser Haus</a><br><a href="/zimmer.html">&raquo; Zimmer &amp; Preise</a></p>
"""),
        "/hotel.html": ("Unser Haus - Gasthof Zur Linde", """
<h1>Unser Haus</h1>
<p>Der Gasthof Zur Linde ist seit &uuml;ber 125 Jahren im Besitz der Familie Will. Heute f&uuml;hren Thomas und Gisela Will
das Haus in vierter Generation, in der K&uuml;che steht K&uuml;chenchef Florian Brehm.</p>
<p>Rund 25 Mitarbeiter in K&uuml;che, Service und Haus sorgen daf&uuml;r, dass Sie sich bei uns wohlf&uuml;hlen.</p>
<p>Unser Restaurant bietet 80 Pl&auml;tze, der Saal bis zu 150 G&auml;ste &ndash; ideal f&uuml;r Familienfeiern.</p>
<p><a href="/geschichte.html">&raquo; Zur Geschichte des Hauses</a></p>
"""),
        "/geschichte.html": ("Geschichte - Gasthof Zur Linde", """
<h1>Aus der Geschichte</h1>
<table border="0" cellpadding="4">
<tr><td valign="top"><b>1742</b></td><td>Das Fachwerkhaus am Marktplatz wird erstmals als Posthalterei erw&auml;hnt.</td></tr>
<tr><td valign="top"><b>1897</b></td><td>Johann Will erwirbt das Anwesen und er&ouml;ffnet den Gasthof &bdquo;Zur Linde&ldquo;.</td></tr>
<tr><td valign="top"><b>1936</b></td><td>Die ersten Fremdenzimmer f&uuml;r Wintersportler entstehen.</td></tr>
<tr><td valign="top"><b>1965</b></td><td>Anbau des Hotelfl&uuml;gels mit 16 Zimmern.</td></tr>
<tr><td valign="top"><b>1991</b></td><td>Thomas Will &uuml;bernimmt von seinen Eltern.</td></tr>
<tr><td valign="top"><b>2011</b></td><td>Umfassende Renovierung aller Zimmer.</td></tr>
</table>
"""),
        "/zimmer.html": ("Zimmer &amp; Preise - Gasthof Zur Linde", """
<h1>Zimmer &amp; Preise</h1><table border="1" cellpadding="4" cellspacing="0">
<tr><th>Zimmer</th><th>&Uuml;bernachtung mit Fr&uuml;hst&uuml;ck</th></tr><tr><td>Einzelzimmer</td><td>62,- &euro;</td></tr>
<tr><td>Doppelzimmer</td><td>98,- &euro;</td></tr><tr><td>Familienzimmer (4 Pers.)</td><td>145,- &euro;</td></tr></table>
"""),
        "/anfahrt.html": ("Anfahrt - Gasthof Zur Linde", """
<h1>Anfahrt</h1><p>Hotel &amp; Gasthof Zur Linde<br>Marktplatz 3<br>36129 Gersfeld</p>
<p>Von der A7 Abfahrt Fulda-S&uuml;d, weiter &uuml;ber die B279 Richtung Gersfeld (ca. 25 km).</p>
"""),
        "/impressum.html": ("Impressum - Gasthof Zur Linde", """
<h1>Impressum</h1>
<p>Hotel Zur Linde Inh. Thomas Will e.K.<br>Marktplatz 3<br>36129 Gersfeld<br>Deutschland</p>
<p>Telefon: 06654 / 2 71<br>Telefax: 06654 / 84 12</p>
<p>Registergericht: Amtsgericht Fulda, HRA 2619<br>USt-IdNr.: DE 113 907 554</p>
<p>Webdesign: Medienbüro Kuppe, Fulda</p>
"""),
    }, _foot,
    ex("Hotel & Gasthof Zur Linde", "Hotel Zur Linde Inh. Thomas Will e.K.", 25, 1897, "Marktplatz 3", "Gersfeld", "36129", "DE", "de"),
    html_lang="de", cookie="", charset="iso-8859-1", https=False,
    people=["Gisela Will", "Florian Brehm", "Johann Will"],
    traits=["iso-8859-1", "http-only", "html-entities", "history-table", "building-year-trap", "room-count-trap",
            "seat-count-trap", "renovation-year-trap", "approximate-headcount"],
    notes="'Rund 25 Mitarbeiter' = 25. 1897 Johann Will opens the Gasthof (1742 = building first mentioned). Thomas Will is in the e.K. legal name, not listed in people."))

# ---------------------------------------------------------------- 5 RWG Hohenlohe (robots Disallow: /)
_nav = [("/", "Startseite"), ("/genossenschaft/", "Genossenschaft"), ("/standorte/", "Standorte"), ("/impressum/", "Impressum")]
SITES.append(site(
    "rwg-hohenlohe.de", "wp_divi", "de", "Raiffeisen-Warengenossenschaft Hohenlohe eG", _nav, {
        "/": ("Raiffeisen-Warengenossenschaft Hohenlohe eG", """
<h1>Ihr Partner für Landwirtschaft, Energie und Garten</h1><p>Agrarhandel, Baustoffe, Heizöl und sechs Raiffeisen-Märkte in der Region.</p>
<p><a href="/genossenschaft/">Über die Genossenschaft</a></p>"""),
        "/genossenschaft/": ("Genossenschaft – RWG Hohenlohe", """
<h1>Die Genossenschaft</h1><p>Gegründet 1899 als Spar- und Darlehenskassenverein, seit 1972 eigenständige Warengenossenschaft.
Heute beschäftigen wir 118 Mitarbeiterinnen und Mitarbeiter und zählen rund 2.400 Mitglieder.</p>"""),
        "/standorte/": ("Standorte – RWG Hohenlohe", "<h1>Standorte</h1><p>Öhringen, Künzelsau, Neuenstein, Kupferzell, Pfedelbach, Waldenburg</p>"),
        "/impressum/": ("Impressum – RWG Hohenlohe", """<h1>Impressum</h1><p>Raiffeisen-Warengenossenschaft Hohenlohe eG<br>Haller Straße 41<br>74613 Öhringen</p>
<p>Vorstand: Günter Schaffert, Elke Braun<br>Genossenschaftsregister Amtsgericht Stuttgart GnR 270112</p>"""),
    }, "<p>Raiffeisen-Warengenossenschaft Hohenlohe eG · Haller Straße 41 · 74613 Öhringen · <a href=\"/impressum/\">Impressum</a></p>",
    NULL, status="robots", robots="User-agent: *\nDisallow: /\n", cookie="borlabs",
    people=["Günter Schaffert", "Elke Braun"], traits=["robots-disallow-all", "agricultural-cooperative"], forbidden=["/"],
    notes="robots.txt disallows everything: nothing may be stored."))

# ---------------------------------------------------------------- 6 Lorenz Wiese Architekten (Webflow)
_nav = [("/", "Projekte"), ("/buero", "Büro"), ("/news", "News"), ("/jobs", "Jobs"), ("/kontakt", "Kontakt")]
_foot = """<div class="footer-grid"><div>Lorenz Wiese Architekten<br>Karl-Heine-Straße 99<br>04229 Leipzig</div>
<div><a href="mailto:buero@lorenz-wiese.de">buero@lorenz-wiese.de</a><br>+49 341 23 88 710</div>
<div><a href="/impressum">Impressum</a><br><a href="/datenschutz">Datenschutz</a></div></div>"""
SITES.append(site(
    "lorenz-wiese.de", "webflow", "de", "Lorenz Wiese Architekten", _nav, {
        "/": ("Lorenz Wiese Architekten – Leipzig", """
<h1>Architektur für Bildung, Wohnen und Bestand</h1>
<div class="project-grid"><div class="project-card"><h3>Grundschule Am Auwald</h3><p>Leipzig-Schleußig · Neubau · 2022</p></div>
<div class="project-card"><h3>Wohnhof Plagwitz</h3><p>Leipzig · 48 Wohnungen · 2021</p></div>
<div class="project-card"><h3>Kulturscheune Gohlis</h3><p>Umbau eines Speichers von 1887 · 2019</p></div></div>
"""),
        "/buero": ("Büro – Lorenz Wiese Architekten", """
<h1>Büro</h1>
<p>Das Büro wurde 2003 von Anna Lorenz und Jakob Wiese in Leipzig gegründet. Seitdem haben wir mehr als 140 Projekte
geplant und realisiert – von der Kita bis zum denkmalgeschützten Industriebau.</p>
<p>Heute arbeiten zwölf Menschen im Büro an der Karl-Heine-Straße: Architektinnen, Architekten, eine Bauingenieurin und
unsere Büroleitung. Wir verstehen uns als Team ohne starre Hierarchien.</p>
<h2>Auszeichnungen</h2><ul><li>2019 – Architekturpreis der Stadt Leipzig, Anerkennung</li><li>2022 – BDA-Preis Sachsen, Auszeichnung</li></ul>
"""),
        "/news": ("News – Lorenz Wiese Architekten", """
<h1>News</h1><article><h2>Richtfest im Wohnhof Markkleeberg</h2><p>06.05.2024 – Nach nur sieben Monaten Bauzeit feierten wir Richtfest.</p></article>
<article><h2>Wettbewerb gewonnen: Oberschule Taucha</h2><p>12.01.2024 – 1. Preis im offenen Wettbewerb mit 63 Teilnehmern.</p></article>
<article><h2>20 Jahre Lorenz Wiese</h2><p>03.11.2023 – Wir haben unseren 20. Geburtstag gefeiert!</p></article>
"""),
        "/jobs": ("Jobs – Lorenz Wiese Architekten", """
<h1>Jobs</h1><p>Wir suchen zum nächstmöglichen Zeitpunkt eine/n <strong>Architekt/in (m/w/d) mit Berufserfahrung in den LPH 5–8</strong>.
Bewerbungen bitte per E-Mail an Jakob Wiese.</p>
"""),
        "/kontakt": ("Kontakt – Lorenz Wiese Architekten", """
<h1>Kontakt</h1><p>Lorenz Wiese Architekten<br>Karl-Heine-Straße 99<br>04229 Leipzig<br>Deutschland</p>
<p>Das Büro liegt im 2. Obergeschoss der ehemaligen Buntgarnwerke, Eingang über den Hof.</p>
"""),
        "/impressum": ("Impressum – Lorenz Wiese Architekten", """
<h1>Impressum</h1><p>Lorenz Wiese Architekten PartGmbB<br>Karl-Heine-Straße 99<br>04229 Leipzig</p>
<p>Partner: Anna Lorenz, Jakob Wiese (Architekten)</p>
<p>Partnerschaftsregister: Amtsgericht Leipzig, PR 512</p>
<p>Berufsbezeichnung: Architekt/in, Mitglied der Architektenkammer Sachsen, Goetheallee 37, 01309 Dresden</p>
<p>Website: Studio Feldweg GmbH, Berlin</p>
"""),
        "/datenschutz": ("Datenschutz – Lorenz Wiese Architekten", "<h1>Datenschutz</h1><p>Hosting: Webflow, Inc.</p>"),
    }, _foot,
    ex("Lorenz Wiese Architekten", "Lorenz Wiese Architekten PartGmbB", 12, 2003, "Karl-Heine-Straße 99", "Leipzig", "04229", "DE", "de"),
    html_lang="de", cookie="",
    people=["Anna Lorenz", "Jakob Wiese"],
    traits=["professional-architecture", "number-word-count", "project-count-trap", "award-year-trap", "news-list",
            "building-year-trap", "agency-credit", "floor-in-text"],
    skip_check=["employee_count", "employee_range_min", "employee_range_max"],
    notes="'zwölf Menschen' = 12 (number word). Agency Studio Feldweg GmbH is a trap."))

# ---------------------------------------------------------------- 7 Hofer Kunststofftechnik (Drupal, AT)
_nav = [("/", "Home"), ("/unternehmen", "Unternehmen"), ("/unternehmen/meilensteine", "Meilensteine"), ("/kompetenzen", "Kompetenzen"),
        ("/karriere", "Karriere"), ("/kontakt", "Kontakt")]
_foot = """<div class="footer-address" itemscope itemtype="https://schema.org/Organization"><strong itemprop="name">Hofer Kunststofftechnik GmbH</strong>
<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">Gunskirchener Straße 21</span><br>
<span itemprop="postalCode">4600</span> <span itemprop="addressLocality">Wels</span><br><span itemprop="addressCountry">Österreich</span></div></div>
<nav class="footer-menu"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></nav>"""
SITES.append(site(
    "hofer-kunststofftechnik.at", "drupal", "de", "Hofer Kunststofftechnik", _nav, {
        "/": ("Hofer Kunststofftechnik – Spritzguss aus Wels", """
<h1>Präzisions-Spritzguss für Automotive, Medizintechnik und Haushaltsgeräte</h1>
<p>Vom Werkzeugbau bis zur fertigen Baugruppe: Wir fertigen technische Kunststoffteile in Serien von 5.000 bis zu mehreren Millionen Stück.</p>
<p>Über 40 Spritzgießmaschinen von 25 bis 650 Tonnen Schließkraft · jährlich rund 60 Millionen Teile</p>
<p><a href="/unternehmen">Mehr über uns</a></p>
"""),
        "/unternehmen": ("Unternehmen – Hofer Kunststofftechnik", """
<h1>Familienunternehmen aus Oberösterreich</h1>
<p>Hofer Kunststofftechnik wurde 1971 von Ing. Franz Hofer als Ein-Mann-Betrieb gegründet. Heute leitet sein Sohn DI Stefan Hofer
das Unternehmen, das sich zu einem gefragten Zulieferer der Automobil- und Medizintechnikindustrie entwickelt hat.</p>
<p>Heute sind rund 70 Mitarbeiter:innen für uns tätig – im Werkzeugbau, in der Fertigung, der Qualitätssicherung und im Vertrieb.</p>
<p><a href="/unternehmen/meilensteine">Unsere Meilensteine</a></p>
"""),
        "/unternehmen/meilensteine": ("Meilensteine – Hofer Kunststofftechnik", """
<h1>Meilensteine</h1>
<dl class="milestones"><dt>1971</dt><dd>Gründung durch Ing. Franz Hofer in einer Garage in Wels-Pernau</dd>
<dt>1984</dt><dd>Übersiedlung an den heutigen Standort in der Gunskirchener Straße</dd>
<dt>1998</dt><dd>Zertifizierung nach ISO 9001, 2009 folgt IATF 16949</dd>
<dt>2008</dt><dd>Reinraumfertigung für Medizintechnik</dd>
<dt>2016</dt><dd>Übergabe an die zweite Generation</dd>
<dt>2022</dt><dd>Neue Halle mit 4.000 m² und eigener Photovoltaik</dd></dl>
"""),
        "/kompetenzen": ("Kompetenzen – Hofer Kunststofftechnik", "<h1>Kompetenzen</h1><ul><li>Werkzeugbau</li><li>2K-Spritzguss</li><li>Reinraum ISO Klasse 7</li><li>Montage und Ultraschallschweißen</li></ul>"),
        "/karriere": ("Karriere – Hofer Kunststofftechnik", """
<h1>Karriere</h1><p>Komm ins Team! Aktuell suchen wir:</p><ul><li>Verfahrenstechniker:in Kunststoff (Vollzeit, ab € 3.200 brutto)</li>
<li>Lehrling Kunststofftechnik</li><li>Qualitätstechniker:in</li></ul>
"""),
        "/kontakt": ("Kontakt – Hofer Kunststofftechnik", """
<h1>Kontakt</h1><p>Hofer Kunststofftechnik GmbH<br>Gunskirchener Straße 21<br>4600 Wels<br>Österreich</p><p>T +43 7242 45 110</p>
"""),
        "/impressum": ("Impressum – Hofer Kunststofftechnik", """
<h1>Impressum</h1><p>Medieninhaber und Herausgeber:<br>Hofer Kunststofftechnik GmbH<br>Gunskirchener Straße 21, 4600 Wels</p>
<p>Geschäftsführer: DI Stefan Hofer<br>Firmenbuchnummer: FN 48213 k<br>Firmenbuchgericht: Landesgericht Wels<br>UID: ATU 23456789</p>
<p>Mitglied der WKO Oberösterreich, Fachgruppe Chemische Industrie</p>
"""),
        "/datenschutz": ("Datenschutz", "<h1>Datenschutzerklärung</h1><p>Wir verwenden Cookiebot.</p>"),
    }, _foot,
    ex("Hofer Kunststofftechnik", "Hofer Kunststofftechnik GmbH", 70, 1971, "Gunskirchener Straße 21", "Wels", "4600", "AT", "de"),
    html_lang="de-AT", cookie="cookiebot",
    people=["Franz Hofer", "Stefan Hofer"],
    traits=["industrial-supplier", "microdata-footer", "approximate-headcount", "machine-count-trap", "parts-count-trap",
            "certification-year-trap", "milestones-dl", "salary-number-trap"],
    notes="'rund 70 Mitarbeiter:innen' = 70. Milestones have six years, founding 1971."))

# ---------------------------------------------------------------- 8 Alpengasthof Tauernblick (Joomla, AT)
_nav = [("/", "Willkommen"), ("/haus", "Das Haus"), ("/geschichte", "Geschichte"), ("/zimmer-preise", "Zimmer & Preise"),
        ("/team", "Team"), ("/kontakt", "Anfrage")]
_foot = """<div class="moduletable"><p><strong>Alpengasthof Tauernblick</strong> · Familie Gruber<br>Pichl 42 · 5571 Mariapfarr · Salzburger Lungau<br>
Tel. +43 6473 82 14 · <a href="mailto:urlaub@tauernblick.at">urlaub@tauernblick.at</a></p>
<p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/agb">AGB</a></p></div>"""
SITES.append(site(
    "tauernblick.at", "joomla", "de", "Alpengasthof Tauernblick", _nav, {
        "/": ("Alpengasthof Tauernblick – Urlaub im Lungau", """
<h1>Grüß Gott im Tauernblick!</h1><p>Auf 1.120 m Seehöhe, mit Blick auf die Niederen Tauern, verbringen Sie bei uns erholsame
Tage – im Winter direkt an der Loipe, im Sommer am Beginn zahlreicher Wanderwege.</p>
<p>Winter 2024/25: Skipass-Pauschalen ab € 489 pro Person. <a href="/zimmer-preise">Zu den Preisen</a></p>
"""),
        "/haus": ("Das Haus – Alpengasthof Tauernblick", """
<h1>Das Haus</h1><p>28 Zimmer, ein kleiner Wellnessbereich mit Zirbensauna und unsere Gaststube mit Lungauer Küche.
Im Jahr 2018 haben wir das Stammhaus umfassend renoviert.</p><p><a href="/geschichte">Wie alles begann</a></p>
"""),
        "/geschichte": ("Geschichte – Alpengasthof Tauernblick", """
<h1>Unsere Geschichte</h1>
<p>Im Jahr 1962 eröffneten Alois Gruber und seine Frau Maria auf dem elterlichen Bauernhof eine kleine Jausenstation mit vier Gästezimmern.
Die Skifahrer der ersten Stunde kamen mit dem Postbus aus Tamsweg.</p>
<p>1975 wurde das Gästehaus gebaut, 1989 übernahm Sohn Christian mit seiner Frau Lena den Betrieb. 2009 kam der Wellnessbereich
dazu, 2018 die Renovierung des Stammhauses. Seit 2021 ist mit Enkelin Anna bereits die dritte Generation im Haus tätig.</p>
"""),
        "/zimmer-preise": ("Zimmer & Preise – Alpengasthof Tauernblick", """
<h1>Zimmer &amp; Preise</h1><table class="table"><tr><th></th><th>Sommer</th><th>Winter</th></tr>
<tr><td>Doppelzimmer Tauern</td><td>€ 82</td><td>€ 104</td></tr><tr><td>Familiensuite</td><td>€ 148</td><td>€ 189</td></tr></table>
<p>Preise pro Person und Nacht inkl. Halbpension, zzgl. Ortstaxe € 2,20.</p>
"""),
        "/team": ("Team – Alpengasthof Tauernblick", """
<h1>Unser Team</h1>
<p>Gastgeber sind Christian und Lena Gruber, unterstützt von Tochter Anna an der Rezeption. Unser Team besteht aus 14 ganzjährig
beschäftigten Mitarbeitern; im Winter verstärken uns bis zu zehn Saisonkräfte in Küche und Service.</p>
<p><strong>Wir suchen</strong> für die Wintersaison 2024/25 eine/n Jungkoch/Jungköchin und eine Servicekraft (Unterkunft im Haus möglich).</p>
"""),
        "/kontakt": ("Anfrage – Alpengasthof Tauernblick", """
<h1>Anfrage</h1><p>Alpengasthof Tauernblick<br>Pichl 42<br>5571 Mariapfarr<br>Österreich</p>
<form action="/kontakt" method="post"><label>Anreise <input type="date" name="arrival"></label><label>Abreise <input type="date" name="departure"></label>
<button type="submit">Anfrage senden</button></form>
"""),
        "/impressum": ("Impressum – Alpengasthof Tauernblick", """
<h1>Impressum</h1><p>Gruber Hotelbetriebs KG<br>Pichl 42, 5571 Mariapfarr, Österreich</p>
<p>Unbeschränkt haftender Gesellschafter: Christian Gruber<br>Firmenbuch: FN 112233 s, Landesgericht Salzburg<br>UID-Nr.: ATU 34567812</p>
<p>Mitglied der Wirtschaftskammer Salzburg, Sparte Tourismus und Freizeitwirtschaft</p>
"""),
        "/datenschutz": ("Datenschutz", "<h1>Datenschutz</h1><p>siehe Impressum</p>"),
        "/agb": ("AGB", "<h1>AGB</h1><p>Es gelten die Österreichischen Hotelvertragsbedingungen (AVBH 2006).</p>"),
    }, _foot,
    ex("Alpengasthof Tauernblick", "Gruber Hotelbetriebs KG", 14, 1962, "Pichl 42", "Mariapfarr", "5571", "AT", "de"),
    html_lang="de-de", cookie="plain",
    jsonld={"@context": "https://schema.org", "@type": "Hotel", "name": "Alpengasthof Tauernblick", "telephone": "+43 6473 8214",
            "address": {"@type": "PostalAddress", "streetAddress": "Pichl 42", "postalCode": "5571", "addressLocality": "Mariapfarr",
                        "addressCountry": "AT"}, "priceRange": "€€"},
    people=["Alois Gruber", "Christian Gruber", "Lena Gruber"],
    traits=["hotel", "seasonal-staff-trap", "room-count-trap", "altitude-number-trap", "renovation-year-trap",
            "village-house-number-address", "job-offer", "unscored:industry"],
    notes="14 year-round staff (seasonal up to ten extra: trap). 1962 opening; 1975/1989/2009/2018/2021 other history years. Hotel JSON-LD subtype → industry unscored."))

# ---------------------------------------------------------------- 9 Steinbauer Rechtsanwälte (Astra, AT)
_nav = [("/", "Start"), ("/kanzlei/", "Kanzlei"), ("/rechtsgebiete/", "Rechtsgebiete"), ("/team/", "Team"), ("/karriere/", "Karriere"),
        ("/kontakt/", "Kontakt")]
_foot = """<div class="footer-widget-area"><section class="widget"><h2 class="widget-title">Kontakt</h2>
<p>Steinbauer Rechtsanwälte<br>Wipplingerstraße 21<br>3. Stock<br>1010 Wien</p><p>T +43 1 533 72 90<br>office@ra-steinbauer.at</p></section>
<section class="widget"><p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></section></div>"""
SITES.append(site(
    "ra-steinbauer.at", "wp_astra", "de", "Steinbauer Rechtsanwälte", _nav, {
        "/": ("Steinbauer Rechtsanwälte – Wirtschaftsrecht in Wien", """
<h1>Wirtschaftsrecht. Immobilienrecht. Prozessführung.</h1>
<p>Wir vertreten mittelständische Unternehmen, Bauträger und Privatstiftungen vor Gericht und bei Transaktionen.</p>
<p><a href="/kanzlei/">Die Kanzlei</a> · <a href="/team/">Unser Team</a></p>
"""),
        "/kanzlei/": ("Kanzlei – Steinbauer Rechtsanwälte", """
<h1>Die Kanzlei</h1>
<p>1994 gründete Dr. Helmut Steinbauer eine Einzelkanzlei in der Wiener Innenstadt. Seit 2009 ist sie als Rechtsanwalts-GmbH
organisiert und wird heute von ihm gemeinsam mit Dr. Julia Steinbauer-Reiter geführt.</p>
<p>Insgesamt arbeiten bei uns 19 Personen: sieben Anwältinnen und Anwälte, vier Rechtsanwaltsanwärter:innen, Assistenz und Buchhaltung.</p>
<p>In den vergangenen Jahren haben wir über 300 Liegenschaftstransaktionen begleitet.</p>
"""),
        "/rechtsgebiete/": ("Rechtsgebiete", "<h1>Rechtsgebiete</h1><ul><li>Gesellschaftsrecht</li><li>Immobilien- und Baurecht</li><li>Stiftungsrecht</li><li>Zivilprozess</li></ul>"),
        "/team/": ("Team – Steinbauer Rechtsanwälte", """
<h1>Team</h1>
<div class="team-member"><h3>Dr. Helmut Steinbauer</h3><p>Gründer und Partner. In die Liste der Rechtsanwälte eingetragen seit 1991.</p></div>
<div class="team-member"><h3>Dr. Julia Steinbauer-Reiter, LL.M.</h3><p>Partnerin, Immobilien- und Baurecht. Rechtsanwältin seit 2012.</p></div>
<div class="team-member"><h3>Mag. Lukas Prammer</h3><p>Rechtsanwalt, Prozessführung</p></div>
"""),
        "/karriere/": ("Karriere – Steinbauer Rechtsanwälte", "<h1>Karriere</h1><p>Wir suchen eine/n Rechtsanwaltsanwärter:in (Vollzeit). Das Mindestentgelt beträgt € 3.720 brutto/Monat.</p>"),
        "/kontakt/": ("Kontakt – Steinbauer Rechtsanwälte", """
<h1>Kontakt</h1><p>Steinbauer Rechtsanwälte GmbH<br>Wipplingerstraße 21<br>3. Stock<br>1010 Wien<br>Österreich</p>
<p>U-Bahn U2/U3 Schottentor, 5 Gehminuten</p>
"""),
        "/impressum/": ("Impressum – Steinbauer Rechtsanwälte", """
<h1>Impressum</h1><p>Steinbauer Rechtsanwälte GmbH<br>Wipplingerstraße 21, 1010 Wien</p>
<p>Firmenbuch: FN 331245 v, Handelsgericht Wien<br>UID: ATU 65432198</p>
<p>Geschäftsführer: Dr. Helmut Steinbauer, Dr. Julia Steinbauer-Reiter, LL.M.</p>
<p>Kammerzugehörigkeit: Rechtsanwaltskammer Wien, Schulerstraße 1, 1010 Wien. Berufsrechtliche Vorschriften: RAO, RL-BA 2015</p>
"""),
        "/datenschutz/": ("Datenschutz", "<h1>Datenschutz</h1><p>Cookie-Einwilligung via Complianz.</p>"),
    }, _foot,
    ex("Steinbauer Rechtsanwälte", "Steinbauer Rechtsanwälte GmbH", 19, 1994, "Wipplingerstraße 21", "Wien", "1010", "AT", "de"),
    html_lang="de-AT", cookie="complianz",
    people=["Helmut Steinbauer", "Julia Steinbauer-Reiter", "Lukas Prammer"],
    traits=["professional-law", "sentence-initial-year", "bar-admission-year-trap", "legal-form-year-trap", "transaction-count-trap",
            "chamber-address-trap", "floor-line-separate", "salary-number-trap"],
    notes="19 persons in total (parts given as well). 1994 founding; 2009 GmbH conversion; 1991 bar admission of a person."))

# ---------------------------------------------------------------- 10 Aebi Metallbau (TYPO3, CH de)
_nav = [("/", "Home"), ("/ueber-uns", "Über uns"), ("/geschichte", "Geschichte"), ("/leistungen", "Leistungen"), ("/lehrstellen", "Lehrstellen"),
        ("/kontakt", "Kontakt")]
_foot = """<div class="col-sm-6"><address><strong>Aebi Metallbau AG</strong><br>Kirchbergstrasse 180<br>3400 Burgdorf</address></div>
<div class="col-sm-6"><p>Telefon 034 422 18 40<br><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></p></div>"""
SITES.append(site(
    "aebi-metallbau.ch", "typo3", "de", "Aebi Metallbau", _nav, {
        "/": ("Aebi Metallbau AG – Burgdorf", """
<h1>Stahl, Glas und Aluminium aus dem Emmental</h1><p>Fassaden, Wintergärten, Treppen, Geländer und Tore – geplant und gefertigt in Burgdorf.</p>
<p><a href="/ueber-uns">Über uns</a> · <a href="/lehrstellen">Lehrstellen 2025</a></p>
"""),
        "/ueber-uns": ("Über uns – Aebi Metallbau AG", """
<h1>Über uns</h1><p>Die Aebi Metallbau AG ist ein unabhängiges Familienunternehmen in dritter Generation, geführt von Thomas Aebi.</p>
<p>Heute zählen wir 52 Mitarbeitende, davon 9 Lernende in den Berufen Metallbauer/in EFZ und Metallbaukonstrukteur/in EFZ.</p>
<p>Unsere Werkstatt umfasst 2'800 m². Jährlich realisieren wir rund 350 Aufträge in der ganzen Deutschschweiz.</p>
"""),
        "/geschichte": ("Geschichte – Aebi Metallbau AG", """
<h1>Geschichte</h1>
<p><strong>1948</strong> eröffnete der Schlossermeister Ernst Aebi an der Lyssachstrasse eine Bauschlosserei.</p>
<p><strong>1972</strong> übernahm Sohn Rudolf den Betrieb und erweiterte ihn um den Fensterbau.</p>
<p><strong>1990</strong> erfolgte die Umwandlung in eine Aktiengesellschaft.</p>
<p><strong>2005</strong> zog die Firma in den Neubau an der Kirchbergstrasse 180.</p>
<p><strong>2021</strong> übergab Rudolf Aebi die Geschäftsleitung an seinen Sohn Thomas.</p>
"""),
        "/leistungen": ("Leistungen", "<h1>Leistungen</h1><ul><li>Pfosten-Riegel-Fassaden</li><li>Brandschutztüren EI30/EI60</li><li>Treppen und Geländer</li></ul>"),
        "/lehrstellen": ("Lehrstellen – Aebi Metallbau AG", "<h1>Lehrstellen</h1><p>Für den Lehrbeginn August 2025 haben wir noch zwei Lehrstellen als Metallbauer/in EFZ frei. Schnupperlehre jederzeit möglich!</p>"),
        "/kontakt": ("Kontakt – Aebi Metallbau AG", "<h1>Kontakt</h1><p>Aebi Metallbau AG<br>Kirchbergstrasse 180<br>3400 Burgdorf<br>Schweiz</p><p>Telefon 034 422 18 40</p>"),
        "/impressum": ("Impressum – Aebi Metallbau AG", """
<h1>Impressum</h1><p>Aebi Metallbau AG<br>Kirchbergstrasse 180<br>3400 Burgdorf<br>Schweiz</p>
<p>Vertretungsberechtigte Person: Thomas Aebi, Geschäftsführer<br>Handelsregister: Kanton Bern<br>UID: CHE-108.234.567 MWST</p>
<p>Konzept und Umsetzung: Webagentur Emme GmbH, Langnau i.E.</p>
"""),
        "/datenschutz": ("Datenschutz", "<h1>Datenschutzerklärung</h1><p>gemäss revDSG</p>"),
    }, _foot,
    ex("Aebi Metallbau", "Aebi Metallbau AG", 52, 1948, "Kirchbergstrasse 180", "Burgdorf", "3400", "CH", "de"),
    html_lang="de-CH", cookie="klaro",
    people=["Ernst Aebi", "Rudolf Aebi", "Thomas Aebi"],
    traits=["industrial-family-firm", "apprentices-included", "legal-form-year-trap", "order-count-trap", "area-number-trap",
            "agency-credit", "swiss-apostrophe-thousands", "relocation-year-trap"],
    notes="52 incl. 9 apprentices. 1948 founding; 1990 AG conversion and 2005 move are traps."))

# ---------------------------------------------------------------- 11 Fiduciaire Rochat (Wix, CH fr)
_nav = [("/", "Accueil"), ("/a-propos", "À propos"), ("/prestations", "Prestations"), ("/equipe", "Équipe"), ("/contact", "Contact")]
_foot = """<p class="font_8">Fiduciaire Rochat &amp; Associés SA · Avenue de la Gare 29 · 1003 Lausanne · +41 21 312 44 80</p>
<p class="font_8"><a href="/mentions-legales">Mentions légales</a> · <a href="/protection-des-donnees">Protection des données</a></p>"""
SITES.append(site(
    "fiduciaire-rochat.ch", "wix", "fr", "Fiduciaire Rochat", _nav, {
        "/": ("Fiduciaire Rochat & Associés | Lausanne", """
<h1 class="font_0">Votre fiduciaire à Lausanne</h1>
<p class="font_7">Comptabilité, fiscalité, salaires et conseil aux PME et indépendants du canton de Vaud.</p>
<p class="font_7">Plus de 600 PME et indépendants nous font confiance. <a href="/a-propos">Découvrir la fiduciaire</a></p>
"""),
        "/a-propos": ("À propos | Fiduciaire Rochat", """
<h1 class="font_0">À propos</h1>
<p class="font_7">Fondée en 1986 par Pierre-Alain Rochat, la fiduciaire s'est développée pas à pas au service des entreprises vaudoises.
Depuis 2015, elle est dirigée par ses associés Nathalie Rochat et Yves Berthoud.</p>
<p class="font_7">Aujourd'hui, dix-sept collaboratrices et collaborateurs – dont trois experts-comptables diplômés – vous accompagnent au quotidien.</p>
<p class="font_7">Membre de FIDUCIAIRE|SUISSE depuis 1992.</p>
"""),
        "/prestations": ("Prestations | Fiduciaire Rochat", "<h1>Prestations</h1><ul><li>Tenue de comptabilité</li><li>Déclarations d'impôt</li><li>Gestion des salaires</li><li>Création d'entreprise</li></ul>"),
        "/equipe": ("Équipe | Fiduciaire Rochat", """
<h1>Équipe</h1><div><h2>Nathalie Rochat</h2><p>Associée, experte fiduciaire diplômée</p></div>
<div><h2>Yves Berthoud</h2><p>Associé, expert en finance et controlling</p></div>
<div><h2>Pierre-Alain Rochat</h2><p>Fondateur, conseiller</p></div>
<p>Nous recrutons : un·e comptable avec brevet fédéral (80–100 %).</p>
"""),
        "/contact": ("Contact | Fiduciaire Rochat", """
<h1>Contact</h1><p>Fiduciaire Rochat &amp; Associés SA<br>Avenue de la Gare 29<br>1003 Lausanne<br>Suisse</p>
<p>Adresse postale :<br>Case postale 1120<br>1001 Lausanne</p><p>Tél. +41 21 312 44 80</p>
"""),
        "/mentions-legales": ("Mentions légales | Fiduciaire Rochat", """
<h1>Mentions légales</h1><p>Fiduciaire Rochat &amp; Associés SA<br>Avenue de la Gare 29, 1003 Lausanne, Suisse</p>
<p>Numéro IDE : CHE-105.778.902 TVA<br>Registre du commerce du canton de Vaud</p><p>Administrateurs : Nathalie Rochat, Yves Berthoud</p>
"""),
        "/protection-des-donnees": ("Protection des données", "<h1>Protection des données</h1><p>Conformément à la nLPD.</p>"),
    }, _foot,
    ex("Fiduciaire Rochat", "Fiduciaire Rochat & Associés SA", 17, 1986, "Avenue de la Gare 29", "Lausanne", "1003", "CH", "fr"),
    html_lang="fr", cookie="",
    people=["Pierre-Alain Rochat", "Nathalie Rochat", "Yves Berthoud"],
    traits=["professional-fiduciary", "number-word-count", "po-box-trap", "client-count-trap", "membership-year-trap",
            "management-year-trap", "job-offer-percent"],
    skip_check=["employee_count", "employee_range_min", "employee_range_max"],
    notes="'dix-sept collaboratrices et collaborateurs' = 17. Street address 1003 Lausanne; Case postale 1120, 1001 Lausanne is the PO box."))

# ---------------------------------------------------------------- 12 Cooperativa Vitivinicola del Malcantone (Squarespace, CH it)
_nav = [("/", "Home"), ("/chi-siamo", "Chi siamo"), ("/storia", "Storia"), ("/vini", "I nostri vini"), ("/contatti", "Contatti")]
_foot = """<p>Cooperativa Vitivinicola del Malcantone · Via Cantonale 15 · 6987 Caslano · Svizzera</p>
<p><a href="/note-legali">Note legali</a> · <a href="/privacy">Privacy</a> · Vendita diretta: lu–sa 9–12 / 14–18</p>"""
SITES.append(site(
    "cantinamalcantone.ch", "squarespace", "it", "Cantina del Malcantone", _nav, {
        "/": ("Cantina del Malcantone – Merlot del Ticino", """
<h1>Merlot del Ticino DOC dal cuore del Malcantone</h1>
<p>Vini nati dalle uve di oltre 200 piccoli viticoltori delle colline tra Caslano, Astano e Sessa.</p>
<p><a href="/chi-siamo">La cooperativa</a> · <a href="/vini">Scopri i vini</a></p>
"""),
        "/chi-siamo": ("Chi siamo – Cantina del Malcantone", """
<h1>Chi siamo</h1>
<p>La Cooperativa Vitivinicola del Malcantone riunisce oggi 210 soci che coltivano complessivamente circa 48 ettari di vigneto.</p>
<p>In cantina lavorano 11 persone, dall'enologo agli addetti alla vendita; durante la vendemmia si aggiungono una ventina di aiutanti.</p>
<p>Presidente del consiglio d'amministrazione è Renato Bernasconi; la cantina è diretta dall'enologa Silvia Cattaneo.</p>
"""),
        "/storia": ("Storia – Cantina del Malcantone", """
<h1>La nostra storia</h1>
<p>La cooperativa fu fondata nel 1934 da 23 viticoltori di Caslano e Ponte Tresa, per vinificare insieme le proprie uve.</p>
<p>Nel 1957 venne inaugurata la cantina di Via Cantonale; nel 1983 il primo Merlot del Ticino DOC. Nel 2010 la cantina è stata
completamente ristrutturata, e nel 2019 abbiamo ottenuto la certificazione Vinatura.</p>
"""),
        "/vini": ("I nostri vini", "<h1>I nostri vini</h1><ul><li>Merlot Riserva «Monte Sole» 2020</li><li>Bianco di Merlot 2022</li><li>Rosato 2023</li></ul>"),
        "/contatti": ("Contatti – Cantina del Malcantone", "<h1>Contatti</h1><p>Via Cantonale 15<br>6987 Caslano<br>Svizzera</p><p>Tel. +41 91 606 12 34</p>"),
        "/note-legali": ("Note legali", """
<h1>Note legali</h1><p>Cooperativa Vitivinicola del Malcantone Società cooperativa<br>Via Cantonale 15, 6987 Caslano (TI), Svizzera</p>
<p>IDI: CHE-101.456.329 IVA · Registro di commercio del Cantone Ticino</p>
"""),
        "/privacy": ("Privacy", "<h1>Privacy</h1><p>—</p>"),
    }, _foot,
    ex("Cantina del Malcantone", "Cooperativa Vitivinicola del Malcantone Società cooperativa", 11, 1934, "Via Cantonale 15", "Caslano", "6987", "CH", "it"),
    html_lang="it-CH", cookie="",
    people=["Renato Bernasconi", "Silvia Cattaneo"],
    traits=["agricultural-cooperative", "member-count-trap", "founder-count-trap", "seasonal-staff-trap", "hectare-trap",
            "certification-year-trap", "unscored:name"],
    notes="11 people in the cellar (cooperative's staff); 210 members and 23 founders are traps. Brand 'Cantina del Malcantone' vs full cooperative name: name unscored."))

# ---------------------------------------------------------------- 13 Hotel Schlossberg Murten (Elementor + WPML, de/fr)
_nav_de = [("/de/", "Hotel"), ("/de/restaurant/", "Restaurant"), ("/de/geschichte/", "Geschichte"), ("/de/jobs/", "Jobs"), ("/de/kontakt/", "Kontakt"),
           ("/fr/", "FR")]
_nav_fr = [("/fr/", "Hôtel"), ("/fr/histoire/", "Histoire"), ("/fr/contact/", "Contact"), ("/de/", "DE")]
_foot_de = """<p>Hotel Schlossberg · Rathausgasse 8 · 3280 Murten · Schweiz · +41 26 670 21 21</p>
<p><a href="/de/impressum/">Impressum</a> · <a href="/de/datenschutz/">Datenschutz</a></p>"""
_foot_fr = """<p>Hôtel Schlossberg · Rathausgasse 8 · 3280 Morat · Suisse</p><p><a href="/fr/mentions-legales/">Mentions légales</a></p>"""
_fr = {"nav": _nav_fr, "footer": _foot_fr, "lang": "fr", "html_lang": "fr-FR"}
_a = lambda de, fr: [("de", de), ("fr", fr)]
SITES.append(site(
    "hotel-schlossberg-murten.ch", "wp_elementor", "de", "Hotel Schlossberg", _nav_de, {
        "/de/": ("Hotel Schlossberg Murten – Boutique-Hotel in der Altstadt", """
<h1>Willkommen im Hotel Schlossberg</h1><p>18 Zimmer und Suiten in einem historischen Bürgerhaus innerhalb der Ringmauer, mit Blick auf den Murtensee.</p>
<p><a href="/de/geschichte/">Unsere Geschichte</a></p>
""", {"alternates": _a("/de/", "/fr/")}),
        "/de/restaurant/": ("Restaurant – Hotel Schlossberg", "<h1>Restaurant</h1><p>Saisonale Küche mit Fisch aus dem Murtensee. 15 GaultMillau-Punkte seit 2021.</p>"),
        "/de/geschichte/": ("Geschichte – Hotel Schlossberg Murten", """
<h1>Geschichte</h1>
<p>Das Haus an der Rathausgasse stammt im Kern aus dem Jahr 1578. 1911 eröffnete Emil Vonlanthen hier das Hotel Schlossberg,
das seither von seiner Familie geführt wird – heute in vierter Generation von Claudia und Marc Vonlanthen.</p>
<p>1964 kam der Gartenflügel dazu, 2016 wurden alle Zimmer sorgfältig erneuert.</p>
""", {"alternates": _a("/de/geschichte/", "/fr/histoire/")}),
        "/de/jobs/": ("Jobs – Hotel Schlossberg", """
<h1>Jobs</h1><p>Unser Team zählt rund 30 Mitarbeitende aus acht Nationen. Für die Sommersaison suchen wir Verstärkung im Service (80–100 %).</p>
"""),
        "/de/kontakt/": ("Kontakt – Hotel Schlossberg", "<h1>Kontakt</h1><p>Hotel Schlossberg<br>Rathausgasse 8<br>3280 Murten<br>Schweiz</p>", {"alternates": _a("/de/kontakt/", "/fr/contact/")}),
        "/de/impressum/": ("Impressum – Hotel Schlossberg", """
<h1>Impressum</h1><p>Hotel Schlossberg Murten AG<br>Rathausgasse 8<br>3280 Murten</p><p>Verwaltungsratspräsidentin: Claudia Vonlanthen<br>UID: CHE-112.908.774</p>
""", {"alternates": _a("/de/impressum/", "/fr/mentions-legales/")}),
        "/de/datenschutz/": ("Datenschutz", "<h1>Datenschutz</h1>"),
        "/fr/": ("Hôtel Schlossberg Morat – hôtel de charme", """
<h1>Bienvenue à l'Hôtel Schlossberg</h1><p>18 chambres et suites dans une maison historique de la vieille ville de Morat.</p>
<p><a href="/fr/histoire/">Notre histoire</a></p>""", dict(_fr, alternates=_a("/de/", "/fr/"))),
        "/fr/histoire/": ("Histoire – Hôtel Schlossberg", "<h1>Histoire</h1><p>En 1911, Emil Vonlanthen ouvre l'Hôtel Schlossberg dans une maison datant de 1578.</p>", dict(_fr, alternates=_a("/de/geschichte/", "/fr/histoire/"))),
        "/fr/contact/": ("Contact – Hôtel Schlossberg", "<h1>Contact</h1><p>Rathausgasse 8, 3280 Morat, Suisse</p>", dict(_fr, alternates=_a("/de/kontakt/", "/fr/contact/"))),
        "/fr/mentions-legales/": ("Mentions légales", "<h1>Mentions légales</h1><p>Hotel Schlossberg Murten AG, Rathausgasse 8, 3280 Murten</p>", dict(_fr, alternates=_a("/de/impressum/", "/fr/mentions-legales/"))),
    }, _foot_de,
    ex("Hotel Schlossberg", "Hotel Schlossberg Murten AG", 30, 1911, "Rathausgasse 8", "Murten", "3280", "CH", "de"),
    html_lang="de-CH", cookie="complianz", raw={"/": redirect("/de/", 301)},
    jsonld={"@context": "https://schema.org", "@type": "Hotel", "name": "Hotel Schlossberg", "foundingDate": "1911",
            "address": {"@type": "PostalAddress", "streetAddress": "Rathausgasse 8", "postalCode": "3280", "addressLocality": "Murten", "addressCountry": "CH"}},
    jsonld_pages=("/de/",),
    people=["Emil Vonlanthen", "Claudia Vonlanthen", "Marc Vonlanthen"],
    traits=["hotel", "multilingual-de-fr", "hreflang", "home-redirect-301", "building-year-trap", "renovation-year-trap",
            "award-year-trap", "room-count-trap", "wrong-html-lang-fr-FR", "unscored:industry"],
    notes="Home redirects to /de/ (German content). 'rund 30 Mitarbeitende' = 30. House from 1578 is a trap; hotel opened 1911. Title also shows 'Hotel Schlossberg Murten'; the brand in logo/footer is 'Hotel Schlossberg'."))
