# Sweden, Denmark, Finland, Ireland, UK, Japan, Australia, USA, Canada, Chile
SITES = []
A = SITES.append

# ---------------------------------------------------------------- Sweden
A(dict(
    domain="snickeriekbacken.se", tpl="divi", lang="sv", html_lang="sv-SE", name="Snickeri Ekbacken", cookie="cookieyes",
    skip="Hoppa till innehåll",
    nav=[("/", "Hem"), ("/om-oss/", "Om oss"), ("/kok-och-inredning/", "Kök &amp; inredning"), ("/kontakt/", "Kontakt")],
    pages={
        "/": ("Snickeri Ekbacken – Platsbyggda kök och möbler i Dalarna", """
<h1>Platsbyggt i massivt trä, från vår verkstad i Leksand</h1>

<p>Kök, bokhyllor, trappor och dörrar. Vi har levererat över 600 kök sedan starten.</p>
"""),
        "/om-oss/": ("Om oss – Snickeri Ekbacken", """
<h2>Om oss</h2>

<p>Företaget grundades 1999 av snickaren Per Olsson i ladan på gården Ekbacken. 2008 byggde vi den nya verkstaden på 900 kvadratmeter.</p>

<p>Vi är 8 anställda, varav två lärlingar, och vi ritar, tillverkar och monterar allt själva.</p>
"""),
        "/kok-och-inredning/": ("Kök &amp; inredning – Snickeri Ekbacken", """
<h2>Kök &amp; inredning</h2>

<p>Allmogekök i furu, moderna kök i ek och ask, snickerier till fritidshus.</p>
"""),
        "/kontakt/": ("Kontakt – Snickeri Ekbacken", """
<h2>Kontakt</h2>

<p>Ekbacksvägen 7<br>793 31 Leksand<br>Sverige</p>

<p>Tel. 0247-125 40</p>
"""),
    },
    footer='<p>Snickeri Ekbacken AB · Org.nr 556581-2207 · Ekbacksvägen 7, 793 31 Leksand · <a href="/kontakt/">Kontakt</a> · <a href="/om-oss/">Om oss</a></p>',
    exp=dict(name="Snickeri Ekbacken", legal_name="Snickeri Ekbacken AB", employee_count=8, employee_range_min=8, employee_range_max=8,
             founded_year=1999, street_address="Ekbacksvägen 7", locality="Leksand", postal_code="793 31", country_code="SE"),
    cc_ev="Sverige", people=["Per Olsson"],
    traits=["building-year-trap", "area-number-trap", "kitchen-count-trap", "apprentice-subcount"],
    notes="'Vi är 8 anställda'. 'Företaget grundades 1999'. 2008 = workshop.",
))

A(dict(
    domain="kodverket.se", tpl="hubspot", lang="sv", html_lang="sv", name="Kodverket", skip="Hoppa till innehållet",
    robots="User-agent: *\nDisallow: /kundportal/\n", forbidden=["/kundportal/"],
    nav=[("/", "Start"), ("/tjanster", "Tjänster"), ("/om-kodverket", "Om Kodverket"), ("/jobba-hos-oss", "Jobba hos oss"), ("/kontakt", "Kontakt"), ("/kundportal/", "Kundportal")],
    pages={
        "/": ("Kodverket – Systemutveckling i Malmö", """
<h1>Vi bygger digitala tjänster som håller</h1>

<p>Webb, appar och integrationer för offentlig sektor och industri. Över 200 levererade projekt.</p>
"""),
        "/tjanster": ("Tjänster – Kodverket", """
<h2>Tjänster</h2>

<ul><li>Systemutveckling (.NET, Kotlin, TypeScript)</li><li>UX och tillgänglighet</li><li>Drift och förvaltning</li></ul>
"""),
        "/om-kodverket": ("Om Kodverket", """
<h2>Kodverket i korthet</h2>

<table class="fakta"><tbody><tr><th>Startade</th><td>2012</td></tr><tr><th>Antal anställda</th><td>31</td></tr><tr><th>Kontor</th><td>Malmö och Lund</td></tr><tr><th>ISO 27001</th><td>sedan 2020</td></tr></tbody></table>
"""),
        "/jobba-hos-oss": ("Jobba hos oss – Kodverket", """
<h2>Jobba hos oss</h2>

<p>Vi söker en senior backendutvecklare. 40 timmars arbetsvecka, 6 veckors semester.</p>
"""),
        "/kontakt": ("Kontakt – Kodverket", """
<h2>Kontakt</h2>

<p>Kodverket AB<br>Stora Nygatan 24<br>211 37 Malmö</p>

<p>Org.nr 556891-4420</p>
"""),
        "/kundportal/": ("Kundportal – Kodverket", """
<p>Logga in för att se dina ärenden.</p>
"""),
    },
    footer='<p>© 2025 Kodverket AB · Stora Nygatan 24, 211 37 Malmö · <a href="/kontakt">Kontakt</a> · <a href="/om-kodverket">Om Kodverket</a></p>',
    exp=dict(name="Kodverket", legal_name="Kodverket AB", employee_count=31, employee_range_min=31, employee_range_max=31,
             founded_year=2012, street_address="Stora Nygatan 24", locality="Malmö", postal_code="211 37", country_code=None),
    people=[],
    traits=["fact-box-table", "robots-partial", "certification-year-trap", "project-count-trap", "job-hours-trap", "branch-office-trap", "unscored:country_code"],
    notes="Fact table 'Startade 2012', 'Antal anställda 31'. robots forbids /kundportal/. No country written.",
))

