# Germany, Austria, Switzerland, Poland
SITES = []
A = SITES.append

# ---------------------------------------------------------------- Germany
A(dict(
    domain="stahlbau-rieger.de", tpl="typo3", lang="de", html_lang="de-DE", name="Stahlbau Rieger", cookie="klaro",
    nav=[("/", "Start"), ("/unternehmen/", "Unternehmen"), ("/leistungen/", "Leistungen"), ("/karriere/", "Karriere"), ("/kontakt/", "Kontakt"), ("/impressum/", "Impressum")],
    pages={
        "/": ("Stahlbau Rieger – Hallenbau und Stahlkonstruktionen aus Niederbayern", """
<h1>Stahl- und Hallenbau aus einer Hand</h1>

<p>Von der Statik über die Fertigung bis zur Montage: Industriehallen, Bühnen, Treppen und Sonderkonstruktionen. Rund 2.800 Tonnen Stahl verlassen jedes Jahr unser Werk.</p>
"""),
        "/unternehmen/": ("Unternehmen – Stahlbau Rieger", """
<h2>Unternehmen</h2>

<p>Das Familienunternehmen wurde 1952 von Josef Rieger als Schlosserei gegründet und wird heute in dritter Generation von Thomas Rieger geführt.</p>

<p>Stahlbau Rieger beschäftigt derzeit 64 Mitarbeiterinnen und Mitarbeiter, darunter sieben Auszubildende. Seit 2014 sind wir nach EN 1090 EXC3 zertifiziert.</p>
"""),
        "/leistungen/": ("Leistungen – Stahlbau Rieger", """
<h2>Leistungen</h2>

<ul><li>Hallen- und Industriebau</li><li>Treppen, Geländer, Bühnen</li><li>Korrosionsschutz</li></ul>
"""),
        "/karriere/": ("Karriere – Stahlbau Rieger", """
<h2>Karriere</h2>

<p>Wir suchen Metallbauer (m/w/d) für Fertigung und Montage, 39-Stunden-Woche.</p>
"""),
        "/kontakt/": ("Kontakt – Stahlbau Rieger", """
<h2>Kontakt</h2>

<p>Industriestraße 17<br>94315 Straubing</p>

<p>Telefon 09421 98 77-0</p>
"""),
        "/impressum/": ("Impressum – Stahlbau Rieger", """
<h2>Impressum</h2>

<p>Stahlbau Rieger GmbH &amp; Co. KG<br>Industriestraße 17<br>94315 Straubing<br>Deutschland</p>

<p>Registergericht: Amtsgericht Straubing, HRA 2291<br>Persönlich haftende Gesellschafterin: Rieger Verwaltungs-GmbH, Sitz Straubing, Amtsgericht Straubing HRB 4120<br>Geschäftsführer: Thomas Rieger<br>USt-IdNr.: DE131428570</p>
"""),
    },
    footer='<p>Stahlbau Rieger GmbH &amp; Co. KG · Industriestraße 17 · 94315 Straubing</p><p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/kontakt/">Kontakt</a></p>',
    extra={"/datenschutz/": {"status": 404, "html": "<html><body><h1>Seite nicht gefunden</h1></body></html>"}},
    exp=dict(name="Stahlbau Rieger", legal_name="Stahlbau Rieger GmbH & Co. KG", employee_count=64, employee_range_min=64, employee_range_max=64,
             founded_year=1952, street_address="Industriestraße 17", locality="Straubing", postal_code="94315", country_code="DE"),
    cc_ev="Deutschland", people=["Josef Rieger", "Thomas Rieger"],
    traits=["general-partner-trap", "tonnage-trap", "certification-year-trap", "job-hours-trap", "broken-link-404"],
    notes="'beschäftigt derzeit 64 Mitarbeiterinnen und Mitarbeiter'. Rieger Verwaltungs-GmbH is the general partner, not the company. /datenschutz/ link is a 404.",
))

A(dict(
    domain="tischlerei-brandt-kiel.de", tpl="jimdo", lang="de", html_lang="de", name="Tischlerei Brandt", cookie="plain",
    https=False, charset="iso-8859-1",
    nav=[("/", "Start"), ("/ueber-uns/", "Über uns"), ("/leistungen/", "Leistungen"), ("/kontakt/", "Kontakt"), ("/impressum/", "Impressum")],
    pages={
        "/": ("Tischlerei Brandt - Möbel und Innenausbau in Kiel", """
<h1>Ihre Tischlerei in Kiel</h1>

<p>Einbauschränke, Küchen, Haustüren und Reparaturen - alles aus unserer Werkstatt am Knooper Weg.</p>
"""),
        "/ueber-uns/": ("Über uns - Tischlerei Brandt", """
<h2>Über uns</h2>

<p>Meisterbetrieb seit 1996. Damals übernahm Tischlermeister Ole Brandt eine kleine Werkstatt im Hinterhof, heute sind wir ein Team von 6: drei Gesellen, ein Azubi, die Meisterin im Büro und der Chef selbst.</p>

<p>Mitglied der Tischler-Innung Kiel seit 1997.</p>
"""),
        "/leistungen/": ("Leistungen - Tischlerei Brandt", """
<h2>Leistungen</h2>

<ul><li>Möbel nach Maß</li><li>Fenster und Türen</li><li>Treppenrenovierung</li></ul>
"""),
        "/kontakt/": ("Kontakt - Tischlerei Brandt", """
<h2>Kontakt</h2>

<p>Knooper Weg 140<br>24116 Kiel</p>

<p>Tel. 0431 55 19 02</p>
"""),
        "/impressum/": ("Impressum - Tischlerei Brandt", """
<h2>Impressum</h2>

<p>Tischlerei Brandt, Inhaber Ole Brandt<br>Knooper Weg 140<br>24116 Kiel</p>

<p>Handwerkskammer Lübeck, Betriebsnummer 4471902<br>USt-IdNr. DE812771043</p>
"""),
    },
    footer='<a href="/impressum/">Impressum</a> | <a href="/kontakt/">Kontakt</a> | <a href="/ueber-uns/">Über uns</a> | <a href="https://www.jimdo.com" rel="nofollow">Erstellt mit Jimdo</a>',
    exp=dict(name="Tischlerei Brandt", legal_name="Tischlerei Brandt, Inhaber Ole Brandt", employee_count=6, employee_range_min=6, employee_range_max=6,
             founded_year=1996, street_address="Knooper Weg 140", locality="Kiel", postal_code="24116", country_code=None),
    people=[],
    traits=["latin-1", "http-only", "team-of", "membership-year-trap", "sole-trader-legal-name", "unscored:country_code,legal_name"],
    notes="ISO-8859-1 site, http only. 'ein Team von 6'. 'Meisterbetrieb seit 1996'. Sole trader; Ole Brandt is part of the legal name (not listed). Legal name form for a sole trader unclear: unscored.",
))

