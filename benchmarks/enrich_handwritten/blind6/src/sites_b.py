# Netherlands, Belgium, France, Romania, Czechia
SITES = []
A = SITES.append

# ---------------------------------------------------------------- Netherlands
A(dict(
    domain="bakkerijvandongen.nl", tpl="wix", lang="nl", html_lang="nl", name="Bakkerij Van Dongen", cookie="cookiebot",
    nav=[("/", "Home"), ("/over-ons", "Over ons"), ("/assortiment", "Assortiment"), ("/winkels", "Onze winkels")],
    pages={
        "/": ("Bakkerij Van Dongen | Ambachtelijk brood uit Breda", """
<h1 class="font_0 wixui-rich-text__text">Elke nacht vers gebakken, al vier generaties lang</h1>

<p class="font_8 wixui-rich-text__text">Zuurdesembrood, Bossche bollen en de beste appeltaart van Breda (volgens onze klanten). Bestel vóór 14.00 uur, morgen ophalen.</p>
"""),
        "/over-ons": ("Over ons | Bakkerij Van Dongen", """
<h2 class="font_2 wixui-rich-text__text">Over ons</h2>

<p class="font_8 wixui-rich-text__text">Sinds 1931 bakken wij brood aan de Ginnekenweg. Overgrootvader Kees begon met een houtoven en een bakfiets; inmiddels staat de vierde generatie achter de toonbank.</p>

<p class="font_8 wixui-rich-text__text">Met 22 medewerkers in de bakkerij en onze twee winkels bakken we iedere dag zo'n 1.400 broden. In 2016 is de bakkerij volledig verbouwd.</p>
"""),
        "/assortiment": ("Assortiment | Bakkerij Van Dongen", """
<h2 class="font_2 wixui-rich-text__text">Assortiment</h2>

<ul class="font_8 wixui-rich-text__text"><li>Desem-volkoren</li><li>Bossche bollen</li><li>Limburgse vlaai op bestelling</li></ul>
"""),
        "/winkels": ("Onze winkels | Bakkerij Van Dongen", """
<h2 class="font_2 wixui-rich-text__text">Bakkerij &amp; winkel Ginneken</h2>

<p class="font_8 wixui-rich-text__text">Ginnekenweg 112<br>4818 JK Breda<br>ma–za 7.00–18.00</p>

<h2 class="font_2 wixui-rich-text__text">Winkel Haagse Beemden</h2>

<p class="font_8 wixui-rich-text__text">Haagweg 30<br>4814 GE Breda</p>
"""),
    },
    footer='<p class="font_9 wixui-rich-text__text">Bakkerij Van Dongen V.O.F. · Ginnekenweg 112, 4818 JK Breda · KvK 20063421 · <a href="/winkels">Winkels</a> · <a href="/over-ons">Over ons</a></p>',
    exp=dict(name="Bakkerij Van Dongen", legal_name="Bakkerij Van Dongen V.O.F.", employee_count=22, employee_range_min=22, employee_range_max=22,
             founded_year=1931, street_address="Ginnekenweg 112", locality="Breda", postal_code="4818 JK", country_code=None),
    people=["Kees"],
    traits=["branch-address-trap", "volume-trap", "renovation-year-trap", "unscored:country_code"],
    notes="'Met 22 medewerkers'; 'Sinds 1931'. Second shop (Haagweg 30) is a branch; seat is Ginnekenweg in the footer. No country written.",
))

A(dict(
    domain="hoekstra-installatietechniek.nl", tpl="divi", lang="nl", html_lang="nl-NL", name="Hoekstra Installatietechniek", cookie="complianz",
    skip="Ga naar inhoud",
    footer_bottom='Website door <a href="https://www.noordwebdesign.nl">Noord Webdesign B.V.</a>',
    nav=[("/", "Home"), ("/over-ons/", "Over ons"), ("/diensten/", "Diensten"), ("/werken-bij/", "Werken bij"), ("/contact/", "Contact")],
    pages={
        "/": ("Hoekstra Installatietechniek – Verwarming, sanitair en elektra in Friesland", """
<h1>Uw installateur in Leeuwarden en omgeving</h1>

<p>Warmtepompen, cv-onderhoud, badkamers en elektra. Wij onderhouden meer dan 1.500 installaties in heel Friesland.</p>
"""),
        "/over-ons/": ("Over ons – Hoekstra Installatietechniek", """
<h2>Over ons</h2>

<p>Installatiebedrijf Hoekstra is opgericht in 1978 door Sjoerd Hoekstra, destijds loodgieter met één bestelbus. Zijn zoon Jelle Hoekstra leidt het bedrijf sinds 2009.</p>

<p>Vandaag werken er ruim 40 vakmensen bij ons: monteurs, engineers, werkvoorbereiders en een eigen servicedesk. Sinds 2001 zijn we VCA**-gecertificeerd.</p>
"""),
        "/diensten/": ("Diensten – Hoekstra Installatietechniek", """
<h2>Diensten</h2>

<ul><li>Warmtepompen en zonneboilers</li><li>Cv-onderhoud en storingsdienst</li><li>Badkamerrenovatie</li><li>Elektrotechniek</li></ul>
"""),
        "/werken-bij/": ("Werken bij – Hoekstra Installatietechniek", """
<h2>Werken bij Hoekstra</h2>

<p>Wij zoeken een Eerste monteur W-installaties (38 uur). Een eigen bus, opleidingsbudget en goede secundaire arbeidsvoorwaarden.</p>
"""),
        "/contact/": ("Contact – Hoekstra Installatietechniek", """
<h2>Contact</h2>

<p>Celsiusweg 21<br>8912 AM Leeuwarden</p>

<p>058 – 266 31 40 · info@hoekstra-installatietechniek.nl<br>Storingsdienst 24/7: 058 – 266 31 49</p>
"""),
    },
    footer='<p><strong>Installatiebedrijf Hoekstra B.V.</strong><br>Celsiusweg 21, 8912 AM Leeuwarden<br>KvK 01098765 · BTW NL001234567B01</p><p><a href="/contact/">Contact</a> | <a href="/over-ons/">Over ons</a></p>',
    exp=dict(name="Hoekstra Installatietechniek", legal_name="Installatiebedrijf Hoekstra B.V.", employee_count=40, employee_range_min=40, employee_range_max=None,
             founded_year=1978, street_address="Celsiusweg 21", locality="Leeuwarden", postal_code="8912 AM", country_code=None),
    people=["Sjoerd Hoekstra", "Jelle Hoekstra"],
    traits=["more-than-N", "certification-year-trap", "succession-year-trap", "installation-count-trap", "job-hours-trap", "agency-legal-name-trap", "unscored:country_code,name"],
    notes="'ruim 40 vakmensen' → 40/min 40/max null. Brand 'Hoekstra Installatietechniek' vs 'Installatiebedrijf Hoekstra': name unscored. No country.",
))

