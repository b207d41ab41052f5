"""France, Belgium, Luxembourg, Netherlands, UK, Ireland."""
from common import ex, site, redirect, NULL

SITES = []

# ---------------------------------------------------------------- Menuiserie Gaillard (Divi, FR)
_nav = [("/", "Accueil"), ("/notre-histoire/", "Notre histoire"), ("/realisations/", "Réalisations"), ("/recrutement/", "Recrutement"),
        ("/contact/", "Contact")]
_foot = """<h4>Menuiserie Gaillard &amp; Fils</h4><p>12 rue des Artisans<br>ZA des Glaisins<br>74370 Argonay</p><p>04 50 27 13 88</p>
<p><a href="/mentions-legales/">Mentions légales</a> – <a href="/politique-de-confidentialite/">Politique de confidentialité</a></p>"""
SITES.append(site(
    "menuiserie-gaillard.fr", "wp_divi", "fr", "Menuiserie Gaillard & Fils", _nav, {
        "/": ("Menuiserie Gaillard & Fils – Menuiserie bois et alu en Haute-Savoie", """
<h1>Menuisiers de père en fils depuis trois générations</h1>
<p>Fenêtres, portes d'entrée, escaliers, agencement intérieur et chalets : nous fabriquons dans notre atelier d'Argonay et posons
dans tout le bassin annécien.</p>
<p>Entreprise certifiée RGE Qualibat depuis 2013 – vos travaux peuvent bénéficier de MaPrimeRénov'.</p>
<p><a href="/notre-histoire/">Découvrir notre histoire</a></p>
"""),
        "/notre-histoire/": ("Notre histoire – Menuiserie Gaillard & Fils", """
<h1>Notre histoire</h1>
<p>L'entreprise a été créée en 1952 par Marcel Gaillard, menuisier-charpentier à Annecy-le-Vieux. En 1979, son fils Bernard
reprend l'affaire et se spécialise dans la fenêtre sur mesure. En 1998, l'atelier déménage dans la zone artisanale d'Argonay,
puis s'agrandit en 2011. Depuis 2020, c'est Julien Gaillard, le petit-fils, qui dirige l'entreprise.</p>
<p>Nous sommes aujourd'hui 28 salariés, dont 5 apprentis, et nous posons chaque année plus de 1 200 menuiseries.</p>
"""),
        "/realisations/": ("Réalisations", "<h1>Nos réalisations</h1><p>Chalet à Manigod – 2023 · Escalier hélicoïdal à Talloires – 2022 · Bureaux à Seynod – 2021</p>"),
        "/recrutement/": ("Recrutement – Menuiserie Gaillard & Fils", """
<h1>Rejoignez-nous !</h1><p>Nous recrutons un poseur menuisier (H/F) en CDI et un apprenti CAP menuisier pour la rentrée 2025.</p>
<p>Envoyez CV et lettre à <a href="mailto:emploi@menuiserie-gaillard.fr">emploi@menuiserie-gaillard.fr</a>.</p>
"""),
        "/contact/": ("Contact – Menuiserie Gaillard & Fils", """
<h1>Contact</h1><p>Menuiserie Gaillard &amp; Fils<br>12 rue des Artisans<br>ZA des Glaisins<br>74370 Argonay</p><p>Tél. 04 50 27 13 88</p>
<p>Showroom ouvert du lundi au vendredi, 8h–12h / 13h30–17h30.</p>
"""),
        "/mentions-legales/": ("Mentions légales – Menuiserie Gaillard & Fils", """
<h1>Mentions légales</h1>
<h2>Éditeur du site</h2><p>SARL Menuiserie Gaillard et Fils, au capital de 80 000 €<br>Siège social : 12 rue des Artisans, 74370 Argonay, France<br>
RCS Annecy 352 118 904 – SIRET 352 118 904 00027 – TVA FR 41 352118904<br>Directeur de la publication : Julien Gaillard, gérant</p>
<h2>Hébergement</h2><p>OVH SAS, 2 rue Kellermann, 59100 Roubaix, France</p>
<h2>Conception</h2><p>Site réalisé par l'agence Lac &amp; Pixel (SAS Lac et Pixel, Annecy)</p>
"""),
        "/politique-de-confidentialite/": ("Politique de confidentialité", "<h1>Politique de confidentialité</h1><p>Gestion des cookies : tarteaucitron.js</p>"),
    }, _foot,
    ex("Menuiserie Gaillard & Fils", "SARL Menuiserie Gaillard et Fils", 28, 1952, "12 rue des Artisans", "Argonay", "74370", "FR", "fr"),
    html_lang="fr-FR", cookie="tarteaucitron",
    people=["Marcel Gaillard", "Bernard", "Julien Gaillard"],
    traits=["family-firm", "host-address-trap", "agency-credit", "certification-year-trap", "product-count-trap",
            "apprentices-included", "industrial-zone-line", "job-page"],
    notes="28 salariés incl. 5 apprentis. 1952 founding; 1979/1998/2011/2020 later. OVH and agency addresses are traps. 'ZA des Glaisins' is a separate line, not part of the street."))

# ---------------------------------------------------------------- Atelier Lemoine Rivière (Squarespace, FR)
_nav = [("/", "Projets"), ("/agence", "Agence"), ("/actualites", "Actualités"), ("/contact", "Contact")]
_foot = """<p>Atelier Lemoine Rivière — 3 quai de Versailles, 44000 Nantes — contact@lemoine-riviere.fr</p><p><a href="/mentions-legales">Mentions légales</a></p>"""
SITES.append(site(
    "lemoine-riviere.fr", "squarespace", "fr", "Atelier Lemoine Rivière", _nav, {
        "/": ("Atelier Lemoine Rivière — architectes à Nantes", """
<h1>Architecture, urbanisme, réhabilitation</h1>
<p><strong>Maison de quartier Doulon</strong> — livrée en 2023<br><strong>42 logements bois, Rezé</strong> — livrés en 2021<br>
<strong>Réhabilitation d'une conserverie de 1902</strong> — Chantenay, 2019</p>
"""),
        "/agence": ("Agence — Atelier Lemoine Rivière", """
<h1>L'agence</h1>
<p>Fondée en 2006 par Claire Lemoine et Hugo Rivière, l'agence s'est installée quai de Versailles en 2012, au bord de l'Erdre.</p>
<p>L'agence compte aujourd'hui 14 personnes : architectes, architectes d'intérieur, une économiste et une assistante de direction.
Nous avons livré plus de 90 logements bois et une quinzaine d'équipements publics.</p>
<p>Prix régional de la construction bois 2018 · Équerre d'argent, nomination 2022</p>
<p><em>Nous recherchons un·e architecte chef·fe de projet (CDI). Portfolio à envoyer à Hugo Rivière.</em></p>
"""),
        "/actualites": ("Actualités — Atelier Lemoine Rivière", """
<h1>Actualités</h1><p><strong>Mars 2024</strong> — Lauréats du concours pour le groupe scolaire de Saint-Herblain.</p>
<p><strong>Novembre 2023</strong> — Inauguration de la maison de quartier Doulon.</p>
"""),
        "/contact": ("Contact — Atelier Lemoine Rivière", "<h1>Contact</h1><p>3 quai de Versailles<br>44000 Nantes</p><p>02 40 35 18 62</p>"),
        "/mentions-legales": ("Mentions légales — Atelier Lemoine Rivière", """
<h1>Mentions légales</h1><p>Atelier Lemoine Rivière SAS, société d'architecture au capital de 10 000 €<br>3 quai de Versailles, 44000 Nantes<br>
RCS Nantes 489 552 031<br>Inscrite au tableau de l'Ordre des architectes des Pays de la Loire sous le n° S13207 depuis 2007</p>
<p>Directeurs de la publication : Claire Lemoine, Hugo Rivière</p><p>Hébergeur : Squarespace Ireland Ltd., Le Pole House, Ship Street Great, Dublin 8, Irlande</p>
"""),
    }, _foot,
    ex("Atelier Lemoine Rivière", "Atelier Lemoine Rivière SAS", 14, 2006, "3 quai de Versailles", "Nantes", "44000", None, "fr"),
    html_lang="fr-FR", cookie="",
    people=["Claire Lemoine", "Hugo Rivière"],
    traits=["professional-architecture", "project-count-trap", "award-year-trap", "registration-year-trap", "relocation-year-trap",
            "building-year-trap", "host-address-trap", "unscored:country_code"],
    notes="14 personnes. Founded 2006; Ordre registration 2007 and move 2012 are traps. No country written (only Irlande for the host)."))