A(dict(
    domain="wollwerk-allgaeu.de", tpl="shopify", lang="de", html_lang="de", name="Wollwerk Allgäu", cookie="none", cc_hint="DE",
    announce="Versandkostenfrei ab 60 € in Deutschland", skip="Direkt zum Inhalt",
    shop_json={"shop": {"name": "Wollwerk Allgäu", "currency": "EUR", "locale": "de", "productCount": 140}},
    nav=[("/", "Start"), ("/collections/garne", "Garne"), ("/pages/ueber-uns", "Über uns"), ("/pages/kontakt", "Kontakt"), ("/pages/impressum", "Impressum")],
    pages={
        "/": ("Wollwerk Allgäu – Handgefärbte Wolle aus Kempten", """
<h2 class="banner__heading inline-richtext h0">Handgefärbte Wolle aus dem Allgäu</h2>

<p>Merino, Alpaka und Bergschafwolle, in kleinen Partien von Hand gefärbt.</p>
"""),
        "/collections/garne": ("Garne – Wollwerk Allgäu", """
<h1>Garne</h1>

<ul class="grid product-grid"><li>Merino Sock 100 g – 19,90 €</li><li>Bergschaf DK – 14,50 €</li></ul>
"""),
        "/pages/ueber-uns": ("Über uns – Wollwerk Allgäu", """
<h1>Über uns</h1>

<dl class="fakten"><dt>Gegründet</dt><dd>2011</dd><dt>Mitarbeiter</dt><dd>9</dd><dt>Wollsorten</dt><dd>140</dd><dt>Färbeküche</dt><dd>Kempten (Allgäu)</dd></dl>

<p>Was als Hobby in der Küche begann, ist heute eine kleine Manufaktur mit Laden und Versand.</p>
"""),
        "/pages/kontakt": ("Kontakt – Wollwerk Allgäu", """
<h1>Kontakt</h1>

<p>Laden: Bahnhofstraße 9, 87435 Kempten (Allgäu)<br>Di–Fr 10–18 Uhr, Sa 10–14 Uhr</p>
"""),
        "/pages/impressum": ("Impressum – Wollwerk Allgäu", """
<h1>Impressum</h1>

<p>Wollwerk Allgäu GmbH<br>Bahnhofstraße 9<br>87435 Kempten (Allgäu)<br>Deutschland</p>

<p>Vertreten durch die Geschäftsführerin Sabine Hämmerle<br>Handelsregister: Amtsgericht Kempten, HRB 13388</p>
"""),
    },
    footer='<p>Wollwerk Allgäu GmbH</p><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/impressum">Impressum</a></li><li><a href="/pages/ueber-uns">Über uns</a></li><li><a href="/pages/kontakt">Kontakt</a></li></ul>',
    exp=dict(name="Wollwerk Allgäu", legal_name="Wollwerk Allgäu GmbH", employee_count=9, employee_range_min=9, employee_range_max=9,
             founded_year=2011, street_address="Bahnhofstraße 9", locality="Kempten (Allgäu)", postal_code="87435", country_code="DE"),
    cc_ev="Deutschland", people=["Sabine Hämmerle"],
    traits=["fact-box-dl", "product-count-trap", "inline-json-app-state", "unscored:locality"],
    notes="Fact box 'Gegründet 2011', 'Mitarbeiter 9'. Locality 'Kempten (Allgäu)' vs 'Kempten': unscored.",
))

A(dict(
    domain="gartencenter-lindenhof.de", tpl="elementor", lang="de", html_lang="de-DE", name="Gartencenter Lindenhof", cookie="borlabs", status="robots",
    robots="User-agent: *\nDisallow: /\n", forbidden=["/", "/ueber-uns/"],
    view_cart="Warenkorb anzeigen", cart_url="/warenkorb/", skip="Zum Inhalt springen",
    nav=[("/", "Start"), ("/ueber-uns/", "Über uns"), ("/impressum/", "Impressum")],
    pages={
        "/": ("Gartencenter Lindenhof – Pflanzen, Gartenbedarf, Floristik", """
<h1 class="elementor-heading-title">Willkommen im Gartencenter Lindenhof</h1>

<p>Stauden, Gehölze und Saisonpflanzen aus eigener Anzucht.</p>
"""),
        "/ueber-uns/": ("Über uns – Gartencenter Lindenhof", """
<p>Seit 1979 in Familienhand, mit 27 Mitarbeitern.</p>
"""),
        "/impressum/": ("Impressum – Gartencenter Lindenhof", """
<p>Gartencenter Lindenhof GmbH, Lindenstraße 3, 32657 Lemgo</p>
"""),
    },
    footer='<p>Gartencenter Lindenhof GmbH · <a href="/impressum/">Impressum</a></p>',
    traits=["robots:all", "woocommerce"],
    notes="robots.txt Disallow: / — nothing may be stored.",
))