A(dict(
    domain="fietsfabrieknoord.nl", tpl="webflow", lang="nl", html_lang="nl", name="Fietsfabriek Noord", cookie="cookiebot", home="/nl/",
    nav=[("/nl/", "Home"), ("/nl/fietsen", "Fietsen"), ("/nl/ons-verhaal", "Ons verhaal"), ("/nl/contact", "Contact"), ("/nl/algemene-voorwaarden", "Voorwaarden")],
    extra={"/": {"status": 301, "location": "/nl/"}},
    pages={
        "/nl/": ("Fietsfabriek Noord – Handgebouwde stadsfietsen uit Groningen", """
<h1 class="hero-heading">Stalen stadsfietsen, met de hand gelast in Groningen</h1>

<p class="hero-paragraph">Op maat gebouwd, tien jaar garantie op het frame. Al 3.200 fietsen afgeleverd.</p>
"""),
        "/nl/fietsen": ("Fietsen – Fietsfabriek Noord", """
<h2>Modellen</h2>

<ul><li>Noorderling – 8 versnellingen</li><li>Diepenring – transportfiets</li><li>Hunze – e-bike met middenmotor</li></ul>
"""),
        "/nl/ons-verhaal": ("Ons verhaal – Fietsfabriek Noord", """
<h2>Ons verhaal</h2>

<p>Het begon in 2010 in een schuurtje in Haren, waar Bram de eerste frames laste voor vrienden. In 2014 verhuisden we naar de werkplaats aan het Zuiderdiep.</p>

<p>Inmiddels bouwt, verkoopt en repareert ons team van 19 mensen zo'n 350 fietsen per jaar.</p>
"""),
        "/nl/contact": ("Contact – Fietsfabriek Noord", """
<h2>Werkplaats &amp; showroom</h2>

<p>Zuiderdiep 88<br>9711 HM Groningen<br>Nederland</p>

<p>di–za 10.00–17.30 · 050 – 312 77 04</p>
"""),
        "/nl/algemene-voorwaarden": ("Algemene voorwaarden – Fietsfabriek Noord", """
<h2>Algemene voorwaarden</h2>

<p>Deze voorwaarden zijn van toepassing op alle aanbiedingen van Fietsfabriek Noord B.V., gevestigd aan het Zuiderdiep 88 te Groningen, ingeschreven bij de KvK onder nummer 50874321.</p>
"""),
    },
    footer='<p>Fietsfabriek Noord B.V. · KvK 50874321 · <a href="/nl/contact">Contact</a> · <a href="/nl/algemene-voorwaarden">Voorwaarden</a> · <a href="/nl/ons-verhaal">Ons verhaal</a></p>',
    exp=dict(name="Fietsfabriek Noord", legal_name="Fietsfabriek Noord B.V.", employee_count=19, employee_range_min=19, employee_range_max=19,
             founded_year=2010, street_address="Zuiderdiep 88", locality="Groningen", postal_code="9711 HM", country_code="NL"),
    cc_ev="Nederland", people=["Bram"],
    traits=["home-redirect-relative", "our-story-began", "move-year-trap", "product-count-trap", "team-of"],
    notes="'/' → 301 '/nl/'. 'Het begon in 2010' = founding; 2014 = move. 'ons team van 19 mensen'.",
))