# ---------------------------------------------------------------- Fruitière des Quatre Villages (PrestaShop, FR)
_nav = [("/", "Accueil"), ("/3-fromages", "Nos fromages"), ("/content/4-la-fruitiere", "La fruitière"), ("/content/6-notre-histoire", "Notre histoire"),
        ("/contact", "Contact")]
_foot = """<div class="col-md-4 links"><p class="h3">Informations</p><ul><li><a href="/content/2-mentions-legales">Mentions légales</a></li>
<li><a href="/content/3-conditions-generales-de-vente">CGV</a></li><li><a href="/content/1-livraison">Livraison</a></li></ul></div>
<div class="col-md-4 block-contact"><p class="h4">Informations sur la boutique</p>Fruitière des Quatre Villages<br>2 rue de la Fruitière<br>39460 Foncine-le-Haut<br>France</div>"""
SITES.append(site(
    "fruitiere-quatre-villages.fr", "prestashop", "fr", "Fruitière des Quatre Villages", _nav, {
        "/": ("Fruitière des Quatre Villages – Comté AOP et Morbier", """
<section class="featured-products"><h1>Comté AOP affiné dans nos caves</h1>
<p>Comté 6, 12, 18 et 24 mois, Morbier, Bleu de Gex et beurre de baratte – expédiés chez vous en 48 h.</p>
<div class="products"><article class="product-miniature"><h3>Comté 18 mois – 500 g</h3><span class="price">14,90 €</span></article>
<article class="product-miniature"><h3>Morbier AOP – 400 g</h3><span class="price">8,40 €</span></article></div></section>
"""),
        "/3-fromages": ("Nos fromages", "<h1>Nos fromages</h1><p>12 produits</p>"),
        "/content/4-la-fruitiere": ("La fruitière", """
<h1>La fruitière</h1>
<p>Notre fruitière est une coopérative : elle appartient aux producteurs de lait de Foncine-le-Haut et des villages voisins.
Le lait de 31 exploitations, exclusivement des vaches montbéliardes, est transformé chaque matin en meules de Comté.</p>
<p>Aujourd'hui, la fruitière emploie 9 salariés – fromagers, affineur et vendeuses du magasin – et fabrique environ 4 800 meules par an.</p>
"""),
        "/content/6-notre-histoire": ("Notre histoire", """
<h1>Notre histoire</h1>
<ul><li>1898 : la fruitière est fondée par les paysans de quatre villages du haut Jura.</li>
<li>1952 : construction de la cave d'affinage voûtée.</li><li>1958 : le Comté obtient l'appellation d'origine.</li>
<li>1976 : mise en service de la fromagerie actuelle.</li><li>2009 : ouverture du magasin de vente directe.</li>
<li>2022 : nouvelle cave de 3 000 places.</li></ul>
"""),
        "/contact": ("Contact", "<h1>Contactez-nous</h1><p>Fruitière des Quatre Villages, 2 rue de la Fruitière, 39460 Foncine-le-Haut</p><p>03 84 51 90 27</p>"),
        "/content/2-mentions-legales": ("Mentions légales", """
<h1>Mentions légales</h1><p>Société coopérative agricole Fruitière des Quatre Villages<br>2 rue de la Fruitière, 39460 Foncine-le-Haut, France<br>
Agrément coopératif n° 11.127 – SIRET 776 120 482 00014<br>Président : Gérard Vuillet</p>
<p>Hébergement : o2switch, Chemin des Pardiaux, 63000 Clermont-Ferrand</p>
"""),
        "/content/3-conditions-generales-de-vente": ("CGV", "<h1>Conditions générales de vente</h1><p>Livraison Chronofresh.</p>"),
        "/content/1-livraison": ("Livraison", "<h1>Livraison</h1><p>Expédition du lundi au mercredi.</p>"),
    }, _foot,
    ex("Fruitière des Quatre Villages", "Société coopérative agricole Fruitière des Quatre Villages", 9, 1898, "2 rue de la Fruitière",
       "Foncine-le-Haut", "39460", "FR", "fr"),
    html_lang="fr", cookie="axeptio", ctx={"contact_href": "/contact"},
    people=["Gérard Vuillet"],
    traits=["agricultural-cooperative", "webshop", "member-farm-count-trap", "production-count-trap", "aoc-year-trap",
            "history-list", "host-address-trap", "price-numbers"],
    notes="9 salariés; 31 farms and 4,800 wheels are traps. 1898 founding; 1958 AOC year is a trap."))

# ---------------------------------------------------------------- Thermibat Ingénierie (Drupal, FR)
_nav = [("/", "Accueil"), ("/qui-sommes-nous", "Qui sommes-nous"), ("/references", "Références"), ("/carrieres", "Carrières"), ("/contact", "Contact")]
_foot = """<p><strong>Thermibat Ingénierie</strong><br>14 avenue de l'Europe<br>31520 Ramonville-Saint-Agne</p>
<p><a href="/mentions-legales">Mentions légales</a> · <a href="/plan-du-site">Plan du site</a></p>"""
SITES.append(site(
    "thermibat-ingenierie.fr", "drupal", "fr", "Thermibat Ingénierie", _nav, {
        "/": ("Thermibat Ingénierie – Bureau d'études fluides et énergie", """
<h1>Bureau d'études CVC, plomberie, électricité et thermique</h1><p>Nous concevons les installations techniques de bâtiments tertiaires,
hospitaliers et d'enseignement en Occitanie et en Nouvelle-Aquitaine.</p><p><a href="/qui-sommes-nous">Qui sommes-nous ?</a></p>
"""),
        "/qui-sommes-nous": ("Qui sommes-nous – Thermibat Ingénierie", """
<h1>Qui sommes-nous ?</h1>
<p>Créé en 1991 à Toulouse par Laurent Fabre, Thermibat Ingénierie réunit aujourd'hui plus de 40 ingénieurs et techniciens
répartis entre Ramonville-Saint-Agne et notre antenne de Bordeaux.</p>
<p>Depuis 2018, Thermibat fait partie du groupe Ekovia, qui compte 650 collaborateurs en France.</p>
<p>Qualifications OPQIBI depuis 1996 · plus de 800 projets réalisés · 35 M€ de travaux suivis chaque année.</p>
"""),
        "/references": ("Références", "<h1>Références</h1><ul><li>CHU de Purpan – bâtiment Q – 2022</li><li>Lycée Pierre-Paul Riquet – 2021</li></ul>"),
        "/carrieres": ("Carrières – Thermibat Ingénierie", "<h1>Carrières</h1><p>Nous recrutons : ingénieur·e CVC confirmé·e, projeteur·se Revit MEP, alternant·e BTS Fluides.</p>"),
        "/contact": ("Contact – Thermibat Ingénierie", """
<h1>Contact</h1><p>Thermibat Ingénierie<br>14 avenue de l'Europe<br>31520 Ramonville-Saint-Agne<br>France</p>
<p>Antenne Bordeaux : 25 rue Lucien Faure, 33300 Bordeaux</p>
"""),
        "/mentions-legales": ("Mentions légales – Thermibat Ingénierie", """
<h1>Mentions légales</h1><p>Thermibat Ingénierie SAS au capital de 150 000 €<br>14 avenue de l'Europe, 31520 Ramonville-Saint-Agne<br>
RCS Toulouse 381 992 106<br>Président : Laurent Fabre</p>
<p>Conception et développement : Agence Pixelis Sud SARL, 8 rue des Lois, 31000 Toulouse</p>
"""),
        "/plan-du-site": ("Plan du site", "<h1>Plan du site</h1>"),
    }, _foot,
    ex("Thermibat Ingénierie", "Thermibat Ingénierie SAS", ("gt", 40), 1991, "14 avenue de l'Europe", "Ramonville-Saint-Agne", "31520", "FR", "fr"),
    html_lang="fr", cookie="axeptio",
    people=["Laurent Fabre"],
    traits=["professional-engineering", "group-headcount-trap", "acquisition-year-trap", "certification-year-trap",
            "project-count-trap", "branch-address-trap", "agency-credit-with-address"],
    notes="'plus de 40 ingénieurs et techniciens' = count 40, max null; group Ekovia 650 is a trap. Agency and Bordeaux branch addresses are traps."))