# ---------------------------------------------------------------- Denmark
A(dict(
    domain="nordlyskeramik.dk", tpl="shopify", lang="da", html_lang="da", name="Nordlys Keramik", cookie="cookiebot", cc_hint="DK", currency="DKK",
    announce="Fri fragt ved køb over 500 kr.", skip="Spring til indhold",
    shop_json={"shop": {"name": "Nordlys Keramik", "currency": "DKK", "locale": "da", "productCount": 52}},
    nav=[("/", "Forside"), ("/collections/alle", "Shop"), ("/pages/om-os", "Om os"), ("/pages/kontakt", "Kontakt"), ("/policies/terms-of-service", "Handelsbetingelser")],
    pages={
        "/": ("Nordlys Keramik – Håndlavet stentøj fra Aarhus", """
<h2 class="banner__heading h0">Håndlavet stentøj med glasurer inspireret af nordlyset</h2>

<p>Kopper, skåle og vaser, drejet og glaseret i vores værksted i Latinerkvarteret.</p>
"""),
        "/collections/alle": ("Shop – Nordlys Keramik", """
<h1>Alle produkter</h1>

<ul class="grid product-grid"><li>Krus Aurora – 245 kr.</li><li>Skål Polar – 195 kr.</li></ul>
"""),
        "/pages/om-os": ("Om os – Nordlys Keramik", """
<h1>Om os</h1>

<p>Etableret 2017 af keramiker Signe Holm efter fem år som lærling på Bornholm. Vi er et lille team på 5, som drejer, glaserer, brænder og pakker alt selv.</p>

<p>I 2023 vandt vi Danish Crafts' pris for bæredygtigt design.</p>
"""),
        "/pages/kontakt": ("Kontakt – Nordlys Keramik", """
<h1>Kontakt</h1>

<p>Nordlys Keramik ApS<br>Mejlgade 41<br>8000 Aarhus C<br>Danmark</p>

<p>CVR 38572291</p>
"""),
        "/policies/terms-of-service": ("Handelsbetingelser – Nordlys Keramik", """
<h1>Handelsbetingelser</h1>

<p>Sælger: Nordlys Keramik ApS, Mejlgade 41, 8000 Aarhus C, CVR 38572291.</p>
"""),
    },
    footer='<p>Nordlys Keramik ApS · CVR 38572291</p><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/om-os">Om os</a></li><li><a href="/pages/kontakt">Kontakt</a></li><li><a href="/policies/terms-of-service">Handelsbetingelser</a></li></ul>',
    exp=dict(name="Nordlys Keramik", legal_name="Nordlys Keramik ApS", employee_count=5, employee_range_min=5, employee_range_max=5,
             founded_year=2017, street_address="Mejlgade 41", locality="Aarhus C", postal_code="8000", country_code="DK"),
    cc_ev="Danmark", people=["Signe Holm"],
    traits=["team-of", "apprenticeship-years-trap", "award-year-trap", "inline-json-app-state", "unscored:locality"],
    notes="'et lille team på 5'. 'Etableret 2017'. Locality 'Aarhus C' (postal district) vs 'Aarhus': unscored.",
))

A(dict(
    domain="vvs-gruppen-fyn.dk", tpl="duda", lang="da", html_lang="da", name="VVS-Gruppen Fyn", cookie="cookiebot",
    skip="Gå til hovedindhold",
    jsonld={"@context": "https://schema.org", "@type": "Plumber", "name": "VVS-Gruppen Fyn A/S", "numberOfEmployees": {"@type": "QuantitativeValue", "minValue": 40, "maxValue": 50},
            "address": {"@type": "PostalAddress", "streetAddress": "Tværvej 12", "postalCode": "5750", "addressLocality": "Ringe", "addressCountry": "DK"}},
    nav=[("/", "Forside"), ("/om-os", "Om os"), ("/ydelser", "Ydelser"), ("/kontakt", "Kontakt")],
    pages={
        "/": ("VVS-Gruppen Fyn – VVS, varmepumper og service på Fyn", """
<h1>Din VVS-installatør på hele Fyn</h1>

<p>Varmepumper, badeværelser og døgnvagt. Vi har over 3.000 serviceaftaler med private og erhverv.</p>
"""),
        "/om-os": ("Om os – VVS-Gruppen Fyn", """
<h2>Om os</h2>

<p>Siden 1985 har vi løst VVS-opgaver for fynske husejere, boligforeninger og virksomheder. I 2011 fusionerede vi med Ringe VVS og blev til VVS-Gruppen Fyn.</p>

<p>I dag er vi ca. 45 medarbejdere – montører, lærlinge, projektledere og kontorpersonale.</p>
"""),
        "/ydelser": ("Ydelser – VVS-Gruppen Fyn", """
<h2>Ydelser</h2>

<ul><li>Varmepumper</li><li>Badeværelser</li><li>Fjernvarmeunits</li><li>Døgnvagt</li></ul>
"""),
        "/kontakt": ("Kontakt – VVS-Gruppen Fyn", """
<h2>Kontakt</h2>

<p>VVS-Gruppen Fyn A/S<br>Tværvej 12<br>5750 Ringe</p>

<p>Tlf. 62 62 18 00 · CVR 14882706</p>
"""),
    },
    footer='<p>VVS-Gruppen Fyn A/S · Tværvej 12 · 5750 Ringe · <a href="/kontakt">Kontakt</a> · <a href="/om-os">Om os</a></p>',
    exp=dict(name="VVS-Gruppen Fyn", legal_name="VVS-Gruppen Fyn A/S", employee_count=45, employee_range_min=45, employee_range_max=45,
             founded_year=1985, street_address="Tværvej 12", locality="Ringe", postal_code="5750", country_code="DK"),
    cc_ev='"addressCountry": "DK"', people=[],
    traits=["localbusiness-subtype", "about-N", "jsonld-range-vs-page", "merger-year-trap", "contract-count-trap", "unscored:industry,employee_range_min,employee_range_max"],
    notes="Page 'ca. 45 medarbejdere' (about N → 45) is the current statement; JSON-LD range 40–50 is consistent but less precise, so range fields are unscored; count 45 is scored. 'Siden 1985'; 2011 = merger/rename.",
))