A(dict(
    domain="lpbrabant.nl", tpl="hubspot", lang="nl", html_lang="nl", name="Logistiek Partners Brabant", skip="Naar de inhoud",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Logistiek Partners Brabant", "url": "https://www.lpbrabant.nl",
            "parentOrganization": {"@type": "Organization", "name": "Vervoort Groep"},
            "address": {"@type": "PostalAddress", "streetAddress": "Kraaivenstraat 36", "postalCode": "5048 AB", "addressLocality": "Tilburg", "addressCountry": "NL"}},
    nav=[("/", "Home"), ("/over-ons", "Over ons"), ("/warehousing", "Warehousing"), ("/vacatures", "Vacatures"), ("/contact", "Contact")],
    pages={
        "/": ("Logistiek Partners Brabant | Warehousing en fulfilment", """
<h1>Opslag, fulfilment en distributie vanuit het hart van Brabant</h1>

<p>62.000 palletplaatsen, dagelijks tot 9.000 orderregels. Voor webshops, groothandels en fabrikanten.</p>
"""),
        "/over-ons": ("Over ons | Logistiek Partners Brabant", """
<h2>LPB in het kort</h2>

<ul class="kerncijfers"><li><strong>Opgericht:</strong> 2003</li><li><strong>Medewerkers:</strong> circa 85</li><li><strong>Vestigingen:</strong> Tilburg en Waalwijk</li><li><strong>Magazijnoppervlak:</strong> 48.000 m²</li></ul>

<p>LPB is onderdeel van de Vervoort Groep, een familiebedrijf met ca. 600 medewerkers in de Benelux.</p>
"""),
        "/warehousing": ("Warehousing | Logistiek Partners Brabant", """
<h2>Warehousing</h2>

<p>Bulk- en stellingopslag, temperatuurgeconditioneerd (15–25 °C), AEO-gecertificeerd sinds 2012.</p>
"""),
        "/vacatures": ("Vacatures | Logistiek Partners Brabant", """
<h2>Vacatures</h2>

<p>Orderpicker (24–40 uur), Teamleider Inbound, Medewerker Customer Service.</p>
"""),
        "/contact": ("Contact | Logistiek Partners Brabant", """
<h2>Contact</h2>

<p>Logistiek Partners Brabant B.V.<br>Kraaivenstraat 36<br>5048 AB Tilburg</p>

<p>013 – 205 88 00</p>
"""),
    },
    footer='<p>© 2025 Logistiek Partners Brabant B.V. · KvK 18076543 · <a href="/contact">Contact</a> · <a href="/over-ons">Over ons</a></p>',
    exp=dict(name="Logistiek Partners Brabant", legal_name="Logistiek Partners Brabant B.V.", employee_count=85, employee_range_min=85, employee_range_max=85,
             founded_year=2003, street_address="Kraaivenstraat 36", locality="Tilburg", postal_code="5048 AB", country_code="NL"),
    cc_ev='"addressCountry": "NL"', people=[],
    traits=["fact-box-list", "about-N", "group-headcount-trap", "pallet-count-trap", "certification-year-trap", "job-hours-trap"],
    notes="'Medewerkers: circa 85' (about N → 85). Vervoort Groep 600 is the parent. Country from JSON-LD.",
))

# ---------------------------------------------------------------- Belgium
A(dict(
    domain="schaliken.be", tpl="jimdo", lang="nl", html_lang="nl-BE", name="Brouwerij 't Schaliken", cookie="plain",
    word_fields=["employee_count", "employee_range_min", "employee_range_max"],
    nav=[("/", "Home"), ("/ons-verhaal/", "Ons verhaal"), ("/bieren/", "Bieren"), ("/bezoek/", "Bezoek"), ("/contact/", "Contact")],
    pages={
        "/": ("Brouwerij &#39;t Schaliken – Vlaamse Ardennen", """
<h1>Brouwerij &#39;t Schaliken</h1>

<p>Oud bruin, tripel en seizoensbieren, gebrouwen in een oude hoeve in de Vlaamse Ardennen.</p>
"""),
        "/ons-verhaal/": ("Ons verhaal – Brouwerij &#39;t Schaliken", """
<h2>Ons verhaal</h2>

<p>Sinds 1992 brouwen wij in de schuur van de hoeve waar de familie al sinds 1870 boert. De eerste brouwketel kwam uit een gesloten brouwerij in Ronse.</p>

<p>We zijn met z&#39;n zevenen: vier brouwers, iemand voor de bottelarij en twee mensen in het proeflokaal en de administratie.</p>
"""),
        "/bieren/": ("Bieren – Brouwerij &#39;t Schaliken", """
<h2>Onze bieren</h2>

<ul><li>Schaliken Oud Bruin 6,2 %</li><li>Schaliken Tripel 8,5 %</li><li>Hopduvel (seizoensbier)</li></ul>
"""),
        "/bezoek/": ("Bezoek – Brouwerij &#39;t Schaliken", """
<h2>Rondleidingen</h2>

<p>Elke zaterdag om 14 uur, max. 25 personen. Proeflokaal open vrijdag tot zondag.</p>
"""),
        "/contact/": ("Contact – Brouwerij &#39;t Schaliken", """
<h2>Contact</h2>

<p>Brouwerij &#39;t Schaliken BV<br>Materstraat 41<br>9700 Oudenaarde<br>België</p>

<p>BTW BE 0448.221.706 · RPR Gent, afdeling Oudenaarde</p>
"""),
    },
    footer='<a href="/contact/">Contact</a> | <a href="/ons-verhaal/">Ons verhaal</a> | Brouwerij &#39;t Schaliken BV | <a href="/bezoek/">Bezoek</a>',
    exp=dict(name="Brouwerij 't Schaliken", legal_name="Brouwerij 't Schaliken BV", employee_count=7, employee_range_min=7, employee_range_max=7,
             founded_year=1992, street_address="Materstraat 41", locality="Oudenaarde", postal_code="9700", country_code="BE"),
    cc_ev="België", people=[],
    traits=["flemish", "number-word-count", "html-entity-apostrophe", "farm-vs-brewery-year", "visitor-count-trap", "abv-number-trap"],
    notes="'met z'n zevenen' = 7. Brewery since 1992; the family farm since 1870 is not the business founding (brewery is the company).",
))