# ---------------------------------------------------------------- Imprimerie Dumont-Lenoir (Astra, BE fr)
_nav = [("/", "Accueil"), ("/l-entreprise/", "L'entreprise"), ("/savoir-faire/", "Savoir-faire"), ("/emplois/", "Emplois"), ("/contact/", "Contact")]
_foot = """<div class="footer-widget-area"><p><strong>Imprimerie Dumont-Lenoir</strong><br>Rue Hayeneux 62<br>4040 Herstal<br>Belgique</p>
<p>TVA BE 0401.234.567</p><p><a href="/mentions-legales/">Mentions légales</a> | <a href="/vie-privee/">Vie privée</a></p></div>"""
SITES.append(site(
    "dumont-lenoir.be", "wp_astra", "fr", "Imprimerie Dumont-Lenoir", _nav, {
        "/": ("Imprimerie Dumont-Lenoir – Impression offset et numérique à Liège", """
<h1>Votre imprimeur à Herstal</h1><p>Brochures, catalogues, emballages et étiquettes : offset, numérique et finition sous un même toit.</p>
<p><a href="/l-entreprise/">Qui sommes-nous ?</a></p>
"""),
        "/l-entreprise/": ("L'entreprise – Imprimerie Dumont-Lenoir", """
<h1>Une imprimerie familiale depuis 1931</h1>
<p>C'est en 1931 que Joseph Dumont ouvre un petit atelier de typographie rue Large Voie. Après la guerre, son gendre Albert Lenoir
le rejoint et l'entreprise prend le nom de Dumont-Lenoir. L'imprimerie s'installe rue Hayeneux en 1974 ; une presse huit couleurs
est installée en 2016.</p>
<p>Nos 38 collaborateurs impriment chaque année plus de 12 millions de feuilles pour quelque 1 500 clients en Belgique et
aux Pays-Bas. Certifiés FSC et PEFC depuis 2008.</p>
<p>L'entreprise est dirigée par Sophie Lenoir, arrière-petite-fille du fondateur.</p>
"""),
        "/savoir-faire/": ("Savoir-faire", "<h1>Savoir-faire</h1><ul><li>Offset Heidelberg 8 couleurs</li><li>Numérique HP Indigo</li><li>Façonnage et reliure</li></ul>"),
        "/emplois/": ("Emplois – Imprimerie Dumont-Lenoir", "<h1>Nous engageons</h1><p>Conducteur offset (H/F/X) – équipe de nuit – contrat à durée indéterminée.</p>"),
        "/contact/": ("Contact", "<h1>Contact</h1><p>Rue Hayeneux 62<br>4040 Herstal<br>Belgique</p><p>+32 4 264 18 90</p>"),
        "/mentions-legales/": ("Mentions légales – Imprimerie Dumont-Lenoir", """
<h1>Mentions légales</h1><p>Imprimerie Dumont-Lenoir SA<br>Siège social : Rue Hayeneux 62, 4040 Herstal, Belgique<br>
Numéro d'entreprise (BCE) : 0401.234.567 – RPM Liège, division Liège<br>Administratrice déléguée : Sophie Lenoir</p>
"""),
        "/vie-privee/": ("Vie privée", "<h1>Politique de vie privée</h1>"),
    }, _foot,
    ex("Imprimerie Dumont-Lenoir", "Imprimerie Dumont-Lenoir SA", 38, 1931, "Rue Hayeneux 62", "Herstal", "4040", "BE", "fr"),
    html_lang="fr-BE", cookie="cookieyes",
    people=["Joseph Dumont", "Albert Lenoir", "Sophie Lenoir"],
    traits=["family-firm", "sentence-initial-year", "relocation-year-trap", "equipment-year-trap", "volume-count-trap",
            "client-count-trap", "certification-year-trap"],
    notes="38 collaborateurs; 1931 founding; 1974/2016/2008 are other years."))

# ---------------------------------------------------------------- Verhaegen & Co (Joomla, BE nl, wrong lang)
_nav = [("/", "Home"), ("/over-ons", "Over ons"), ("/diensten", "Diensten"), ("/vacatures", "Vacatures"), ("/contact", "Contact")]
_foot = """<p>Accountantskantoor Verhaegen &amp; Co · Meensesteenweg 212 · 8800 Roeselare · T 051 22 14 90</p>
<p><a href="/juridische-informatie">Juridische informatie</a> · <a href="/privacy">Privacybeleid</a></p>"""
SITES.append(site(
    "verhaegen-co.be", "joomla", "nl", "Accountantskantoor Verhaegen & Co", _nav, {
        "/": ("Accountantskantoor Verhaegen & Co – Roeselare", """
<h1>Boekhouding, fiscaliteit en advies voor ondernemers</h1><p>Voor kmo's, vrije beroepen en landbouwbedrijven in West-Vlaanderen.</p>
<p><a href="/over-ons">Maak kennis met ons kantoor</a></p>
"""),
        "/over-ons": ("Over ons – Verhaegen & Co", """
<h1>Over ons</h1>
<p>Het kantoor werd opgericht in 1989 door Luc Verhaegen. Sinds 2014 leidt zijn dochter Els Verhaegen het kantoor samen met
vennoot Pieter Maes.</p>
<p>Vandaag staat ons team van 21 medewerkers klaar voor meer dan 700 cliënten, waarvan een kwart landbouwbedrijven.</p>
"""),
        "/diensten": ("Diensten", "<h1>Diensten</h1><ul><li>Boekhouding</li><li>Jaarrekening</li><li>Personenbelasting</li><li>Bedrijfsoverdracht</li></ul>"),
        "/vacatures": ("Vacatures – Verhaegen & Co", "<h1>Vacatures</h1><p>Wij zoeken een junior dossierbeheerder (m/v/x), voltijds.</p>"),
        "/contact": ("Contact – Verhaegen & Co", "<h1>Contact</h1><p>Meensesteenweg 212<br>8800 Roeselare<br>België</p><p>Parking achter het gebouw.</p>"),
        "/juridische-informatie": ("Juridische informatie", """
<h1>Juridische informatie</h1><p>Verhaegen &amp; Co BV<br>Meensesteenweg 212, 8800 Roeselare, België<br>Ondernemingsnummer: BE 0437.812.306 – RPR Gent, afdeling Kortrijk<br>
ITAA-nummer: 10.234.567</p>
"""),
        "/privacy": ("Privacy", "<h1>Privacybeleid</h1>"),
    }, _foot,
    ex("Accountantskantoor Verhaegen & Co", "Verhaegen & Co BV", 21, 1989, "Meensesteenweg 212", "Roeselare", "8800", "BE", "nl"),
    html_lang="fr-BE", cookie="cookieyes",
    people=["Luc Verhaegen", "Els Verhaegen", "Pieter Maes"],
    traits=["professional-accounting", "wrong-html-lang", "client-count-trap", "management-year-trap"],
    notes="html lang fr-BE but the text is Dutch. 21 medewerkers; 1989 founding."))