A(dict(
    domain="sauer-messtechnik.de", tpl="hubspot", lang="de", html_lang="de", name="Sauer Messtechnik", skip="Zum Inhalt springen",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Sauer Messtechnik GmbH", "url": "https://www.sauer-messtechnik.de", "foundingDate": "1987",
            "address": {"@type": "PostalAddress", "streetAddress": "Am Storrenacker 8", "postalCode": "76139", "addressLocality": "Karlsruhe", "addressCountry": "DE"}},
    nav=[("/", "Start"), ("/produkte", "Produkte"), ("/unternehmen", "Unternehmen"), ("/karriere", "Karriere"), ("/kontakt", "Kontakt"), ("/impressum", "Impressum")],
    pages={
        "/": ("Sauer Messtechnik – Prüfstände und Sensorik für die Antriebstechnik", """
<h1>Prüfstände und Drehmomentsensorik für Entwicklung und Produktion</h1>

<p>Über 4.000 installierte Prüfsysteme bei Kunden in 40 Ländern.</p>
"""),
        "/produkte": ("Produkte – Sauer Messtechnik", """
<h2>Produkte</h2>

<ul><li>Drehmomentmesswellen bis 50 kNm</li><li>E-Motor-Prüfstände</li><li>Messdatenerfassung SAUERlab</li></ul>
"""),
        "/unternehmen": ("Unternehmen – Sauer Messtechnik", """
<h2>Über uns</h2>

<p>1987 gründete Dr. Helmut Sauer das Unternehmen als Ingenieurbüro für Messtechnik in Karlsruhe-Neureut. 1995 folgte die Zertifizierung nach ISO 9001, 2008 der Umzug in den Neubau am Storrenacker.</p>

<p>Heute entwickeln und fertigen über 120 Mitarbeitende am Standort Karlsruhe; Geschäftsführerin ist Dr. Katrin Sauer.</p>
"""),
        "/karriere": ("Karriere – Sauer Messtechnik", """
<h2>Karriere</h2>

<p>Offene Stellen: Entwicklungsingenieur Leistungselektronik (m/w/d), Servicetechniker (m/w/d) – 30 Tage Urlaub, Gleitzeit.</p>
"""),
        "/kontakt": ("Kontakt – Sauer Messtechnik", """
<h2>Kontakt</h2>

<p>Sauer Messtechnik GmbH<br>Am Storrenacker 8<br>76139 Karlsruhe</p>

<p>+49 721 96 41 0</p>
"""),
        "/impressum": ("Impressum – Sauer Messtechnik", """
<h2>Impressum</h2>

<p>Sauer Messtechnik GmbH, Am Storrenacker 8, 76139 Karlsruhe, Deutschland · Amtsgericht Mannheim HRB 104552 · Geschäftsführung: Dr. Katrin Sauer · USt-IdNr. DE143327118</p>
"""),
    },
    footer='<p>© 2025 Sauer Messtechnik GmbH · <a href="/impressum">Impressum</a> · <a href="/kontakt">Kontakt</a> · <a href="/unternehmen">Unternehmen</a></p>',
    exp=dict(name="Sauer Messtechnik", legal_name="Sauer Messtechnik GmbH", employee_count=120, employee_range_min=120, employee_range_max=None,
             founded_year=1987, street_address="Am Storrenacker 8", locality="Karlsruhe", postal_code="76139", country_code="DE"),
    cc_ev="Deutschland", people=["Helmut Sauer", "Katrin Sauer"],
    traits=["more-than-N", "year-starts-sentence", "certification-year-trap", "move-year-trap", "installation-count-trap", "country-count-trap"],
    notes="'über 120 Mitarbeitende' → 120/min/null. '1987 gründete ...'.",
))