A(dict(
    domain="menuiserie-lemaire.be", tpl="odoo", lang="fr", html_lang="fr-BE", name="Menuiserie Lemaire", cookie="plain", odoo_lang="fr_BE",
    odoo_copyright="Menuiserie Lemaire SRL", skip="Aller au contenu",
    odoo_promo="Le #1 <a target=\"_blank\" href=\"http://www.odoo.com/app/website?utm_source=db&amp;utm_medium=website\">Constructeur de sites web Open Source</a>",
    nav=[("/", "Accueil"), ("/notre-atelier", "Notre atelier"), ("/realisations", "Réalisations"), ("/contactus", "Contact")],
    pages={
        "/": ("Menuiserie Lemaire – Châssis, portes et escaliers sur mesure à Namur", """
<h1>Menuiserie intérieure et extérieure sur mesure</h1>

<p>Châssis bois et bois-alu, escaliers, cuisines et dressings, fabriqués dans notre atelier de Vedrin.</p>
"""),
        "/notre-atelier": ("Notre atelier | Menuiserie Lemaire", """
<h2>Notre atelier</h2>

<p>Fondée en 1989 par Michel Lemaire, la menuiserie est reprise en 2015 par sa fille Caroline et son associé. L'atelier a été agrandi en 2020 (1.800 m²).</p>

<p>Notre équipe compte 12 personnes : menuisiers d'atelier, poseurs, un dessinateur et le bureau.</p>
"""),
        "/realisations": ("Réalisations | Menuiserie Lemaire", """
<h2>Réalisations</h2>

<p>Plus de 400 chantiers en province de Namur et dans le Brabant wallon depuis la reprise.</p>
"""),
        "/contactus": ("Contact | Menuiserie Lemaire", """
<h2>Contactez-nous</h2>

<p>Menuiserie Lemaire SRL<br>Rue de la Gare 18<br>5020 Vedrin<br>Belgique</p>

<p>Tél. 081 21 64 90</p>
"""),
    },
    footer='<p>Menuiserie Lemaire SRL – Rue de la Gare 18 – 5020 Vedrin – TVA BE 0438.551.902 – <a href="/contactus">Contact</a> – <a href="/notre-atelier">Notre atelier</a></p>',
    exp=dict(name="Menuiserie Lemaire", legal_name="Menuiserie Lemaire SRL", employee_count=12, employee_range_min=12, employee_range_max=12,
             founded_year=1989, street_address="Rue de la Gare 18", locality="Vedrin", postal_code="5020", country_code="BE"),
    cc_ev="Belgique", people=["Michel Lemaire", "Caroline"],
    traits=["takeover-year-trap", "expansion-year-trap", "area-number-trap", "project-count-trap"],
    notes="'Notre équipe compte 12 personnes'. Founded 1989; 2015 takeover; 2020 expansion.",
))

A(dict(
    domain="cobalt-ingenierie.be", tpl="drupal", lang="fr", html_lang="nl-BE", name="Cobalt Ingénierie", cookie="cookiebot",
    skip="Aller au contenu principal",
    nav=[("/", "Accueil"), ("/qui-sommes-nous", "Qui sommes-nous"), ("/equipe", "Équipe"), ("/references", "Références"), ("/mentions-legales", "Mentions légales")],
    pages={
        "/": ("Cobalt Ingénierie – Bureau d'études techniques à Bruxelles", """
<p>Bureau d'études en techniques spéciales : HVAC, électricité, performance énergétique des bâtiments (PEB) et certification BREEAM.</p>
"""),
        "/qui-sommes-nous": ("Qui sommes-nous", """
<p>Créé en 2001 par trois ingénieurs issus de l'ULB, Cobalt a grandi avec les grands chantiers de rénovation bruxellois. Plus de 300 projets livrés, dont 45 certifiés BREEAM.</p>

<p>Nous sommes aujourd'hui entre 40 et 45 ingénieurs, techniciens et dessinateurs, selon les périodes et les stages.</p>
"""),
        "/equipe": ("Équipe", """
<ul><li>Nathalie Vandenbroucke – administratrice déléguée</li><li>Karim Benali – directeur technique HVAC</li><li>Pieter Claes – responsable PEB</li></ul>
"""),
        "/references": ("Références", """
<p>Rénovation de la Maison communale d'Ixelles (2018) · Immeuble de bureaux « Quartier Nord », 22.000 m² (2021) · Écoles du Réseau bruxellois (2023)</p>
"""),
        "/mentions-legales": ("Mentions légales", """
<p>Éditeur : Cobalt Ingénierie SA – Rue de Stassart 48, 1050 Ixelles (Bruxelles), Belgique – BCE 0474.302.117 – RPM Bruxelles.</p>

<p>Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France.</p>
"""),
    },
    footer='<p>Cobalt Ingénierie SA · Rue de Stassart 48 · 1050 Ixelles · <a href="/mentions-legales">Mentions légales</a> · <a href="/qui-sommes-nous">Qui sommes-nous</a></p>',
    exp=dict(name="Cobalt Ingénierie", legal_name="Cobalt Ingénierie SA", employee_count=None, employee_range_min=40, employee_range_max=45,
             founded_year=2001, street_address="Rue de Stassart 48", locality="Ixelles", postal_code="1050", country_code="BE"),
    cc_ev="Belgique", people=["Nathalie Vandenbroucke", "Karim Benali", "Pieter Claes"],
    traits=["wrong-html-lang", "range-headcount", "host-address-trap", "project-count-trap", "team-page", "unscored:locality"],
    notes="<html lang=nl-BE> but French content. 'entre 40 et 45' → range only. OVH's Roubaix address is the host. Locality Ixelles vs Bruxelles: unscored.",
))