# ---------------------------------------------------------------- Stabilis (Hugo, BE fr/nl)
_nav_fr = [("/", "Accueil"), ("/bureau/", "Le bureau"), ("/projets/", "Projets"), ("/contact/", "Contact"), ("/nl/", "NL")]
_nav_nl = [("/nl/", "Home"), ("/nl/bureau/", "Het bureau"), ("/nl/contact/", "Contact"), ("/", "FR")]
_foot_fr = """<p>Stabilis SRL · Avenue Louise 231 · 1050 Bruxelles · <a href="/mentions-legales/">Mentions légales</a></p>"""
_foot_nl = """<p>Stabilis BV · Louizalaan 231 · 1050 Brussel · <a href="/nl/wettelijke-vermeldingen/">Wettelijke vermeldingen</a></p>"""
_nl = {"nav": _nav_nl, "footer": _foot_nl, "lang": "nl", "html_lang": "nl-BE"}
_a = lambda fr, nl: [("fr-BE", fr), ("nl-BE", nl)]
SITES.append(site(
    "stabilis.be", "hugo", "fr", "Stabilis", _nav_fr, {
        "/": ("Stabilis – Ingénieurs en stabilité", """
<h1>Ingénierie de structures depuis Bruxelles</h1><p>Études de stabilité, techniques spéciales et rénovation du patrimoine.</p>
<p><a href="/bureau/">Le bureau</a></p>""", {"alternates": _a("/", "/nl/")}),
        "/bureau/": ("Le bureau – Stabilis", """
<h1>Le bureau</h1><p>Stabilis a été fondé en 1998 par Marc Delvaux et Katrien Peeters. Le bureau rassemble aujourd'hui une équipe de
26 ingénieurs et dessinateurs, francophones et néerlandophones.</p>
<p>Plus de 1 000 projets à notre actif, dont la rénovation de la gare de Bruxelles-Chapelle (1952) en 2020.</p>
<h2>Nous engageons</h2><p>Ingénieur civil en construction (H/F/X) – 3 à 5 ans d'expérience.</p>""", {"alternates": _a("/bureau/", "/nl/bureau/")}),
        "/projets/": ("Projets – Stabilis", "<h1>Projets</h1><p>École Saint-Luc, Schaerbeek (2023) – Logements Tour &amp; Taxis (2021)</p>"),
        "/contact/": ("Contact – Stabilis", "<h1>Contact</h1><address>Stabilis SRL<br>Avenue Louise 231<br>1050 Bruxelles<br>Belgique</address>", {"alternates": _a("/contact/", "/nl/contact/")}),
        "/mentions-legales/": ("Mentions légales – Stabilis", "<h1>Mentions légales</h1><p>Stabilis SRL – BCE 0463.991.825 – Avenue Louise 231, 1050 Bruxelles<br>Gérants : Marc Delvaux, Katrien Peeters</p>"),
        "/nl/": ("Stabilis – Ingenieurs stabiliteit", "<h1>Stabiliteitsstudies vanuit Brussel</h1><p><a href=\"/nl/bureau/\">Het bureau</a></p>", dict(_nl, alternates=_a("/", "/nl/"))),
        "/nl/bureau/": ("Het bureau – Stabilis", "<h1>Het bureau</h1><p>Stabilis werd in 1998 opgericht. Ons team telt 26 ingenieurs en tekenaars.</p>", dict(_nl, alternates=_a("/bureau/", "/nl/bureau/"))),
        "/nl/contact/": ("Contact – Stabilis", "<h1>Contact</h1><p>Louizalaan 231, 1050 Brussel, België</p>", dict(_nl, alternates=_a("/contact/", "/nl/contact/"))),
        "/nl/wettelijke-vermeldingen/": ("Wettelijke vermeldingen", "<h1>Wettelijke vermeldingen</h1><p>Stabilis BV – KBO 0463.991.825</p>", _nl),
    }, _foot_fr,
    ex("Stabilis", "Stabilis SRL", 26, 1998, "Avenue Louise 231", "Bruxelles", "1050", "BE", "fr"),
    html_lang="fr-BE", cookie="plain",
    people=["Marc Delvaux", "Katrien Peeters"],
    traits=["professional-engineering", "multilingual-fr-nl", "hreflang", "project-count-trap", "building-year-trap", "address-tag"],
    notes="Home is French (Bruxelles); the nl pages give Brussel/Louizalaan and 'Stabilis BV' for the same entity."))

# ---------------------------------------------------------------- Fiduciaire Weber & Kremer (Webflow, LU fr)
_nav = [("/", "Accueil"), ("/cabinet", "Le cabinet"), ("/services", "Services"), ("/carrieres", "Carrières"), ("/contact", "Contact")]
_foot = """<div class="footer-col">Fiduciaire Weber &amp; Kremer<br>41, avenue de la Gare<br>L-1611 Luxembourg</div>
<div class="footer-col"><a href="/mentions-legales">Mentions légales</a><br><a href="/protection-des-donnees">Protection des données</a></div>"""
SITES.append(site(
    "weber-kremer.lu", "contao", "fr", "Fiduciaire Weber & Kremer", _nav, {
        "/": ("Fiduciaire Weber & Kremer – Expertise comptable à Luxembourg", """
<h1>Comptabilité, fiscalité et domiciliation à Luxembourg</h1><p>Nous accompagnons PME, indépendants et sociétés holding depuis la gare de Luxembourg.</p>
<p><a href="/cabinet">Découvrir le cabinet</a></p>"""),
        "/cabinet": ("Le cabinet – Weber & Kremer", """
<h1>Le cabinet</h1><p>La fiduciaire a été fondée en 1997 par Jean Weber, expert-comptable, rejoint en 2003 par Anne Kremer.</p>
<p>Notre équipe de 11 professionnels parle luxembourgeois, français, allemand, anglais et portugais, et gère plus de 250 sociétés domiciliées.</p>
"""),
        "/services": ("Services", "<h1>Services</h1><ul><li>Tenue de comptabilité</li><li>Déclarations fiscales</li><li>Domiciliation</li></ul>"),
        "/carrieres": ("Carrières", "<h1>Carrières</h1><p>Nous recrutons un(e) comptable confirmé(e), 5 ans d'expérience minimum.</p>"),
        "/contact": ("Contact – Weber & Kremer", "<h1>Contact</h1><p>41, avenue de la Gare<br>L-1611 Luxembourg<br>Grand-Duché de Luxembourg</p><p>Tél. +352 48 27 61</p>"),
        "/mentions-legales": ("Mentions légales", """
<h1>Mentions légales</h1><p>Fiduciaire Weber &amp; Kremer S.à r.l.<br>41, avenue de la Gare, L-1611 Luxembourg<br>R.C.S. Luxembourg B 58421 – TVA LU 17283946<br>
Autorisation d'établissement n° 10048213/2<br>Membre de l'Ordre des Experts-Comptables</p><p>Gérants : Jean Weber, Anne Kremer</p>
"""),
        "/protection-des-donnees": ("Protection des données", "<h1>Protection des données</h1>"),
    }, _foot,
    ex("Fiduciaire Weber & Kremer", "Fiduciaire Weber & Kremer S.à r.l.", 11, 1997, "41, avenue de la Gare", "Luxembourg", "1611", "LU", "fr"),
    html_lang="fr", cookie="",
    people=["Jean Weber", "Anne Kremer"],
    traits=["professional-fiduciary", "luxembourg-L-prefix-postcode", "client-count-trap", "partner-join-year-trap"],
    notes="Postal code written L-1611: the code is 1611 (L- is the country prefix). Street written '41, avenue de la Gare' (Luxembourg order)."))