# ---------------------------------------------------------------- Finland
A(dict(
    domain="puusepanliikemakela.fi", tpl="elementor", woo=False, lang="fi", html_lang="fi", name="Puusepänliike Mäkelä", cookie="complianz",
    skip="Siirry sisältöön",
    nav=[("/", "Etusivu"), ("/yritys/", "Yritys"), ("/palvelut/", "Palvelut"), ("/yhteystiedot/", "Yhteystiedot")],
    pages={
        "/": ("Puusepänliike Mäkelä – Mittatilauskalusteet Tampereelta", """
<h1 class="elementor-heading-title">Mittatilauskeittiöt ja -kalusteet Pirkanmaalla</h1>

<p>Keittiöt, vaatekaapit ja portaat omalta verstaaltamme Hatanpäästä.</p>
"""),
        "/yritys/": ("Yritys – Puusepänliike Mäkelä", """
<h2 class="elementor-heading-title">Yritys</h2>

<p>Yritys on perustettu vuonna 1972, kun puusepänmestari Veikko Mäkelä avasi verstaansa Tampereen Hatanpäähän. Nykyään yritystä johtaa hänen poikansa Juha Mäkelä.</p>

<p>Puusepänliike Mäkelä työllistää 14 henkilöä. Vuonna 2018 verstas laajeni 600 neliömetriin.</p>
"""),
        "/palvelut/": ("Palvelut – Puusepänliike Mäkelä", """
<h2 class="elementor-heading-title">Palvelut</h2>

<ul><li>Keittiöt</li><li>Liukuovikaapit</li><li>Portaat ja kaiteet</li></ul>
"""),
        "/yhteystiedot/": ("Yhteystiedot – Puusepänliike Mäkelä", """
<h2 class="elementor-heading-title">Yhteystiedot</h2>

<p>Puusepänliike Mäkelä Oy<br>Hatanpään valtatie 48<br>33900 Tampere<br>Suomi</p>

<p>Y-tunnus 0417229-6 · puh. 03 265 1180</p>
"""),
    },
    footer='<p>Puusepänliike Mäkelä Oy · Hatanpään valtatie 48, 33900 Tampere · <a href="/yhteystiedot/">Yhteystiedot</a> · <a href="/yritys/">Yritys</a></p>',
    exp=dict(name="Puusepänliike Mäkelä", legal_name="Puusepänliike Mäkelä Oy", employee_count=14, employee_range_min=14, employee_range_max=14,
             founded_year=1972, street_address="Hatanpään valtatie 48", locality="Tampere", postal_code="33900", country_code="FI"),
    cc_ev="Suomi", people=["Veikko Mäkelä", "Juha Mäkelä"],
    traits=["wordpress-no-woo", "expansion-year-trap", "area-number-trap"],
    notes="'työllistää 14 henkilöä'; 'perustettu vuonna 1972'.",
))

A(dict(
    domain="vesiteknikka.fi", tpl="hubspot", lang="fi", html_lang="fi", name="Vesiteknikka Nordic", skip="Siirry sisältöön",
    nav=[("/", "Etusivu"), ("/ratkaisut", "Ratkaisut"), ("/meista", "Meistä"), ("/yhteystiedot", "Yhteystiedot")],
    pages={
        "/": ("Vesiteknikka Nordic – Vedenkäsittelyratkaisut", """
<h1>Vedenkäsittelyä teollisuudelle ja kunnille</h1>

<p>Suodatus, UV-desinfiointi ja kaukovalvonta. Yli 1 200 laitosta Suomessa ja Baltiassa.</p>
"""),
        "/ratkaisut": ("Ratkaisut – Vesiteknikka Nordic", """
<h2>Ratkaisut</h2>

<ul><li>Kalvosuodatus</li><li>UV-desinfiointi</li><li>Etävalvonta VT-Connect</li></ul>
"""),
        "/meista": ("Meistä – Vesiteknikka Nordic", """
<h2>Lyhyesti</h2>

<ul class="avainluvut"><li>Perustettu: 2006</li><li>Henkilöstö: 58</li><li>Liikevaihto 2024: 19,4 milj. €</li></ul>

<p>Vesiteknikka Nordic on osa ruotsalaista AquaNord-konsernia, joka työllistää noin 900 henkeä kuudessa maassa.</p>
"""),
        "/yhteystiedot": ("Yhteystiedot – Vesiteknikka Nordic", """
<h2>Yhteystiedot</h2>

<p>Vesiteknikka Nordic Oy<br>Tekniikantie 14<br>02150 Espoo<br>Suomi</p>

<p>Y-tunnus 2041876-3</p>
"""),
    },
    footer='<p>© 2025 Vesiteknikka Nordic Oy · Tekniikantie 14, 02150 Espoo · <a href="/yhteystiedot">Yhteystiedot</a> · <a href="/meista">Meistä</a></p>',
    exp=dict(name="Vesiteknikka Nordic", legal_name="Vesiteknikka Nordic Oy", employee_count=58, employee_range_min=58, employee_range_max=58,
             founded_year=2006, street_address="Tekniikantie 14", locality="Espoo", postal_code="02150", country_code="FI"),
    cc_ev="Suomi", people=[],
    traits=["fact-box-list", "group-headcount-trap", "revenue-year-trap", "installation-count-trap"],
    notes="'Henkilöstö: 58'. AquaNord group ~900 is the parent.",
))