# ---------------------------------------------------------------- France
A(dict(
    domain="fromagerie-aravis.fr", tpl="prestashop", lang="fr", html_lang="fr-fr", name="La Fromagerie des Aravis", cookie="tarteaucitron",
    ps_lang_name="Français (French)", ps_country="8", ps_contact='<a href="/nous-contacter">Contactez-nous</a>',
    robots="User-agent: *\nDisallow: /commande\nDisallow: /mon-compte\n", forbidden=["/commande"],
    nav=[("/", "Accueil"), ("/content/4-qui-sommes-nous", "Qui sommes-nous"), ("/nous-contacter", "Contact"), ("/content/2-mentions-legales", "Mentions légales"), ("/commande", "Commander")],
    pages={
        "/": ("La Fromagerie des Aravis – Reblochon fermier et tomme de Savoie", """
<h2>Reblochon fermier AOP, affiné dans nos caves</h2>

<p>Expédition en colis réfrigéré partout en France métropolitaine sous 48 h. Plus de 15 000 colis envoyés l'an dernier.</p>
"""),
        "/content/4-qui-sommes-nous": ("Qui sommes-nous", """
<p>La fromagerie a été créée en 2002 par Anne et Julien Besson, fils et fille d'alpagistes. Nos caves d'affinage ont été creusées sous la maison en 2011.</p>

<p>Nous sommes 8 passionnés, entre la boutique, les caves et l'expédition, et nous travaillons avec 23 fermes du massif.</p>
"""),
        "/nous-contacter": ("Contact", """
<p>La Fromagerie des Aravis<br>7 place Avet<br>74230 Thônes<br>France</p>

<p>Tél. 04 50 02 18 66</p>
"""),
        "/content/2-mentions-legales": ("Mentions légales", """
<p>Le site fromagerie-aravis.fr est édité par Fromagerie des Aravis SARL, au capital de 20 000 €, RCS Annecy 443 218 906, siège social : 7 place Avet, 74230 Thônes. Directeur de la publication : Julien Besson.</p>

<p>Conception : Alpaweb SAS, 12 avenue de Genève, 74000 Annecy.</p>
"""),
        "/commande": ("Commande", """
<p>Votre panier est vide.</p>
"""),
    },
    footer='<p>Fromagerie des Aravis SARL<br>7 place Avet, 74230 Thônes<br>France</p><ul><li><a href="/content/4-qui-sommes-nous">Qui sommes-nous</a></li><li><a href="/content/2-mentions-legales">Mentions légales</a></li></ul>',
    exp=dict(name="La Fromagerie des Aravis", legal_name="Fromagerie des Aravis SARL", employee_count=8, employee_range_min=8, employee_range_max=8,
             founded_year=2002, street_address="7 place Avet", locality="Thônes", postal_code="74230", country_code="FR"),
    cc_ev="France", people=["Anne", "Julien Besson"],
    traits=["robots-partial", "farm-count-trap", "parcel-count-trap", "cellar-year-trap", "agency-address-trap"],
    notes="'Nous sommes 8 passionnés'. robots forbids /commande. Agency Alpaweb SAS address in mentions légales.",
))

A(dict(
    domain="lumen-architectes.fr", tpl="squarespace", lang="fr", html_lang="fr-FR", name="Studio Lumen", tz="Europe/Paris",
    nav=[("/", "Accueil"), ("/projets", "Projets"), ("/agence", "L'agence"), ("/contact", "Contact"), ("/mentions-legales", "Mentions légales")],
    pages={
        "/": ("Studio Lumen — Architecture & intérieur, Lyon", """
<h1>Architecture, réhabilitation et architecture intérieure</h1>

<p>Logements, équipements publics et lieux de travail en Auvergne-Rhône-Alpes.</p>
"""),
        "/projets": ("Projets — Studio Lumen", """
<h2>Projets</h2>

<p>Groupe scolaire de la Duchère (2022) · Réhabilitation de 64 logements à Villeurbanne (2020) · Tiers-lieu La Soierie (2019, Prix Équerre d'argent, mention)</p>
"""),
        "/agence": ("L'agence — Studio Lumen", """
<h2>L'agence</h2>

<p>Fondé en 2010 par Claire Dumas et Hugo Perrin, Studio Lumen s'est installé sur les pentes de la Croix-Rousse en 2013.</p>

<p>Notre équipe de 14 architectes, architectes d'intérieur et économistes travaille en atelier ouvert.</p>
"""),
        "/contact": ("Contact — Studio Lumen", """
<h2>Contact</h2>

<p>24 rue Sainte-Catherine<br>69001 Lyon</p>

<p>04 78 28 61 03 · bonjour@lumen-architectes.fr</p>
"""),
        "/mentions-legales": ("Mentions légales — Studio Lumen", """
<h2>Mentions légales</h2>

<p>Lumen Architectes SARL d'architecture, capital 10 000 €, RCS Lyon 522 107 880, inscrite à l'Ordre des architectes Auvergne-Rhône-Alpes sous le n° S14672. Siège : 24 rue Sainte-Catherine, 69001 Lyon, France.</p>
"""),
    },
    footer='<p>Studio Lumen · 24 rue Sainte-Catherine, 69001 Lyon · <a href="/mentions-legales">Mentions légales</a> · <a href="/agence">L\'agence</a></p>',
    exp=dict(name="Studio Lumen", legal_name="Lumen Architectes SARL d'architecture", employee_count=14, employee_range_min=14, employee_range_max=14,
             founded_year=2010, street_address="24 rue Sainte-Catherine", locality="Lyon", postal_code="69001", country_code="FR"),
    cc_ev="France", people=["Claire Dumas", "Hugo Perrin"],
    traits=["team-of", "move-year-trap", "award-year-trap", "dwelling-count-trap", "order-number-trap"],
    notes="'Notre équipe de 14 ...'. 2013 = move.",
))