# ---------------------------------------------------------------- Boulangerie Schaack (Shopify, LU de)
_nav = [("/", "Startseite"), ("/collections/all", "Shop"), ("/pages/uber-uns", "Über uns"), ("/pages/filialen", "Filialen"), ("/pages/jobs", "Jobs"),
        ("/pages/kontakt", "Kontakt")]
_foot = """<div class="footer-block"><h2 class="footer-block__heading">Boulangerie Schaack</h2><p>12, Grand-Rue<br>L-9050 Ettelbruck<br>Luxemburg</p></div>
<div class="footer-block"><ul><li><a href="/pages/impressum">Impressum</a></li><li><a href="/policies/privacy-policy">Datenschutz</a></li></ul></div>"""
SITES.append(site(
    "schaack.lu", "shopify", "de", "Boulangerie Schaack", _nav, {
        "/": ("Boulangerie Schaack – Bäckerei & Konditorei in Ettelbruck", """
<h1>Frisch gebacken seit vier Generationen</h1><p>Bestellen Sie Ihre Torten, Kachkéis-Brötchen und Bûches online und holen Sie sie in einer unserer Filialen ab.</p>
<p><a href="/pages/uber-uns">Unsere Geschichte</a></p>"""),
        "/collections/all": ("Shop", "<h1>Alle Produkte</h1><p>Schwarzwälder Kirschtorte – 32,00 € · Quetschentaart – 18,50 €</p>"),
        "/pages/uber-uns": ("Über uns – Boulangerie Schaack", """
<h1>Über uns</h1><p>Seit 1924 backt die Familie Schaack in Ettelbruck: damals eröffnete Nicolas Schaack seine Backstube in der Grand-Rue.
Heute führen Paul und Martine Schaack den Betrieb.</p>
<p>Heute sind wir über 60 Mitarbeiter in unseren fünf Filialen und der Backstube. Jeden Tag verlassen rund 9.000 Brötchen unseren Ofen.</p>
"""),
        "/pages/filialen": ("Filialen", "<h1>Filialen</h1><ul><li>Ettelbruck, Grand-Rue</li><li>Diekirch</li><li>Mersch</li><li>Colmar-Berg</li><li>Wiltz</li></ul>"),
        "/pages/jobs": ("Jobs", "<h1>Jobs</h1><p>Wir suchen Verkäufer/innen (m/w) für Diekirch und Mersch, 20–40 Std./Woche.</p>"),
        "/pages/kontakt": ("Kontakt", "<h1>Kontakt</h1><p>Boulangerie Schaack<br>12, Grand-Rue<br>L-9050 Ettelbruck</p>"),
        "/pages/impressum": ("Impressum", """
<h1>Impressum</h1><p>Boulangerie-Pâtisserie Schaack S.à r.l.<br>12, Grand-Rue, L-9050 Ettelbruck, Luxemburg<br>RCS Luxembourg B 31207<br>
Geschäftsführer: Paul Schaack<br>Niederlassungsgenehmigung Nr. 00131422/4</p>
"""),
        "/policies/privacy-policy": ("Datenschutz", "<h1>Datenschutzerklärung</h1>"),
    }, _foot,
    ex("Boulangerie Schaack", "Boulangerie-Pâtisserie Schaack S.à r.l.", ("gt", 60), 1924, "12, Grand-Rue", "Ettelbruck", "9050", "LU", "de"),
    html_lang="de", cookie="cookieyes", robots="User-agent: *\nDisallow: /cart\nDisallow: /checkout\nDisallow: /account\nDisallow: /collections/*sort_by*\n",
    forbidden=["/cart", "/checkout", "/account"], ctx={"announce": "Weihnachtsbestellungen bis 20. Dezember!"},
    people=["Nicolas Schaack", "Paul Schaack", "Martine Schaack"],
    traits=["family-firm", "webshop", "branch-count-trap", "product-count-trap", "luxembourg-L-prefix-postcode", "german-in-luxembourg"],
    notes="'über 60 Mitarbeiter' = count 60, max null. 'Seit 1924 backt die Familie' + opening that year = 1924."))

# ---------------------------------------------------------------- Bouwbedrijf Van der Meulen (Elementor, NL)
_nav = [("/", "Home"), ("/over-ons/", "Over ons"), ("/projecten/", "Projecten"), ("/werken-bij/", "Werken bij"), ("/contact/", "Contact")]
_foot = """<p><strong>Bouwbedrijf Van der Meulen</strong><br>Industrieweg 14<br>8606 JD Sneek</p><p>0515 41 22 80 · info@vdmeulenbouw.nl</p>
<p><a href="/disclaimer/">Disclaimer</a> · <a href="/privacyverklaring/">Privacyverklaring</a> · KvK 01012345</p>"""
SITES.append(site(
    "vdmeulenbouw.nl", "wp_elementor", "nl", "Bouwbedrijf Van der Meulen", _nav, {
        "/": ("Bouwbedrijf Van der Meulen – Sneek", """
<h1>Bouwen in Friesland, al meer dan een eeuw</h1><p>Nieuwbouw, renovatie, utiliteitsbouw en onderhoud – van starterswoning tot zorgcentrum.</p>
<p><a href="/over-ons/">Over ons</a> · <a href="/werken-bij/">Werken bij</a></p>"""),
        "/over-ons/": ("Over ons – Bouwbedrijf Van der Meulen", """
<h1>Over ons</h1>
<p>Bouwbedrijf Van der Meulen is in 1919 opgericht door timmerman Sjoerd van der Meulen. Inmiddels staat de vierde generatie aan het roer:
Wiebe en Janneke van der Meulen.</p>
<p>Met ruim 60 vakmensen – timmerlieden, metselaars, werkvoorbereiders en uitvoerders – bouwen we jaarlijks zo'n 120 woningen.
Sinds de oprichting zijn dat er meer dan 4.000 geworden.</p>
<p>VCA** gecertificeerd sinds 2004 · Erkend leerbedrijf</p>
"""),
        "/projecten/": ("Projecten", "<h1>Projecten</h1><p>Woonzorgcentrum De Brekken (2023) · 36 woningen Harinxmaland (2022)</p>"),
        "/werken-bij/": ("Werken bij – Bouwbedrijf Van der Meulen", "<h1>Werken bij Van der Meulen</h1><p>Wij zoeken een allround timmerman en een BBL-leerling. Kom op de koffie!</p>"),
        "/contact/": ("Contact", "<h1>Contact</h1><p>Industrieweg 14<br>8606 JD Sneek<br>Nederland</p>"),
        "/disclaimer/": ("Disclaimer", "<h1>Disclaimer</h1><p>Bouwbedrijf Van der Meulen B.V., ingeschreven bij de KvK onder nummer 01012345.</p>"),
        "/privacyverklaring/": ("Privacyverklaring", "<h1>Privacyverklaring</h1><p>Bouwbedrijf Van der Meulen B.V. is verantwoordelijk voor de verwerking van persoonsgegevens.</p>"),
    }, _foot,
    ex("Bouwbedrijf Van der Meulen", "Bouwbedrijf Van der Meulen B.V.", ("gt", 60), 1919, "Industrieweg 14", "Sneek", "8606 JD", "NL", "nl"),
    html_lang="nl-NL", cookie="complianz",
    jsonld={"@context": "https://schema.org", "@type": "GeneralContractor", "name": "Bouwbedrijf Van der Meulen", "foundingDate": "1919-04-01",
            "numberOfEmployees": {"@type": "QuantitativeValue", "value": 48},
            "address": {"@type": "PostalAddress", "streetAddress": "Industrieweg 14", "postalCode": "8606 JD", "addressLocality": "Sneek", "addressCountry": "NL"}},
    people=["Sjoerd van der Meulen", "Wiebe", "Janneke van der Meulen"],
    traits=["family-firm", "ruim-n", "stale-jsonld-employees", "house-count-trap", "certification-year-trap", "unscored:industry"],
    notes="'ruim 60 vakmensen' = more than 60; stale JSON-LD 48 loses. GeneralContractor subtype → industry unscored."))