# ---------------------------------------------------------------- Ireland
A(dict(
    domain="burrenslate.ie", tpl="squarespace", lang="en", html_lang="en-IE", name="Burren Slate Works", tz="Europe/Dublin",
    nav=[("/", "Home"), ("/our-story", "Our Story"), ("/products", "Products"), ("/contact", "Contact")],
    pages={
        "/": ("Burren Slate Works — Irish slate and limestone", """
<h1>Hand-finished Irish slate and limestone</h1>

<p>Hearths, worktops, headstones and house signs, cut and finished in our workshop on the edge of the Burren.</p>
"""),
        "/our-story": ("Our Story — Burren Slate Works", """
<h2>Our Story</h2>

<p>Established 1994 by stonemason Tomás Ó Loughlin, the workshop started out repairing field walls and church steps around north Clare. In 2016 we added a CNC saw that cuts pieces up to 3.2 metres.</p>

<p>Today a team of 12 stonemasons, cutters and fitters works from the yard in Ballyvaughan.</p>
"""),
        "/products": ("Products — Burren Slate Works", """
<h2>Products</h2>

<p>Liscannor flagstone, Kilkenny blue limestone, Valentia slate.</p>
"""),
        "/contact": ("Contact — Burren Slate Works", """
<h2>Contact</h2>

<p>Burren Slate Works Ltd<br>Kilfenora Road<br>Ballyvaughan, Co. Clare<br>V94 X2K7<br>Ireland</p>

<p>Registered in Ireland, CRO No. 219874</p>
"""),
    },
    footer='<p>Burren Slate Works Ltd · Kilfenora Road, Ballyvaughan, Co. Clare V94 X2K7 · <a href="/contact">Contact</a> · <a href="/our-story">Our Story</a></p>',
    exp=dict(name="Burren Slate Works", legal_name="Burren Slate Works Ltd", employee_count=12, employee_range_min=12, employee_range_max=12,
             founded_year=1994, street_address="Kilfenora Road", locality="Ballyvaughan", postal_code="V94 X2K7", country_code="IE"),
    cc_ev="Ireland", people=["Tomás Ó Loughlin"],
    traits=["team-of", "eircode", "machine-year-trap", "length-number-trap"],
    notes="'a team of 12'; 'Established 1994'.",
))

A(dict(
    domain="fernhillanalytics.ie", tpl="webflow", lang="en", html_lang="en", name="Fernhill Analytics", cookie="osano",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Fernhill Analytics", "legalName": "Fernhill Analytics Limited", "foundingDate": "2011",
            "numberOfEmployees": {"@type": "QuantitativeValue", "value": 38},
            "address": {"@type": "PostalAddress", "streetAddress": "14 Fitzwilliam Place", "addressLocality": "Dublin 2", "postalCode": "D02 YX51", "addressCountry": "IE"}},
    nav=[("/", "Home"), ("/services", "Services"), ("/about", "About"), ("/careers", "Careers"), ("/contact", "Contact")],
    pages={
        "/": ("Fernhill Analytics — Data engineering and analytics consultancy", """
<h1 class="heading-hero">Turn your data into decisions</h1>

<p>Data platforms, BI and machine learning for insurers, retailers and public bodies. 140+ projects delivered.</p>
"""),
        "/services": ("Services — Fernhill Analytics", """
<h2>Services</h2>

<ul><li>Data platform engineering</li><li>Power BI and Looker</li><li>Forecasting and ML</li></ul>
"""),
        "/about": ("About — Fernhill Analytics", """
<h2>About us</h2>

<p>Fernhill was founded in 2011 by two former actuaries who were tired of spreadsheets. Since 2019 we are part of Corrib Data Group, which has 300 staff across Ireland and the UK.</p>

<p>We employ 54 people across our offices in Dublin and Cork.</p>
"""),
        "/careers": ("Careers — Fernhill Analytics", """
<h2>Careers</h2>

<p>Senior Data Engineer (hybrid, 3 days in office) · Graduate Analyst 2026 intake.</p>
"""),
        "/contact": ("Contact — Fernhill Analytics", """
<h2>Contact</h2>

<p>14 Fitzwilliam Place<br>Dublin 2, D02 YX51<br>Ireland</p>

<p>Fernhill Analytics Limited, registered in Ireland No. 498213.</p>
"""),
    },
    footer='<p>© 2025 Fernhill Analytics Limited · <a href="/contact">Contact</a> · <a href="/about">About</a></p>',
    exp=dict(name="Fernhill Analytics", legal_name="Fernhill Analytics Limited", employee_count=54, employee_range_min=54, employee_range_max=54,
             founded_year=2011, street_address="14 Fitzwilliam Place", locality="Dublin", postal_code="D02 YX51", country_code="IE"),
    cc_ev="Ireland", people=[],
    traits=["we-employ", "stale-jsonld-employees", "group-headcount-trap", "acquisition-year-trap", "project-count-trap", "unscored:locality"],
    notes="'We employ 54 people'; JSON-LD value 38 is stale. Corrib Data Group 300 is the parent. Locality 'Dublin 2' vs 'Dublin': unscored.",
))