A(dict(
    domain="transports-gauthier.fr", tpl="wix", lang="fr", html_lang="fr", name="Transports Gauthier", cookie="axeptio",
    nav=[("/", "Accueil"), ("/entreprise", "L'entreprise"), ("/flotte", "Notre flotte"), ("/recrutement", "Recrutement"), ("/mentions-legales", "Mentions légales")],
    pages={
        "/": ("Transports Gauthier | Transport routier et logistique en Bretagne", """
<h1 class="font_0 wixui-rich-text__text">Transport frigorifique et messagerie régionale depuis Rennes</h1>

<p class="font_8 wixui-rich-text__text">120 véhicules, 4 quais de cross-docking, livraisons J+1 dans tout le Grand Ouest.</p>
"""),
        "/entreprise": ("L'entreprise | Transports Gauthier", """
<h2 class="font_2 wixui-rich-text__text">Une entreprise familiale</h2>

<p class="font_8 wixui-rich-text__text">Depuis 1968, trois générations de Gauthier se sont succédé à la tête de l'entreprise, fondée avec un seul camion par Raymond Gauthier.</p>

<p class="font_8 wixui-rich-text__text">Plus de 60 salariés – conducteurs, exploitants, mécaniciens – font rouler nos camions chaque jour. Certifiés ISO 14001 depuis 2016.</p>
"""),
        "/flotte": ("Notre flotte | Transports Gauthier", """
<h2 class="font_2 wixui-rich-text__text">Notre flotte</h2>

<p class="font_8 wixui-rich-text__text">Semi-remorques frigorifiques, porteurs 19 t, véhicules utilitaires. Âge moyen : 3,5 ans.</p>
"""),
        "/recrutement": ("Recrutement | Transports Gauthier", """
<h2 class="font_2 wixui-rich-text__text">Nous recrutons</h2>

<p class="font_8 wixui-rich-text__text">Conducteurs SPL (CDI, 35 h + heures sup.), mécanicien PL.</p>
"""),
        "/mentions-legales": ("Mentions légales | Transports Gauthier", """
<h2 class="font_2 wixui-rich-text__text">Mentions légales</h2>

<p class="font_8 wixui-rich-text__text">Transports Gauthier SAS – capital 250 000 € – 12 rue de la Frébardière, 35510 Cesson-Sévigné, France – RCS Rennes 302 614 579 – TVA FR 41 302614579.</p>

<p class="font_8 wixui-rich-text__text">Hébergement : Wix.com Ltd., 40 Namal Tel Aviv St., Tel Aviv 6350671, Israël.</p>
"""),
    },
    footer='<p class="font_9 wixui-rich-text__text">Transports Gauthier · 12 rue de la Frébardière · 35510 Cesson-Sévigné · <a href="/mentions-legales">Mentions légales</a> · <a href="/entreprise">L\'entreprise</a></p>',
    exp=dict(name="Transports Gauthier", legal_name="Transports Gauthier SAS", employee_count=60, employee_range_min=60, employee_range_max=None,
             founded_year=1968, street_address="12 rue de la Frébardière", locality="Cesson-Sévigné", postal_code="35510", country_code="FR"),
    cc_ev="France", people=["Raymond Gauthier"],
    traits=["more-than-N", "vehicle-count-trap", "certification-year-trap", "host-address-trap", "job-hours-trap"],
    notes="'Plus de 60 salariés' → 60/min/null. Wix host address in mentions légales.",
))

A(dict(
    domain="boulangerie-mercier.fr", tpl="divi", lang="fr", html_lang="fr-FR", name="Boulangerie Mercier", status="failed",
    nav=[("/", "Accueil"), ("/notre-histoire/", "Notre histoire")],
    extra={"/": {"status": 500, "html": "<!DOCTYPE html><html><head><title>Erreur de base de données</title></head><body><h1>Erreur lors de la connexion à la base de données</h1></body></html>"}},
    pages={
        "/notre-histoire/": ("Notre histoire – Boulangerie Mercier", """
<h2>Notre histoire</h2>

<p>Boulangerie fondée en 1974 à Tours. Nous sommes 9 à pétrir, cuire et vendre.</p>
"""),
    },
    footer='<p>Boulangerie Mercier SARL – 31 rue Nationale, 37000 Tours</p>',
    traits=["http-500-home"],
    notes="Home page returns 500 (WordPress database error).",
))