# ---------------------------------------------------------------- Tandartspraktijk De Linde (Squarespace, NL)
_nav = [("/", "Home"), ("/praktijk", "Praktijk"), ("/team", "Team"), ("/behandelingen", "Behandelingen"), ("/contact", "Contact")]
_foot = """<p>Tandartspraktijk De Linde · Biltstraat 118 · 3572 BJ Utrecht · 030 271 43 09</p><p><a href="/privacy">Privacy</a> · <a href="/klachtenregeling">Klachtenregeling</a></p>"""
SITES.append(site(
    "tandartsdelinde.nl", "squarespace", "nl", "Tandartspraktijk De Linde", _nav, {
        "/": ("Tandartspraktijk De Linde – Utrecht Oost", """<h1>Welkom bij Tandartspraktijk De Linde</h1>
<p>Wij nemen weer nieuwe patiënten aan! Inschrijven kan via het formulier op de contactpagina.</p><p><a href="/praktijk">Over de praktijk</a></p>"""),
        "/praktijk": ("Praktijk – De Linde", """<h1>De praktijk</h1>
<p>In 1985 opende tandarts Jan de Wit de praktijk aan de Biltstraat. Sinds 2016 is de praktijk in handen van Merel Kuipers en Ahmed Benali.</p>
<p>Ons team bestaat uit 4 tandartsen, 3 mondhygiënisten, 5 assistentes en 2 baliemedewerkers. Samen zorgen we voor ruim 6.000 patiënten.</p>"""),
        "/team": ("Team – De Linde", "<h1>Team</h1><p>Merel Kuipers (tandarts-eigenaar) · Ahmed Benali (tandarts-eigenaar) · Femke Jansen (mondhygiënist)</p>"),
        "/behandelingen": ("Behandelingen", "<h1>Behandelingen</h1><ul><li>Controle</li><li>Implantologie</li><li>Kindertandheelkunde</li></ul>"),
        "/contact": ("Contact – De Linde", "<h1>Contact</h1><p>Biltstraat 118<br>3572 BJ Utrecht</p><p>Spoed buiten kantoortijden: 0900-1515</p>"),
        "/privacy": ("Privacy", "<h1>Privacy</h1><p>Tandartspraktijk De Linde B.V. · KvK 30112233 · AGB-code 12-345678</p>"),
        "/klachtenregeling": ("Klachtenregeling", "<h1>Klachtenregeling</h1><p>Aangesloten bij de KNMT.</p>"),
    }, _foot,
    ex("Tandartspraktijk De Linde", "Tandartspraktijk De Linde B.V.", None, 1985, "Biltstraat 118", "Utrecht", "3572 BJ", None, "nl"),
    html_lang="nl", cookie="",
    people=["Jan de Wit", "Merel Kuipers", "Ahmed Benali", "Femke Jansen"],
    traits=["professional-medical", "split-headcount", "patient-count-trap", "ownership-year-trap",
            "unscored:employee_count,employee_range_min,employee_range_max,country_code"],
    notes="Staff only as parts (4+3+5+2, total never stated): unscored. No country written."))

# ---------------------------------------------------------------- Kwekerij Hoogland (Hugo, NL, colofon)
_nav = [("/", "Home"), ("/over-ons/", "Over ons"), ("/geschiedenis/", "Geschiedenis"), ("/assortiment/", "Assortiment"), ("/vacatures/", "Vacatures"),
        ("/contact/", "Contact")]
_foot = """<div class="row"><div class="col-md-6">Kwekerij Hoogland · Laag Boskoop 88 · 2771 GZ Boskoop</div>
<div class="col-md-6 text-end"><a href="/colofon/">Colofon</a> · <a href="/privacy/">Privacy</a></div></div>"""
SITES.append(site(
    "kwekerijhoogland.nl", "hugo", "nl", "Kwekerij Hoogland", _nav, {
        "/": ("Kwekerij Hoogland – Boomkwekerij in Boskoop", "<h1>Sierheesters en klimplanten uit Boskoop</h1><p>Levering aan tuincentra en hoveniers in de Benelux en Duitsland.</p>"),
        "/over-ons/": ("Over ons – Kwekerij Hoogland", """<h1>Over ons</h1><p>Op 6 hectare kweken we ruim 400 soorten heesters en klimplanten, in pot en in de vollegrond.</p>
<p>We werken met 15 mensen, in het voorjaar aangevuld met seizoenskrachten.</p>"""),
        "/geschiedenis/": ("Geschiedenis – Kwekerij Hoogland", """<h1>Geschiedenis</h1>
<p>Opgericht in 1956 door opa Kees Hoogland, op een perceel van nog geen hectare. Zoon Arie nam in 1988 het bedrijf over en bouwde in 1995
de eerste kas. Sinds 2017 runnen Dirk en Marieke Hoogland de kwekerij.</p>"""),
        "/assortiment/": ("Assortiment", "<h1>Assortiment</h1><p>Clematis, Hydrangea, Pieris, Skimmia</p>"),
        "/vacatures/": ("Vacatures", "<h1>Vacatures</h1><p>Medewerker kwekerij (fulltime) en seizoenskrachten voor maart–juni.</p>"),
        "/contact/": ("Contact", "<h1>Contact</h1><p>Kwekerij Hoogland V.O.F.<br>Laag Boskoop 88<br>2771 GZ Boskoop<br>Nederland</p>"),
        "/colofon/": ("Colofon", """<h1>Colofon</h1><p>Kwekerij Hoogland V.O.F. · KvK 28012345 · btw NL001234567B01</p>
<p>Ontwerp en realisatie: Studio Pixelpoort B.V., Turfmarkt 12, 2801 HB Gouda</p><p>Fotografie: Lisa van Dam</p>"""),
        "/privacy/": ("Privacy", "<h1>Privacy</h1>"),
    }, _foot,
    ex("Kwekerij Hoogland", "Kwekerij Hoogland V.O.F.", 15, 1956, "Laag Boskoop 88", "Boskoop", "2771 GZ", "NL", "nl"),
    html_lang="nl", cookie="",
    people=["Kees Hoogland", "Arie", "Dirk", "Marieke Hoogland", "Lisa van Dam"],
    traits=["agricultural-nursery", "colofon", "agency-credit-with-address", "seasonal-staff-trap", "hectare-trap", "species-count-trap",
            "takeover-year-trap"],
    notes="15 people; seasonal workers extra. Agency Studio Pixelpoort B.V. in the colofon is a trap."))