# ---------------------------------------------------------------- United Kingdom
A(dict(
    domain="hebdensoap.co.uk", tpl="shopify", lang="en", html_lang="en", name="Hebden Soap Company", cookie="none", cc_hint="GB", currency="GBP",
    announce="Free UK delivery on orders over £35", skip="Skip to content",
    shop_json={"shop": {"name": "Hebden Soap Company", "currency": "GBP", "locale": "en", "productCount": 47, "reviews": 2318}},
    nav=[("/", "Home"), ("/collections/soap", "Soap"), ("/pages/our-story", "Our story"), ("/pages/contact", "Contact"), ("/policies/terms-of-service", "Terms")],
    pages={
        "/": ("Hebden Soap Company – Cold-process soap from the Pennines", """
<h2 class="banner__heading h0">Small-batch soap, made in the Calder Valley</h2>

<p>Cold-process, palm-oil free and wrapped in recycled paper. Rated 4.9 from 2,318 reviews.</p>
"""),
        "/collections/soap": ("Soap – Hebden Soap Company", """
<h1>Soap</h1>

<ul class="grid product-grid"><li>Moorland Heather – £6.50</li><li>Oat &amp; Honey – £6.50</li></ul>
"""),
        "/pages/our-story": ("Our story – Hebden Soap Company", """
<h1>Our story</h1>

<p>Our story began in 2009 at a kitchen table in Heptonstall, when Kate started making soap for the Christmas market. In 2013 we moved into the old dye works by the canal.</p>

<p>There are 11 of us now, and we still cut every bar by hand.</p>
"""),
        "/pages/contact": ("Contact – Hebden Soap Company", """
<h1>Contact</h1>

<p>Hebden Soap Company Ltd<br>3 Bridge Gate<br>Hebden Bridge<br>HX7 8EX<br>United Kingdom</p>
"""),
        "/policies/terms-of-service": ("Terms of service – Hebden Soap Company", """
<h1>Terms of service</h1>

<p>This website is operated by Hebden Soap Company Ltd, registered in England &amp; Wales, company number 07012345, registered office 3 Bridge Gate, Hebden Bridge HX7 8EX.</p>
"""),
    },
    footer='<p>Hebden Soap Company Ltd</p><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/our-story">Our story</a></li><li><a href="/pages/contact">Contact</a></li><li><a href="/policies/terms-of-service">Terms</a></li></ul>',
    exp=dict(name="Hebden Soap Company", legal_name="Hebden Soap Company Ltd", employee_count=11, employee_range_min=11, employee_range_max=11,
             founded_year=2009, street_address="3 Bridge Gate", locality="Hebden Bridge", postal_code="HX7 8EX", country_code="GB"),
    cc_ev="United Kingdom", people=["Kate"],
    traits=["our-story-began", "review-count-trap", "move-year-trap", "company-number-trap", "inline-json-app-state"],
    notes="'There are 11 of us now'. 'Our story began in 2009'.",
))

A(dict(
    domain="carrickvane.co.uk", tpl="drupal", lang="en", html_lang="en-GB", name="Carrick & Vane", cookie="cookiebot",
    nav=[("/", "Home"), ("/about", "About us"), ("/people", "Our people"), ("/services", "Services"), ("/contact", "Contact")],
    extra={"/about": {"status": 301, "location": "https://carrickvane.co.uk/about-us"}},
    pages={
        "/": ("Carrick &amp; Vane LLP | Solicitors in Edinburgh", """
<p>Private client, property and commercial law for families and businesses across Scotland.</p>
"""),
        "/about-us": ("About us", """
<p>Carrick &amp; Vane was established in 1921 by Archibald Carrick and William Vane in chambers on George Street. The firm became a limited liability partnership in 2008 and moved to Queen Street in 2014.</p>

<p>Today we have more than 70 staff, including 14 partners, and we have been ranked by The Legal 500 every year since 2015.</p>
"""),
        "/people": ("Our people", """
<ul><li>Fiona MacLeod – Managing Partner, Private Client</li><li>Euan Dewar – Partner, Commercial Property</li><li>Priya Raman – Partner, Employment</li></ul>
"""),
        "/services": ("Services", """
<ul><li>Wills, trusts and executries</li><li>Residential and commercial property</li><li>Employment law</li></ul>
"""),
        "/contact": ("Contact", """
<p>Carrick &amp; Vane LLP<br>27 Queen Street<br>Edinburgh<br>EH2 1JX</p>

<p>0131 225 40 18 · DX ED 114</p>
"""),
    },
    footer='<p>Carrick &amp; Vane LLP is a limited liability partnership registered in Scotland (SO301877), registered office 27 Queen Street, Edinburgh EH2 1JX. Regulated by the Law Society of Scotland.</p><p><a href="/contact">Contact</a> · <a href="/about">About us</a></p>',
    exp=dict(name="Carrick & Vane", legal_name="Carrick & Vane LLP", employee_count=70, employee_range_min=70, employee_range_max=None,
             founded_year=1921, street_address="27 Queen Street", locality="Edinburgh", postal_code="EH2 1JX", country_code="GB"),
    cc_ev="Scotland", people=["Archibald Carrick", "William Vane", "Fiona MacLeod", "Euan Dewar", "Priya Raman"],
    traits=["internal-redirect-absolute", "more-than-N", "partner-subcount", "legal-form-change-year", "move-year-trap", "ranking-year-trap", "team-page", "html-entity-name"],
    notes="'/about' → 301 absolute 'https://carrickvane.co.uk/about-us'. 'more than 70 staff' → 70/min/null. 'registered in Scotland' → GB.",
))