# ---------------------------------------------------------------- Romania
A(dict(
    domain="miereapuseni.ro", tpl="elementor", lang="ro", html_lang="ro-RO", name="Miere de Apuseni", cookie="cookieyes",
    view_cart="Vezi coșul", cart_url="/cos/", skip="Sari la conținut",
    nav=[("/", "Acasă"), ("/magazin/", "Magazin"), ("/despre-noi/", "Despre noi"), ("/contact/", "Contact"), ("/termeni-si-conditii/", "Termeni și condiții")],
    pages={
        "/": ("Miere de Apuseni – Miere crudă de munte", """
<h1 class="elementor-heading-title">Miere crudă din Munții Apuseni</h1>

<p>Miere de salcâm, de tei și de fâneață, extrasă la rece. Peste 600 de stupi în zona Arieșeni.</p>
"""),
        "/magazin/": ("Magazin – Miere de Apuseni", """
<h2 class="elementor-heading-title">Magazin</h2>

<ul class="products"><li>Miere de salcâm 500 g – 38 lei</li><li>Miere de tei 500 g – 34 lei</li><li>Polen crud 250 g – 45 lei</li></ul>
"""),
        "/despre-noi/": ("Despre noi – Miere de Apuseni", """
<h2 class="elementor-heading-title">Despre noi</h2>

<p>Din 2008 îngrijim stupii familiei în pastoral, de la Arieșeni până în Câmpia Transilvaniei. Firma am înființat-o în 2012, când am deschis prima hală de extracție.</p>

<p>Echipa noastră de 7 oameni se ocupă de stupi, de ambalare și de comenzile online.</p>
"""),
        "/contact/": ("Contact – Miere de Apuseni", """
<h2 class="elementor-heading-title">Contact</h2>

<p>Strada Fabricii 28<br>400632 Cluj-Napoca<br>România</p>

<p>Tel. 0744 218 903</p>
"""),
        "/termeni-si-conditii/": ("Termeni și condiții – Miere de Apuseni", """
<h2 class="elementor-heading-title">Termeni și condiții</h2>

<p>Site-ul miereapuseni.ro este operat de Apuseni Bee S.R.L., CUI RO30418277, J12/2871/2012, cu sediul în Strada Fabricii 28, 400632 Cluj-Napoca.</p>
"""),
    },
    footer='<p>© 2025 Apuseni Bee S.R.L. · <a href="/termeni-si-conditii/">Termeni și condiții</a> · <a href="/despre-noi/">Despre noi</a> · <a href="https://anpc.ro">ANPC</a></p>',
    exp=dict(name="Miere de Apuseni", legal_name="Apuseni Bee S.R.L.", employee_count=7, employee_range_min=7, employee_range_max=7,
             founded_year=None, street_address="Strada Fabricii 28", locality="Cluj-Napoca", postal_code="400632", country_code="RO"),
    cc_ev="România", people=[],
    traits=["woocommerce", "hive-count-trap", "hobby-vs-company-year", "unscored:founded_year"],
    notes="'Echipa noastră de 7 oameni'. Family beekeeping since 2008 vs company founded 2012: ambiguous, founded_year unscored.",
))

A(dict(
    domain="temelia-construct.ro", tpl="joomla", lang="ro", html_lang="ro-ro", name="Construct Temelia", cookie="cookieyes",
    skip="Salt la conținutul principal",
    nav=[("/", "Acasă"), ("/despre-noi", "Despre noi"), ("/proiecte", "Proiecte"), ("/contact", "Contact")],
    pages={
        "/": ("Construct Temelia – Construcții civile și industriale în Iași", """
<p>Antreprenor general pentru clădiri rezidențiale, hale industriale și lucrări de consolidare în Moldova.</p>
"""),
        "/despre-noi": ("Despre noi", """
<p>Construct Temelia a fost înființată în 2001 de ing. Mihai Ursache, pornind de la o echipă de 12 oameni. În 2019 am inaugurat noua bază de utilaje din Miroslava.</p>

<p>Astăzi avem peste 80 de angajați: ingineri, maiștri, dulgheri, fierari-betoniști și operatori de utilaje. Certificări ISO 9001, 14001 și 45001.</p>
"""),
        "/proiecte": ("Proiecte", """
<p>Peste 150 de proiecte finalizate, între care Ansamblul rezidențial Copou Park (2020, 210 apartamente) și hala logistică Lețcani (2022, 18.000 m²).</p>
"""),
        "/contact": ("Contact", """
<p>Construct Temelia S.R.L.<br>Strada Păcurari 138<br>700545 Iași, România</p>

<p>CUI RO14022790 · J22/1204/2001 · Tel. 0232 214 560</p>
"""),
    },
    footer='<p>© Construct Temelia S.R.L. · Strada Păcurari 138, 700545 Iași · <a href="/contact">Contact</a> · <a href="/despre-noi">Despre noi</a></p>',
    exp=dict(name="Construct Temelia", legal_name="Construct Temelia S.R.L.", employee_count=80, employee_range_min=80, employee_range_max=None,
             founded_year=2001, street_address="Strada Păcurari 138", locality="Iași", postal_code="700545", country_code="RO"),
    cc_ev="România", people=["Mihai Ursache"],
    traits=["more-than-N", "initial-headcount-trap", "project-count-trap", "apartment-count-trap", "expansion-year-trap"],
    notes="'peste 80 de angajați' → 80/min/null; 12 = initial team in 2001.",
))