# ---------------------------------------------------------------- Hartley & Sons (Divi, UK)
_nav = [("/", "Home"), ("/about-us/", "About Us"), ("/our-heritage/", "Our Heritage"), ("/capabilities/", "Capabilities"), ("/careers/", "Careers"),
        ("/contact/", "Contact")]
_foot = """<p>Hartley &amp; Sons (Sheffield) Limited · 112 Mowbray Street · Sheffield · S3 8EN · United Kingdom</p>
<p>Registered in England and Wales No. 00234567 · VAT GB 178 2290 41 · <a href="/terms/">Terms</a> · <a href="/privacy-policy/">Privacy</a></p>"""
SITES.append(site(
    "hartleyandsons.co.uk", "wp_divi", "en", "Hartley & Sons", _nav, {
        "/": ("Hartley & Sons – Precision forgings and machined components", """
<h1>Forged in Sheffield since the 19th century</h1><p>Closed-die forgings, precision machining and heat treatment for rail, defence and energy customers.</p>
<p>Supplying over 3,000 customers in 40 countries. <a href="/about-us/">About us</a></p>"""),
        "/about-us/": ("About Us – Hartley & Sons", """<h1>About Us</h1>
<p>Hartley &amp; Sons is an independent, family-owned engineering business. Today the company employs 74 people at its Mowbray Street works,
including eleven apprentices.</p><p>Quality approved to ISO 9001 since 1994 and AS9100 since 2015. Queen's Award for Enterprise: International Trade 2018.</p>"""),
        "/our-heritage/": ("Our Heritage – Hartley & Sons", """<h1>Our Heritage</h1>
<p>Founded in 1887 by Samuel Hartley, a blacksmith from Attercliffe, the business moved to its current site on Mowbray Street in 1921.
During both World Wars the works produced components for the Admiralty. In 1968 the company was incorporated as a limited company,
and in 2009 Richard Hartley became the fifth generation to run it.</p>"""),
        "/capabilities/": ("Capabilities", "<h1>Capabilities</h1><ul><li>Forgings up to 250 kg</li><li>5-axis machining</li><li>In-house heat treatment</li></ul>"),
        "/careers/": ("Careers – Hartley & Sons", "<h1>Careers</h1><p>We're hiring a CNC Machinist (days) and Engineering Apprentices for September 2025.</p>"),
        "/contact/": ("Contact – Hartley & Sons", "<h1>Contact</h1><p>Hartley &amp; Sons<br>112 Mowbray Street<br>Sheffield<br>S3 8EN</p><p>0114 272 5510</p>"),
        "/terms/": ("Terms", "<h1>Terms and Conditions of Sale</h1>"),
        "/privacy-policy/": ("Privacy", "<h1>Privacy Policy</h1>"),
    }, _foot,
    ex("Hartley & Sons", "Hartley & Sons (Sheffield) Limited", 74, 1887, "112 Mowbray Street", "Sheffield", "S3 8EN", "GB", "en"),
    html_lang="en-GB", cookie="cookieyes",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Hartley & Sons (Sheffield) Limited", "foundingDate": "1968-03-14",
            "numberOfEmployees": 74, "address": {"@type": "PostalAddress", "streetAddress": "112 Mowbray Street", "addressLocality": "Sheffield",
            "postalCode": "S3 8EN", "addressCountry": "GB"}},
    people=["Samuel Hartley", "Richard Hartley"],
    traits=["industrial-family-firm", "incorporation-year-trap", "certification-year-trap", "award-year-trap", "customer-count-trap",
            "relocation-year-trap", "apprentices-included", "jsonld-foundingdate-is-incorporation"],
    notes="74 people incl. apprentices. Founded 1887 (heritage page); JSON-LD foundingDate 1968-03-14 is the incorporation date: the explicit founding statement wins."))

# ---------------------------------------------------------------- Pritchard Evans Solicitors (Squarespace, Wales)
_nav = [("/", "Home"), ("/about", "About the firm"), ("/people", "Our people"), ("/services", "Services"), ("/careers", "Careers"), ("/contact", "Contact")]
_foot = """<p>Pritchard Evans Solicitors LLP, 17 King Street, Carmarthen, SA31 1BH</p>
<p>Authorised and regulated by the Solicitors Regulation Authority (SRA No. 512345). A limited liability partnership registered in England and Wales, no. OC312456.
<a href="/legal">Legal &amp; regulatory</a></p>"""
SITES.append(site(
    "pritchardevans.co.uk", "squarespace", "en", "Pritchard Evans Solicitors", _nav, {
        "/": ("Pritchard Evans Solicitors | Carmarthen", "<h1>Solicitors for West Wales</h1><p>Conveyancing, wills and probate, family law and agricultural law. Rydym yn cynnig gwasanaeth yn Gymraeg.</p>"),
        "/about": ("About the firm | Pritchard Evans", """<h1>About the firm</h1>
<p>The firm was established in 1968 by Gwilym Pritchard and Dafydd Evans in a single room above a bank on King Street.</p>
<p>Today we're a team of 40-plus lawyers and support staff across our Carmarthen and Llandeilo offices, and we act for more than 2,000 farming families.</p>
<p>Lexcel accredited since 2011.</p>"""),
        "/people": ("Our people | Pritchard Evans", "<h1>Our people</h1><p>Rhian Pritchard – Managing Partner<br>Huw Evans – Partner, Agriculture<br>Sian Morgan – Senior Associate</p>"),
        "/services": ("Services", "<h1>Services</h1><p>Agricultural property, residential conveyancing, wills, probate, family.</p>"),
        "/careers": ("Careers | Pritchard Evans", "<h1>Careers</h1><p>Join our team: we are recruiting a Private Client Solicitor (2+ PQE) and a trainee for 2025.</p>"),
        "/contact": ("Contact | Pritchard Evans", "<h1>Contact</h1><p>17 King Street<br>Carmarthen<br>SA31 1BH</p><p>Llandeilo office: 5 Rhosmaen Street, Llandeilo, SA19 6EN</p>"),
        "/legal": ("Legal | Pritchard Evans", "<h1>Legal &amp; regulatory information</h1><p>Pritchard Evans Solicitors LLP. Registered office: 17 King Street, Carmarthen, SA31 1BH, Wales. Members: a list is available at our registered office.</p>"),
    }, _foot,
    ex("Pritchard Evans Solicitors", "Pritchard Evans Solicitors LLP", ("gt", 40), 1968, "17 King Street", "Carmarthen", "SA31 1BH", "GB", "en"),
    html_lang="en-GB", cookie="",
    people=["Gwilym Pritchard", "Dafydd Evans", "Rhian Pritchard", "Huw Evans", "Sian Morgan"],
    traits=["professional-law", "n-plus", "client-count-trap", "accreditation-year-trap", "branch-address-trap", "regulator-number-trap"],
    notes="'a team of 40-plus' = count 40, max null. Wales written on the legal page → GB."))