A(dict(
    domain="lichtblick-fotografie.de", tpl="squarespace", lang="de", html_lang="en-US", name="Lichtblick Fotografie", tz="Europe/Berlin",
    word_fields=["employee_count", "employee_range_min", "employee_range_max"],
    nav=[("/", "Start"), ("/portfolio", "Portfolio"), ("/studio", "Das Studio"), ("/kontakt", "Kontakt"), ("/impressum", "Impressum")],
    pages={
        "/": ("Lichtblick Fotografie – Hochzeits- und Businessfotografie in Leipzig", """
<h1>Echte Momente, natürliches Licht</h1>

<p>Hochzeiten, Porträts und Businessfotos aus unserem Studio in Plagwitz. Über 300 Hochzeiten seit dem Start.</p>
"""),
        "/portfolio": ("Portfolio — Lichtblick Fotografie", """
<h2>Portfolio</h2>

<p>Hochzeiten · Familien · Business · Reportage</p>
"""),
        "/studio": ("Das Studio — Lichtblick Fotografie", """
<h2>Das Studio</h2>

<p>Seit 2015 fotografieren wir in Leipzig und Umgebung. Wir sind zu dritt: Jana und Mareike an der Kamera, Tobias in der Bildbearbeitung.</p>
"""),
        "/kontakt": ("Kontakt — Lichtblick Fotografie", """
<h2>Kontakt</h2>

<p>Karl-Heine-Straße 54<br>04229 Leipzig</p>

<p>hallo@lichtblick-fotografie.de</p>
"""),
        "/impressum": ("Impressum — Lichtblick Fotografie", """
<h2>Impressum</h2>

<p>Lichtblick Fotografie UG (haftungsbeschränkt)<br>Karl-Heine-Straße 54<br>04229 Leipzig<br>Deutschland</p>

<p>Geschäftsführerin: Jana Wolff · Amtsgericht Leipzig HRB 32117</p>
"""),
    },
    footer='<p>Lichtblick Fotografie · <a href="/impressum">Impressum</a> · <a href="/kontakt">Kontakt</a> · <a href="/studio">Das Studio</a></p>',
    exp=dict(name="Lichtblick Fotografie", legal_name="Lichtblick Fotografie UG (haftungsbeschränkt)", employee_count=3, employee_range_min=3, employee_range_max=3,
             founded_year=2015, street_address="Karl-Heine-Straße 54", locality="Leipzig", postal_code="04229", country_code="DE"),
    cc_ev="Deutschland", people=["Jana Wolff", "Mareike", "Tobias"],
    traits=["wrong-html-lang", "number-word-count", "wedding-count-trap"],
    notes="<html lang=en-US> (Squarespace default) but German content. 'Wir sind zu dritt' = 3.",
))

# ---------------------------------------------------------------- Austria
A(dict(
    domain="elektro-pichler.at", tpl="typo3", lang="de", html_lang="de-AT", name="Elektro Pichler", cookie="klaro",
    nav=[("/", "Home"), ("/ueber-uns", "Über uns"), ("/leistungen", "Leistungen"), ("/kontakt", "Kontakt"), ("/impressum", "Impressum")],
    pages={
        "/": ("Elektro Pichler – Elektroinstallationen in Graz", """
<h1>Elektrotechnik, Photovoltaik und Smart Home in Graz</h1>

<p>Über 250 PV-Anlagen in der Steiermark errichtet.</p>
"""),
        "/ueber-uns": ("Über uns – Elektro Pichler", """
<h2>Über uns</h2>

<table class="contenttable"><tbody><tr><td>Gegründet</td><td>1974</td></tr><tr><td>Mitarbeiter</td><td>18, davon 4 Lehrlinge</td></tr><tr><td>Geschäftsführung</td><td>Ing. Markus Pichler</td></tr><tr><td>Ausgezeichneter Lehrbetrieb</td><td>seit 2018</td></tr></tbody></table>
"""),
        "/leistungen": ("Leistungen – Elektro Pichler", """
<h2>Leistungen</h2>

<ul><li>Elektroinstallationen</li><li>Photovoltaik und Speicher</li><li>E-Mobilität</li></ul>
"""),
        "/kontakt": ("Kontakt – Elektro Pichler", """
<h2>Kontakt</h2>

<p>Conrad-von-Hötzendorf-Straße 94<br>8010 Graz</p>

<p>+43 316 47 12 80</p>
"""),
        "/impressum": ("Impressum – Elektro Pichler", """
<h2>Impressum</h2>

<p>Elektro Pichler GmbH<br>Conrad-von-Hötzendorf-Straße 94, 8010 Graz, Österreich<br>Firmenbuchnummer: FN 118273 m, Landesgericht für ZRS Graz<br>UID: ATU28741903<br>Mitglied der WKO Steiermark, Landesinnung Elektrotechnik</p>
"""),
    },
    footer='<p>Elektro Pichler GmbH · Conrad-von-Hötzendorf-Straße 94 · 8010 Graz · <a href="/impressum">Impressum</a> · <a href="/ueber-uns">Über uns</a></p>',
    exp=dict(name="Elektro Pichler", legal_name="Elektro Pichler GmbH", employee_count=18, employee_range_min=18, employee_range_max=18,
             founded_year=1974, street_address="Conrad-von-Hötzendorf-Straße 94", locality="Graz", postal_code="8010", country_code="AT"),
    cc_ev="Österreich", people=["Markus Pichler"],
    traits=["fact-box-table", "apprentice-subcount", "award-year-trap", "installation-count-trap"],
    notes="'Mitarbeiter: 18, davon 4 Lehrlinge' → 18.",
))