A(dict(
    domain="thameside-roofing.co.uk", tpl="duda", lang="en", html_lang="en-GB", name="Thameside Roofing", cookie="cookieyes",
    robots="User-agent: *\nDisallow: /quote/\n", forbidden=["/quote/"],
    nav=[("/", "Home"), ("/about-us", "About us"), ("/services", "Services"), ("/quote/", "Get a quote"), ("/contact-us", "Contact us")],
    pages={
        "/": ("Thameside Roofing – Roofers in Reading and Berkshire", """
<h1>Roofing you can rely on, across Reading and Berkshire</h1>

<p>Slate and tile roofs, flat roofs, leadwork and guttering. Over 5,000 roofs repaired.</p>
"""),
        "/about-us": ("About us – Thameside Roofing", """
<h2>About us</h2>

<ul class="facts"><li>Family business since 1979</li><li>Employees: 26</li><li>Vans on the road: 11</li><li>TrustMark registered since 2017</li></ul>

<p>Every job comes with a 10-year guarantee, backed by our membership of the National Federation of Roofing Contractors.</p>
"""),
        "/services": ("Services – Thameside Roofing", """
<h2>Services</h2>

<ul><li>Pitched roofs</li><li>Flat roofs (EPDM, GRP)</li><li>Chimneys and leadwork</li></ul>
"""),
        "/quote/": ("Get a quote – Thameside Roofing", """
<p>Tell us about your roof and we will call you back within one working day.</p>
"""),
        "/contact-us": ("Contact us – Thameside Roofing", """
<h2>Contact us</h2>

<p>41 Oxford Road<br>Reading<br>Berkshire<br>RG1 7QG</p>

<p>0118 957 2290</p>
"""),
    },
    footer='<p>Thameside Roofing Ltd · Registered in England No. 04418270 · 41 Oxford Road, Reading RG1 7QG · <a href="/contact-us">Contact</a> · <a href="/about-us">About</a></p>',
    exp=dict(name="Thameside Roofing", legal_name="Thameside Roofing Ltd", employee_count=26, employee_range_min=26, employee_range_max=26,
             founded_year=1979, street_address="41 Oxford Road", locality="Reading", postal_code="RG1 7QG", country_code="GB"),
    cc_ev="England", people=[],
    traits=["fact-box-list", "robots-partial", "vehicle-count-trap", "membership-year-trap", "roof-count-trap", "guarantee-number-trap"],
    notes="'Employees: 26'; 'Family business since 1979'. robots forbids /quote/. 'Registered in England' → GB.",
))

# ---------------------------------------------------------------- Japan
A(dict(
    domain="yamaji-ss.co.jp", tpl="jimdo", lang="ja", html_lang="ja", name="山路製作所", cookie="plain",
    nav=[("/", "ホーム"), ("/company/", "会社概要"), ("/products/", "製品紹介"), ("/contact/", "お問い合わせ")],
    pages={
        "/": ("株式会社山路製作所｜精密板金・プレス加工", """
<h1>精密板金とプレス加工の山路製作所</h1>

<p>試作1個から量産まで、長野県松本市の自社工場で一貫生産しています。取引先は全国約180社です。</p>
"""),
        "/company/": ("会社概要｜株式会社山路製作所", """
<h2>会社概要</h2>

<table class="company-table"><tbody><tr><th>商号</th><td>株式会社山路製作所</td></tr><tr><th>設立</th><td>1968年4月</td></tr><tr><th>資本金</th><td>1,000万円</td></tr><tr><th>代表者</th><td>代表取締役 山路 健一</td></tr><tr><th>従業員数</th><td>45名</td></tr><tr><th>所在地</th><td>〒390-0852 長野県松本市島立1208番地</td></tr><tr><th>認証</th><td>ISO 9001（2003年取得）</td></tr></tbody></table>
"""),
        "/products/": ("製品紹介｜株式会社山路製作所", """
<h2>製品紹介</h2>

<ul><li>制御盤筐体</li><li>医療機器部品</li><li>農業機械用ブラケット</li></ul>
"""),
        "/contact/": ("お問い合わせ｜株式会社山路製作所", """
<h2>お問い合わせ</h2>

<p>TEL 0263-47-2215（平日8:00〜17:00）</p>
"""),
    },
    footer='<a href="/company/">会社概要</a> | <a href="/contact/">お問い合わせ</a> | © 株式会社山路製作所',
    exp=dict(name="山路製作所", legal_name="株式会社山路製作所", employee_count=45, employee_range_min=45, employee_range_max=45,
             founded_year=1968, street_address="島立1208番地", locality="松本市", postal_code="390-0852", country_code=None),
    people=["山路 健一"],
    traits=["japanese", "fact-box-table", "capital-number-trap", "certification-year-trap", "customer-count-trap", "unscored:country_code,street_address,locality"],
    notes="会社概要 table: 設立 1968年4月, 従業員数 45名. Japanese address split (prefecture/city/block) is ambiguous: street and locality unscored. No country written.",
))