# ---------------------------------------------------------------- The Bell at Ashwell (Wix, England)
_nav = [("/", "Home"), ("/food", "Food & Drink"), ("/rooms", "Rooms"), ("/our-story", "Our Story"), ("/jobs", "Jobs"), ("/find-us", "Find Us")]
_foot = """<p>The Bell · 59 High Street · Ashwell · Hertfordshire SG7 5NP · 01462 742 118</p><p>Bell Inn (Ashwell) Ltd · Company no. 08123456 · <a href="/privacy">Privacy</a></p>"""
SITES.append(site(
    "thebellashwell.co.uk", "wix", "en", "The Bell", _nav, {
        "/": ("The Bell | Village pub with rooms in Ashwell", "<h1>A proper village pub</h1><p>Real ales, seasonal food and six cosy rooms. Sunday roasts served 12–5pm.</p>"),
        "/food": ("Food & Drink | The Bell", "<h1>Food &amp; Drink</h1><p>Our kitchen works with farms within 15 miles.</p>"),
        "/rooms": ("Rooms | The Bell", "<h1>Rooms</h1><p>Six en-suite rooms from £95 B&amp;B.</p>"),
        "/our-story": ("Our Story | The Bell", """<h1>Our Story</h1>
<p>There has been an inn on this spot since at least 1642, when the Bell is first mentioned in the parish records. Tom and Hattie Walsh
took over the lease in 2012 after years in London kitchens, and reopened the pub after a long refurbishment.</p>
<p>We're now a team of 18, from the kitchen to the bar to housekeeping. Good Pub Guide Hertfordshire Dining Pub of the Year 2019 and 2023.</p>"""),
        "/jobs": ("Jobs | The Bell", "<h1>Jobs</h1><p>We're looking for a Chef de Partie and weekend bar staff. Tips shared equally.</p>"),
        "/find-us": ("Find Us | The Bell", "<h1>Find Us</h1><p>The Bell<br>59 High Street<br>Ashwell<br>Hertfordshire<br>SG7 5NP</p>"),
        "/privacy": ("Privacy", "<h1>Privacy Policy</h1>"),
    }, _foot,
    ex("The Bell", "Bell Inn (Ashwell) Ltd", 18, None, "59 High Street", "Ashwell", "SG7 5NP", None, "en"),
    html_lang="en", cookie="",
    people=["Tom", "Hattie Walsh"],
    traits=["restaurant-pub", "takeover-year", "building-year-trap", "award-year-trap", "room-count-trap",
            "unscored:founded_year,country_code"],
    skip_check=[],
    notes="Inn since 1642 (record) vs current business taken over 2012: founding ambiguous → unscored. No country written."))

# ---------------------------------------------------------------- Glenbrack Co-op (Drupal, IE)
_nav = [("/", "Home"), ("/about-us", "About Us"), ("/history", "History"), ("/branches", "Branches"), ("/careers", "Careers"), ("/contact-us", "Contact Us")]
_foot = """<p>Glenbrack Co-operative Society Limited<br>Main Street, Glenbrack, Co. Cork, P51 X2K4, Ireland</p>
<p>Registered Society No. 1432R · <a href="/privacy-statement">Privacy Statement</a></p>"""
SITES.append(site(
    "glenbrackcoop.ie", "drupal", "en", "Glenbrack Co-op", _nav, {
        "/": ("Glenbrack Co-op – Farm inputs, feed and hardware", "<h1>Serving North Cork farmers</h1><p>Co-op Superstores, our own feed mill and milk assembly for over 300 suppliers.</p>"),
        "/about-us": ("About Us – Glenbrack Co-op", """<h1>About Us</h1>
<p>Glenbrack Co-op is owned by around 1,900 shareholders, most of them active farmers. We employ 48 people across our three branches,
the feed mill and head office in Glenbrack.</p><p>General Manager: Declan Murphy</p>"""),
        "/history": ("History – Glenbrack Co-op", """<h1>History</h1><p>Founded by local farmers in 1911 as the Glenbrack Co-operative Creamery, the society built its first
feed mill in 1958. The creamery closed in 1974 when milk processing moved to Mitchelstown, and the co-op concentrated on trading.
A new Co-op Superstore opened in Kanturk in 2015.</p>"""),
        "/branches": ("Branches", "<h1>Branches</h1><p>Glenbrack · Kanturk · Newmarket</p>"),
        "/careers": ("Careers", "<h1>Careers</h1><p>Vacancy: Store Assistant, Kanturk branch. Closing date Friday 28 June.</p>"),
        "/contact-us": ("Contact Us", "<h1>Contact Us</h1><p>Glenbrack Co-op<br>Main Street<br>Glenbrack<br>Co. Cork<br>P51 X2K4</p>"),
        "/privacy-statement": ("Privacy Statement", "<h1>Privacy Statement</h1>"),
    }, _foot,
    ex("Glenbrack Co-op", "Glenbrack Co-operative Society Limited", 48, 1911, "Main Street", "Glenbrack", "P51 X2K4", "IE", "en"),
    html_lang="en-IE", cookie="cookiebot",
    people=["Declan Murphy"],
    traits=["agricultural-cooperative", "shareholder-count-trap", "supplier-count-trap", "mill-year-trap", "eircode"],
    notes="48 employees; 1,900 shareholders trap. Street without number."))

# ---------------------------------------------------------------- Keane Doyle Architects (Webflow, IE)
_nav = [("/", "Work"), ("/studio", "Studio"), ("/journal", "Journal"), ("/contact", "Contact")]
_foot = """<p>Keane Doyle Architects · 28 Fitzwilliam Place · Dublin 2 · D02 YX88 · Ireland</p><p><a href="/about-us">About</a> · <a href="/legal">Legal</a></p>"""
SITES.append(site(
    "keanedoyle.ie", "webflow", "en", "Keane Doyle Architects", _nav, {
        "/": ("Keane Doyle Architects — Dublin", "<h1>Housing, schools and civic buildings</h1><p>Ballymun Library (2022) · Kilkenny Courthouse extension (2020)</p>"),
        "/studio": ("Studio — Keane Doyle Architects", """<h1>Studio</h1><p>Keane Doyle Architects was established in 2009 by Orla Keane and Cian Doyle. We are a studio of 15,
working from a Georgian house on Fitzwilliam Place built in 1791.</p><p>RIAI Registered Practice since 2010. We're hiring: Architect, 3–5 years' experience.</p>"""),
        "/journal": ("Journal — Keane Doyle Architects", "<h1>Journal</h1><p>May 2024 — RIAI Award for Ballymun Library.</p>"),
        "/contact": ("Contact — Keane Doyle Architects", "<h1>Contact</h1><p>28 Fitzwilliam Place<br>Dublin 2<br>D02 YX88</p>"),
        "/legal": ("Legal — Keane Doyle Architects", "<h1>Legal</h1><p>Keane Doyle Architects Limited. Registered in Ireland, CRO no. 471234. Directors: Orla Keane, Cian Doyle.</p>"),
    }, _foot,
    ex("Keane Doyle Architects", "Keane Doyle Architects Limited", 15, 2009, "28 Fitzwilliam Place", "Dublin", "D02 YX88", "IE", "en"),
    html_lang="en", cookie="", raw={"/about-us": redirect("/studio")},
    people=["Orla Keane", "Cian Doyle"],
    traits=["professional-architecture", "building-year-trap", "registration-year-trap", "award-year-trap", "dublin-district", "internal-redirect-link"],
    notes="'a studio of 15' = 15. Locality Dublin (Dublin 2 is the postal district)."))