A(dict(
    domain="gasthof-post-lermoos.at", tpl="wix", lang="de", html_lang="de", name="Gasthof zur Post", cookie="plain",
    jsonld={"@context": "https://schema.org", "@type": "Restaurant", "name": "Gasthof zur Post", "servesCuisine": "Tiroler Küche",
            "address": {"@type": "PostalAddress", "streetAddress": "Innsbrucker Straße 12", "postalCode": "6631", "addressLocality": "Lermoos", "addressRegion": "Tirol", "addressCountry": "AT"}},
    nav=[("/", "Start"), ("/geschichte", "Geschichte"), ("/speisekarte", "Speisekarte"), ("/zimmer", "Zimmer"), ("/impressum", "Impressum")],
    pages={
        "/": ("Gasthof zur Post | Lermoos in Tirol", """
<h1 class="font_0 wixui-rich-text__text">Tiroler Gastlichkeit am Fuße der Zugspitze</h1>

<p class="font_8 wixui-rich-text__text">Wirtshaus mit 120 Sitzplätzen, Sonnenterrasse und 14 Gästezimmern.</p>
"""),
        "/geschichte": ("Geschichte | Gasthof zur Post", """
<h2 class="font_2 wixui-rich-text__text">Unsere Geschichte</h2>

<p class="font_8 wixui-rich-text__text">Das Haus wurde 1648 erstmals als Poststation an der Via Claudia Augusta urkundlich erwähnt. Seit 1921 führt die Familie Hörtnagl den Gasthof – heute in vierter Generation mit Andreas und Lisa Hörtnagl.</p>

<p class="font_8 wixui-rich-text__text">Die Stube wurde 1987 liebevoll restauriert, die Zimmer 2021 erneuert.</p>
"""),
        "/speisekarte": ("Speisekarte | Gasthof zur Post", """
<h2 class="font_2 wixui-rich-text__text">Speisekarte</h2>

<p class="font_8 wixui-rich-text__text">Kaspressknödelsuppe · Tiroler Gröstl · Kaiserschmarrn</p>
"""),
        "/zimmer": ("Zimmer | Gasthof zur Post", """
<h2 class="font_2 wixui-rich-text__text">Zimmer</h2>

<p class="font_8 wixui-rich-text__text">Doppelzimmer ab 98 € pro Nacht inkl. Frühstück.</p>
"""),
        "/impressum": ("Impressum | Gasthof zur Post", """
<h2 class="font_2 wixui-rich-text__text">Impressum</h2>

<p class="font_8 wixui-rich-text__text">Gasthof zur Post Hörtnagl KG<br>Innsbrucker Straße 12<br>6631 Lermoos, Tirol<br>FN 72815 t, Landesgericht Innsbruck · UID ATU31877206</p>
"""),
    },
    footer='<p class="font_9 wixui-rich-text__text">Gasthof zur Post · Innsbrucker Straße 12 · 6631 Lermoos · <a href="/impressum">Impressum</a> · <a href="/geschichte">Geschichte</a></p>',
    exp=dict(name="Gasthof zur Post", legal_name="Gasthof zur Post Hörtnagl KG", employee_count=None, employee_range_min=None, employee_range_max=None,
             founded_year=1921, street_address="Innsbrucker Straße 12", locality="Lermoos", postal_code="6631", country_code="AT"),
    cc_ev='"addressCountry": "AT"', people=["Andreas", "Lisa Hörtnagl"],
    traits=["localbusiness-subtype", "building-year-trap", "renovation-year-trap", "seat-count-trap", "no-headcount", "unscored:industry"],
    notes="No staff count. 'Seit 1921 führt die Familie Hörtnagl den Gasthof' = family-run since 1921; 1648 is the building's first mention. Country from JSON-LD.",
))

A(dict(
    domain="kofler-partner.at", tpl="duda", lang="de", html_lang="de-AT", name="Kofler & Partner", cookie="cookiebot",
    skip="Zum Inhalt springen",
    nav=[("/", "Start"), ("/kanzlei", "Kanzlei"), ("/team", "Team"), ("/kontakt", "Kontakt"), ("/impressum", "Impressum")],
    pages={
        "/": ("Kofler &amp; Partner – Steuerberatung in Linz", """
<h1>Steuerberatung, Lohnverrechnung und Unternehmensgründung</h1>

<p>Wir betreuen rund 900 Klientinnen und Klienten in Oberösterreich – vom Einzelunternehmen bis zur Holding.</p>
"""),
        "/kanzlei": ("Kanzlei – Kofler &amp; Partner", """
<h2>Die Kanzlei</h2>

<p>Die Kanzlei besteht seit 1998. Was als Ein-Frau-Büro begann, ist heute eine der großen unabhängigen Steuerberatungskanzleien in Linz.</p>

<p>Unser Team aus 23 Mitarbeiterinnen und Mitarbeitern ist Mitglied der Kammer der Steuerberater:innen und Wirtschaftsprüfer:innen.</p>
"""),
        "/team": ("Team – Kofler &amp; Partner", """
<h2>Partner</h2>

<ul><li>Mag. Eva Kofler – Steuerberaterin, Gründerin</li><li>Mag. Stefan Wimmer – Steuerberater, Partner seit 2012</li></ul>
"""),
        "/kontakt": ("Kontakt – Kofler &amp; Partner", """
<h2>Kontakt</h2>

<p>Landstraße 49<br>4020 Linz<br>Österreich</p>

<p>+43 732 77 14 60</p>
"""),
        "/impressum": ("Impressum – Kofler &amp; Partner", """
<h2>Impressum</h2>

<p>Kofler &amp; Partner Steuerberatung GmbH · Landstraße 49 · 4020 Linz · FN 187442 v · Landesgericht Linz · UID ATU46211807 · Berufsrecht: WTBG 2017</p>
"""),
    },
    footer='<p>Kofler &amp; Partner Steuerberatung GmbH · <a href="/impressum">Impressum</a> · <a href="/kontakt">Kontakt</a> · <a href="/kanzlei">Kanzlei</a></p>',
    exp=dict(name="Kofler & Partner", legal_name="Kofler & Partner Steuerberatung GmbH", employee_count=23, employee_range_min=23, employee_range_max=23,
             founded_year=1998, street_address="Landstraße 49", locality="Linz", postal_code="4020", country_code="AT"),
    cc_ev="Österreich", people=["Eva Kofler", "Stefan Wimmer"],
    traits=["html-entity-name", "client-count-trap", "partner-year-trap", "law-year-trap", "team-page"],
    notes="'Unser Team aus 23 ...'. 'Die Kanzlei besteht seit 1998'. 2012 = partner joined; WTBG 2017 is a law.",
))