# ---------------------------------------------------------------- Australia
A(dict(
    domain="saltbushleather.com.au", tpl="shopify", lang="en", html_lang="en-AU", name="Saltbush Leather Co.", cookie="none", cc_hint="AU", currency="AUD",
    announce="Free shipping Australia-wide over $150", skip="Skip to content",
    word_fields=["employee_count", "employee_range_min", "employee_range_max"],
    shop_json={"shop": {"name": "Saltbush Leather Co.", "currency": "AUD", "locale": "en", "productCount": 38}},
    nav=[("/", "Home"), ("/collections/all", "Shop"), ("/pages/about", "About"), ("/pages/contact", "Contact")],
    pages={
        "/": ("Saltbush Leather Co. – Handmade leather goods, Fremantle", """
<h2 class="banner__heading h0">Belts, wallets and bags, hand-stitched in Fremantle</h2>

<p>Full-grain Australian leather, saddle-stitched by hand and guaranteed for life.</p>
"""),
        "/collections/all": ("Shop – Saltbush Leather Co.", """
<h1>All products</h1>

<ul class="grid product-grid"><li>Kalgoorlie belt – $129</li><li>Bifold wallet – $89</li></ul>
"""),
        "/pages/about": ("About – Saltbush Leather Co.", """
<h1>About us</h1>

<p>We started cutting leather in a shed in Hilton back in 2013 and opened the Market Street workshop two years later. We're a crew of nine now – leatherworkers, a pattern maker and the folks who pack your orders.</p>
"""),
        "/pages/contact": ("Contact – Saltbush Leather Co.", """
<h1>Contact</h1>

<p>Workshop &amp; store: 12 Market Street, Fremantle WA 6160, Australia</p>

<p>Saltbush Leather Co Pty Ltd · ABN 41 162 874 309</p>
"""),
    },
    footer='<p>Saltbush Leather Co. · Est. 2013 · Fremantle, Western Australia</p><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/about">About</a></li><li><a href="/pages/contact">Contact</a></li></ul>',
    exp=dict(name="Saltbush Leather Co.", legal_name="Saltbush Leather Co Pty Ltd", employee_count=9, employee_range_min=9, employee_range_max=9,
             founded_year=2013, street_address="12 Market Street", locality="Fremantle", postal_code="6160", country_code="AU"),
    cc_ev="Australia", people=[],
    traits=["number-word-count", "est-abbreviation", "relative-year-trap", "abn-number-trap"],
    notes="'a crew of nine' = 9. 'Est. 2013' in footer and 'back in 2013'; 'two years later' (2015) = workshop.",
))

# ---------------------------------------------------------------- USA
A(dict(
    domain="ridgelinefab.com", tpl="webflow", lang="en", html_lang="en", name="Ridgeline Fabrication", cookie="osano",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Ridgeline Fabrication", "url": "https://www.ridgelinefab.com",
            "address": {"@type": "PostalAddress", "streetAddress": "63020 NE Lower Meadow Dr", "addressLocality": "Bend", "addressRegion": "OR", "postalCode": "97701", "addressCountry": "US"}},
    nav=[("/", "Home"), ("/capabilities", "Capabilities"), ("/about", "About"), ("/contact", "Contact")],
    pages={
        "/": ("Ridgeline Fabrication | Custom metal fabrication in Central Oregon", """
<h1 class="heading-hero">Structural steel, railings and custom fabrication</h1>

<p>Serving contractors and homeowners across Central Oregon. 2,500+ projects completed.</p>
"""),
        "/capabilities": ("Capabilities | Ridgeline Fabrication", """
<h2>Capabilities</h2>

<ul><li>Structural steel</li><li>Stairs and railings</li><li>CNC plasma and press brake</li></ul>
"""),
        "/about": ("About | Ridgeline Fabrication", """
<h2>About Ridgeline</h2>

<p>Ridgeline was founded in 1998 by welder Dale Hutchins, working out of a two-bay garage on Boyd Acres Road. We've been AWS certified since 2004.</p>

<p>Thirty-two people work in our 18,000 sq ft shop today – welders, fitters, drafters and a small office crew.</p>
"""),
        "/contact": ("Contact | Ridgeline Fabrication", """
<h2>Contact</h2>

<p>Ridgeline Fabrication LLC<br>63020 NE Lower Meadow Dr<br>Bend, OR 97701</p>

<p>(541) 382-7710 · CCB #184522</p>
"""),
    },
    footer='<p>© 2025 Ridgeline Fabrication LLC · Bend, Oregon · <a href="/contact">Contact</a> · <a href="/about">About</a></p>',
    word_fields=["employee_count", "employee_range_min", "employee_range_max"],
    exp=dict(name="Ridgeline Fabrication", legal_name="Ridgeline Fabrication LLC", employee_count=32, employee_range_min=32, employee_range_max=32,
             founded_year=1998, street_address="63020 NE Lower Meadow Dr", locality="Bend", postal_code="97701", country_code="US"),
    cc_ev='"addressCountry": "US"', people=["Dale Hutchins"],
    traits=["number-word-count", "x-people-work-at", "certification-year-trap", "area-number-trap", "license-number-trap"],
    notes="'Thirty-two people work in our ... shop' = 32. Country from JSON-LD.",
))