# ---------------------------------------------------------------- Czechia
A(dict(
    domain="pekarnaumlyna.cz", tpl="duda", lang="cs", html_lang="cs", name="Pekárna U Mlýna", cookie="cookieyes",
    skip="Přeskočit na obsah",
    nav=[("/", "Úvod"), ("/o-nas", "O nás"), ("/sortiment", "Sortiment"), ("/prodejny", "Prodejny"), ("/kontakt", "Kontakt")],
    pages={
        "/": ("Pekárna U Mlýna – Kváskový chléb z Brna", """
<h1>Poctivý kváskový chléb a koláče z Brna</h1>

<p>Pečeme každou noc z mouky z mlýna v Hrušovanech. Denně rozvážíme do 40 kaváren a obchodů.</p>
"""),
        "/o-nas": ("O nás – Pekárna U Mlýna", """
<h2>O nás</h2>

<p>Od roku 1995 pečeme chleba podle receptů, které se v rodině předávají už tři generace. Budovu bývalého mlýna na Křenové jsme zrekonstruovali v roce 2012.</p>

<p>Pracuje u nás 17 lidí – pekaři, cukrářky, řidiči i prodavačky v našich dvou prodejnách.</p>
"""),
        "/sortiment": ("Sortiment – Pekárna U Mlýna", """
<h2>Sortiment</h2>

<ul><li>Žitný kváskový chléb 1 kg</li><li>Moravské koláče</li><li>Rohlíky a vánočky</li></ul>
"""),
        "/prodejny": ("Prodejny – Pekárna U Mlýna", """
<h2>Prodejny</h2>

<p>Křenová 61, Brno (u pekárny) · Kounicova 14, Brno</p>
"""),
        "/kontakt": ("Kontakt – Pekárna U Mlýna", """
<h2>Kontakt</h2>

<p>Pekárna U Mlýna s.r.o.<br>Křenová 61<br>602 00 Brno<br>Česká republika</p>

<p>IČO: 25518721 · DIČ: CZ25518721<br>Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 31822.</p>
"""),
    },
    footer='<p>© 2025 Pekárna U Mlýna s.r.o. · <a href="/kontakt">Kontakt</a> · <a href="/o-nas">O nás</a></p>',
    exp=dict(name="Pekárna U Mlýna", legal_name="Pekárna U Mlýna s.r.o.", employee_count=17, employee_range_min=17, employee_range_max=17,
             founded_year=1995, street_address="Křenová 61", locality="Brno", postal_code="602 00", country_code="CZ"),
    cc_ev="Česká republika", people=[],
    traits=["x-people-work-at", "renovation-year-trap", "customer-count-trap", "branch-address-trap"],
    notes="'Pracuje u nás 17 lidí'; 'Od roku 1995'. 2012 = reconstruction.",
))

A(dict(
    domain="horak-bizuterie.cz", tpl="prestashop", lang="cs", html_lang="cs-cz", name="Horák Bižuterie", cookie="plain",
    ps_lang_name="Čeština (Czech)", ps_login="Přihlásit se", ps_cart="Košík", ps_home="Domů", ps_store_info="Informace o obchodě",
    ps_powered="E-shop vytvořen pomocí PrestaShop", ps_country="16", ps_contact='<a href="/kontaktujte-nas">Kontaktujte nás</a>',
    jsonld='{"@context": "https://schema.org", "@type": "Organization", "name": "Skleněná bižuterie Horák s.r.o.", "foundingDate": "2009", "address": {"@type": "PostalAddress", "streetAddress": "Podhorská 42", "addressLocality": "Jablonec nad Nisou", "postalCode": "466 01",}, }',
    nav=[("/", "Domů"), ("/content/4-o-nas", "O nás"), ("/kontaktujte-nas", "Kontakt"), ("/content/3-obchodni-podminky", "Obchodní podmínky")],
    pages={
        "/": ("Horák Bižuterie – Skleněné korálky z Jablonce", """
<h2>Skleněné korálky, knoflíky a bižuterie z Jizerských hor</h2>

<p>Více než 4 500 druhů mačkaných a vinutých perlí skladem. Dodáváme do 30 zemí.</p>
"""),
        "/content/4-o-nas": ("O nás", """
<p>Firma byla založena v roce 1991. Zakladatel Jaroslav Horák byl mačkař s třicetiletou praxí. E-shop provozujeme od roku 2009.</p>

<p>Dnes zaměstnáváme 34 pracovníků ve výrobě, na brusírně a ve skladu.</p>
"""),
        "/kontaktujte-nas": ("Kontakt", """
<p>Skleněná bižuterie Horák s.r.o.<br>Podhorská 42<br>466 01 Jablonec nad Nisou<br>Česká republika</p>

<p>IČO 46712453</p>
"""),
        "/content/3-obchodni-podminky": ("Obchodní podmínky", """
<p>Prodávající: Skleněná bižuterie Horák s.r.o., se sídlem Podhorská 42, 466 01 Jablonec nad Nisou, IČO 46712453, zapsaná v obchodním rejstříku vedeném Krajským soudem v Ústí nad Labem, oddíl C, vložka 2190.</p>
"""),
    },
    footer='<p>Skleněná bižuterie Horák s.r.o.<br>Podhorská 42<br>466 01 Jablonec nad Nisou</p><ul><li><a href="/content/4-o-nas">O nás</a></li><li><a href="/content/3-obchodni-podminky">Obchodní podmínky</a></li></ul>',
    exp=dict(name="Horák Bižuterie", legal_name="Skleněná bižuterie Horák s.r.o.", employee_count=34, employee_range_min=34, employee_range_max=34,
             founded_year=1991, street_address="Podhorská 42", locality="Jablonec nad Nisou", postal_code="466 01", country_code="CZ"),
    cc_ev="Česká republika", people=["Jaroslav Horák"],
    traits=["jsonld-broken-trailing-comma", "jsonld-wrong-founding-date", "webshop-year-trap", "product-count-trap", "country-count-trap", "unscored:name"],
    notes="Broken JSON-LD with foundingDate 2009 (web-shop launch); company founded 1991. Brand vs legal name: name unscored.",
))