# ---------------------------------------------------------------- Switzerland
A(dict(
    domain="velo-ruetli.ch", tpl="webflow", lang="de", html_lang="de-CH", name="Velo-Atelier Rütli", cookie="cookiebot",
    nav=[("/", "Home"), ("/werkstatt", "Werkstatt"), ("/ueber-uns", "Über uns"), ("/kontakt", "Kontakt"), ("/impressum", "Impressum")],
    pages={
        "/": ("Velo-Atelier Rütli – Velowerkstatt im Kreis 5", """
<h1 class="heading-hero">Velos reparieren, bauen, verkaufen</h1>

<p>Service für Stadtvelos, Rennräder und Cargobikes. Rund 4000 Reparaturen pro Jahr.</p>
"""),
        "/werkstatt": ("Werkstatt – Velo-Atelier Rütli", """
<h2>Werkstatt</h2>

<p>Service ab CHF 89.–, Laufradbau, Bikefitting.</p>
"""),
        "/ueber-uns": ("Über uns – Velo-Atelier Rütli", """
<h2>Über uns</h2>

<div class="facts-grid w-layout-grid"><div class="fact"><div class="fact-label">Gründungsjahr</div><div class="fact-value">2009</div></div><div class="fact"><div class="fact-label">Mitarbeitende</div><div class="fact-value">11</div></div><div class="fact"><div class="fact-label">Lernende</div><div class="fact-value">3</div></div></div>

<p>Wir sind als Genossenschaftsprojekt gestartet und wurden 2016 in eine GmbH umgewandelt.</p>
"""),
        "/kontakt": ("Kontakt – Velo-Atelier Rütli", """
<h2>Kontakt</h2>

<p>Josefstrasse 59<br>8005 Zürich</p>

<p>044 272 18 40</p>
"""),
        "/impressum": ("Impressum – Velo-Atelier Rütli", """
<h2>Impressum</h2>

<p>Velo-Atelier Rütli GmbH, Josefstrasse 59, 8005 Zürich, Schweiz<br>UID: CHE-114.382.907<br>Handelsregister des Kantons Zürich</p>
"""),
    },
    footer='<p>Velo-Atelier Rütli GmbH</p><p><a href="/impressum">Impressum</a> · <a href="/kontakt">Kontakt</a> · <a href="/ueber-uns">Über uns</a></p>',
    exp=dict(name="Velo-Atelier Rütli", legal_name="Velo-Atelier Rütli GmbH", employee_count=11, employee_range_min=11, employee_range_max=11,
             founded_year=2009, street_address="Josefstrasse 59", locality="Zürich", postal_code="8005", country_code="CH"),
    cc_ev="Schweiz", people=[],
    traits=["fact-box-grid", "legal-form-change-year", "repair-count-trap", "apprentice-subcount"],
    notes="Fact grid: Gründungsjahr 2009, Mitarbeitende 11 (Lernende 3 listed separately). 2016 = conversion to GmbH.",
))

A(dict(
    domain="vuilleumier-horlogerie.ch", tpl="squarespace", lang="fr", html_lang="fr-CH", name="Atelier Horloger Vuilleumier", tz="Europe/Zurich",
    word_fields=["employee_count", "employee_range_min", "employee_range_max"],
    nav=[("/", "Accueil"), ("/atelier", "L'atelier"), ("/services", "Services"), ("/contact", "Contact")],
    pages={
        "/": ("Atelier Horloger Vuilleumier — Restauration de montres, Le Locle", """
<h1>Restauration et entretien de montres mécaniques</h1>

<p>Montres de poche, chronographes et pendulettes. Plus de 3 000 pièces restaurées pour des collectionneurs du monde entier.</p>
"""),
        "/atelier": ("L'atelier — Vuilleumier", """
<h2>L'atelier</h2>

<p>Depuis 1985, l'atelier Vuilleumier entretient les montres des Montagnes neuchâteloises, dans la ville qui a vu naître l'horlogerie jurassienne. Le Locle est inscrit au patrimoine mondial de l'UNESCO depuis 2009.</p>

<p>Nous sommes cinq horlogers, dont deux formés dans notre propre atelier.</p>
"""),
        "/services": ("Services — Vuilleumier", """
<h2>Services</h2>

<p>Révision complète dès CHF 450.–, fabrication de pièces, restauration de cadrans.</p>
"""),
        "/contact": ("Contact — Vuilleumier", """
<h2>Contact</h2>

<p>Rue du Temple 21<br>2400 Le Locle<br>Suisse</p>

<p>Atelier Horloger Vuilleumier Sàrl · IDE CHE-108.224.731</p>
"""),
    },
    footer='<p>Atelier Horloger Vuilleumier Sàrl · Rue du Temple 21 · 2400 Le Locle · <a href="/contact">Contact</a> · <a href="/atelier">L\'atelier</a></p>',
    exp=dict(name="Atelier Horloger Vuilleumier", legal_name="Atelier Horloger Vuilleumier Sàrl", employee_count=5, employee_range_min=5, employee_range_max=5,
             founded_year=1985, street_address="Rue du Temple 21", locality="Le Locle", postal_code="2400", country_code="CH"),
    cc_ev="Suisse", people=[],
    traits=["number-word-count", "unesco-year-trap", "piece-count-trap"],
    notes="'Nous sommes cinq horlogers' = 5. UNESCO 2009 is about the town.",
))