# ---------------------------------------------------------------- Canada (Québec)
A(dict(
    domain="ebenisteriegagnon.ca", tpl="odoo", lang="fr", html_lang="fr-CA", name="Ébénisterie Gagnon", cookie="plain", odoo_lang="fr_CA",
    odoo_copyright="Ébénisterie Gagnon inc.", skip="Aller au contenu",
    odoo_promo="Le #1 <a target=\"_blank\" href=\"http://www.odoo.com/app/website?utm_source=db&amp;utm_medium=website\">Constructeur de sites web Open Source</a>",
    nav=[("/", "Accueil"), ("/a-propos", "À propos"), ("/realisations", "Réalisations"), ("/contactus", "Nous joindre")],
    pages={
        "/": ("Ébénisterie Gagnon – Armoires de cuisine sur mesure, Sherbrooke", """
<h1>Armoires de cuisine et mobilier sur mesure en Estrie</h1>

<p>Érable, merisier et noyer du Québec. Plus de 2 500 cuisines installées.</p>
"""),
        "/a-propos": ("À propos | Ébénisterie Gagnon", """
<h2>Notre entreprise</h2>

<p>L'ébénisterie a été fondée en 1977 par Gilles Gagnon dans le garage familial, rue Galt. Sa fille Julie Gagnon en a pris la relève en 2012.</p>

<p>Nous employons 21 personnes, ébénistes, installateurs et designers, dans notre atelier de 1 400 m².</p>
"""),
        "/realisations": ("Réalisations | Ébénisterie Gagnon", """
<h2>Réalisations</h2>

<p>Cuisines, vanités de salle de bain, bibliothèques, comptoirs de commerces.</p>
"""),
        "/contactus": ("Nous joindre | Ébénisterie Gagnon", """
<h2>Nous joindre</h2>

<p>Ébénisterie Gagnon inc.<br>1450, rue King Ouest<br>Sherbrooke (Québec)  J1H 1S1<br>Canada</p>

<p>819 562-4410 · Licence RBQ 8001-4472-15</p>
"""),
    },
    footer='<p>Ébénisterie Gagnon inc. · 1450, rue King Ouest, Sherbrooke (Québec) J1H 1S1 · <a href="/contactus">Nous joindre</a> · <a href="/a-propos">À propos</a></p>',
    exp=dict(name="Ébénisterie Gagnon", legal_name="Ébénisterie Gagnon inc.", employee_count=21, employee_range_min=21, employee_range_max=21,
             founded_year=1977, street_address="1450, rue King Ouest", locality="Sherbrooke", postal_code="J1H 1S1", country_code="CA"),
    cc_ev="Canada", people=["Gilles Gagnon", "Julie Gagnon"],
    traits=["quebec-address-format", "we-employ", "succession-year-trap", "kitchen-count-trap", "license-number-trap"],
    notes="'Nous employons 21 personnes'. Québec address format with comma after the number.",
))

# ---------------------------------------------------------------- Chile
A(dict(
    domain="cerveceriacordillera.cl", tpl="wix", lang="es", html_lang="es", name="Cervecería Cordillera", cookie="plain",
    nav=[("/", "Inicio"), ("/nosotros", "Nosotros"), ("/cervezas", "Cervezas"), ("/contacto", "Contacto")],
    pages={
        "/": ("Cervecería Cordillera | Cerveza artesanal de Puerto Varas", """
<h1 class="font_0 wixui-rich-text__text">Cerveza artesanal con agua de los volcanes</h1>

<p class="font_8 wixui-rich-text__text">Lager, IPA y stout elaboradas a orillas del lago Llanquihue. Más de 90.000 litros al año.</p>
"""),
        "/nosotros": ("Nosotros | Cervecería Cordillera", """
<h2 class="font_2 wixui-rich-text__text">Nosotros</h2>

<p class="font_8 wixui-rich-text__text">2012: dos amigos, una olla de 50 litros y muchas ganas. Así partió Cordillera, en una bodega de Puerto Varas. En 2018 inauguramos el brewpub frente al lago.</p>

<p class="font_8 wixui-rich-text__text">Hoy somos un equipo de 13 personas entre la planta, el brewpub y la distribución.</p>
"""),
        "/cervezas": ("Cervezas | Cervecería Cordillera", """
<h2 class="font_2 wixui-rich-text__text">Nuestras cervezas</h2>

<ul class="font_8 wixui-rich-text__text"><li>Osorno Lager 4,8°</li><li>Calbuco IPA 6,5°</li><li>Llanquihue Stout 5,9°</li></ul>
"""),
        "/contacto": ("Contacto | Cervecería Cordillera", """
<h2 class="font_2 wixui-rich-text__text">Contacto</h2>

<p class="font_8 wixui-rich-text__text">Avenida Gramado 1120<br>Puerto Varas, Región de Los Lagos<br>Chile</p>

<p class="font_8 wixui-rich-text__text">Cervecería Cordillera SpA · RUT 76.218.447-3</p>
"""),
    },
    footer='<p class="font_9 wixui-rich-text__text">© Cervecería Cordillera SpA · <a href="/contacto">Contacto</a> · <a href="/nosotros">Nosotros</a> · Beber con moderación</p>',
    exp=dict(name="Cervecería Cordillera", legal_name="Cervecería Cordillera SpA", employee_count=13, employee_range_min=13, employee_range_max=13,
             founded_year=2012, street_address="Avenida Gramado 1120", locality="Puerto Varas", postal_code=None, country_code="CL"),
    cc_ev="Chile", people=[],
    traits=["year-starts-sentence", "team-of", "no-postal-code", "volume-trap", "brewpub-year-trap"],
    notes="'2012: dos amigos ...' = founding. 'un equipo de 13 personas'. No postal code on the site (common in Chile).",
))