A(dict(
    domain="falegnameria-bernasconi.ch", tpl="joomla", lang="it", html_lang="it-it", name="Falegnameria Bernasconi", cookie="plain",
    skip="Vai al contenuto principale",
    nav=[("/", "Home"), ("/chi-siamo", "Chi siamo"), ("/servizi", "Servizi"), ("/contatto", "Contatto")],
    pages={
        "/": ("Falegnameria Bernasconi SA – Mendrisio", """
<p>Serramenti, arredamenti su misura e scale in legno per il Mendrisiotto e il Luganese.</p>
"""),
        "/chi-siamo": ("Chi siamo", """
<p>La falegnameria è stata fondata nel 1947 da Luigi Bernasconi in una piccola bottega del borgo. Nel 1976 l'azienda si è trasferita nella zona artigianale e nel 2022 ha installato il nuovo impianto fotovoltaico da 180 kWp.</p>

<p>Oggi la ditta conta 27 collaboratori, di cui 5 apprendisti.</p>
"""),
        "/servizi": ("Servizi", """
<ul><li>Finestre in legno e legno-alluminio</li><li>Cucine e armadi a muro</li><li>Scale e pavimenti</li></ul>
"""),
        "/contatto": ("Contatto", """
<p>Falegnameria Bernasconi SA<br>Via Stefano Franscini 12<br>6850 Mendrisio<br>Svizzera</p>

<p>Tel. 091 646 22 81 · IDI CHE-105.918.440</p>
"""),
    },
    footer='<p>© Falegnameria Bernasconi SA · Via Stefano Franscini 12 · 6850 Mendrisio · <a href="/contatto">Contatto</a> · <a href="/chi-siamo">Chi siamo</a></p>',
    exp=dict(name="Falegnameria Bernasconi", legal_name="Falegnameria Bernasconi SA", employee_count=27, employee_range_min=27, employee_range_max=27,
             founded_year=1947, street_address="Via Stefano Franscini 12", locality="Mendrisio", postal_code="6850", country_code="CH"),
    cc_ev="Svizzera", people=["Luigi Bernasconi"],
    traits=["swiss-italian", "move-year-trap", "power-number-trap", "apprentice-subcount"],
    notes="'conta 27 collaboratori, di cui 5 apprendisti' → 27.",
))

# ---------------------------------------------------------------- Poland
A(dict(
    domain="pracowniaglina.pl", tpl="shopify", lang="pl", html_lang="pl", name="Pracownia Glina", cookie="none", cc_hint="PL", currency="PLN",
    announce="Darmowa dostawa od 300 zł", skip="Przejdź do treści",
    shop_json={"shop": {"name": "Pracownia Glina", "currency": "PLN", "locale": "pl", "productCount": 86}},
    nav=[("/", "Strona główna"), ("/collections/wszystkie", "Sklep"), ("/pages/o-nas", "O nas"), ("/pages/kontakt", "Kontakt"), ("/policies/terms-of-service", "Regulamin")],
    pages={
        "/": ("Pracownia Glina – Ceramika użytkowa z Krakowa", """
<h2 class="banner__heading h0">Ceramika toczona ręcznie w Krakowie</h2>

<p>Kubki, talerze i misy ze szkliwami, które mieszamy sami.</p>
"""),
        "/collections/wszystkie": ("Sklep – Pracownia Glina", """
<h1>Wszystkie produkty</h1>

<ul class="grid product-grid"><li>Kubek Wisła 350 ml – 89 zł</li><li>Talerz Kazimierz 27 cm – 119 zł</li></ul>
"""),
        "/pages/o-nas": ("O nas – Pracownia Glina", """
<h1>O nas</h1>

<p>Firma powstała w 2014 roku w piwnicy na Kazimierzu, z jednym kołem garncarskim i piecem kupionym na raty. W 2019 roku przenieśliśmy się do większej pracowni przy Józefińskiej.</p>

<p>Zatrudniamy 12 osób: ceramiczki, szkliwiarza, fotografkę i zespół, który pakuje Wasze zamówienia.</p>
"""),
        "/pages/kontakt": ("Kontakt – Pracownia Glina", """
<h1>Kontakt</h1>

<p>Pracownia Glina Sp. z o.o.<br>ul. Józefińska 18<br>30-529 Kraków<br>Polska</p>
"""),
        "/policies/terms-of-service": ("Regulamin – Pracownia Glina", """
<h1>Regulamin sklepu</h1>

<p>Sprzedawcą jest Pracownia Glina Sp. z o.o. z siedzibą w Krakowie, ul. Józefińska 18, 30-529 Kraków, wpisana do rejestru przedsiębiorców KRS pod numerem 0000612877, NIP 6762504418, kapitał zakładowy 5 000 zł.</p>
"""),
    },
    footer='<p>Pracownia Glina Sp. z o.o.</p><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/o-nas">O nas</a></li><li><a href="/pages/kontakt">Kontakt</a></li><li><a href="/policies/terms-of-service">Regulamin</a></li></ul>',
    exp=dict(name="Pracownia Glina", legal_name="Pracownia Glina Sp. z o.o.", employee_count=12, employee_range_min=12, employee_range_max=12,
             founded_year=2014, street_address="ul. Józefińska 18", locality="Kraków", postal_code="30-529", country_code="PL"),
    cc_ev="Polska", people=[],
    traits=["we-employ", "move-year-trap", "registry-number-trap", "inline-json-app-state"],
    notes="'Zatrudniamy 12 osób'. 'Firma powstała w 2014 roku'. Street written consistently with 'ul.'.",
))

A(dict(
    domain="wislak-budownictwo.pl", tpl="drupal", lang="pl", html_lang="pl", name="PB Wiślak", cookie="cookieyes",
    skip="Przejdź do treści głównej",
    nav=[("/", "Start"), ("/o-firmie", "O firmie"), ("/realizacje", "Realizacje"), ("/kontakt", "Kontakt")],
    extra={"/o-firmie": {"status": 301, "location": "/firma/o-nas"}},
    pages={
        "/": ("Przedsiębiorstwo Budowlane Wiślak – Generalny wykonawca, Rzeszów", """
<p>Generalne wykonawstwo obiektów przemysłowych, użyteczności publicznej i budownictwa mieszkaniowego na Podkarpaciu.</p>
"""),
        "/firma/o-nas": ("O firmie", """
<p>Działamy od 1993 roku. Firma zaczynała od remontów szkół w powiecie rzeszowskim, a od 2005 roku realizuje inwestycje o wartości przekraczającej 50 mln zł.</p>

<p>Spółka zatrudnia ponad 150 pracowników, w tym 28 inżynierów z uprawnieniami budowlanymi. Prezesem zarządu jest Stanisław Wiślak.</p>
"""),
        "/realizacje": ("Realizacje", """
<p>Hala produkcyjna Aero-Tech, Jasionka (2021, 24 000 m²) · Szkoła Podstawowa nr 28 w Rzeszowie (2019) · Osiedle Zielone Wzgórze, 184 mieszkania (2023)</p>
"""),
        "/kontakt": ("Kontakt", """
<p>Przedsiębiorstwo Budowlane Wiślak Sp. z o.o.<br>ul. Przemysłowa 14<br>35-105 Rzeszów</p>

<p>KRS 0000148822 · NIP 8130127744 · REGON 690587412 · kapitał zakładowy 500 000 zł</p>
"""),
    },
    footer='<p>© Przedsiębiorstwo Budowlane Wiślak Sp. z o.o. · ul. Przemysłowa 14, 35-105 Rzeszów · <a href="/kontakt">Kontakt</a> · <a href="/o-firmie">O firmie</a></p>',
    exp=dict(name="PB Wiślak", legal_name="Przedsiębiorstwo Budowlane Wiślak Sp. z o.o.", employee_count=150, employee_range_min=150, employee_range_max=None,
             founded_year=1993, street_address="ul. Przemysłowa 14", locality="Rzeszów", postal_code="35-105", country_code=None),
    people=["Stanisław Wiślak"],
    traits=["internal-redirect", "more-than-N", "engineer-subcount", "capital-number-trap", "unscored:name,country_code"],
    notes="'/o-firmie' → 301 '/firma/o-nas'. 'ponad 150 pracowników' → 150/min/null. Short brand 'PB Wiślak' vs full name: name unscored. No country written.",
))

A(dict(
    domain="kwadrat-ksiegowosc.pl", tpl="jimdo", lang="pl", html_lang="pl", name="Biuro Rachunkowe Kwadrat", cookie="plain",
    nav=[("/", "Start"), ("/o-biurze/", "O biurze"), ("/uslugi/", "Usługi"), ("/kontakt/", "Kontakt")],
    pages={
        "/": ("Biuro Rachunkowe Kwadrat – Księgowość w Poznaniu", """
<h1>Księgowość, kadry i płace dla małych firm</h1>

<p>Pełna księgowość, KPiR, ryczałt, rozliczenia ZUS. Obsługujemy ponad 180 firm z Poznania i okolic.</p>
"""),
        "/o-biurze/": ("O biurze – Kwadrat", """
<h2>O biurze</h2>

<p>Biuro założyłam w 2001 roku, po dziesięciu latach pracy w dziale finansowym dużej spółki – pisze Ewa Nowicka. Od 2010 roku prowadzimy je jako spółkę cywilną – moją wspólniczką jest Marta Kowal.</p>

<p>Nasz zespół liczy 9 osób. Posiadamy certyfikat księgowy Ministerstwa Finansów nr 41277/01.</p>
"""),
        "/uslugi/": ("Usługi – Kwadrat", """
<h2>Usługi</h2>

<ul><li>Pełna księgowość</li><li>Kadry i płace</li><li>JPK i e-deklaracje</li></ul>
"""),
        "/kontakt/": ("Kontakt – Kwadrat", """
<h2>Kontakt</h2>

<p>Biuro Rachunkowe Kwadrat s.c.<br>ul. Głogowska 48/3<br>60-736 Poznań</p>

<p>NIP 7792284116 · tel. 61 866 20 47</p>
"""),
    },
    footer='<a href="/kontakt/">Kontakt</a> | <a href="/o-biurze/">O biurze</a> | Biuro Rachunkowe Kwadrat s.c.',
    exp=dict(name="Biuro Rachunkowe Kwadrat", legal_name="Biuro Rachunkowe Kwadrat s.c.", employee_count=9, employee_range_min=9, employee_range_max=9,
             founded_year=2001, street_address="ul. Głogowska 48/3", locality="Poznań", postal_code="60-736", country_code=None),
    people=["Ewa Nowicka", "Marta Kowal"],
    traits=["first-person-founding", "partnership-year-trap", "client-count-trap", "certificate-number-trap", "unscored:country_code,street_address"],
    notes="'Nasz zespół liczy 9 osób'. 'Biuro założyłam w 2001 roku' = founding; 2010 = civil partnership. Street with flat number 48/3: unscored.",
))
